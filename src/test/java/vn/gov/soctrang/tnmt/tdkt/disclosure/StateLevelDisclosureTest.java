package vn.gov.soctrang.tnmt.tdkt.disclosure;

import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.calendar.Holiday;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * A State award on the approved list (here a Bằng khen of the Prime Minister, proposable only in the 2025 cycle that
 * closes the movement) lengthens the disclosure to 10 working days, counted past weekends and the seeded public
 * holidays. The Department's clock is fixed on Monday 25 August 2025 so the period always spans the Quốc khánh
 * holidays (1 and 2 September 2025) and two weekends.
 */
@AtDate(value = "2025-08-25", frozen = true)
class StateLevelDisclosureTest extends ProcessTestSupport {

  private static final LocalDate TODAY = LocalDate.of(2025, 8, 25);
  private static final int FINAL_SUMMARY_YEAR = 2025;

  @Autowired NominationRepository nominations;
  @Autowired CycleRepository cycles;
  @Autowired CalendarService calendar;

  /** The 2025 cycle, opened as the final summary, its report deadline three weeks after the fixed today. */
  private ProcessInstance finalSummaryCycle() {
    ProcessInstance cycle;
    as("vanphong");
    try {
      cycle = runtime.startProcessInstanceByKey(ProcessKeys.ANNUAL_CYCLE, Map.of(
          AnnualCycleVariables.CYCLE_YEAR.name(), FINAL_SUMMARY_YEAR, AnnualCycleVariables.REPORT_DEADLINE.name(),
              TODAY.plusWeeks(3).toString(),
          AnnualCycleVariables.FINAL_SUMMARY.name(), true));
    } finally {
      identity.clearAuthentication();
    }
    startUnitReports();
    return cycle;
  }

  @Test
  void aStateAwardOnTheListIsDisclosedForTenWorkingDaysSkippingWeekendsAndHolidays() {
    ProcessInstance cycle = finalSummaryCycle();
    // The land management office proposes its head for the Prime Minister's Bằng khen and itself for a Giấy khen.
    reportAndAccept(cycle, "qldd", List.of(collective("GIAY_KHEN"),
        individual("qlddtruong", "BANG_KHEN_TTG", true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ đất đai")));
    for (Unit unit : organizationService.activeUnits()) {
      if (!unit.getCode().equals("qldd")) {
        reportAndAccept(cycle, unit.getCode(), List.of());
      }
    }
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    runJobs();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong", CouncilMeetingForm.engine(TODAY.toString(), COUNCIL));
    ballotBoxSealed(cycle);
    List<String> all = nominations.findAll().stream().map(n -> String.valueOf(n.getId())).toList();
    for (String member : COUNCIL) {
      Task ballot = tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskAssignee(member).singleResult();
      as(member);
      try {
        tasks.complete(ballot.getId(), Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
            JsonVariables.jsonValue(all)));
      } finally {
        identity.clearAuthentication();
      }
    }
    runJobs();
    ballotBoxOpened(cycle);
    complete(cycle, UserTask.CONFIRM_MINUTES, "chanhvanphong", Map.of(CouncilMeetingVariables.CONFIRM_MINUTES.name(),
        true));

    assertThat(cycle).isWaitingAt(Activities.DISCLOSURE_PERIOD);
    Nomination stateAward = nominations.findAll().stream()
        .filter(n -> n.getProposedAward().name().equals("BANG_KHEN_TTG")).findFirst().orElseThrow();
    assertThat(stateAward.getStatus()).isEqualTo(NominationStatus.COUNCIL_APPROVED);
    assertThat(stateAward.getEvaluationReason()).contains("7 đồng ý", "cần từ 90% trở lên, tức ít nhất 7 phiếu đồng ý");

    // Tue 26 – Fri 29 Aug (4), weekend, Mon 1 and Tue 2 Sep are Quốc khánh, Wed 3 – Fri 5 (7), weekend,
    // Mon 8 – Wed 10 Sep (10).
    LocalDate expected = LocalDate.of(2025, 9, 10);
    assertThat(calendar.holidaysOf(2025)).extracting(Holiday::getDate)
        .contains(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
    assertThat(TODAY.datesUntil(expected.plusDays(1)).filter(d -> d.isAfter(TODAY))
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
        .filter(d -> !d.equals(LocalDate.of(2025, 9, 1)) && !d.equals(LocalDate.of(2025, 9, 2)))).hasSize(10);
    assertThat(cycles.findByYear(FINAL_SUMMARY_YEAR).orElseThrow().getDisclosureEndsOn()).isEqualTo(expected);
    Job timer = timer(cycle, Activities.DISCLOSURE_PERIOD);
    assertThat(timer.getDuedate().toInstant()).isEqualTo(
        ZonedDateTime.of(expected, CalendarService.END_OF_OFFICE_DAY, ZONE).toInstant());
  }
}
