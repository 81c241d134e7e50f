package vn.gov.soctrang.tnmt.tdkt.merit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.PersonRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;

/**
 * Demo only: the demo people and units get an invented history in the register (seed/demo-merits.json), the yearly
 * rows up to last year, so that the award standards have something to read. Never in production, where the Office
 * imports the Department's own register.
 */
@Component
@Order(1)
public class DemoMeritSeeder implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMeritSeeder.class);

  private final TdktProperties properties;
  private final MeritRecordRepository records;
  private final PersonRepository people;
  private final OrganizationService organization;
  private final ObjectMapper json;
  private final Clock clock;

  public DemoMeritSeeder(TdktProperties properties, MeritRecordRepository records, PersonRepository people,
      OrganizationService organization, ObjectMapper json, Clock clock) {
    this.properties = properties;
    this.records = records;
    this.people = people;
    this.organization = organization;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.seed().demoPeople()) {
      seedThrough(LocalDate.now(clock).getYear() - 1);
    }
  }

  /** The demo history with its yearly rows up to the given year; rows already there are left alone. */
  @Transactional
  public void seedThrough(int lastYear) {
    JsonNode root = read();
    List<MeritRecord> added = new ArrayList<>();
    for (JsonNode r : root.get("records")) {
      add(r.get("who").asText(), MeritCode.valueOf(r.get("code").asText()), r.get("year").asInt(),
          r.get("decision").asText(), LocalDate.parse(r.get("date").asText()), r.get("authority").asText(), added);
    }
    for (JsonNode y : root.get("yearly")) {
      MeritCode code = MeritCode.valueOf(y.get("code").asText());
      List<String> who = y.get("who").asText().equals("unit:*")
          ? organization.activeUnits().stream().map(u -> "unit:" + u.getCode()).toList()
          : List.of(y.get("who").asText());
      for (int year = y.get("from").asInt(); year <= lastYear; year++) {
        for (String key : who) {
          add(key, code, year, y.get("decision").asText().replace("{year}", String.valueOf(year)),
              LocalDate.of(year, 12, 25), y.get("authority").asText(), added);
        }
      }
    }
    records.saveAll(added);
    if (!added.isEmpty()) {
      LOG.info("Đã ghi {} dòng mẫu vào sổ theo dõi danh hiệu, khen thưởng (đến năm {})", added.size(), lastYear);
    }
  }

  private void add(String key, MeritCode code, int year, String decision, LocalDate date, String authority,
      List<MeritRecord> added) {
    if (records.existsByNomineeKeyAndYearAndCode(key, year, code)) {
      return;
    }
    String name;
    String unitCode;
    if (key.startsWith("unit:")) {
      Unit unit = organization.activeUnits().stream().filter(u -> key.equals("unit:" + u.getCode())).findFirst()
          .orElse(null);
      if (unit == null) {
        return;
      }
      name = unit.getName();
      unitCode = unit.getCode();
    } else {
      Person person = people.findByUsername(key).orElse(null);
      if (person == null) {
        return;
      }
      name = person.getFullName();
      unitCode = person.getUnit() == null ? null : person.getUnit().getCode();
    }
    added.add(new MeritRecord(year, code, key, name, unitCode, decision, date, authority, MeritSource.IMPORT,
        "Dữ liệu mẫu", "system", clock.instant()));
  }

  private JsonNode read() {
    try (InputStream in = new ClassPathResource("seed/demo-merits.json").getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read seed/demo-merits.json", e);
    }
  }
}
