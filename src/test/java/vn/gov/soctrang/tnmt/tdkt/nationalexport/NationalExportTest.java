package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.FileSystemUtils;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.PutsBack;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRegisterService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * The export to the national database: the 2026 export holds every title and award of the registers once, valid
 * against the schema the application publishes; a second run sends nothing; a revocation is exported once, on its
 * own, referring to the award; the acknowledgement is recorded on the batch and its records; a resend adds nothing;
 * only the Office and the administrators get in, and bad input is refused in Vietnamese with nothing stored.
 */
@PutsBack("merit_record")
@AtDate(value = "2026-12-15T10:00", frozen = true)
class NationalExportTest extends ProcessTestSupport {

  /** The test profile's drop folder (application-test.yaml). */
  static final String DROP = "target/national-export-test";
  private static final int EXPORT_YEAR = 2026;
  private static final String OFFICE = "vanphong";
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {
      };
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired AwardService awards;
  @Autowired CycleService cycles;
  @Autowired NominationRepository nominations;
  @Autowired MeritRegisterService merits;

  private final List<String> registerIds = new ArrayList<>();
  private Award revocable;
  private String earlierTitle;

  @BeforeEach
  void aRegisterOf2026() throws IOException {
    clean();
    long cycleId = stages.consolidated(EXPORT_YEAR, false, Map.of("qldd", List.of(collective("GIAY_KHEN"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ địa chính"),
        individual("qlddtruong", "BANG_KHEN_UBND", true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ"))));
    stages.councilApprovedEverything(cycleId);
    List<Award> giayKhen = awards.decide(cycleId, "120/QĐ-STNMT", LocalDate.of(EXPORT_YEAR, 12, 10), "giamdoc",
        new Problems());
    assertThat(giayKhen).hasSize(2);
    revocable = giayKhen.stream().filter(a -> !a.isCollective()).findFirst().orElseThrow();
    Nomination bangKhen = nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getProposedAward() == AwardType.BANG_KHEN_UBND).findFirst().orElseThrow();
    Award province = awards.enter(cycles.get(cycleId), bangKhen, "1520/QĐ-UBND", LocalDate.of(EXPORT_YEAR, 12, 12),
        OFFICE);
    Stream.concat(giayKhen.stream(), Stream.of(province)).forEach(a -> registerIds.add("AWARD-" + a.getId()));

    // The merit register: two titles of 2026 (exported), an assessment (not a title), a title of 2025 (another year).
    registerIds.add("MERIT-" + merit(EXPORT_YEAR, "LAO_DONG_TIEN_TIEN", "qlddcv", null).getId());
    registerIds.add("MERIT-" + merit(EXPORT_YEAR, "TAP_THE_LAO_DONG_XUAT_SAC", null, "qldd").getId());
    merit(EXPORT_YEAR, "HOAN_THANH_XUAT_SAC_NHIEM_VU", "qlddtruong", null);
    earlierTitle = "MERIT-" + merit(2025, "CHIEN_SI_THI_DUA_CO_SO", "qlddtruong", null).getId();
  }

  @AfterEach
  void clean() throws IOException {
    for (String table : List.of("national_export_ledger", "national_export_batch_file", "national_export_batch",
        "merit_record")) {
      jdbc.update("delete from " + table);
    }
    FileSystemUtils.deleteRecursively(Path.of(DROP));
  }

  @Test
  void the2026ExportHoldsEveryTitleAndAwardOnceValidAgainstThePublishedSchemaAndIsSentOnce() throws IOException {
    Map<String, Object> preview = call(OFFICE, HttpMethod.GET, "/api/national-export/preview?year=2026", null)
        .getBody();
    assertThat(preview).containsEntry("pendingCount", 5).containsEntry("alreadyExported", 0)
        .containsEntry("problems", List.of());

    ResponseEntity<Map<String, Object>> run = call(OFFICE, HttpMethod.POST, "/api/national-export/runs",
        Map.of("year", EXPORT_YEAR));
    assertThat(run.getStatusCode()).as(String.valueOf(run.getBody())).isEqualTo(HttpStatus.CREATED);
    String batchId = (String) batchOf(run).get("batchId");
    assertThat(batchId).isEqualTo("XK-2026-" + "%06d".formatted(jdbc.queryForObject(
        "select id from national_export_batch", Long.class)));

    // One file pair in the drop folder, no temporary file left; the JSON is valid against the served schema.
    try (Stream<Path> dropped = Files.list(Path.of(DROP))) {
      assertThat(dropped.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(batchId + ".json",
          batchId + ".csv");
    }
    JsonNode document = JSON.readTree(Files.readString(Path.of(DROP, batchId + ".json")));
    assertThat(violations(document)).isEmpty();
    assertThat(document.get("batchId").asText()).isEqualTo(batchId);
    assertThat(document.get("scopeYear").asInt()).isEqualTo(EXPORT_YEAR);
    List<String> exported = new ArrayList<>();
    document.get("records").forEach(r -> exported.add(r.get("recordId").asText()));
    assertThat(exported).containsExactlyInAnyOrderElementsOf(registerIds).doesNotHaveDuplicates();
    assertThat(document.get("recordCount").asInt()).isEqualTo(registerIds.size());

    // «Danh hiệu» and «hình thức» apart, each with its code, Vietnamese name and decision.
    Map<String, String> kinds = new HashMap<>();
    document.get("records").forEach(r -> kinds.put(r.get("code").asText(), r.get("kind").asText()));
    assertThat(kinds).containsEntry("GIAY_KHEN", "HINH_THUC").containsEntry("BANG_KHEN_CAP_TINH", "HINH_THUC")
        .containsEntry("LAO_DONG_TIEN_TIEN", "DANH_HIEU").containsEntry("TAP_THE_LAO_DONG_XUAT_SAC", "DANH_HIEU")
        .hasSize(4);
    JsonNode bangKhen = recordWithCode(document, "BANG_KHEN_CAP_TINH");
    assertThat(bangKhen.get("name").asText()).isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh");
    assertThat(bangKhen.at("/decision/number").asText()).isEqualTo("1520/QĐ-UBND");
    assertThat(bangKhen.at("/decision/date").asText()).isEqualTo("2026-12-12");
    assertThat(bangKhen.at("/decision/authority").asText()).isEqualTo("Chủ tịch UBND tỉnh");
    assertThat(bangKhen.get("legalBasis").asText()).contains("Điều 74", "06/2022/QH15");
    assertThat(bangKhen.at("/nominee/type").asText()).isEqualTo("INDIVIDUAL");
    assertThat(bangKhen.at("/unit/code").asText()).isEqualTo("qldd");
    assertThat(recordWithCode(document, "TAP_THE_LAO_DONG_XUAT_SAC").at("/nominee/key").asText())
        .isEqualTo("unit:qldd");

    // The flat file: the documented header, one line per record, in UTF-8.
    List<String> csv = Files.readAllLines(Path.of(DROP, batchId + ".csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0)).isEqualTo(String.join(",", NationalExportSchema.CSV_COLUMNS.stream()
        .map(c -> "\"" + c + "\"").toList()));
    assertThat(csv).hasSize(registerIds.size() + 1);
    assertThat(String.join("\n", csv)).contains("\"Lao động tiên tiến\"", "\"DANH_HIEU\"", "\"1520/QĐ-UBND\"");

    // The ledger: each record once, at the app's clock, by the file drop.
    assertThat(jdbc.queryForList("select record_id from national_export_ledger", String.class))
        .containsExactlyInAnyOrderElementsOf(registerIds);
    assertThat(jdbc.queryForList("select distinct exported_at from national_export_ledger", java.sql.Timestamp.class))
        .singleElement().satisfies(t -> assertThat(t.toInstant()).isEqualTo(java.time.Instant.parse(
            "2026-12-15T03:00:00Z")));
    assertThat(jdbc.queryForList("select distinct transport from national_export_ledger", String.class))
        .containsExactly("file-drop");

    // A second run exports nothing new and lays no batch.
    ResponseEntity<Map<String, Object>> again = call(OFFICE, HttpMethod.POST, "/api/national-export/runs",
        Map.of("year", EXPORT_YEAR));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("recordCount", 0).containsEntry("batch", null);
    assertThat((String) again.getBody().get("message")).startsWith("Không có bản ghi mới");
    assertThat(batchCount()).isEqualTo(1);
    assertThat(again.getBody()).containsEntry("recordCount", 0);
    // «Everything not yet exported» takes only what is left: the title of 2025.
    ResponseEntity<Map<String, Object>> rest2025 = call("admin", HttpMethod.POST, "/api/national-export/runs",
        Map.of());
    assertThat(rest2025.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest2025.getBody()).containsEntry("recordCount", 1);
    String batch2025 = (String) batchOf(rest2025).get("batchId");
    JsonNode everythingLeft = JSON.readTree(Files.readString(Path.of(DROP, batch2025 + ".json")));
    assertThat(violations(everythingLeft)).isEmpty();
    assertThat(everythingLeft.get("scopeYear").isNull()).isTrue();
    assertThat(everythingLeft.get("records")).singleElement().satisfies(r -> {
      assertThat(r.get("recordId").asText()).isEqualTo(earlierTitle);
      assertThat(r.get("year").asInt()).isEqualTo(2025);
    });
    assertThat(call(OFFICE, HttpMethod.GET, "/api/national-export/preview?year=2026", null).getBody())
        .containsEntry("pendingCount", 0).containsEntry("alreadyExported", 5);

    // A revocation: exported once, as a record of its own that refers to the award.
    Map<String, Object> revocationBody = new HashMap<>();
    revocationBody.put("ground", "KE_KHAI_GIAN_DOI");
    revocationBody.put("reason", "Kê khai thành tích không đúng sự thật");
    revocationBody.put("evidence", "Kết luận thanh tra số 12/KL-TTr");
    revocationBody.put("decisionNumber", "15/QĐ-STNMT");
    revocationBody.put("decisionDate", "14/12/2026");
    revocationBody.put("signer", "Giám đốc Sở");
    revocationBody.put("authority", "Giám đốc Sở Nông nghiệp và Môi trường");
    ResponseEntity<Map<String, Object>> revoked = call("admin", HttpMethod.POST,
        "/api/admin/awards/" + revocable.getId() + "/revocation", revocationBody);
    assertThat(revoked.getStatusCode()).as(String.valueOf(revoked.getBody())).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> revocationRun = call(OFFICE, HttpMethod.POST, "/api/national-export/runs",
        Map.of());
    assertThat(revocationRun.getStatusCode()).as(String.valueOf(revocationRun.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    String revocationBatch = (String) batchOf(revocationRun).get("batchId");
    JsonNode second = JSON.readTree(Files.readString(Path.of(DROP, revocationBatch + ".json")));
    assertThat(violations(second)).isEmpty();
    assertThat(second.get("records")).hasSize(1);
    JsonNode revocation = second.get("records").get(0);
    assertThat(revocation.get("recordType").asText()).isEqualTo("REVOCATION");
    assertThat(revocation.at("/revocation/revokes").asText()).isEqualTo("AWARD-" + revocable.getId());
    assertThat(revocation.at("/revocation/groundCode").asText()).isEqualTo("KE_KHAI_GIAN_DOI");
    assertThat(revocation.at("/decision/number").asText()).isEqualTo("15/QĐ-STNMT");
    assertThat(revocation.get("kind").asText()).isEqualTo("HINH_THUC");
    assertThat(call(OFFICE, HttpMethod.POST, "/api/national-export/runs", Map.of("year", EXPORT_YEAR)).getBody())
        .containsEntry("recordCount", 0);
    assertThat(jdbc.queryForObject("select count(*) from national_export_ledger where record_id like 'REVOCATION-%'",
        Long.class)).isOne();

    // The acknowledgement: on the batch and on each of its records, once.
    ResponseEntity<Map<String, Object>> ack = call(OFFICE, HttpMethod.POST,
        "/api/national-export/batches/" + batchId + "/acknowledgement",
        Map.of("status", "ACCEPTED", "reference", "CSDLQG-2026-00042", "note", "Đã tiếp nhận đủ 5 bản ghi"));
    assertThat(ack.getStatusCode()).as(String.valueOf(ack.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(ack.getBody()).containsEntry("ackStatus", "ACCEPTED").containsEntry("ackStatusLabel", "Đã tiếp nhận")
        .containsEntry("ackReference", "CSDLQG-2026-00042");
    assertThat(jdbc.queryForList("select ack_status, ack_reference from national_export_ledger where batch_id = "
        + "(select id from national_export_batch where batch_ref = ?)", batchId)).hasSize(5).allSatisfy(row -> assertThat(row)
            .containsEntry("ACK_STATUS", "ACCEPTED").containsEntry("ACK_REFERENCE", "CSDLQG-2026-00042"));
    assertThat(jdbc.queryForList("select ack_status from national_export_ledger where batch_id <> "
        + "(select id from national_export_batch where batch_ref = ?)", String.class, batchId))
        .containsOnly("PENDING").hasSize(2);
    ResponseEntity<Map<String, Object>> twice = call(OFFICE, HttpMethod.POST,
        "/api/national-export/batches/" + batchId + "/acknowledgement",
        Map.of("status", "REJECTED", "reference", "CSDLQG-2026-00043"));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) twice.getBody().get("message")).contains("đã được ghi nhận phản hồi");

    // A resend delivers the same files again and adds no record.
    byte[] first = Files.readAllBytes(Path.of(DROP, batchId + ".json"));
    Files.delete(Path.of(DROP, batchId + ".json"));
    Map<String, Object> resent = call(OFFICE, HttpMethod.POST, "/api/national-export/batches/" + batchId + "/resend",
        null).getBody();
    assertThat(resent).containsEntry("deliveryCount", 2);
    assertThat(Files.readAllBytes(Path.of(DROP, batchId + ".json"))).isEqualTo(first);
    assertThat(jdbc.queryForObject("select count(*) from national_export_ledger", Long.class)).isEqualTo(7);

    List<Map<String, Object>> batches = rest.withBasicAuth("admin", "demo").exchange("/api/national-export/batches",
        HttpMethod.GET, null, LIST).getBody();
    assertThat(batches).extracting(b -> b.get("batchId")).containsExactly(revocationBatch, batch2025, batchId);
  }

  @Test
  void onlyTheOfficeAndTheAdministratorsGetInAndBadInputIsRefusedInVietnameseWithNothingStored() {
    for (String outsider : List.of("qlddcv", "qlddtruong", "giamdoc")) {
      ResponseEntity<Map<String, Object>> refused = call(outsider, HttpMethod.POST, "/api/national-export/runs",
          Map.of("year", EXPORT_YEAR));
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("message")).contains("Chỉ Văn phòng Sở và quản trị hệ thống");
      assertThat(call(outsider, HttpMethod.GET, "/api/national-export/preview?year=2026", null).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.getForEntity("/api/national-export/batches", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<Map<String, Object>> tooEarly = call(OFFICE, HttpMethod.POST, "/api/national-export/runs",
        Map.of("year", 1800));
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooEarly.getBody().get("message")).contains("«Năm xuất dữ liệu (year)» không hợp lệ");
    ResponseEntity<Map<String, Object>> future = call(OFFICE, HttpMethod.POST, "/api/national-export/runs",
        Map.of("year", 2030));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) future.getBody().get("message")).isEqualTo(
        "Năm xuất dữ liệu phải từ 1990 đến 2026, đã nhập 2030.");
    ResponseEntity<Map<String, Object>> notAYear = call(OFFICE, HttpMethod.GET,
        "/api/national-export/preview?year=hai-nghin", null);
    assertThat(notAYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call(OFFICE, HttpMethod.POST, "/api/national-export/runs", Map.of("year", "năm nay"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map<String, Object>> badAck = call(OFFICE, HttpMethod.POST,
        "/api/national-export/batches/XK-2026-000001/acknowledgement", Map.of("status", "OK", "reference", " "));
    assertThat(badAck.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    List<String> messages = (List<String>) badAck.getBody().get("messages");
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("chỉ nhận ACCEPTED"))
        .anySatisfy(m -> assertThat(m).contains("Vui lòng nhập «Số, ký hiệu phản hồi"));
    ResponseEntity<Map<String, Object>> unknown = call(OFFICE, HttpMethod.POST,
        "/api/national-export/batches/XK-2026-999999/acknowledgement",
        Map.of("status", "ACCEPTED", "reference", "CSDLQG-1"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((String) unknown.getBody().get("message")).contains("Không có lô xuất dữ liệu số");

    assertThat(batchCount()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from national_export_ledger", Long.class)).isZero();
    assertThat(Files.exists(Path.of(DROP))).isFalse();
  }

  @Test
  void aFailedDeliveryStoresNothingAndTheNextRunSendsEverything() throws IOException {
    Files.createDirectories(Path.of(DROP).getParent());
    Files.writeString(Path.of(DROP), "không phải thư mục");
    ResponseEntity<Map<String, Object>> failed = call(OFFICE, HttpMethod.POST, "/api/national-export/runs",
        Map.of("year", EXPORT_YEAR));
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat((String) failed.getBody().get("message")).contains("Không gửi được lô", "chưa có gì được lưu");
    assertThat(batchCount()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from national_export_ledger", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from national_export_batch_file", Long.class)).isZero();

    Files.delete(Path.of(DROP));
    ResponseEntity<Map<String, Object>> retried = call(OFFICE, HttpMethod.POST, "/api/national-export/runs",
        Map.of("year", EXPORT_YEAR));
    assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retried.getBody()).containsEntry("recordCount", registerIds.size());
  }

  @Test
  void theSchemaIsPublishedAndTheValidatorRefusesARecordThatMixesTheFamilies() throws IOException {
    ResponseEntity<String> schema = rest.withBasicAuth(OFFICE, "demo").getForEntity("/api/national-export/schema",
        String.class);
    assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(schema.getHeaders().getFirst("X-Schema-Version")).isEqualTo(NationalExportSchema.VERSION);
    assertThat(JSON.readTree(schema.getBody()).get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");

    Map<String, Object> preview = call(OFFICE, HttpMethod.GET, "/api/national-export/preview?year=2026", null)
        .getBody();
    JsonNode document = JSON.valueToTree(preview.get("document"));
    assertThat(violations(document)).isEmpty();
    ((ObjectNode) document.get("records").get(0)).put("kind", "DANH_HIEU_VA_HINH_THUC");
    ((ObjectNode) document.get("records").get(1)).putObject("revocation");
    assertThat(violations(document)).hasSizeGreaterThanOrEqualTo(2);
  }

  // Helpers.

  private List<String> violations(JsonNode document) {
    String schemaText = rest.withBasicAuth(OFFICE, "demo").getForObject("/api/national-export/schema", String.class);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schemaText, InputFormat.JSON);
    return schema.validate(document.toString(), InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private static JsonNode recordWithCode(JsonNode document, String code) {
    for (JsonNode r : document.get("records")) {
      if (code.equals(r.get("code").asText())) {
        return r;
      }
    }
    throw new AssertionError("no record " + code);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> batchOf(ResponseEntity<Map<String, Object>> run) {
    return (Map<String, Object>) run.getBody().get("batch");
  }

  private long batchCount() {
    return jdbc.queryForObject("select count(*) from national_export_batch", Long.class);
  }

  private MeritRecord merit(int year, String code, String username, String unitCode) {
    return merits.record(new MeritRegisterService.Entry(year, code, username, unitCode, "100/QĐ-STNMT",
        "05/12/" + (year == EXPORT_YEAR ? year : year + 1), "Giám đốc Sở", "Theo sổ của Văn phòng"), OFFICE);
  }

  private ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), MAP);
  }
}
