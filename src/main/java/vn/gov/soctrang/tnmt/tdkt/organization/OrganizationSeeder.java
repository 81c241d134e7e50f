package vn.gov.soctrang.tnmt.tdkt.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the organisation into an empty database from the data files under {@code seed/}: units and localities,
 * and (demo profile only) the demo people and Council. Afterwards the data belongs to the administrators.
 */
@Component
class OrganizationSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationSeeder.class);

  private final UnitRepository units;
  private final LocalityRepository localities;
  private final PersonRepository people;
  private final CouncilMemberRepository councilMembers;
  private final ObjectMapper json = new ObjectMapper();
  private final OrganizationHistoryService history;

  public OrganizationSeeder(UnitRepository units, LocalityRepository localities, PersonRepository people,
      CouncilMemberRepository councilMembers, OrganizationHistoryService history) {
    this.history = history;
    this.units = units;
    this.localities = localities;
    this.people = people;
    this.councilMembers = councilMembers;
  }

  /** Units and localities, if there are none yet. */
  @Transactional
  public void seedOrganization() {
    if (units.count() > 0) {
      return;
    }
    JsonNode root = read("seed/organization.json");
    int order = 0;
    for (JsonNode u : root.get("units")) {
      units.save(new Unit(u.get("code").asText(), u.get("shortName").asText(), u.get("name").asText(), order++));
    }
    Map<String, Locality> byCode = new LinkedHashMap<>();
    for (JsonNode l : root.get("localities")) {
      Locality parent = l.hasNonNull("parent") ? byCode.get(l.get("parent").asText()) : null;
      Locality locality = localities.save(new Locality(l.get("code").asText(), l.get("name").asText(),
          LocalityKind.valueOf(l.get("kind").asText()), parent, date(l, "validFrom"), date(l, "validTo"),
          l.hasNonNull("note") ? l.get("note").asText() : null));
      byCode.put(locality.getCode(), locality);
    }
    LOG.info("Đã nạp {} đơn vị và {} địa phương từ dữ liệu mẫu", units.count(), byCode.size());
  }

  /** The demo people and Council; returns the demo password so identity sync can set it. */
  @Transactional
  public String seedDemoPeople() {
    JsonNode root = read("seed/demo-people.json");
    String password = root.get("password").asText();
    if (people.count() > 0) {
      return password;
    }
    LocalDate councilFrom = LocalDate.parse(root.get("councilFrom").asText());
    for (JsonNode p : root.get("people")) {
      Unit unit = p.hasNonNull("unit") ? units.findByCode(p.get("unit").asText()).orElseThrow() : null;
      Set<Role> roles = EnumSet.noneOf(Role.class);
      p.get("roles").forEach(r -> roles.add(Role.valueOf(r.asText())));
      Person person = people.save(new Person(p.get("username").asText(), p.get("fullName").asText(), unit,
          p.get("position").asText(), Gender.valueOf(p.get("gender").asText()),
          p.get("username").asText() + "@stnmt.soctrang.gov.vn", roles));
      if (p.hasNonNull("council")) {
        councilMembers.save(new CouncilMember(person, CouncilRole.valueOf(p.get("council").asText()), councilFrom));
      }
    }
    LOG.info("Đã nạp {} tài khoản mẫu (mật khẩu mặc định, chỉ dùng để dùng thử)", people.count());
    return password;
  }

  /** An empty database takes the issuing body's first names from the deployment's letterhead settings. */
  @Transactional
  public void seedIssuingBody(vn.gov.soctrang.tnmt.tdkt.TdktProperties.Letterhead letterhead) {
    if (letterhead == null || letterhead.name() == null) {
      if (history.issuingBodies().isEmpty()) {
        throw new IllegalStateException("The database has no issuing body and tdkt.letterhead is not configured");
      }
      return;
    }
    history.ensureIssuingBody(letterhead.superior(), letterhead.name(), letterhead.shortSymbol(), letterhead.place(),
        letterhead.directorTitle());
  }

  /**
   * The demo organisation's later names (seed/demo-issuing-bodies.json), once: only while the first issuing body is
   * the only one, so what an administrator entered is never touched.
   */
  @Transactional
  public void seedDemoIssuingBodies() {
    if (history.issuingBodies().size() != 1) {
      return;
    }
    JsonNode root = read("seed/demo-issuing-bodies.json");
    for (JsonNode b : root.get("issuingBodies")) {
      history.recordSeeded(LocalDate.parse(b.get("validFrom").asText()), b.get("superior").asText(),
          b.get("name").asText(), b.get("symbol").asText(), b.get("place").asText(), b.get("directorTitle").asText(),
          b.get("sourceNote").asText());
    }
    LOG.info("Đã nạp {} tên mới của cơ quan ban hành cho tổ chức mẫu", root.get("issuingBodies").size());
  }

  private static LocalDate date(JsonNode node, String field) {
    return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
  }

  private JsonNode read(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read seed file " + path, e);
    }
  }
}
