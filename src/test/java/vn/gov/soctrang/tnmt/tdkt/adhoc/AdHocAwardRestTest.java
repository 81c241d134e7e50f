package vn.gov.soctrang.tnmt.tdkt.adhoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
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
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import vn.gov.soctrang.tnmt.tdkt.DemoUsersRest;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * An ad-hoc award through REST as the demo users would run it in Tasklist: a unit's staff propose through the app's
 * API (refusals in Vietnamese, nothing stored), its head, the Office and the Director complete their tasks through
 * the engine's REST API, and the register shows the Giấy khen with the decision and source AD_HOC. The decision document
 * is listed and downloaded through the documents API by the Office and the proposing unit, not by another unit.
 */
@SharedApplication
@AtDate("2026-12-10")
class AdHocAwardRestTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  /** The job executor is off in tests: the test runs the asynchronous continuations where it would. */
  @Autowired ManagementService management;

  static Map<String, Object> proposal(String nominee, String achievement, String date) {
    return Map.of("nominee", nominee, "achievement", achievement, "achievementDate", date,
        "result", "Ngăn chặn kịp thời việc xả nước thải chưa xử lý ra kênh");
  }

  @Test
  void anAdHocAwardRunsThroughRestAsTheDemoUsers() throws Exception {
    // Refusals: late, a nominee of another unit, someone who is not a unit's staff. Nothing is stored.
    ResponseEntity<String> late = post("ccbvmtcv", "/api/ad-hoc-awards", proposal("ccbvmtcv", "Thành tích cũ",
        "01/10/2026"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody()).contains("Đề nghị quá hạn", "trong 30 ngày");
    ResponseEntity<String> other = post("ccbvmtcv", "/api/ad-hoc-awards", proposal("qlddcv", "Thành tích",
        "01/12/2026"));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(other.getBody()).contains("không thuộc");
    ResponseEntity<String> office = post("vanphong", "/api/ad-hoc-awards", proposal("ccbvmtcv", "Thành tích",
        "01/12/2026"));
    assertThat(office.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(office.getBody()).contains("Chỉ cán bộ của đơn vị thuộc Sở được đề nghị khen thưởng đột xuất");
    assertThat(jdbc.queryForObject("select count(*) from ad_hoc_award", Integer.class)).isZero();

    ResponseEntity<String> started = post("ccbvmtcv", "/api/ad-hoc-awards", proposal("ccbvmtcv",
        "Phát hiện xả thải trái phép tại khu công nghiệp", "01/12/2026"));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> twice = post("ccbvmtcv", "/api/ad-hoc-awards", proposal("ccbvmtcv",
        "Phát hiện xả thải trái phép tại khu công nghiệp", "01/12/2026"));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(twice.getBody()).contains("cùng thành tích này");
    assertThat(jdbc.queryForObject("select count(*) from ad_hoc_award", Integer.class)).isEqualTo(1);

    String approve = task("ccbvmttruong", "approveAdHocAward");
    assertThat(submit("ccbvmttruong", approve, Map.of("adHocHeadDecision", "APPROVE")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String check = task("vanphong", "checkAdHocAward");
    assertThat(submit("vanphong", check, Map.of("adHocOfficeDecision", "FORWARD")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String decide = task("giamdoc", "decideAdHocAward");
    ResponseEntity<String> noNumber = submit("giamdoc", decide, Map.of("adHocDirectorDecision", "AWARD",
        "adHocDecisionDate", "09/12/2026"));
    assertThat(noNumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noNumber.getBody()).contains("Vui lòng nhập «Số quyết định»");
    assertThat(task("giamdoc", "decideAdHocAward")).isEqualTo(decide);
    assertThat(submit("giamdoc", decide, Map.of("adHocDirectorDecision", "AWARD",
        "adHocDecisionNumber", "151/QĐ-STNMT", "adHocDecisionDate", "09/12/2026")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);

    List<Map<String, Object>> register = get("vanphong", "/api/merit-records?nominee=ccbvmtcv");
    assertThat(register).filteredOn(r -> "151/QĐ-STNMT".equals(r.get("decisionNumber"))).singleElement()
        .satisfies(r -> {
          assertThat(r.get("code")).isEqualTo("GIAY_KHEN");
          assertThat(r.get("source")).isEqualTo("AD_HOC");
          assertThat(r.get("year")).isEqualTo(2026);
        });

    // The decision document, through the documents API with the cycle's documents' access rules.
    String instance = new ObjectMapper().readTree(started.getBody()).get("processInstanceId").asText();
    String listed = "/api/ad-hoc-awards/" + instance + "/documents";
    assertThat(get("qlddcv", listed)).isEmpty();
    assertThat(get("vanphong", listed)).singleElement().satisfies(d -> assertThat(d.get("kind"))
        .isEqualTo("AD_HOC_DECISION"));
    Map<String, Object> document = get("ccbvmtcv", listed).get(0);
    assertThat(document.get("title").toString()).contains("151/QĐ-STNMT");
    String download = document.get("download").toString();
    assertThat(rest.withBasicAuth("qlddcv", "demo").getForEntity(download, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> docx = rest.withBasicAuth("ccbvmtcv", "demo").getForEntity(download, byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Số: 151/QĐ-STNMT", "ngày 09 tháng 12 năm 2026",
          "Phát hiện xả thải trái phép tại khu công nghiệp", "Căn cứ Nghị định số 152/2025/NĐ-CP");
    }
  }

  /** The seven members of the demo Council. */
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");

  @Test
  @SuppressWarnings("unchecked")
  void theCouncilPathRunsThroughRestAndTheDirectorCannotGiveWhatTheCouncilRejected() {
    ResponseEntity<String> started = post("ccbvmtcv", "/api/ad-hoc-awards", proposal("ccbvmtcv",
        "Ứng cứu sự cố tràn dầu trên sông Hậu", "02/12/2026"));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(submit("ccbvmttruong", task("ccbvmttruong", "approveAdHocAward"), Map.of("adHocHeadDecision",
        "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String check = task("vanphong", "checkAdHocAward");
    // What the gateway reads is the system's: the Office cannot send it.
    ResponseEntity<String> forged = submit("vanphong", check, Map.of("adHocOfficeDecision", "FORWARD",
        "adHocCouncilNeeded", false));
    assertThat(forged.getStatusCode().is4xxClientError()).as(forged.getBody()).isTrue();
    assertThat(forged.getBody()).contains("Không được gửi hoặc sửa dữ liệu do hệ thống quản lý", "adHocCouncilNeeded");
    assertThat(submit("vanphong", check, Map.of("adHocOfficeDecision", "FORWARD", "adHocViaCouncil", true))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);

    // The Council: roll-call, the box sealed, four of seven approve, the box opened, the minutes confirmed.
    String open = new DemoUsersRest(rest).onlyTask("chanhvanphong", "council-vote", "openCouncilMeeting");
    assertThat(submit("chanhvanphong", open, CouncilMeetingForm.rest(TestClock.today().toString(), COUNCIL))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    for (String holder : List.of("giamdoc", "chanhvanphong")) {
      assertThat(submit(holder, assigned(holder, "sealBallotBox"), BallotBoxKeys.seal(holder)).getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    Jobs.runAll(management);
    for (int i = 0; i < COUNCIL.size(); i++) {
      String member = COUNCIL.get(i);
      String ballot = assigned(member, "castBallot");
      Map<String, Object> form = rest.withBasicAuth(member, "demo").getForObject("/engine-rest/task/" + ballot
          + "/form-variables?variableNames=ballotOptions", Map.class);
      List<Map<String, Object>> options = (List<Map<String, Object>>) ((Map<String, Object>) form
          .get("ballotOptions")).get("value");
      assertThat(options).singleElement().satisfies(o -> assertThat((String) o.get("label")).endsWith("Giấy khen"));
      ResponseEntity<String> voted = submit(member, ballot, Map.of("ballotApprovals", i < 4
          ? options.stream().map(o -> o.get("value")).toList() : List.of()));
      assertThat(voted.getStatusCode()).as(voted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    Jobs.runAll(management);
    assertThat(submit("giamdoc", assigned("giamdoc", "openBallotBox"), BallotBoxKeys.open("giamdoc",
        "chanhvanphong")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);
    assertThat(submit("chanhvanphong", assigned("chanhvanphong", "confirmMinutes"), Map.of("confirmMinutes", true))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);

    String decide = task("giamdoc", "decideAdHocAward");
    Map<String, Object> shown = rest.withBasicAuth("giamdoc", "demo").getForObject("/engine-rest/task/" + decide
        + "/form-variables?variableNames=adHocCouncilText", Map.class);
    assertThat(((Map<String, Object>) shown.get("adHocCouncilText")).get("value").toString())
        .contains("**không đồng ý**", "Hội đồng: 4 đồng ý, 3 không đồng ý");
    ResponseEntity<String> award = submit("giamdoc", decide, Map.of("adHocDirectorDecision", "AWARD",
        "adHocDecisionNumber", "155/QĐ-STNMT", "adHocDecisionDate", "10/12/2026"));
    assertThat(award.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(award.getBody()).contains("Hội đồng Thi đua – Khen thưởng Sở không thông qua đề nghị này");
    assertThat(task("giamdoc", "decideAdHocAward")).isEqualTo(decide);
    assertThat(submit("giamdoc", decide, Map.of("adHocDirectorDecision", "REFUSE", "adHocRefusalReason",
        "Hội đồng không thông qua")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);
    assertThat(get("vanphong", "/api/merit-records?nominee=ccbvmtcv"))
        .noneMatch(r -> "155/QĐ-STNMT".equals(r.get("decisionNumber")));
    assertThat(jdbc.queryForObject("select status || ':' || council_approved from ad_hoc_award where achievement = ?",
        String.class, "Ứng cứu sự cố tràn dầu trên sông Hậu")).isEqualToIgnoringCase("REFUSED:false");
    // The other test of this context counts the proposals from none.
    jdbc.update("delete from ad_hoc_award where achievement = ?", "Ứng cứu sự cố tràn dầu trên sông Hậu");
  }

  /** The one task of a step of the Council assigned to the user. */
  private String assigned(String user, String step) {
    List<Map<String, Object>> open = get(user, "/engine-rest/task?processDefinitionKey=council-vote&taskDefinitionKey="
        + step + "&assignee=" + user);
    assertThat(open).as("%s of %s", step, user).hasSize(1);
    return (String) open.get(0).get("id");
  }

  /** The one ad-hoc award task of that step the user sees. */
  private String task(String user, String step) {
    return new DemoUsersRest(rest).onlyTask(user, "ad-hoc-award", step);
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
