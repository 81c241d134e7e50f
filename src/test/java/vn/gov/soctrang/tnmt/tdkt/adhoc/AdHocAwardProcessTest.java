package vn.gov.soctrang.tnmt.tdkt.adhoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.bpm.engine.task.Task;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * ad-hoc-award: a unit's staff propose a Giấy khen for a recent achievement, the head approves, the Office checks it
 * against the dated rules and forwards it to the Director, straight or through the Council's secret ballot
 * (council-vote.bpmn, agenda AD_HOC) as the rule in force that day allows, the Director decides (never giving what the
 * Council rejected), the decision document is written (citing the Council's meeting when there was one), and the
 * award is written into the merit register with source AD_HOC. Each stage is tested where it is.
 */
@AtDate("2026-12-10")
class AdHocAwardProcessTest extends ProcessTestSupport {

  @Autowired MeritRecordRepository register;
  @Autowired AdHocAwardRepository awards;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;

  static Map<String, Object> proposal(String nominee, String achievement, String date) {
    Map<String, Object> form = new HashMap<>();
    form.put(AdHocAwardVariables.NOMINEE.name(), nominee);
    form.put(AdHocAwardVariables.COLLECTIVE.name(), nominee == null);
    form.put(AdHocAwardVariables.ACHIEVEMENT.name(), achievement);
    form.put(AdHocAwardVariables.ACHIEVEMENT_DATE.name(), date);
    form.put(AdHocAwardVariables.RESULT.name(), "Phát hiện kịp thời, ngăn chặn xả thải trái phép ra kênh");
    return form;
  }

  ProcessInstance propose(String user, Map<String, Object> form) {
    as(user);
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.AD_HOC_AWARD, form);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The stored decision document of an award (its latest version): it belongs to no cycle but to the proposing unit,
   * is a .docx, and is read back with Apache POI as Word would open it. Returns its text.
   */
  String decisionDocument(long awardId) throws Exception {
    Map<String, Object> row = jdbc.queryForMap("select d.id, d.kind, d.cycle_id, d.unit_id, d.content_type "
        + "from generated_document d where d.subject = ? order by d.version desc limit 1", "ad-hoc-award:" + awardId);
    assertThat(row.get("kind")).isEqualTo("AD_HOC_DECISION");
    assertThat(row.get("cycle_id")).isNull();
    assertThat(((Number) row.get("unit_id")).longValue()).isEqualTo(organizationService.unit("ccbvmt").getId());
    assertThat(row.get("content_type")).isEqualTo(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    byte[] docx = jdbc.queryForObject("select content from generated_document_content where document_id = ?",
        byte[].class, row.get("id"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  ProcessInstance approved(String achievement) {
    ProcessInstance instance = propose("ccbvmtcv", proposal("ccbvmtcv", achievement, "01/12/2026"));
    complete(instance, UserTask.APPROVE_AD_HOC_AWARD, "ccbvmttruong", Map.of("adHocHeadDecision", "APPROVE"));
    return instance;
  }

  ProcessInstance forwarded(String achievement) {
    ProcessInstance instance = approved(achievement);
    complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD"));
    return instance;
  }

  @Test
  void aProposalGoesFromTheUnitThroughItsHeadAndTheOfficeStraightToTheDirectorAndIntoTheRegister() throws Exception {
    ProcessInstance instance = propose("ccbvmtcv", proposal("ccbvmtcv", "Phát hiện xả thải trái phép", "01/12/2026"));
    // The unit's head approves, as the unit report's head does; only that unit's head group is offered the task.
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("truongccbvmt")
        .taskDefinitionKey(UserTask.APPROVE_AD_HOC_AWARD.id()).count()).isEqualTo(1);
    complete(instance, UserTask.APPROVE_AD_HOC_AWARD, "ccbvmttruong", Map.of("adHocHeadDecision", "APPROVE"));
    // The Office sees the check's result; forwarding goes to the Director, not to the Council.
    assertThat(tasks.getVariable(task(instance, UserTask.CHECK_AD_HOC_AWARD).getId(), "adHocCheckText").toString())
        .contains("đáp ứng các quy định", "30 ngày");
    complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD"));
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(UserTask.DECIDE_AD_HOC_AWARD.id());
    complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "AWARD",
        "adHocDecisionNumber", "145/QĐ-STNMT", "adHocDecisionDate", "08/12/2026"));
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv")).noneMatch(r -> r.getSource()
        == MeritSource.AD_HOC);
    runJobs();

    List<MeritRecord> rows = register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv").stream()
        .filter(r -> r.getSource() == MeritSource.AD_HOC).toList();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getCode()).isEqualTo(MeritCode.GIAY_KHEN);
    assertThat(rows.get(0).getYear()).isEqualTo(2026);
    assertThat(rows.get(0).getDecisionNumber()).isEqualTo("145/QĐ-STNMT");
    assertThat(awards.findAll()).singleElement().satisfies(a -> {
      assertThat(a.getStatus()).isEqualTo(AdHocAward.RECORDED);
      assertThat(a.getMeritRecordId()).isEqualTo(rows.get(0).getId());
    });
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();

    // «Soạn quyết định khen thưởng đột xuất»: the Director's decision as a Word document, with the legal bases in
    // force on 08/12/2026 (Nghị định 152/2025/NĐ-CP, not 98/2023).
    String text = decisionDocument(awards.findAll().get(0).getId());
    assertThat(text).contains("Số: 145/QĐ-STNMT", "ngày 08 tháng 12 năm 2026", "Về việc khen thưởng đột xuất",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Căn cứ Nghị định số 152/2025/NĐ-CP",
        "Điều 1. Tặng Giấy khen của", "cho cá nhân " + organizationService.person("ccbvmtcv").orElseThrow()
            .getFullName(), organizationService.unit("ccbvmt").getName(),
        "thành tích xuất sắc đột xuất: Phát hiện xả thải trái phép (ngày 01/12/2026)",
        "kết quả: Phát hiện kịp thời, ngăn chặn xả thải trái phép ra kênh.", "Điều 2.", "Điều 3.",
        organizationService.person("giamdoc").orElseThrow().getFullName());
    assertThat(text).doesNotContain("98/2023", "{{");
  }

  @Test
  void aCollectivesDecisionNamesTheUnit() throws Exception {
    ProcessInstance instance = propose("ccbvmtcv", proposal(null, "Ứng cứu sự cố tràn dầu trên sông Hậu",
        "05/12/2026"));
    complete(instance, UserTask.APPROVE_AD_HOC_AWARD, "ccbvmttruong", Map.of("adHocHeadDecision", "APPROVE"));
    complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD"));
    complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "AWARD",
        "adHocDecisionNumber", "150/QĐ-STNMT", "adHocDecisionDate", "10/12/2026"));
    runJobs();
    String text = decisionDocument(awards.findAll().get(0).getId());
    assertThat(text).contains("Số: 150/QĐ-STNMT", "cho tập thể " + organizationService.unit("ccbvmt").getName(),
        "Ứng cứu sự cố tràn dầu trên sông Hậu (ngày 05/12/2026)");
  }

  @Test
  void aSecondGiayKhenOfTheSameYearForAnotherAchievementIsASecondRow() {
    for (String[] a : List.of(new String[] {"Cứu hộ sạt lở bờ sông", "146/QĐ-STNMT"},
        new String[] {"Phát hiện khai thác cát trái phép", "147/QĐ-STNMT"})) {
      ProcessInstance instance = forwarded(a[0]);
      complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "AWARD",
          "adHocDecisionNumber", a[1], "adHocDecisionDate", "09/12/2026"));
      runJobs();
    }
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv").stream()
        .filter(r -> r.getSource() == MeritSource.AD_HOC).map(MeritRecord::getDecisionNumber))
        .containsExactlyInAnyOrder("146/QĐ-STNMT", "147/QĐ-STNMT");
  }

  @Test
  void aLateProposalANomineeOfAnotherUnitAndAnOfficeUserAreRefusedAndNothingIsStored() {
    // 70 days after the achievement: the rule in force allows 30.
    assertThatThrownBy(() -> propose("ccbvmtcv", proposal("ccbvmtcv", "Thành tích cũ", "01/10/2026")))
        .hasMessageContaining("Đề nghị quá hạn").hasMessageContaining("đã 70 ngày")
        .hasMessageContaining("trong 30 ngày kể từ ngày lập thành tích");
    assertThatThrownBy(() -> propose("ccbvmtcv", proposal("qlddcv", "Thành tích của người khác", "01/12/2026")))
        .hasMessageContaining("không thuộc").hasMessageContaining("chỉ đề nghị khen thưởng đột xuất cho người của "
            + "đơn vị mình");
    assertThatThrownBy(() -> propose("vanphong", proposal(null, "Văn phòng tự đề nghị", "01/12/2026")))
        .hasMessageContaining("Chỉ cán bộ của đơn vị thuộc Sở được đề nghị khen thưởng đột xuất");
    assertThatThrownBy(() -> propose("ccbvmtcv", proposal("ccbvmtcv", "Sau hôm nay", "11/12/2026")))
        .hasMessageContaining("«Ngày lập được thành tích» không được sau ngày hôm nay");
    assertThat(awards.count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AD_HOC_AWARD).count()).isZero();
  }

  @Test
  void theSameAchievementIsNotProposedTwiceUnlessTheFirstProposalWasReturned() {
    ProcessInstance first = propose("ccbvmtcv", proposal("ccbvmtcv", "Phát hiện xả thải trái phép", "01/12/2026"));
    assertThatThrownBy(() -> propose("ccbvmtcv", proposal("ccbvmtcv", "  phát hiện XẢ THẢI trái phép ",
        "01/12/2026"))).hasMessageContaining("đã được đề nghị hoặc khen thưởng đột xuất cho cùng thành tích này")
        .hasMessageContaining("Điều 5 Luật Thi đua, khen thưởng 2022");
    assertThat(awards.count()).isEqualTo(1);

    // The head returns it (a comment is required): the proposal ends and the unit may propose again.
    assertThatThrownBy(() -> complete(first, UserTask.APPROVE_AD_HOC_AWARD, "ccbvmttruong",
        Map.of("adHocHeadDecision", "RETURN"))).hasMessageContaining("Vui lòng nhập «Ý kiến» khi trả lại đề nghị");
    complete(first, UserTask.APPROVE_AD_HOC_AWARD, "ccbvmttruong", Map.of("adHocHeadDecision", "RETURN",
        "adHocHeadComment", "Bổ sung kết quả cụ thể"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(first.getId()).count()).isZero();
    propose("ccbvmtcv", proposal("ccbvmtcv", "Phát hiện xả thải trái phép", "01/12/2026"));
    assertThat(awards.count()).isEqualTo(2);
  }

  @Test
  void theOfficeReturnsWithAReasonAndCannotForwardWhatMissesARule() {
    ProcessInstance instance = approved("Phát hiện xả thải trái phép");
    assertThatThrownBy(() -> complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong",
        Map.of("adHocOfficeDecision", "RETURN"))).hasMessageContaining("Vui lòng nhập «Lý do trả lại đơn vị»");
    // The nominee is disciplined meanwhile: the Office's check finds it and refuses to forward.
    jdbc.update("update person set under_discipline = true where username = 'ccbvmtcv'");
    assertThatThrownBy(() -> complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong",
        Map.of("adHocOfficeDecision", "FORWARD"))).hasMessageContaining("Không trình Giám đốc được")
        .hasMessageContaining("đang bị kỷ luật");
    assertThat(task(instance, UserTask.CHECK_AD_HOC_AWARD)).isNotNull();
    complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "RETURN",
        "adHocOfficeReason", "Cá nhân đang bị kỷ luật"));
    assertThat(awards.findAll()).singleElement().satisfies(a -> {
      assertThat(a.getStatus()).isEqualTo(AdHocAward.RETURNED);
      assertThat(a.getReason()).isEqualTo("Văn phòng Sở trả lại: Cá nhân đang bị kỷ luật");
    });
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theDirectorNeedsANumberAndADateOrAReasonToRefuse() {
    ProcessInstance instance = forwarded("Phát hiện xả thải trái phép");
    assertThatThrownBy(() -> complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc",
        Map.of("adHocDirectorDecision", "AWARD", "adHocDecisionDate", "08/12/2026")))
        .hasMessageContaining("Vui lòng nhập «Số quyết định»");
    assertThatThrownBy(() -> complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc",
        Map.of("adHocDirectorDecision", "AWARD", "adHocDecisionNumber", "148/QĐ-STNMT",
            "adHocDecisionDate", "11/12/2026"))).hasMessageContaining("«Ngày quyết định» không được sau ngày hôm nay");
    assertThat(task(instance, UserTask.DECIDE_AD_HOC_AWARD)).isNotNull();
    complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "REFUSE",
        "adHocRefusalReason", "Thành tích thuộc nhiệm vụ thường xuyên"));
    runJobs();
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv")).noneMatch(r -> r.getSource()
        == MeritSource.AD_HOC);
    assertThat(awards.findAll()).singleElement().extracting(AdHocAward::getStatus).isEqualTo(AdHocAward.REFUSED);
  }

  /** The Office forwards through the Council: the Council's vote is a child instance of council-vote.bpmn. */
  ProcessInstance atTheCouncil(String achievement) {
    ProcessInstance instance = approved(achievement);
    complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD",
        "adHocViaCouncil", true));
    return instance;
  }

  ProcessInstance councilOf(ProcessInstance instance) {
    runJobs();
    ProcessInstance council = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(council).as("council-vote called by the ad-hoc award").isNotNull();
    return council;
  }

  /**
   * The Council meets in full, the chair and the secretary seal the box, the first {@code approving} members approve
   * the proposal by secret ballot and the others do not, the box is opened and counted, the minutes confirmed.
   */
  void councilVotes(ProcessInstance instance, int approving) {
    ProcessInstance council = councilOf(instance);
    long awardId = awards.findAll().get(0).getId();
    complete(council, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong",
        CouncilMeetingForm.engine(TestClock.today().toString(), COUNCIL));
    // The ballot lists the one item of the agenda: «unit · nominee · award».
    assertThat(runtime.getVariable(council.getId(), CouncilMeetingVariables.BALLOT_OPTIONS.name()).toString())
        .contains("\"" + awardId + "\"", organizationService.person("ccbvmtcv").orElseThrow().getFullName(),
            "Giấy khen");
    Map<String, Object> meeting = jdbc.queryForMap("select agenda_kind, agenda_ref, cycle_id from council_meeting");
    assertThat(meeting.get("agenda_kind")).isEqualTo("AD_HOC");
    assertThat(((Number) meeting.get("agenda_ref")).longValue()).isEqualTo(awardId);
    assertThat(meeting.get("cycle_id")).isNull();
    ballotBoxSealed(council);
    for (int i = 0; i < COUNCIL.size(); i++) {
      String member = COUNCIL.get(i);
      Task ballot = tasks.createTaskQuery().processInstanceId(council.getId())
          .taskDefinitionKey(UserTask.CAST_BALLOT.id()).taskAssignee(member).singleResult();
      assertThat(ballot).as("ballot of %s", member).isNotNull();
      as(member);
      try {
        tasks.complete(ballot.getId(), Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
            JsonVariables.jsonValue(i < approving ? List.of(String.valueOf(awardId)) : List.of())));
      } finally {
        identity.clearAuthentication();
      }
    }
    // Sealed in the box; nothing counted before the key holders open it.
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Long.class)).isEqualTo(COUNCIL.size());
    assertThat(jdbc.queryForObject("select count(*) from ballot_count", Long.class)).isZero();
    runJobs();
    ballotBoxOpened(council);
    assertThat(jdbc.queryForMap("select approvals, rejections, nomination_id from ballot_count where item_id = ?",
        awardId)).containsEntry("APPROVALS", approving).containsEntry("REJECTIONS", COUNCIL.size() - approving)
        .containsEntry("NOMINATION_ID", null);
    complete(council, UserTask.CONFIRM_MINUTES, "chanhvanphong",
        Map.of(CouncilMeetingVariables.CONFIRM_MINUTES.name(), true));
    runJobs();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(council.getId()).count()).isZero();
  }

  @Test
  void theOfficeMayHearTheCouncilFirstAndTheDecisionCitesItsMeeting() throws Exception {
    ProcessInstance instance = approved("Phát hiện xả thải trái phép");
    // The rule in force on 10/12/2026 leaves the choice to the Office, citing the decree of that day.
    Task check = task(instance, UserTask.CHECK_AD_HOC_AWARD);
    assertThat(tasks.getVariable(check.getId(), "adHocCouncilRule")).isEqualTo("OPTIONAL");
    assertThat(tasks.getVariable(check.getId(), "adHocCouncilRuleText").toString())
        .contains("hoặc xin ý kiến Hội đồng Thi đua – Khen thưởng Sở", "152/2025/NĐ-CP");
    complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD",
        "adHocViaCouncil", true));
    assertThat(awards.findAll()).singleElement().extracting(AdHocAward::getStatus).isEqualTo(AdHocAward.AT_COUNCIL);
    // The Director has nothing to decide while the Council has not voted.
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(UserTask.DECIDE_AD_HOC_AWARD.id()).count()).isZero();

    // Seven of seven approve (Giấy khen: the share of council.approval.GIAY_KHEN in force).
    councilVotes(instance, COUNCIL.size());
    assertThat(awards.findAll()).singleElement().satisfies(a -> {
      assertThat(a.getCouncilApproved()).isTrue();
      assertThat(a.getCouncilReason()).contains("Hội đồng: 7 đồng ý, 0 không đồng ý / 7 thành viên");
      assertThat(a.getStatus()).isEqualTo(AdHocAward.FORWARDED);
    });
    Task decide = task(instance, UserTask.DECIDE_AD_HOC_AWARD);
    assertThat(tasks.getVariable(decide.getId(), "adHocCouncilText").toString())
        .contains("họp ngày 10/12/2026, bỏ phiếu kín", "**đồng ý**");
    assertThat(runtime.getVariable(instance.getId(), "adHocCouncilMeetingId")).isEqualTo(
        jdbc.queryForObject("select id from council_meeting", Long.class));
    complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "AWARD",
        "adHocDecisionNumber", "152/QĐ-STNMT", "adHocDecisionDate", "10/12/2026"));
    runJobs();
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv").stream()
        .filter(r -> r.getSource() == MeritSource.AD_HOC).map(MeritRecord::getDecisionNumber))
        .containsExactly("152/QĐ-STNMT");
    String text = decisionDocument(awards.findAll().get(0).getId());
    assertThat(text).contains("Số: 152/QĐ-STNMT", "Căn cứ Nghị định số 152/2025/NĐ-CP",
        "Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày 10/12/2026 (bỏ phiếu kín)");
  }

  @Test
  void theFastPathCitesNoCouncil() throws Exception {
    ProcessInstance instance = forwarded("Phát hiện xả thải trái phép");
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count()).isZero();
    Task decide = task(instance, UserTask.DECIDE_AD_HOC_AWARD);
    assertThat(tasks.getVariable(decide.getId(), "adHocCouncilText").toString())
        .contains("trình thẳng theo thủ tục đơn giản");
    complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "AWARD",
        "adHocDecisionNumber", "153/QĐ-STNMT", "adHocDecisionDate", "10/12/2026"));
    runJobs();
    assertThat(awards.findAll()).singleElement().extracting(AdHocAward::getCouncilApproved).isNull();
    assertThat(decisionDocument(awards.findAll().get(0).getId())).doesNotContain("Biên bản họp Hội đồng");
    assertThat(jdbc.queryForObject("select count(*) from council_meeting", Long.class)).isZero();
  }

  @Test
  void whatTheCouncilRejectsTheDirectorCannotGive() {
    ProcessInstance instance = atTheCouncil("Phát hiện xả thải trái phép");
    // Four of seven approve: short of the share for a Giấy khen.
    councilVotes(instance, 4);
    AdHocAward rejected = awards.findAll().get(0);
    assertThat(rejected.getCouncilApproved()).isFalse();
    assertThat(rejected.getCouncilReason()).contains("Hội đồng: 4 đồng ý, 3 không đồng ý / 7 thành viên");
    Task decide = task(instance, UserTask.DECIDE_AD_HOC_AWARD);
    assertThat(tasks.getVariable(decide.getId(), "adHocCouncilText").toString()).contains("**không đồng ý**",
        "Giám đốc Sở không tặng Giấy khen cho đề nghị Hội đồng không thông qua");
    assertThatThrownBy(() -> complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc",
        Map.of("adHocDirectorDecision", "AWARD", "adHocDecisionNumber", "154/QĐ-STNMT",
            "adHocDecisionDate", "10/12/2026")))
        .hasMessageContaining("Không tặng Giấy khen được: Hội đồng Thi đua – Khen thưởng Sở không thông qua đề nghị "
            + "này").hasMessageContaining("Vui lòng chọn «Không khen thưởng»");
    assertThat(task(instance, UserTask.DECIDE_AD_HOC_AWARD).getId()).isEqualTo(decide.getId());
    complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "REFUSE",
        "adHocRefusalReason", "Hội đồng Thi đua – Khen thưởng Sở không thông qua"));
    runJobs();
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv")).noneMatch(r -> r.getSource()
        == MeritSource.AD_HOC);
    assertThat(awards.findAll()).singleElement().extracting(AdHocAward::getStatus).isEqualTo(AdHocAward.REFUSED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theRuleInForceOnTheDayOfTheCheckDecidesWhetherTheCouncilIsHeard() {
    // The shipped rule: the Office's choice, under the 2022 law and Nghị định 98/2023 until 30/06/2025, then under
    // Nghị định 152/2025 (its article still to be confirmed).
    assertThat(jdbc.queryForList("select rule_value || ' ' || valid_from || ' ' || coalesce(cast(valid_to as "
        + "varchar(10)), '-') || ' ' || to_confirm from ad_hoc_rule where rule_key = 'COUNCIL_CONSULTED' order by "
        + "valid_from", String.class)).containsExactly("OPTIONAL 2024-01-01 2025-06-30 FALSE",
        "OPTIONAL 2025-07-01 - TRUE");
    // The Department's regulation (as a test would record it): the Council must be heard on 10/12/2026, not from
    // 11/12/2026.
    jdbc.update("update ad_hoc_rule set valid_to = date '2026-12-09' where rule_key = 'COUNCIL_CONSULTED' and "
        + "valid_to is null");
    jdbc.update("insert into ad_hoc_rule (rule_key, rule_value, valid_from, valid_to, article, source_note, "
        + "to_confirm) values ('COUNCIL_CONSULTED', 'REQUIRED', date '2026-12-10', date '2026-12-10', 'Quy chế thử', "
        + "'Kiểm thử', true), ('COUNCIL_CONSULTED', 'NOT_REQUIRED', date '2026-12-11', null, 'Quy chế thử 2', "
        + "'Kiểm thử', true)");
    try {
      ProcessInstance required = approved("Phát hiện xả thải trái phép");
      assertThat(tasks.getVariable(task(required, UserTask.CHECK_AD_HOC_AWARD).getId(), "adHocCouncilRule"))
          .isEqualTo("REQUIRED");
      assertThatThrownBy(() -> complete(required, UserTask.CHECK_AD_HOC_AWARD, "vanphong",
          Map.of("adHocOfficeDecision", "FORWARD", "adHocViaCouncil", false)))
          .hasMessageContaining("phải được Hội đồng Thi đua – Khen thưởng Sở xét trước khi trình Giám đốc Sở")
          .hasMessageContaining("Quy chế thử");
      // Without the field (the form hides it), forwarding goes to the Council.
      complete(required, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD"));
      councilOf(required);
      assertThat(tasks.createTaskQuery().processInstanceId(required.getId())
          .taskDefinitionKey(UserTask.DECIDE_AD_HOC_AWARD.id()).count()).isZero();

      TestClock.freezeAt(java.time.LocalDate.of(2026, 12, 11));
      ProcessInstance straight = approved("Cứu hộ sạt lở bờ sông");
      assertThatThrownBy(() -> complete(straight, UserTask.CHECK_AD_HOC_AWARD, "vanphong",
          Map.of("adHocOfficeDecision", "FORWARD", "adHocViaCouncil", true)))
          .hasMessageContaining("được trình thẳng Giám đốc Sở, không xin ý kiến Hội đồng");
      complete(straight, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD"));
      assertThat(task(straight, UserTask.DECIDE_AD_HOC_AWARD)).isNotNull();
      assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(straight.getId()).count()).isZero();
    } finally {
      jdbc.update("delete from ad_hoc_rule where rule_key = 'COUNCIL_CONSULTED' and source_note = 'Kiểm thử'");
      jdbc.update("update ad_hoc_rule set valid_to = null where rule_key = 'COUNCIL_CONSULTED' and valid_from = "
          + "date '2025-07-01'");
    }
  }

  /**
   * A proposal started with the model before the Council path (as main deployed it until V50, kept under
   * {@code earlier-models/}) goes to the Director as it began, even when the Office asks for the Council.
   */
  @Test
  void aProposalStartedBeforeTheCouncilPathGoesStraightToTheDirectorAsItBegan() {
    org.camunda.bpm.engine.repository.Deployment earlier = repository.createDeployment()
        .name("ad-hoc-award before the Council path (test)")
        .addClasspathResource("earlier-models/ad-hoc-award-before-council.bpmn")
        .addClasspathResource("forms/start-ad-hoc-award.form")
        .addClasspathResource("forms/approve-ad-hoc-award.form")
        .addClasspathResource("forms/check-ad-hoc-award.form")
        .addClasspathResource("forms/decide-ad-hoc-award.form").deploy();
    try {
      ProcessInstance instance = approved("Phát hiện xả thải trái phép");
      assertThat(repository.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId())
          .isEqualTo(earlier.getId());
      complete(instance, UserTask.CHECK_AD_HOC_AWARD, "vanphong", Map.of("adHocOfficeDecision", "FORWARD",
          "adHocViaCouncil", true));
      runJobs();
      assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count()).isZero();
      assertThat(awards.findAll()).singleElement().extracting(AdHocAward::getStatus).isEqualTo(AdHocAward.FORWARDED);
      complete(instance, UserTask.DECIDE_AD_HOC_AWARD, "giamdoc", Map.of("adHocDirectorDecision", "AWARD",
          "adHocDecisionNumber", "156/QĐ-STNMT", "adHocDecisionDate", "10/12/2026"));
      runJobs();
      assertThat(awards.findAll()).singleElement().extracting(AdHocAward::getStatus).isEqualTo(AdHocAward.RECORDED);
    } finally {
      repository.deleteDeployment(earlier.getId(), true);
    }
  }
}
