package vn.gov.soctrang.tnmt.tdkt.titles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import vn.gov.soctrang.tnmt.tdkt.DemoUsersRest;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The titles of 2026 through REST as the demo users would run them in Tasklist: the Office opens the year through
 * the app's API, every unit proposes through the engine's REST API as its own staff, the Director decides, and the
 * register shows the titles with the decision.
 */
@SharedApplication
@AtDate("2026-12-10")
class YearEndTitlesRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired OrganizationService organization;
  /** The job executor is off in tests: the test runs the asynchronous continuations where it would. */
  @Autowired ManagementService management;

  @Test
  void theTitlesOf2026RunThroughRestAsTheDemoUsers() throws Exception {
    assertThat(post("qlddcv", "/api/year-end-titles/2026", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> opened = post("vanphong", "/api/year-end-titles/2026", null);
    assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> again = post("vanphong", "/api/year-end-titles/2026", null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("Danh hiệu thi đua năm 2026 đã được mở bình xét");

    // A unit proposing someone of another unit is refused in Vietnamese; its task stays open.
    String ccbvmtTask = proposalTask("ccbvmtcv");
    ResponseEntity<String> wrong = submit("ccbvmtcv", ccbvmtTask, Map.of("titlePerson1", "qlddcv",
        "titleCode1", "LAO_DONG_TIEN_TIEN", "collectiveTitle", "NONE"));
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).contains("không thuộc", "đơn vị chỉ đề nghị danh hiệu cho người của mình");
    assertThat(proposalTask("ccbvmtcv")).isEqualTo(ccbvmtTask);

    Map<String, Object> ccbvmt = new HashMap<>();
    ccbvmt.put("titlePerson1", "ccbvmtcv");
    ccbvmt.put("titleCode1", "CHIEN_SI_THI_DUA_CO_SO");
    ccbvmt.put("titleInitiative1", "Quy trình kiểm tra nguồn thải (Quyết định công nhận số 12/QĐ-STNMT)");
    ccbvmt.put("titlePerson2", "ccbvmttruong");
    ccbvmt.put("titleCode2", "LAO_DONG_TIEN_TIEN");
    ccbvmt.put("collectiveTitle", "TAP_THE_LAO_DONG_XUAT_SAC");
    ccbvmt.put("allMembersCompleted", true);
    assertThat(submit("ccbvmtcv", ccbvmtTask, ccbvmt).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    for (var unit : organization.activeUnits()) {
      if (!unit.getCode().equals("ccbvmt")) {
        String user = unit.getCode() + "cv";
        assertThat(submit(user, proposalTask(user), Map.of("collectiveTitle", "NONE")).getStatusCode())
            .isEqualTo(HttpStatus.NO_CONTENT);
      }
    }
    Jobs.runAll(management);
    councilApprovesEverything();

    List<Map<String, Object>> decision = get("giamdoc", "/engine-rest/task?processDefinitionKey=year-end-titles"
        + "&taskDefinitionKey=decideTitles");
    assertThat(decision).hasSize(1);
    String decisionTask = (String) decision.get(0).get("id");
    ResponseEntity<String> noDate = submit("giamdoc", decisionTask, Map.of("titlesDecisionNumber", "130/QĐ-STNMT"));
    assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDate.getBody()).contains("Vui lòng nhập «Ngày quyết định»");
    assertThat(submit("giamdoc", decisionTask, Map.of("titlesDecisionNumber", "130/QĐ-STNMT",
        "titlesDecisionDate", "10/12/2026")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);

    List<Map<String, Object>> register = get("vanphong", "/api/merit-records?nominee=ccbvmtcv");
    assertThat(register).filteredOn(r -> "130/QĐ-STNMT".equals(r.get("decisionNumber")))
        .extracting(r -> r.get("code")).containsExactlyInAnyOrder("LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO");
    assertThat(get("vanphong", "/api/merit-records?nominee=unit:ccbvmt")).anyMatch(r ->
        "TAP_THE_LAO_DONG_XUAT_SAC".equals(r.get("code")) && "130/QĐ-STNMT".equals(r.get("decisionNumber")));

    // The decision document, through the documents API under the cycle's decision's rule: not for a unit's staff.
    assertThat(get("ccbvmtcv", "/api/year-end-titles/2026/documents")).isEmpty();
    // The Council's Word minutes (written by council-vote.bpmn, ADR 0019), then the Director's decision.
    List<Map<String, Object>> documents = get("giamdoc", "/api/year-end-titles/2026/documents");
    assertThat(documents).extracting(d -> d.get("kind")).containsExactly("COUNCIL_MINUTES", "TITLES_DECISION");
    ResponseEntity<byte[]> minutes = rest.withBasicAuth("vanphong", "demo")
        .getForEntity(documents.get(0).get("download").toString(), byte[].class);
    assertThat(minutes.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(minutes.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Chiến sĩ thi đua cơ sở", "Đồng ý đề nghị",
          organization.person("ccbvmtcv").orElseThrow().getFullName());
    }
    Map<String, Object> document = documents.get(1);
    assertThat(document.get("kind")).isEqualTo("TITLES_DECISION");
    String download = document.get("download").toString();
    assertThat(rest.withBasicAuth("ccbvmtcv", "demo").getForEntity(download, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> docx = rest.withBasicAuth("vanphong", "demo").getForEntity(download, byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Số: 130/QĐ-STNMT", "ngày 10 tháng 12 năm 2026", "Chiến sĩ thi đua cơ sở",
          organization.person("ccbvmtcv").orElseThrow().getFullName());
    }
    ResponseEntity<String> notOpened = rest.withBasicAuth("vanphong", "demo")
        .getForEntity("/api/year-end-titles/2025/documents", String.class);
    assertThat(notOpened.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notOpened.getBody()).contains("Danh hiệu thi đua năm 2025 chưa được mở bình xét.");
  }

  /** The seven members of the demo Council. */
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");

  /**
   * The Council's vote on what met the standards (council-vote.bpmn, called by the run), each step as its demo user
   * in Tasklist would take it: the Office's roll-call, the chair and the secretary seal the box, every member
   * approves every proposal on their ballot, the box is opened, the secretary confirms the minutes.
   */
  @SuppressWarnings("unchecked")
  private void councilApprovesEverything() {
    String open = new DemoUsersRest(rest).onlyTask("chanhvanphong", "council-vote", "openCouncilMeeting");
    assertThat(submit("chanhvanphong", open, CouncilMeetingForm.rest(TestClock.today().toString(), COUNCIL))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    for (String holder : List.of("giamdoc", "chanhvanphong")) {
      assertThat(submit(holder, assigned(holder, "sealBallotBox"), BallotBoxKeys.seal(holder)).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    Jobs.runAll(management);
    for (String member : COUNCIL) {
      String ballot = assigned(member, "castBallot");
      Map<String, Object> form = rest.withBasicAuth(member, "demo").getForObject("/engine-rest/task/" + ballot
          + "/form-variables?variableNames=ballotOptions", Map.class);
      List<Map<String, Object>> options = (List<Map<String, Object>>) ((Map<String, Object>) form
          .get("ballotOptions")).get("value");
      assertThat(options).extracting(o -> (String) o.get("label")).anyMatch(l -> l.endsWith("Chiến sĩ thi đua cơ sở"));
      ResponseEntity<String> voted = submit(member, ballot, Map.of("ballotApprovals",
          options.stream().map(o -> o.get("value")).toList()));
      assertThat(voted.getStatusCode()).as(voted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    Jobs.runAll(management);
    assertThat(submit("giamdoc", assigned("giamdoc", "openBallotBox"), BallotBoxKeys.open("giamdoc",
        "chanhvanphong")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);
    assertThat(submit("chanhvanphong", assigned("chanhvanphong", "confirmMinutes"), Map.of("confirmMinutes", true))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);
  }

  /** The one task of a step of the Council assigned to the user. */
  private String assigned(String user, String step) {
    List<Map<String, Object>> open = get(user, "/engine-rest/task?processDefinitionKey=council-vote&taskDefinitionKey="
        + step + "&assignee=" + user);
    assertThat(open).as("%s of %s", step, user).hasSize(1);
    return (String) open.get(0).get("id");
  }

  /** The one proposal task the user's unit sees. */
  private String proposalTask(String user) {
    return new DemoUsersRest(rest).onlyTask(user, "year-end-titles", "proposeTitles");
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    return new DemoUsersRest(rest).submitForm(user, taskId, values);
  }

  private List<Map<String, Object>> get(String user, String path) {
    return new DemoUsersRest(rest).getList(user, path);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return new DemoUsersRest(rest).post(user, path, body);
  }
}
