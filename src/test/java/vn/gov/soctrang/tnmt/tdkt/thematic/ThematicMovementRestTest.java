package vn.gov.soctrang.tnmt.tdkt.thematic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.CouncilVoteDriver;
import vn.gov.soctrang.tnmt.tdkt.DemoUsersRest;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Declaring a thematic movement and starting its run through the app's REST API: the Office or the administrator
 * only, refusals in Vietnamese with nothing stored (an inverted period, no criteria, a title as the award, a code
 * taken), then the movement with its criteria, one run, and no summary before the run has ended.
 */
@SharedApplication
@AtDate("2027-01-10")
class ThematicMovementRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;

  static Map<String, Object> movement(String code, String startsOn, String endsOn, List<Map<String, Object>> criteria) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Thi đua chuyển đổi số trong quản lý đất đai");
    body.put("shortName", "Chuyển đổi số đất đai");
    body.put("description", "Đẩy mạnh số hóa hồ sơ địa chính");
    body.put("startsOn", startsOn);
    body.put("endsOn", endsOn);
    body.put("launchDocNumber", "12/KH-SNNMT");
    body.put("launchDocDate", "2026-12-20");
    body.put("launchDocIssuer", "Sở Nông nghiệp và Môi trường");
    body.put("legalBasisNote", "Luật Thi đua, khen thưởng 2022 (thi đua theo chuyên đề)");
    body.put("awardCode", "GIAY_KHEN");
    body.put("awardAuthority", "Giám đốc Sở");
    body.put("sourceNote", "Kế hoạch số 12/KH-SNNMT (mẫu kiểm thử)");
    body.put("criteria", criteria);
    return body;
  }

  static final List<Map<String, Object>> CRITERIA = List.of(
      Map.of("text", "Số hóa hồ sơ địa chính đúng tiến độ", "maxScore", 60),
      Map.of("text", "Tỷ lệ hồ sơ trực tuyến toàn trình"));

  int thematicRows() {
    return jdbc.queryForObject("select count(*) from movement where movement_kind = 'CHUYEN_DE'", Integer.class)
        + jdbc.queryForObject("select count(*) from movement_criterion", Integer.class);
  }

  @AfterEach
  void removeWhatTheTestDeclared() {
    runtime.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished", true, true));
    for (String table : List.of("audit_entry", "generated_document_pdf", "generated_document_content",
        "generated_document", "ballot_cast", "ballot_issue", "sealed_ballot", "ballot_key", "ballot_count",
        "council_attendance", "council_meeting", "thematic_summary", "thematic_result", "thematic_proposal", "thematic_participation",
        "thematic_run", "movement_criterion")) {
      jdbc.update("delete from " + table);
    }
    jdbc.update("delete from movement where movement_kind = 'CHUYEN_DE'");
    jdbc.update("delete from merit_record where source = 'THEMATIC'");
  }

  /** Completes every open task of that step of the run with the form, each as a member of its candidate group. */
  void completeEach(String instanceId, String step, java.util.function.Function<String, Map<String, Object>> form) {
    for (Task task : tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(step).list()) {
      String group = tasks.getIdentityLinksForTask(task.getId()).stream().map(l -> l.getGroupId())
          .filter(g -> g != null).findFirst().orElseThrow();
      String unit = group.startsWith("donvi") ? group.substring("donvi".length()) : null;
      String user = unit != null ? unit + "cv" : "vanphongso".equals(group) ? "vanphong" : "giamdoc";
      identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
          .map(org.camunda.bpm.engine.identity.Group::getId).toList());
      try {
        tasks.complete(task.getId(), form.apply(unit));
      } finally {
        identity.clearAuthentication();
      }
    }
    Jobs.runAll(management);
  }

  /**
   * The decision at the summary through the documents API: nothing before it is written; then the Council's minutes
   * and the decision for the Office, the leadership, administrators and the IT Center, nothing for a unit's staff
   * (whose download is refused), 400 for a movement that does not exist.
   */
  @Test
  void theDecisionAtTheSummaryIsListedForItsReadersOnly() throws Exception {
    DemoUsersRest users = new DemoUsersRest(rest);
    assertThat(users.post("vanphong", "/api/thematic-movements", movement("CD-CDS-2027", "2027-01-01", "2027-03-31",
        CRITERIA)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String listed = "/api/thematic-movements/CD-CDS-2027/documents";
    assertThat(users.getList("vanphong", listed)).isEmpty();
    ResponseEntity<String> started = users.post("vanphong", "/api/thematic-movements/CD-CDS-2027/run", null);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    String instanceId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.getBody())
        .get("processInstanceId").asText();

    completeEach(instanceId, "registerThematicParticipation", unit -> "ccbvmt".equals(unit)
        ? Map.of("thematicParticipates", "YES", "thematicCommitment", "Số hóa 100% hồ sơ của đơn vị")
        : Map.of("thematicParticipates", "NO"));
    TestClock.freezeAt(LocalDate.of(2027, 4, 2));
    management.executeJob(management.createJobQuery().processInstanceId(instanceId)
        .activityId("thematicPeriodEnds").singleResult().getId());
    completeEach(instanceId, "reportThematicResults", unit -> {
      Map<String, Object> form = new HashMap<>();
      form.put("thematicResult1", "Đã số hóa 1.200 hồ sơ");
      form.put("thematicResult2", "85% hồ sơ trực tuyến toàn trình");
      form.put("thematicProposeUnit", true);
      form.put("thematicUnitAchievement", "Dẫn đầu tỷ lệ số hóa");
      return form;
    });
    completeEach(instanceId, "reviewThematicResults", unit -> Map.of("thematicOfficeDecision", "ACCEPT"));
    new CouncilVoteDriver(runtime, tasks, identity, management).approveEverything(
        runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult());
    TestClock.freezeAt(LocalDate.of(2027, 4, 20));
    completeEach(instanceId, "decideThematicAwards", unit -> Map.of("thematicDecisionNumber", "45/QĐ-SNNMT",
        "thematicDecisionDate", "20/04/2027"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();

    for (String reader : List.of("vanphong", "giamdoc")) {
      assertThat(users.getList(reader, listed)).as(reader).extracting(d -> d.get("kind"))
          .containsExactly("COUNCIL_MINUTES", "THEMATIC_DECISION", "THEMATIC_SUMMARY");
    }
    // The IT Center reads the decisions it publishes, not the Council's minutes.
    assertThat(users.getList("ttcnttcv", listed)).extracting(d -> d.get("kind"))
        .containsExactly("THEMATIC_DECISION", "THEMATIC_SUMMARY");
    assertThat(users.getList("vanphong", listed).get(2).get("title").toString())
        .contains("Báo cáo tổng kết phong trào", "Thi đua chuyển đổi số trong quản lý đất đai");
    Map<String, Object> decision = users.getList("vanphong", listed).get(1);
    assertThat(decision.get("title").toString()).contains("45/QĐ-SNNMT", "Thi đua chuyển đổi số trong quản lý đất đai");
    assertThat(users.getList("ccbvmtcv", listed)).isEmpty();
    String download = decision.get("download").toString();
    assertThat(rest.withBasicAuth("ccbvmtcv", "demo").getForEntity(download, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> docx = rest.withBasicAuth("ttcnttcv", "demo").getForEntity(download, byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Số: 45/QĐ-SNNMT", "Căn cứ Kế hoạch số 12/KH-SNNMT",
          "Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày 02/04/2027 (bỏ phiếu kín);",
          "đã có thành tích: Dẫn đầu tỷ lệ số hóa.");
    }

    ResponseEntity<String> unknown = rest.withBasicAuth("vanphong", "demo")
        .getForEntity("/api/thematic-movements/KHONG-CO/documents", String.class);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("Không có phong trào thi đua theo chuyên đề mã «KHONG-CO»");
  }

  @Test
  void theOfficeDeclaresAThematicMovementAndStartsItsRunRefusalsStoreNothing() {
    DemoUsersRest users = new DemoUsersRest(rest);
    ResponseEntity<String> staff = users.post("ccbvmtcv", "/api/thematic-movements",
        movement("CD-CDS-2027", "2027-01-01", "2027-03-31", CRITERIA));
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(staff.getBody()).contains("Chỉ Văn phòng Sở và quản trị hệ thống được khai báo");

    ResponseEntity<String> inverted = users.post("vanphong", "/api/thematic-movements",
        movement("CD-CDS-2027", "2027-03-31", "2027-01-01", CRITERIA));
    assertThat(inverted.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(inverted.getBody()).contains("Ngày bắt đầu (31/03/2027) không được sau ngày kết thúc (01/01/2027)");
    ResponseEntity<String> launchedLate = users.post("vanphong", "/api/thematic-movements",
        movement("CD-CDS-2027", "2026-12-01", "2027-03-31", CRITERIA));
    assertThat(launchedLate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(launchedLate.getBody()).contains("Văn bản phát động phải ban hành trước hoặc ngay ngày bắt đầu");
    ResponseEntity<String> noCriteria = users.post("vanphong", "/api/thematic-movements",
        movement("CD-CDS-2027", "2027-01-01", "2027-03-31", List.of()));
    assertThat(noCriteria.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCriteria.getBody()).contains("Đợt thi đua cần ít nhất một tiêu chí.");
    Map<String, Object> title = movement("CD-CDS-2027", "2027-01-01", "2027-03-31", CRITERIA);
    title.put("awardCode", "LAO_DONG_TIEN_TIEN");
    ResponseEntity<String> notAnAward = users.post("vanphong", "/api/thematic-movements", title);
    assertThat(notAnAward.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAnAward.getBody()).contains("không phải danh hiệu thi đua");
    ResponseEntity<String> taken = users.post("vanphong", "/api/thematic-movements",
        movement("NTM-2021-2025", "2027-01-01", "2027-03-31", CRITERIA));
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(taken.getBody()).contains("Đã có phong trào mã NTM-2021-2025.");
    assertThat(thematicRows()).isZero();

    ResponseEntity<String> declared = users.post("vanphong", "/api/thematic-movements",
        movement("CD-CDS-2027", "2027-01-01", "2027-03-31", CRITERIA));
    assertThat(declared.getStatusCode()).as(declared.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(declared.getBody()).contains("\"kind\":\"CHUYEN_DE\"", "\"startsOn\":\"2027-01-01\"",
        "\"position\":2", "Tỷ lệ hồ sơ trực tuyến toàn trình");
    assertThat(jdbc.queryForObject("select count(*) from movement_criterion", Integer.class)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_type = 'MOVEMENT' and actor = "
        + "'vanphong'", Integer.class)).isEqualTo(1);
    // The yearly movement keeps its years: a thematic movement of 2027 is not the movement a 2027 cycle belongs to.
    assertThat(jdbc.queryForObject("select movement_kind from movement where code = 'NTM-2021-2025'", String.class))
        .isEqualTo("THUONG_XUYEN");

    assertThat(users.post("ccbvmtcv", "/api/thematic-movements/CD-CDS-2027/run", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> unknown = users.post("vanphong", "/api/thematic-movements/KHONG-CO/run", null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).contains("Không có phong trào thi đua theo chuyên đề mã «KHONG-CO»");
    ResponseEntity<String> started = users.post("vanphong", "/api/thematic-movements/CD-CDS-2027/run", null);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> again = users.post("vanphong", "/api/thematic-movements/CD-CDS-2027/run", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("đã được phát động trên hệ thống");
    assertThat(jdbc.queryForObject("select count(*) from thematic_run", Integer.class)).isEqualTo(1);

    assertThat(users.getList("ccbvmtcv", "/api/thematic-movements")).singleElement().satisfies(row -> {
      assertThat(row.get("code")).isEqualTo("CD-CDS-2027");
      assertThat(row.get("runStatus")).isEqualTo("OPEN");
      assertThat(row.get("commendations")).isNull();
    });
    assertThat(users.getList("ccbvmtcv", "/api/movements")).anySatisfy(row -> {
      assertThat(row.get("code")).isEqualTo("CD-CDS-2027");
      assertThat(row.get("kind")).isEqualTo("CHUYEN_DE");
      assertThat(row.get("endsOn")).isEqualTo("2027-03-31");
    });

    ResponseEntity<String> summary = rest.withBasicAuth("ccbvmtcv", "demo")
        .getForEntity("/api/thematic-movements/CD-CDS-2027/summary", String.class);
    assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(summary.getBody()).contains("chưa được tổng kết");
  }
}
