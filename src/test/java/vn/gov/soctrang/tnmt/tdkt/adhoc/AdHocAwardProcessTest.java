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
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * ad-hoc-award: a unit's staff propose a Giấy khen for a recent achievement, the head approves, the Office checks it
 * against the dated rules and forwards it straight to the Director (no Council), the Director decides, the decision
 * document is written, and the award is written into the merit register with source AD_HOC. Each stage is tested where
 * it is.
 */
@AtDate("2026-12-10")
class AdHocAwardProcessTest extends ProcessTestSupport {

  @Autowired MeritRecordRepository register;
  @Autowired AdHocAwardRepository awards;

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
}
