package vn.gov.soctrang.tnmt.tdkt.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.StageFixtures;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationVariables;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * The first half of annual-cycle: start, every unit's report, consolidation, the wait for the second half; and the
 * whole cycle from the Office's start to its end, through every stage that the later stages' tests start after
 * (see {@link StageFixtures}).
 */
class AnnualCycleProcessTest extends ProcessTestSupport {

  @Autowired CycleRepository cycles;
  @Autowired NominationRepository nominations;
  @Autowired NotificationRepository notifications;
  @Autowired OrganizationService organization;
  @Autowired AwardRepository awards;

  @Test
  void startingCreatesTheCycleWithItsBusinessKeyAndOneReportPerUnit() {
    ProcessInstance cycle = startCycleOnly(YEAR, false);

    assertThat(cycle).isStarted().isWaitingAt(Activities.UNIT_PARTICIPATION);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult().getBusinessKey())
        .isEqualTo("TDKT-" + YEAR);
    List<Unit> units = organization.activeUnits();
    // The Office's start only leaves one job per unit on the call activity (what Cockpit shows pending there), with
    // the retries of its retry cycle; no unit's instance nor task exists yet.
    List<org.camunda.bpm.engine.runtime.Job> unitStarts = management.createJobQuery().processInstanceId(cycle.getId())
        .activityId(Activities.UNIT_PARTICIPATION).list();
    assertThat(unitStarts).hasSize(units.size()).allSatisfy(job -> assertThat(job.getRetries()).isEqualTo(3));
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("TDKT-" + YEAR).count()).isZero();
    assertThat(cycles.findByYear(YEAR)).get().extracting(Cycle::getStatus).isEqualTo(CycleStatus.REPORTING);

    assertThat(startUnitReports()).isEqualTo(units.size());
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).count())
        .isEqualTo(units.size());
    ProcessInstance qldd = unitInstance(cycle, "qldd");
    assertThat(qldd).isWaitingAt(UserTask.REGISTER_COMMITMENT.id());
    assertThat(qldd).task().hasCandidateGroup("donviqldd");
    assertThat(cycles.findByYear(YEAR)).get().extracting(Cycle::getStatus).isEqualTo(CycleStatus.REPORTING);
  }

  @Test
  void aSecondCycleForTheSameYearIsRefusedAndNothingIsCreated() {
    startCycle(YEAR, false);
    long instances = runtime.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> startCycle(YEAR, false)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("năm " + YEAR + " đã được khởi tạo");

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(cycles.count()).isEqualTo(1);
  }

  @Test
  void badStartInputIsRefusedWithVietnameseMessagesAndNothingIsCreated() {
    Map<Object, String> badYears = Map.of(
        2019, "phải từ 2021", YEAR + 5, "phải từ 2021", "hai nghìn", "phải là một số", 2026.5, "phải là số nguyên",
        -2026, "không được là số âm");
    badYears.forEach((year, message) -> assertThatThrownBy(() -> start(year, deadline(30), false))
        .as("year %s", year).isInstanceOf(InvalidInputException.class).hasMessageContaining(message));
    assertThatThrownBy(() -> start(YEAR, "12/31/2026", false)).hasMessageContaining("không phải là ngày hợp lệ");
    assertThatThrownBy(() -> start(YEAR, deadline(-1), false)).hasMessageContaining("phải sau ngày hôm nay");
    assertThatThrownBy(() -> start(YEAR == 2025 ? 2024 : YEAR, deadline(30), true))
        .hasMessageContaining("là năm tổng kết phong trào giai đoạn");
    assertThatThrownBy(() -> start(2040, deadline(30), false)).as("a year no movement holds")
        .hasMessageContaining("chưa thuộc phong trào thi đua nào");

    assertThat(runtime.createProcessInstanceQuery().count()).isZero();
    assertThat(cycles.count()).isZero();
  }

  @Test
  void withoutADeadlineTheReportIsDueTheSettingsNumberOfDaysAfterTheCall() {
    start(YEAR, null, false);
    assertThat(cycles.findByYear(YEAR)).get().extracting(Cycle::getReportDeadline)
        .isEqualTo(TestClock.today().plusDays(15));
  }

  @Test
  @AtDate("2025-11-20")
  void theFinalSummaryYearMayProposeStateAwardsAndOtherYearsMayNot() {
    ProcessInstance summary = startCycle(2025, true);
    assertThat(awardOptions(unitInstance(summary, "qldd"))).contains("BANG_KHEN_TTG", "HUAN_CHUONG_LD3");

    ProcessInstance ordinary = startCycle(2024, false);
    assertThat(awardOptions(unitInstance(ordinary, "qldd"))).doesNotContain("BANG_KHEN_TTG", "HUAN_CHUONG_LD3")
        .contains("GIAY_KHEN", "BANG_KHEN_UBND");
  }

  private String awardOptions(ProcessInstance unit) {
    return runtime.getVariable(unit.getId(), UnitReportVariables.AWARD_OPTIONS.name()).toString();
  }

  @Test
  void everyUnitReportsTheOfficeConsolidatesAndDecidesOnInspection() {
    ProcessInstance cycle = startCycle(YEAR, false);
    reportAndAccept(cycle, "qldd", List.of(
        collective("GIAY_KHEN"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến rút ngắn thời gian cấp giấy chứng nhận"),
        individual("qlddtruong", "BANG_KHEN_UBND", true, null)));
    jdbc.update("update person set under_discipline = true where username = 'ccbvmtcv'");
    reportAndAccept(cycle, "ccbvmt", List.of(individual("ccbvmtcv", "GIAY_KHEN", true, "Giải pháp xử lý rác thải")));
    for (Unit unit : organization.activeUnits()) {
      if (!List.of("qldd", "ccbvmt").contains(unit.getCode())) {
        reportAndAccept(cycle, unit.getCode(), List.of());
      }
    }

    assertThat(cycle).isWaitingAt(UserTask.CONFIRM_NOMINATION_LIST.id());
    assertThat(cycle).task().hasCandidateGroup("vanphongso").hasDueDate(
        (java.util.Date) runtime.getVariable(cycle.getId(), ConsolidationVariables.CONSOLIDATION_DUE_DATE.name()));
    Map<String, Nomination> byName = new HashMap<>();
    nominations.findAll().forEach(n -> byName.put(n.getNomineeName() + "/" + n.getNomineeType(), n));
    assertThat(byName).hasSize(4);
    assertThat(byName.values()).filteredOn(n -> n.getStatus() == NominationStatus.MET).hasSize(2);
    Nomination noInitiative = nominations.findAll().stream()
        .filter(n -> n.getPerson() != null && n.getPerson().getUsername().equals("qlddtruong")).findFirst().orElseThrow();
    assertThat(noInitiative.getStatus()).isEqualTo(NominationStatus.NOT_MET);
    assertThat(noInitiative.getEvaluationReason()).contains("sáng kiến");
    Nomination disciplined = nominations.findAll().stream()
        .filter(n -> n.getPerson() != null && n.getPerson().getUsername().equals("ccbvmtcv")).findFirst().orElseThrow();
    assertThat(disciplined.getStatus()).isEqualTo(NominationStatus.NOT_MET);
    assertThat(disciplined.getEvaluationReason()).contains("kỷ luật");
    assertThat(runtime.getVariable(cycle.getId(), ConsolidationVariables.CONSOLIDATION_SUMMARY_TEXT.name()).toString())
        .contains("đạt tiêu chí **2**", "không đạt **2**");

    assertThatThrownBy(() -> complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of()))
        .hasMessageContaining("Tôi xác nhận danh sách");
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong",
        Map.of(ConsolidationVariables.CONFIRM_LIST.name(), true, ConsolidationVariables.CONSOLIDATION_NOTE.name(),
            "Đã rà soát"));
    // Closing the list (and writing its report) is a job of its own, retried on a fault outside the engine.
    assertThat(cycle).isWaitingAt(Activities.CLOSE_CONSOLIDATION);
    runJobs();

    assertThat(cycle).isWaitingAt(UserTask.DECIDE_INSPECTION.id());
    assertThat(cycles.findByYear(YEAR)).get().extracting(Cycle::getStatus).isEqualTo(CycleStatus.CONSOLIDATED);
    assertThat(notifications.findAll()).anySatisfy(n -> {
      assertThat(n.getRecipientGroup()).isEqualTo("donviqldd");
      assertThat(n.getBody()).contains("Không đạt", "sáng kiến");
    });
  }

  @Test
  void nominationsWithTheSameFactsShareOneEvaluationOfTheDecision() {
    long evaluationsBefore = history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(ProcessKeys.NOMINATION_CRITERIA_DECISION).count();
    // Every unit's report accepted (built by StageFixtures; the reports are driven in the test above): the cycle
    // starts where the list is evaluated, in a job of its own.
    ProcessInstance cycle = startCycleBefore(Activities.EVALUATE_NOMINATIONS, stages.reported(YEAR, false, Map.of(
        "qldd", List.of(individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ")),
        "ccbvmt", List.of(individual("ccbvmtcv", "GIAY_KHEN", true, "Giải pháp xử lý rác thải"),
            individual("ccbvmttruong", "GIAY_KHEN", true, null)))));
    assertThat(cycle).isWaitingAt(Activities.EVALUATE_NOMINATIONS);
    runJobs();

    assertThat(cycle).isWaitingAt(UserTask.CONFIRM_NOMINATION_LIST.id());
    assertThat(nominations.findAll()).hasSize(3);
    assertThat(nominations.findAll()).filteredOn(n -> n.getStatus() == NominationStatus.MET)
        .extracting(n -> n.getPerson().getUsername()).containsExactlyInAnyOrder("qlddcv", "ccbvmtcv");
    // Two nominations with an initiative share one evaluation; the one without gets its own.
    assertThat(history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(ProcessKeys.NOMINATION_CRITERIA_DECISION).count() - evaluationsBefore).isEqualTo(2);
  }

  @Test
  void withoutInspectionTheListGoesStraightToTheCouncil() {
    ProcessInstance cycle = listConfirmed();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));

    assertThat(cycle).isWaitingAt(Activities.COUNCIL_VOTE).hasNotPassed(UserTask.INSPECT_UNIT.id());
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_COUNCIL_MEETING.id());
    // The called Council's tasks name the cycle's year in Tasklist, as the inline stage's did.
    assertThat(task(cycle, UserTask.OPEN_COUNCIL_MEETING).getDescription()).contains("Năm thi đua: " + YEAR);
    assertThat(nominations.findAll()).allMatch(n -> n.getStatus() == NominationStatus.MET);
  }

  @Test
  void inspectorsConfirmOrRejectEachNominationOfAChosenUnit() {
    ProcessInstance cycle = listConfirmed();
    assertThat(runtime.getVariable(cycle.getId(), InspectionVariables.INSPECTION_UNIT_OPTIONS.name()).toString())
        .contains("qldd").doesNotContain("ccbvmt");
    assertThatThrownBy(() -> complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong",
        Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "YES"))).hasMessageContaining("ít nhất một đơn vị");
    assertThatThrownBy(() -> complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong",
        Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "YES", InspectionVariables.INSPECTION_UNIT_CODES.name(),
            JsonVariables.jsonValue(List.of("ccbvmt")))))
        .hasMessageContaining("không thuộc diện kiểm tra");
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "YES",
        InspectionVariables.INSPECTION_UNIT_CODES.name(), JsonVariables.jsonValue(List.of("qldd"))));

    assertThat(cycle).isWaitingAt(UserTask.INSPECT_UNIT.id());
    org.camunda.bpm.engine.task.Task inspect = task(cycle, UserTask.INSPECT_UNIT);
    assertThat(inspect.getDescription()).contains("Đơn vị được kiểm tra: Phòng Quản lý đất đai");
    assertThat(tasks.getVariable(inspect.getId(), "finding3Label").toString()).contains("Thạch", "Bằng khen");
    assertThat(tasks.getVariable(inspect.getId(), "finding4Label")).isNull();

    Map<String, Object> findings = new java.util.HashMap<>(Map.of("finding1Result", "CONFIRMED",
        "finding2Result", "CONFIRMED", "finding3Result", "NOT_CONFIRMED"));
    assertThatThrownBy(() -> complete(cycle, UserTask.INSPECT_UNIT, "thanhtra", findings))
        .hasMessageContaining("Đề nghị thứ 3: vui lòng ghi lý do không xác nhận");
    findings.remove("finding2Result");
    assertThatThrownBy(() -> complete(cycle, UserTask.INSPECT_UNIT, "thanhtra", findings))
        .hasMessageContaining("Kết quả kiểm tra đề nghị thứ 2");
    findings.put("finding2Result", "CONFIRMED");
    findings.put("finding3Note", "Sáng kiến chưa được Hội đồng sáng kiến công nhận");
    complete(cycle, UserTask.INSPECT_UNIT, "thanhtra", findings);

    assertThat(cycle).isWaitingAt(Activities.COUNCIL_VOTE);
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_COUNCIL_MEETING.id());
    Nomination rejected = nominations.findAll().stream().filter(n -> n.getPerson() != null
        && n.getPerson().getUsername().equals("qlddtruong")).findFirst().orElseThrow();
    assertThat(rejected.getStatus()).isEqualTo(NominationStatus.NOT_CONFIRMED);
    assertThat(rejected.getEvaluationReason()).contains("Không được xác nhận qua kiểm tra", "Hội đồng sáng kiến");
    assertThat(nominations.findAll()).filteredOn(n -> n.getStatus() == NominationStatus.MET).hasSize(2);
  }

  @Test
  void aUnitClosedAsNotReportingDoesNotHoldUpConsolidation() {
    ProcessInstance cycle = startCycle(YEAR, false);
    for (Unit unit : organization.activeUnits()) {
      if (!unit.getCode().equals("ttqt")) {
        reportAndAccept(cycle, unit.getCode(), List.of(collective("GIAY_KHEN")));
      }
    }
    ProcessInstance late = unitInstance(cycle, "ttqt");
    complete(late, UserTask.REGISTER_COMMITMENT, "ttqtcv", registration());
    management.executeJob(timer(late, Activities.REPORT_OVERDUE_TIMER).getId());
    complete(late, UserTask.HANDLE_OVERDUE_REPORT, "vanphong", Map.of(UnitReportVariables.OVERDUE_DECISION.name(),
        "CLOSE",
        UnitReportVariables.OVERDUE_NOTE.name(), "Đơn vị không gửi báo cáo"));

    assertThat(late).isEnded().hasPassed(Activities.MARK_NOT_REPORTED, Activities.UNIT_NOT_REPORTED);
    // The Office's click returns at once: the list is evaluated in a job of its own, retried on a fault.
    assertThat(cycle).isWaitingAt(Activities.EVALUATE_NOMINATIONS);
    assertThat(runJobs()).isEqualTo(1);
    assertThat(cycle).isWaitingAt(UserTask.CONFIRM_NOMINATION_LIST.id());
    assertThat(runtime.getVariable(cycle.getId(), ConsolidationVariables.CONSOLIDATION_SUMMARY_TEXT.name()).toString())
        .contains("**11/12**", "Trung tâm Quan trắc");
  }

  /**
   * The whole year, every stage driven through the engine from the start: the reports and the confirmed list, no
   * inspection, the Council's secret ballot approving everything, the disclosure period without objections, the
   * Director's Giấy khen beside the Bằng khen UBND proposal to the province, then publication and the cycle's end.
   */
  @Test
  void aWholeYearRunsFromTheOfficesStartToTheEndOfTheCycle() {
    ProcessInstance cycle = consolidatedCycle();
    approvedAndDisclosed(cycle);

    assertThat(cycle).hasPassed(Activities.COUNCIL_VOTE, Activities.DISCLOSURE_PERIOD, Activities.ROUTE_AWARDS)
        .isWaitingAt(UserTask.DECIDE_AWARDS.id(), Activities.PROVINCE_SUBMISSION);
    // The Council ran as the called council-vote.bpmn (ADR 0019), under the cycle's business key, and wrote its minutes.
    var council = history.createHistoricProcessInstanceQuery().processInstanceId(councilId(cycle)).singleResult();
    assertThat(council.getProcessDefinitionKey()).isEqualTo(ProcessKeys.COUNCIL_VOTE);
    assertThat(council.getBusinessKey()).isEqualTo(ProcessKeys.cycleBusinessKey(YEAR));
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(council.getId()).finished()
        .activityId(Activities.WRITE_COUNCIL_MINUTES).count()).isEqualTo(1);
    assertThat(runtime.getVariable(cycle.getId(), CouncilMeetingVariables.MEETING_ID.name())).isNotNull();
    assertThat(nominations.findAll()).hasSize(3).allMatch(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED);
    assertThat(cycles.findByYear(YEAR)).get().extracting(Cycle::getStatus).isEqualTo(CycleStatus.DISCLOSED);
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "125/QĐ-STNMT", AwardDecisionVariables.DECISION_DATE.name(), TestClock.today().toString()));
    assertThat(cycle).isWaitingAt(Activities.PROVINCE_SUBMISSION);

    ProcessInstance submission = provinceInstance(cycle, "BANG_KHEN_UBND");
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong", Map.of(
        ProvinceSubmissionVariables.PROPOSAL_NUMBER.name(), "45/TTr-STNMT",
        ProvinceSubmissionVariables.PROPOSAL_DATE.name(), TestClock.today().toString(),
        ProvinceSubmissionVariables.DOSSIER_DOCUMENTS.name(),
        JsonVariables.jsonValue(List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS"))));
    complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "giamdoc",
        Map.of(ProvinceSubmissionVariables.SIGN_DECISION.name(), "SIGN"));
    complete(submission, UserTask.RECORD_PROVINCE_DISPATCH, "vanphong", Map.of(
        ProvinceSubmissionVariables.DISPATCH_NUMBER.name(), "312/STNMT-VP",
        ProvinceSubmissionVariables.DISPATCH_DATE.name(), TestClock.today().toString(),
        ProvinceSubmissionVariables.OTHER_AGENCIES.name(), false));
    String head = String.valueOf(nominations.findAll().stream().filter(n -> n.getPerson() != null
        && n.getPerson().getUsername().equals("qlddtruong")).findFirst().orElseThrow().getId());
    complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong", Map.of(
        ProvinceSubmissionVariables.APPROVED_NOMINATIONS.name(), JsonVariables.jsonValue(List.of(head)),
        ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER.name(), "1520/QĐ-UBND",
        ProvinceSubmissionVariables.PROVINCE_DECISION_DATE.name(), TestClock.today().toString()));
    assertThat(submission).isEnded();

    assertThat(cycle).isWaitingAt(UserTask.PUBLISH_MODELS.id()).hasNotPassed(Activities.SUMMARIZE_MOVEMENT);
    complete(cycle, UserTask.PUBLISH_MODELS, "ttcnttcv", Map.of(PublicationVariables.PUBLICATION_TITLE.name(),
        "Điển hình năm " + YEAR));

    assertThat(cycle).isEnded().hasPassed(Activities.CYCLE_FINISHED);
    assertThat(cycles.findByYear(YEAR)).get().extracting(Cycle::getStatus).isEqualTo(CycleStatus.FINISHED);
    assertThat(awards.findByYearOrderByIdAsc(YEAR)).extracting(Award::getDecisionNumber)
        .containsExactlyInAnyOrder("125/QĐ-STNMT", "125/QĐ-STNMT", "1520/QĐ-UBND");
  }

  /**
   * The list of {@link #consolidatedCycle()} confirmed (built by {@link StageFixtures}; the reports and the
   * consolidation are driven in the tests above), the cycle started where the list is closed and run up to the
   * Office's decision on inspection.
   */
  private ProcessInstance listConfirmed() {
    ProcessInstance cycle = startCycleBefore(StageFixtures.CLOSE_CONSOLIDATION,
        stages.consolidated(YEAR, false, qlddNominations()));
    runJobs();
    assertThat(cycle).isWaitingAt(UserTask.DECIDE_INSPECTION.id());
    return cycle;
  }

  private ProcessInstance start(Object year, String deadline, boolean finalSummary) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(AnnualCycleVariables.CYCLE_YEAR.name(), year);
    variables.put(AnnualCycleVariables.REPORT_DEADLINE.name(), deadline);
    variables.put(AnnualCycleVariables.FINAL_SUMMARY.name(), finalSummary);
    as("vanphong");
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.ANNUAL_CYCLE, variables);
    } finally {
      identity.clearAuthentication();
    }
  }
}
