package vn.gov.soctrang.tnmt.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationRepository;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/** Every path of unit-report: returns by the head and the Office, reminder, overdue extension and closure, bad input. */
class UnitReportProcessTest extends ProcessTestSupport {

  @Autowired UnitReportRepository reports;
  @Autowired RegistrationRepository registrations;
  @Autowired NominationRepository nominations;
  @Autowired NotificationRepository notifications;
  @Autowired SettingsService settings;

  private ProcessInstance qldd() {
    return unitInstance(startCycle(YEAR, false), "qldd");
  }

  private UnitReport report(ProcessInstance unit) {
    Long id = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(unit.getId())
        .variableName(UnitReportVariables.UNIT_REPORT_ID.name()).singleResult().getValue();
    return reports.findById(id).orElseThrow();
  }

  @Test
  void theHeadAndTheOfficeCanEachReturnTheReportWithAReasonAndTheUnitResubmits() {
    ProcessInstance unit = qldd();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.REGISTERED_LOCALITY_NAME.name()))
        .isEqualTo("Xã Phú Tâm, Huyện Châu Thành");
    complete(unit, UserTask.DRAFT_REPORT, "qlddcv", report(true, List.of(collective("GIAY_KHEN"))));
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.REPORT_SUMMARY_TEXT.name()).toString())
        .contains("Phòng Quản lý đất đai", "Giấy khen của Giám đốc Sở", "Xã Phú Tâm");
    // The head's approval is due with the report, so a late one shows in «Quá hạn».
    assertThat(task(unit, UserTask.APPROVE_REPORT).getDueDate())
        .isEqualTo((Date) runtime.getVariable(unit.getId(), UnitReportVariables.REPORT_DUE_DATE.name()));

    assertThatThrownBy(() -> complete(unit, UserTask.APPROVE_REPORT, "qlddtruong",
        decision("headDecision", "RETURN", " "))).hasMessageContaining("ghi rõ lý do");
    complete(unit, UserTask.APPROVE_REPORT, "qlddtruong", decision("headDecision", "RETURN", "Bổ sung số liệu"));
    assertThat(unit).isWaitingAt(UserTask.DRAFT_REPORT.id());
    assertThat(runtime.getVariable(unit.getId(),
        UnitReportVariables.RETURN_REASON.name()).toString()).contains("Bổ sung số liệu");
    assertThat(report(unit).getStatus()).isEqualTo(ReportStatus.RETURNED);

    complete(unit, UserTask.DRAFT_REPORT, "qlddcv", report(true, List.of(collective("GIAY_KHEN"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ"))));
    assertThat(nominations.findByUnitReportIdOrderByIdAsc(report(unit).getId())).hasSize(2);
    complete(unit, UserTask.APPROVE_REPORT, "qlddtruong", decision("headDecision", "APPROVE", null));
    complete(unit, UserTask.REVIEW_REPORT, "vanphong", decision("officeDecision", "RETURN", "Thiếu minh chứng"));
    assertThat(unit).isWaitingAt(UserTask.DRAFT_REPORT.id());
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.RETURN_REASON.name()).toString())
        .contains("Văn phòng Sở trả lại: Thiếu minh chứng");

    complete(unit, UserTask.DRAFT_REPORT, "qlddcv", report(true, List.of(collective("GIAY_KHEN"))));
    assertThat(nominations.findByUnitReportIdOrderByIdAsc(report(unit).getId())).hasSize(1);
    complete(unit, UserTask.APPROVE_REPORT, "qlddtruong", decision("headDecision", "APPROVE", null));
    complete(unit, UserTask.REVIEW_REPORT, "vanphong", decision("officeDecision", "ACCEPT", null));

    assertThat(unit).isEnded().hasPassed(Activities.REPORT_ACCEPTED);
    assertThat(report(unit).getStatus()).isEqualTo(ReportStatus.ACCEPTED);
  }

  @Test
  void aReturnAfterTheDeadlineGivesTheUnitTheGracePeriod() {
    ProcessInstance unit = qldd();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    complete(unit, UserTask.DRAFT_REPORT, "qlddcv", report(true, List.of()));
    jdbc.update("update unit_report set due_date = ?", TestClock.today().minusDays(1));

    complete(unit, UserTask.APPROVE_REPORT, "qlddtruong", decision("headDecision", "RETURN", "Sai số liệu"));

    assertThat(report(unit).getDueDate()).isEqualTo(TestClock.today().plusDays(5));
    assertThat(task(unit, UserTask.DRAFT_REPORT).getDueDate())
        .isEqualTo((Date) runtime.getVariable(unit.getId(), UnitReportVariables.REPORT_DUE_DATE.name()));
  }

  @Test
  void theReminderTellsTheUnitAndLeavesItsTaskOpen() {
    ProcessInstance unit = qldd();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    Task draft = task(unit, UserTask.DRAFT_REPORT);
    assertThat(draft.getDueDate()).isNotNull();

    management.executeJob(timer(unit, Activities.REPORT_REMINDER_TIMER).getId());
    management.executeJob(management.createJobQuery().processInstanceId(unit.getId())
        .activityId(Activities.SEND_REPORT_REMINDER).singleResult().getId());

    assertThat(unit).isWaitingAt(UserTask.DRAFT_REPORT.id()).hasPassed(Activities.REMINDER_SENT);
    assertThat(notifications.findByProcessInstanceId(unit.getId())).singleElement().satisfies(n -> {
      assertThat(n.getRecipientGroup()).isEqualTo("donviqldd");
      assertThat(n.getSubject()).contains("Nhắc hạn", "Phòng Quản lý đất đai");
    });
  }

  @Test
  void aChangedReminderSettingAppliesToReportsOpenedAfterIt() {
    ProcessInstance before = qldd();
    settings.change(SettingKey.REPORT_REMINDER_DAYS_BEFORE.key(), "7", TestClock.today(), "Nhắc sớm hơn");
    ProcessInstance after = unitInstance(startCycle(YEAR + 1, false), "qldd");

    assertThat(daysBetweenReminderAndDue(before)).isEqualTo(3);
    assertThat(daysBetweenReminderAndDue(after)).isEqualTo(7);
  }

  private long daysBetweenReminderAndDue(ProcessInstance unit) {
    Date due = (Date) runtime.getVariable(unit.getId(), UnitReportVariables.REPORT_DUE_DATE.name());
    Date reminder = (Date) runtime.getVariable(unit.getId(), UnitReportVariables.REMINDER_DATE.name());
    return java.time.Duration.between(reminder.toInstant(), due.toInstant()).toDays();
  }

  @Test
  void whenOverdueTheOfficeExtendsTheDeadlineAndTheUnitDraftsAgain() {
    ProcessInstance unit = qldd();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    management.executeJob(timer(unit, Activities.REPORT_OVERDUE_TIMER).getId());
    assertThat(unit).isWaitingAt(UserTask.HANDLE_OVERDUE_REPORT.id());
    assertThat(unit).task().hasCandidateGroup("vanphongso");

    assertThatThrownBy(() -> complete(unit, UserTask.HANDLE_OVERDUE_REPORT, "vanphong",
        Map.of(UnitReportVariables.OVERDUE_DECISION.name(), "EXTEND"))).hasMessageContaining("Hạn mới");
    assertThatThrownBy(() -> complete(unit, UserTask.HANDLE_OVERDUE_REPORT, "vanphong",
        Map.of(UnitReportVariables.OVERDUE_DECISION.name(), "EXTEND", UnitReportVariables.NEW_DEADLINE.name(),
            deadline(-3))))
        .hasMessageContaining("phải sau ngày hôm nay");
    complete(unit, UserTask.HANDLE_OVERDUE_REPORT, "vanphong",
        Map.of(UnitReportVariables.OVERDUE_DECISION.name(), "EXTEND", UnitReportVariables.NEW_DEADLINE.name(),
            deadline(7)));

    assertThat(unit).isWaitingAt(UserTask.DRAFT_REPORT.id());
    assertThat(report(unit).getDueDate()).isEqualTo(TestClock.today().plusDays(7));
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.REPORT_DUE_DATE_TEXT.name()).toString())
        .matches("\\d{2}/\\d{2}/\\d{4}");
  }

  @Test
  void whenOverdueTheOfficeMayCloseTheUnitAsNotReporting() {
    ProcessInstance unit = qldd();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    management.executeJob(timer(unit, Activities.REPORT_OVERDUE_TIMER).getId());
    complete(unit, UserTask.HANDLE_OVERDUE_REPORT, "vanphong", Map.of(UnitReportVariables.OVERDUE_DECISION.name(),
        "CLOSE"));

    assertThat(unit).isEnded().hasPassed(Activities.UNIT_NOT_REPORTED);
    assertThat(report(unit).getStatus()).isEqualTo(ReportStatus.NOT_REPORTED);
  }

  @Test
  void badRegistrationIsRefusedTheTaskStaysOpenAndNothingIsStored() {
    ProcessInstance unit = qldd();
    Map<String, Object> unknownLocality = new HashMap<>(registration());
    unknownLocality.put(UnitReportVariables.LOCALITY_CODE.name(), "x-khongco");
    Map<String, Object> wrongType = new HashMap<>(registration());
    wrongType.put(UnitReportVariables.COMMITMENT.name(), 42);
    Map<String, Object> tooLong = new HashMap<>(registration());
    tooLong.put(UnitReportVariables.SUPPORT_PLAN.name(), "x".repeat(4001));

    assertThatThrownBy(() -> complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", Map.of()))
        .hasMessageContaining("Vui lòng nhập «Nội dung đăng ký thi đua»");
    assertThatThrownBy(() -> complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", unknownLocality))
        .hasMessageContaining("không có trong danh mục");
    assertThatThrownBy(() -> complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", wrongType))
        .hasMessageContaining("phải là văn bản");
    assertThatThrownBy(() -> complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", tooLong))
        .hasMessageContaining("quá dài: tối đa 4000 ký tự");

    assertThat(unit).isWaitingAt(UserTask.REGISTER_COMMITMENT.id());
    assertThat(registrations.count()).isZero();
    assertThat(report(unit).getStatus()).isEqualTo(ReportStatus.REGISTERING);
  }

  @Test
  void badNominationsAreRefusedEachWithItsPlaceInTheList() {
    ProcessInstance unit = qldd();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    Map<String, Object> noAchievement = individual("qlddcv", "GIAY_KHEN", true, null);
    noAchievement.remove("achievements");
    Map<String, Object> badAward = collective("NHOM");
    List<Map<String, Object>> bad = List.of(
        individual("ccbvmtcv", "GIAY_KHEN", true, null),
        individual("qlddtruong", "BANG_KHEN_TTG", true, null),
        noAchievement,
        individual("qlddcv", "GIAY_KHEN", true, null),
        badAward);

    assertThatThrownBy(() -> complete(unit, UserTask.DRAFT_REPORT, "qlddcv", report(true, bad)))
        .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class)
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Cá nhân thứ 1: cá nhân được chọn không thuộc đơn vị")
        .hasMessageContaining("Cá nhân thứ 2: Bằng khen của Thủ tướng Chính phủ chỉ được đề nghị trong năm tổng kết")
        .hasMessageContaining("Cá nhân thứ 3: Vui lòng nhập «Thành tích»")
        .hasMessageContaining("Cá nhân thứ 4: cá nhân này đã có đề nghị khác")
        .hasMessageContaining("Tập thể đơn vị: «Hình thức khen thưởng đề nghị» có giá trị không hợp lệ");
    Map<String, Object> wrongType = report(true, List.of());
    wrongType.put(NominationSlots.individual(5).person().name(), 42);
    assertThatThrownBy(() -> complete(unit, UserTask.DRAFT_REPORT, "qlddcv", wrongType))
        .hasMessageContaining("Cá nhân thứ 5: «Cá nhân được đề nghị» phải là văn bản");
    Map<String, Object> noAward = report(true, List.of(individual("qlddcv", null, true, null)));
    assertThatThrownBy(() -> complete(unit, UserTask.DRAFT_REPORT, "qlddcv", noAward))
        .hasMessageContaining("Cá nhân thứ 1: Vui lòng chọn «Hình thức khen thưởng đề nghị»");

    assertThat(unit).isWaitingAt(UserTask.DRAFT_REPORT.id());
    assertThat(nominations.count()).isZero();
    assertThat(report(unit).getStatus()).isEqualTo(ReportStatus.DRAFTING);
  }

  @Test
  void negativeOrMalformedCountsAreRefusedAndValidOnesAreStored() {
    ProcessInstance unit = qldd();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    Map<String, Object> negative = report(true, List.of());
    negative.put(UnitReportVariables.PROPAGANDA_SESSION_COUNT.name(), -3);
    negative.put(UnitReportVariables.PARTICIPANT_COUNT.name(), "nhiều");
    negative.put(UnitReportVariables.GUIDANCE_DOCUMENT_COUNT.name(), 2.5);

    assertThatThrownBy(() -> complete(unit, UserTask.DRAFT_REPORT, "qlddcv", negative))
        .hasMessageContaining("«Số buổi, hoạt động tuyên truyền» không được là số âm")
        .hasMessageContaining("«Số lượt người tham gia» phải là một số")
        .hasMessageContaining("«Số văn bản hướng dẫn đã hoàn thành» phải là số nguyên");
    assertThat(report(unit).getStatus()).isEqualTo(ReportStatus.DRAFTING);

    Map<String, Object> valid = report(true, List.of());
    valid.put(UnitReportVariables.PROPAGANDA_SESSION_COUNT.name(), 12);
    valid.put(UnitReportVariables.PARTICIPANT_COUNT.name(), 1500.0);
    complete(unit, UserTask.DRAFT_REPORT, "qlddcv", valid);
    assertThat(report(unit).getPropagandaSessionCount()).isEqualTo(12);
    assertThat(report(unit).getParticipantCount()).isEqualTo(1500);
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.REPORT_SUMMARY_TEXT.name()).toString())
        .contains("12 buổi, 1500 lượt người tham gia");
  }

  @Test
  void anotherUnitsStaffCannotWorkOnTheTask() {
    ProcessInstance unit = qldd();
    Task register = task(unit, UserTask.REGISTER_COMMITMENT);
    as("ccbvmtcv");
    try {
      assertThat(tasks.createTaskQuery().taskId(register.getId()).count()).isZero();
      assertThatThrownBy(() -> tasks.complete(register.getId(), registration()))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(unit).isWaitingAt(UserTask.REGISTER_COMMITMENT.id());
  }
}
