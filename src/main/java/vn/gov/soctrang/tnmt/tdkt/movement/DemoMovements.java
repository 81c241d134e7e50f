package vn.gov.soctrang.tnmt.tdkt.movement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;

/**
 * Demo only: after the last declared movement, movements of the demo file's length (seed/demo-people.json,
 * "movements") are declared up to next year, so that a cycle can be opened for the current year. A real Department
 * declares its own. Runs after the organisation is seeded.
 */
@Component
@Order(1)
public class DemoMovements implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMovements.class);

  private final TdktProperties properties;
  private final MovementService movements;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  private final boolean enabled;

  public DemoMovements(TdktProperties properties, MovementService movements, Clock clock,
      @org.springframework.beans.factory.annotation.Value("${tdkt.seed.demo-movements:true}") boolean enabled) {
    this.enabled = enabled;
    this.properties = properties;
    this.movements = movements;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.seed().demoPeople() && enabled) {
      seedThrough(LocalDate.now(clock).getYear() + 1);
    }
  }

  /** Demo movements up to the given year (the tests ask for the years their clock may reach). */
  @Transactional
  public void seedThrough(int wanted) {
    JsonNode template = read().get("movements");
    int years = template.get("years").asInt();
    int last = movements.regular().stream().mapToInt(Movement::getLastYear).max().orElse(wanted - 1);
    while (last < wanted) {
      int first = last + 1;
      int end = first + years - 1;
      UnaryOperator<String> fill = t -> t.replace("{first}", String.valueOf(first))
          .replace("{last}", String.valueOf(end));
      movements.declare(new MovementService.NewMovement(fill.apply(template.get("code").asText()),
          fill.apply(template.get("name").asText()), fill.apply(template.get("shortName").asText()), first, end, end,
          template.get("criteriaDecision").asText(), fill.apply(template.get("description").asText()),
          template.get("sourceNote").asText()), "system");
      LOG.info("Đã khai báo phong trào mẫu giai đoạn {}–{}", first, end);
      last = end;
    }
  }

  private JsonNode read() {
    try (InputStream in = new ClassPathResource("seed/demo-people.json").getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read seed file seed/demo-people.json", e);
    }
  }
}
