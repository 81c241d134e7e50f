package vn.gov.soctrang.tnmt.tdkt.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.StageFixtures;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/** Disclosure for objections: its length in working days, objections upheld or dismissed, none at all. */
class DisclosureProcessTest extends ProcessTestSupport {

  @Autowired NominationRepository nominations;
  @Autowired DisclosureService disclosure;
  @Autowired CycleRepository cycles;
  @Autowired CalendarService calendar;
  @Autowired vn.gov.soctrang.tnmt.tdkt.award.AwardRepository awards;
  @Autowired vn.gov.soctrang.tnmt.tdkt.award.AwardService awardService;

  /**
   * All three qldd nominations of {@link #consolidatedCycle()} approved by the Council (built by {@link
   * StageFixtures}; the Council's meeting is driven in CouncilProcessTest and the whole-cycle test); the cycle starts
   * where the list is disclosed.
   */
  ProcessInstance disclosed() {
    long cycleId = stages.consolidated(YEAR, false, qlddNominations());
    stages.councilApprovedEverything(cycleId);
    assertThat(nominations.findAll()).hasSize(3).allMatch(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED);
    return startCycleBefore(StageFixtures.OPEN_DISCLOSURE, cycleId);
  }

  private Nomination nominee(String username) {
    return nominations.findAll().stream().filter(n -> n.getPerson() != null
        && n.getPerson().getUsername().equals(username)).findFirst().orElseThrow();
  }

  void endDisclosure(ProcessInstance cycle) {
    management.executeJob(timer(cycle, Activities.DISCLOSURE_PERIOD).getId());
    // The draft decision and the upward dossiers are written in jobs of their own, before anyone opens the task.
    runDocumentTasks();
  }

  @Test
  void inHouseAwardsAreDisclosedForFiveWorkingDaysThenGoToTheDirector() {
    ProcessInstance cycle = disclosed();
    assertThat(cycle).isWaitingAt(Activities.DISCLOSURE_PERIOD);
    assertThat(cycles.findByYear(YEAR).orElseThrow().getDisclosureEndsOn())
        .isEqualTo(calendar.addWorkingDays(TestClock.today(), 5));

    endDisclosure(cycle);

    assertThat(cycle).isWaitingAt(UserTask.DECIDE_AWARDS.id()).hasNotPassed(UserTask.RULE_ON_OBJECTIONS.id());
    assertThat(nominations.findAll()).allMatch(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED);
  }

  @Test
  void theDirectorDecidesTheGiayKhenAndEachEntersTheRegisterOnce() {
    ProcessInstance cycle = disclosed();
    endDisclosure(cycle);
    assertThat(runtime.getVariable(cycle.getId(), AwardDecisionVariables.AWARD_LIST_TEXT.name()).toString())
        .contains("(2)", "Phòng Quản lý đất đai").doesNotContain("Thạch");

    Map<String, Object> decision = Map.of(AwardDecisionVariables.DECISION_NUMBER.name(), "125/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), TestClock.today().toString());
    assertThatThrownBy(() -> complete(cycle, UserTask.DECIDE_AWARDS, "phogiamdoc", decision))
        .hasMessageContaining("Chỉ Giám đốc Sở quyết định");
    assertThatThrownBy(() -> complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(
        AwardDecisionVariables.DECISION_NUMBER.name(), "quyết định", AwardDecisionVariables.DECISION_DATE.name(),
            TestClock.today().plusDays(3)
            .toString()))).hasMessageContaining("«Số quyết định» không đúng dạng")
        .hasMessageContaining("không được sau ngày hôm nay");
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", decision);

    assertThat(cycle).isWaitingAt(Activities.PROVINCE_SUBMISSION);
    assertThat(awards.findByYearOrderByIdAsc(YEAR)).hasSize(2).allSatisfy(a -> {
      assertThat(a.getDecisionNumber()).isEqualTo("125/QĐ-STNMT");
      assertThat(a.getUnit().getCode()).isEqualTo("qldd");
    });
    assertThat(nominee("qlddcv").getStatus()).isEqualTo(NominationStatus.AWARDED);
    assertThat(nominee("qlddtruong").getStatus()).isEqualTo(NominationStatus.COUNCIL_APPROVED);
    jdbc.update("update nomination set status = 'COUNCIL_APPROVED' where id = ?", nominee("qlddcv").getId());
    assertThatThrownBy(() -> awardService.decide(cycles.findByYear(YEAR).orElseThrow().getId(), "126/QĐ-STNMT",
        TestClock.today(), "giamdoc", new vn.gov.soctrang.tnmt.tdkt.shared.Problems()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("mỗi thành tích chỉ được khen thưởng một lần");
  }

  @Test
  void anObjectionHoldsTheNominationUntilTheCouncilUpholdsOrDismissesIt() {
    ProcessInstance cycle = disclosed();
    Nomination staff = nominee("qlddcv");
    Nomination head = nominee("qlddtruong");
    Objection first = disclosure.file(YEAR, staff.getId(), "ccbvmtcv", "Sáng kiến này là của đơn vị khác");
    Objection second = disclosure.file(YEAR, head.getId(), "khtccv", "Chưa hoàn thành nhiệm vụ quý IV");
    assertThat(nominations.findById(staff.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.OBJECTED);
    assertThatThrownBy(() -> disclosure.file(YEAR, staff.getId(), "x", " ")).hasMessageContaining("nội dung");
    assertThatThrownBy(() -> disclosure.file(YEAR, 999_999L, "x", "Nội dung")).hasMessageContaining(
        "Không có đề nghị khen thưởng này");

    endDisclosure(cycle);
    assertThat(cycle).isWaitingAt(UserTask.RULE_ON_OBJECTIONS.id());
    assertThatThrownBy(() -> disclosure.file(YEAR, staff.getId(), "x", "Quá hạn"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("không trong thời gian công khai");
    assertThat(runtime.getVariable(cycle.getId(), DisclosureVariables.OBJECTIONS_TEXT.name()).toString())
        .contains("Sáng kiến này là của đơn vị khác", "Chưa hoàn thành nhiệm vụ quý IV");
    assertThatThrownBy(() -> complete(cycle, UserTask.RULE_ON_OBJECTIONS, "vanphong", Map.of(
        DisclosureVariables.UPHELD_OBJECTIONS.name(), JsonVariables.jsonValue(List.of(String.valueOf(first.getId()))))))
        .hasMessageContaining("Kết luận của Hội đồng");
    complete(cycle, UserTask.RULE_ON_OBJECTIONS, "vanphong", Map.of(
        DisclosureVariables.UPHELD_OBJECTIONS.name(), JsonVariables.jsonValue(List.of(String.valueOf(first.getId()))),
        DisclosureVariables.RULING_NOTE.name(), "Xác minh: sáng kiến thuộc Chi cục Bảo vệ môi trường"));

    assertThat(cycle).isWaitingAt(UserTask.DECIDE_AWARDS.id());
    Nomination withdrawn = nominations.findById(staff.getId()).orElseThrow();
    assertThat(withdrawn.getStatus()).isEqualTo(NominationStatus.WITHDRAWN_BY_OBJECTION);
    assertThat(withdrawn.getEvaluationReason()).contains("Xác minh");
    assertThat(nominations.findById(head.getId()).orElseThrow().getStatus())
        .isEqualTo(NominationStatus.COUNCIL_APPROVED);
    assertThat(second.getId()).isNotNull();
  }
}
