package vn.gov.soctrang.tnmt.tdkt.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.StageFixtures;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardService;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.Submission;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationRepository;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The province's public consultation (lấy ý kiến Nhân dân) on nominees for state honours, as the Department's
 * proposal shows it: in the final-summary year a Huân chương Lao động hạng Ba proposal waits in the step «Tỉnh lấy ý
 * kiến Nhân dân» for its 10 working days, the dashboard says until when, and the late-answer reminder counts from the
 * consultation's end. A Bằng khen UBND proposal of the same year goes as before.
 */
@AtDate("2025-11-20")
class ProvinceConsultationProcessTest extends ProcessTestSupport {

  private static final int FINAL_YEAR = 2025;
  private static final String LD3 = "HUAN_CHUONG_LD3";
  private static final String UBND = "BANG_KHEN_UBND";
  private static final List<String> ALL_DOCUMENTS = List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS");
  /** Thursday: the proposals are dispatched on it. */
  private static final LocalDate DISPATCHED = LocalDate.of(2025, 11, 20);
  /** Monday: the province posts the list. */
  private static final LocalDate POSTED = LocalDate.of(2025, 11, 24);
  /** Ten working days after the posting (no day off in between). */
  private static final LocalDate CONSULTATION_ENDS = LocalDate.of(2025, 12, 8);

  @Autowired CalendarService calendar;
  @Autowired DashboardService dashboard;
  @Autowired NotificationRepository notifications;
  @Autowired NominationRepository nominations;
  @Autowired AwardRepository awards;

  /**
   * The 2025 cycle up to the proposals: qlddtruong for a Huân chương, the qldd collective for a Bằng khen UBND, both
   * approved by the Council and disclosed without objections (built by {@link StageFixtures}; the earlier stages are
   * driven in their own tests and the whole-cycle test).
   *
   * @return the cycle's id
   */
  private long finalSummaryDisclosed() {
    long cycleId = stages.consolidated(FINAL_YEAR, true, Map.of("qldd", List.of(collective(UBND),
        individual("qlddtruong", LD3, true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ đất đai"))));
    stages.councilApprovedEverything(cycleId);
    stages.disclosedWithoutObjections(cycleId);
    return cycleId;
  }

  /** The proposal of one award type of {@link #finalSummaryDisclosed()}, started on its own as the cycle would. */
  private ProcessInstance proposal(String awardType) {
    return startProvinceSubmission(finalSummaryDisclosed(), awardType);
  }

  private void dispatched(ProcessInstance submission) {
    TestClock.freezeAt(DISPATCHED.atTime(LocalTime.of(11, 0)).atZone(TestClock.ZONE).toInstant());
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong",
        Map.of(ProvinceSubmissionVariables.PROPOSAL_NUMBER.name(),
        "45/TTr-STNMT", ProvinceSubmissionVariables.PROPOSAL_DATE.name(), DISPATCHED.toString(),
            ProvinceSubmissionVariables.DOSSIER_DOCUMENTS.name(),
        JsonVariables.jsonValue(ALL_DOCUMENTS)));
    complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "giamdoc",
        Map.of(ProvinceSubmissionVariables.SIGN_DECISION.name(), "SIGN"));
    complete(submission, UserTask.RECORD_PROVINCE_DISPATCH, "vanphong",
        Map.of(ProvinceSubmissionVariables.DISPATCH_NUMBER.name(),
        "312/STNMT-VP", ProvinceSubmissionVariables.DISPATCH_DATE.name(), DISPATCHED.toString(),
            ProvinceSubmissionVariables.OTHER_AGENCIES.name(), false));
  }

  private static Map<String, Object> posted(String postedOn, String endsOn) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProvinceSubmissionVariables.CONSULTATION_REPORT.name(), "POSTED");
    v.put(ProvinceSubmissionVariables.CONSULTATION_POSTED_DATE.name(), postedOn);
    v.put(ProvinceSubmissionVariables.CONSULTATION_END_DATE.name(), endsOn);
    return v;
  }

  private Submission onDashboard(String awardType) {
    return dashboard.dashboard(FINAL_YEAR).province().submissions().stream()
        .filter(s -> s.awardType().equals(awardType)).findFirst().orElseThrow();
  }

  /** Executes the instance's timers that are due at the clock's instant, as the job executor would. */
  private int fireDueTimers(ProcessInstance instance) {
    List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).timers().executable().list();
    due.forEach(job -> management.executeJob(job.getId()));
    return due.size();
  }

  private long reminders() {
    return notifications.findAll().stream().filter(n -> n.getSubject().contains("Tỉnh chưa trả lời tờ trình")).count();
  }

  private static boolean inConsultation(ActivityInstance tree) {
    return Arrays.stream(tree.getChildActivityInstances())
        .anyMatch(a -> a.getActivityId().equals(Activities.PROVINCE_CONSULTATION)
            && a.getActivityName().equals("Tỉnh lấy ý kiến Nhân dân"));
  }

  @Test
  void aHuanChuongProposalWaitsTenWorkingDaysInTheConsultationAndIsRemindedOnlyCountingFromItsEnd() {
    ProcessInstance huanChuong = proposal(LD3);
    dispatched(huanChuong);

    // The step is what Cockpit shows: the token waits in «Tỉnh lấy ý kiến Nhân dân», no reminder is scheduled.
    assertThat(huanChuong).isWaitingAt(UserTask.RECORD_PROVINCE_CONSULTATION.id());
    assertThat(inConsultation(runtime.getActivityInstance(huanChuong.getId()))).isTrue();
    assertThat(management.createJobQuery().processInstanceId(huanChuong.getId())
        .activityId(Activities.PROVINCE_ANSWER_LATE).count()).isZero();
    assertThat(onDashboard(LD3).standing()).isEqualTo("Chờ tỉnh đăng danh sách lấy ý kiến Nhân dân");
    assertThat(onDashboard(LD3).answerOverdue()).isFalse();

    TestClock.freezeAt(POSTED);
    assertThatThrownBy(() -> complete(huanChuong, UserTask.RECORD_PROVINCE_CONSULTATION, "vanphong",
        posted("19/11/2025", null))).hasMessageContaining("không được trước ngày gửi tờ trình");
    complete(huanChuong, UserTask.RECORD_PROVINCE_CONSULTATION, "vanphong", posted("24/11/2025", null));

    assertThat(huanChuong).isWaitingAt(Activities.CONSULTATION_PERIOD);
    assertThat(inConsultation(runtime.getActivityInstance(huanChuong.getId()))).isTrue();
    assertThat(timer(huanChuong, Activities.CONSULTATION_PERIOD).getDuedate())
        .isEqualTo(calendar.dueAt(CONSULTATION_ENDS));
    assertThat(calendar.countWorkingDays(POSTED.plusDays(1), CONSULTATION_ENDS)).isEqualTo(10);
    Submission shown = onDashboard(LD3);
    assertThat(shown.standing()).isEqualTo("Tỉnh đang lấy ý kiến Nhân dân đến 08/12/2025");
    assertThat(shown.consultationPostedOn()).isEqualTo(POSTED);
    assertThat(shown.consultationEndsOn()).isEqualTo(CONSULTATION_ENDS);
    LocalDate answerDue = calendar.addWorkingDays(CONSULTATION_ENDS, 15);
    assertThat(shown.answerDueOn()).isEqualTo(answerDue).isEqualTo(LocalDate.of(2025, 12, 29));

    // The last day of the consultation: still in it.
    TestClock.freezeAt(CONSULTATION_ENDS.atTime(LocalTime.of(16, 0)).atZone(TestClock.ZONE).toInstant());
    assertThat(fireDueTimers(huanChuong)).isZero();
    assertThat(huanChuong).isWaitingAt(Activities.CONSULTATION_PERIOD);

    TestClock.freezeAt(CONSULTATION_ENDS.plusDays(1));
    assertThat(fireDueTimers(huanChuong)).isEqualTo(1);
    assertThat(huanChuong).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id()).hasPassed(Activities.CONSULTATION_PERIOD);
    assertThat(timer(huanChuong, Activities.PROVINCE_ANSWER_LATE).getDuedate()).isEqualTo(calendar.dueAt(answerDue));
    assertThat(onDashboard(LD3).standing()).isEqualTo("Đã gửi, chờ kết quả của tỉnh");

    // Counted from the dispatch, the answer would have been due on 11/12/2025: no reminder then, nor on the day due.
    TestClock.freezeAt(LocalDate.of(2025, 12, 12));
    assertThat(fireDueTimers(huanChuong)).isZero();
    TestClock.freezeAt(answerDue);
    assertThat(fireDueTimers(huanChuong)).isZero();
    assertThat(reminders()).isZero();

    TestClock.freezeAt(answerDue.plusDays(1));
    assertThat(fireDueTimers(huanChuong)).isEqualTo(1);
    assertThat(huanChuong).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id())
        .hasPassed(Activities.REMIND_PROVINCE_ANSWER);
    assertThat(reminders()).isEqualTo(2);
  }

  @Test
  void aBangKhenUbndProposalOfTheSameYearGoesStraightToTheAnswerAsBefore() {
    ProcessInstance bangKhen = proposal(UBND);
    dispatched(bangKhen);

    assertThat(bangKhen).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id())
        .hasNotPassed(Activities.PROVINCE_CONSULTATION);
    assertThat(inConsultation(runtime.getActivityInstance(bangKhen.getId()))).isFalse();
    LocalDate due = calendar.addWorkingDays(DISPATCHED, 15);
    assertThat(timer(bangKhen, Activities.PROVINCE_ANSWER_LATE).getDuedate()).isEqualTo(calendar.dueAt(due));
    assertThat(onDashboard(UBND).standing()).isEqualTo("Đã gửi, chờ kết quả của tỉnh");
    assertThat(onDashboard(UBND).consultationEndsOn()).isNull();

    TestClock.freezeAt(due.plusDays(1));
    assertThat(fireDueTimers(bangKhen)).isEqualTo(1);
    assertThat(bangKhen).hasPassed(Activities.REMIND_PROVINCE_ANSWER);
    assertThat(reminders()).isEqualTo(2);
  }

  @Test
  void theProvinceMaySendTheConsultationDatesAndThenItsAnswerAsMessages() {
    ProcessInstance huanChuong = proposal(LD3);
    dispatched(huanChuong);
    TestClock.freezeAt(POSTED);

    runtime.createMessageCorrelation(ProcessKeys.PROVINCE_CONSULTATION_MESSAGE)
        .processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(FINAL_YEAR))
        .processInstanceVariableEquals(ProvinceSubmissionVariables.AWARD_TYPE.name(), LD3)
        .setVariables(Map.of(ProvinceSubmissionVariables.CONSULTATION_POSTED_DATE.name(), "2025-11-24",
            ProvinceSubmissionVariables.CONSULTATION_END_DATE.name(), "2025-12-10"))
        .correlate();

    assertThat(huanChuong).isWaitingAt(Activities.CONSULTATION_PERIOD)
        .hasPassed(Activities.CONSULTATION_DATES_RECEIVED);
    assertThat(timer(huanChuong, Activities.CONSULTATION_PERIOD).getDuedate())
        .isEqualTo(calendar.dueAt(LocalDate.of(2025, 12, 10)));
    assertThat(onDashboard(LD3).standing()).isEqualTo("Tỉnh đang lấy ý kiến Nhân dân đến 10/12/2025");

    // The province answers before the consultation's end: the answer path works at any time.
    TestClock.freezeAt(LocalDate.of(2025, 12, 1));
    Nomination head = nominations.findAll().stream().filter(n -> n.getPerson() != null
        && n.getPerson().getUsername().equals("qlddtruong")).findFirst().orElseThrow();
    runtime.createMessageCorrelation(ProcessKeys.PROVINCE_ANSWER_MESSAGE)
        .processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(FINAL_YEAR))
        .processInstanceVariableEquals(ProvinceSubmissionVariables.AWARD_TYPE.name(), LD3)
        .setVariables(Map.of(ProvinceSubmissionVariables.APPROVED_NOMINATIONS.name(),
            JsonVariables.jsonValue(List.of(String.valueOf(head.getId()))),
            ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER.name(), "2150/QĐ-CTN",
                ProvinceSubmissionVariables.PROVINCE_DECISION_DATE.name(), "2025-12-01"))
        .correlate();

    assertThat(huanChuong).isEnded().hasPassed(Activities.ANSWER_DURING_CONSULTATION);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(huanChuong.getId())
        .activityId(Activities.CONSULTATION_PERIOD).canceled().count()).as("the wait was cut short").isEqualTo(1);
    assertThat(awards.count()).isEqualTo(1);
  }

  @Test
  void theOfficeMayReportThatTheProvinceAnsweredBeforePostingAndThenRecordsTheAnswer() {
    ProcessInstance huanChuong = proposal(LD3);
    dispatched(huanChuong);

    complete(huanChuong, UserTask.RECORD_PROVINCE_CONSULTATION, "vanphong",
        Map.of(ProvinceSubmissionVariables.CONSULTATION_REPORT.name(), "ANSWERED_FIRST"));

    assertThat(huanChuong).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id())
        .hasPassed(Activities.PROVINCE_CONSULTATION).hasNotPassed(Activities.CONSULTATION_PERIOD);
    assertThat(onDashboard(LD3).standing()).isEqualTo("Đã gửi, chờ kết quả của tỉnh");
    assertThat(jdbc.queryForObject("select consultation_status from province_submission where award_type = ?",
        String.class, LD3)).isEqualTo("NOT_HELD");
  }
}
