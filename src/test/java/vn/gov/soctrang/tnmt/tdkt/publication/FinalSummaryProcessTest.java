package vn.gov.soctrang.tnmt.tdkt.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.StageFixtures;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * The final-summary year: state-level awards go up each in their own proposal, the movement's totals per unit are
 * taken over every year of the movement, and the public page shows them. An ordinary year takes no totals and, with
 * no Giấy khen proposed, skips the Director's decision.
 */
class FinalSummaryProcessTest extends ProcessTestSupport {

  private static final List<String> ALL_DOCUMENTS = List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS");

  @Autowired PublicationService publication;

  private static String today() {
    return TestClock.today().toString();
  }

  /**
   * Every unit reports; qldd with the given nominations, the others with none; all approved and disclosed (built by
   * {@link StageFixtures}); the cycle starts where the awards are routed to who decides them.
   */
  private ProcessInstance decidedUpToTheAwards(int year, boolean finalSummary, List<Map<String, Object>> qldd) {
    long cycleId = stages.consolidated(year, finalSummary, Map.of("qldd", qldd));
    stages.councilApprovedEverything(cycleId);
    stages.disclosedWithoutObjections(cycleId);
    ProcessInstance cycle = startCycleBefore(StageFixtures.ROUTE_AWARDS, cycleId);
    // The draft decision and the upward dossiers are written in jobs of their own.
    runDocumentTasks();
    return cycle;
  }

  private void approvedByTheProvince(ProcessInstance cycle, String awardType) {
    ProcessInstance submission = provinceInstance(cycle, awardType);
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong",
        Map.of(ProvinceSubmissionVariables.PROPOSAL_NUMBER.name(),
        "45/TTr-STNMT", ProvinceSubmissionVariables.PROPOSAL_DATE.name(), today(),
            ProvinceSubmissionVariables.DOSSIER_DOCUMENTS.name(),
        JsonVariables.jsonValue(ALL_DOCUMENTS)));
    complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "giamdoc",
        Map.of(ProvinceSubmissionVariables.SIGN_DECISION.name(), "SIGN"));
    complete(submission, UserTask.RECORD_PROVINCE_DISPATCH, "vanphong",
        Map.of(ProvinceSubmissionVariables.DISPATCH_NUMBER.name(),
        "312/STNMT-VP", ProvinceSubmissionVariables.DISPATCH_DATE.name(), today(),
            ProvinceSubmissionVariables.OTHER_AGENCIES.name(), false));
    List<String> waiting = jdbc.queryForList("select id from nomination where status = 'SUBMITTED_UPWARD' "
        + "and proposed_award = ?", Long.class, awardType).stream().map(String::valueOf).toList();
    complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong",
        Map.of(ProvinceSubmissionVariables.APPROVED_NOMINATIONS.name(),
        JsonVariables.jsonValue(waiting), ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER.name(), "88/QĐ-TTg",
        ProvinceSubmissionVariables.PROVINCE_DECISION_DATE.name(), today()));
    assertThat(submission).isEnded();
  }

  private void publish(ProcessInstance cycle) {
    complete(cycle, UserTask.PUBLISH_MODELS, "ttcnttcv", Map.of(PublicationVariables.PUBLICATION_TITLE.name(),
        "Điển hình tiên tiến năm " + runtime.getVariable(cycle.getId(), AnnualCycleVariables.CYCLE_YEAR.name())));
  }

  /**
   * A finished earlier year, as the register holds it (a cycle cannot be opened for a past year any more): qldd
   * reported, proposed its collective and got a Giấy khen.
   */
  private void earlierYearOfTheMovement(int year) {
    long unitId = organizationService.unit("qldd").getId();
    jdbc.update("insert into cycle (cycle_year, report_deadline, final_summary, status, opened_by, opened_at, "
        + "movement_id) values (?, ?, false, 'FINISHED', 'vanphong', current_timestamp, (select id from movement "
        + "where ? between first_year and last_year))", year, LocalDate.of(year, 11, 30), year);
    long cycleId = jdbc.queryForObject("select id from cycle where cycle_year = ?", Long.class, year);
    jdbc.update("insert into unit_report (cycle_id, unit_id, status, due_date, guidance_document_count, "
        + "propaganda_session_count, participant_count) values (?, ?, 'ACCEPTED', ?, 3, 5, 120)", cycleId, unitId,
        LocalDate.of(year, 11, 30));
    long reportId = jdbc.queryForObject("select id from unit_report where cycle_id = ?", Long.class, cycleId);
    jdbc.update("insert into nomination (unit_report_id, cycle_id, unit_id, nominee_type, nominee_name, "
        + "proposed_award, achievements, status) values (?, ?, ?, 'COLLECTIVE', 'Phòng Quản lý đất đai', "
        + "'GIAY_KHEN', 'Hoàn thành xuất sắc nhiệm vụ', 'AWARDED')", reportId, cycleId, unitId);
    long nominationId = jdbc.queryForObject("select id from nomination where cycle_id = ?", Long.class, cycleId);
    jdbc.update("insert into award (cycle_id, cycle_year, nomination_id, nominee_key, nominee_name, unit_id, "
        + "award_type, decision_number, decision_date, decided_by, status, authority, created_at) values "
        + "(?, ?, ?, 'unit:qldd', 'Phòng Quản lý đất đai', ?, 'GIAY_KHEN', '90/QĐ-STNMT', ?, 'giamdoc', 'ACTIVE', "
        + "'Giám đốc Sở', current_timestamp)", cycleId, year, nominationId, unitId, LocalDate.of(year, 12, 20));
  }

  @Test
  @AtDate("2025-11-20")
  void theFinalSummaryYearTakesTheMovementTotalsOverEveryYearAndShowsThemPublicly() {
    earlierYearOfTheMovement(2024);

    ProcessInstance year2025 = decidedUpToTheAwards(2025, true, List.of(collective("BANG_KHEN_TTG"),
        individual("qlddtruong", "BANG_KHEN_UBND", true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ địa chính")));
    assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(year2025.getId()).count()).isEqualTo(2);
    approvedByTheProvince(year2025, "BANG_KHEN_UBND");
    approvedByTheProvince(year2025, "BANG_KHEN_TTG");
    complete(year2025, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "130/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), today()));
    runJobs();

    assertThat(year2025).hasPassed(Activities.SUMMARIZE_MOVEMENT).isWaitingAt(UserTask.PUBLISH_MODELS.id());
    assertThat(runtime.getVariable(year2025.getId(), PublicationVariables.PUBLICATION_TEXT.name()).toString())
        .contains("Tổng kết phong trào 2021–2025", "Phòng Quản lý đất đai**: 2 năm báo cáo, 4 đề nghị (4 đạt), 4 khen thưởng");
    publish(year2025);

    PublicYear page = publication.publicYear(2025).orElseThrow();
    MovementTotals.Row qldd = page.totals().stream().filter(r -> r.unit().getCode().equals("qldd")).findFirst()
        .orElseThrow();
    assertThat(List.of(qldd.reportsAccepted(), qldd.nominations(), qldd.giayKhen(), qldd.bangKhenUbnd(),
        qldd.bangKhenTtg(), qldd.huanChuongLd3())).containsExactly(2, 4, 2, 1, 1, 0);
    assertThat(page.totalsFromYear()).isEqualTo(2021);
    assertThat(page.totals()).hasSize(organizationService.activeUnits().size());
    assertThat(page.entries()).hasSize(3);
    assertThat(qldd.guidanceDocuments()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void anOrdinaryYearWithNoGiayKhenSkipsTheDirectorsDecision() {
    ProcessInstance cycle = decidedUpToTheAwards(YEAR, false, List.of(collective("BANG_KHEN_UBND")));

    assertThat(cycle).hasNotPassed(UserTask.DECIDE_AWARDS.id()).isWaitingAt(Activities.PROVINCE_SUBMISSION);
    approvedByTheProvince(cycle, "BANG_KHEN_UBND");

    assertThat(cycle).isWaitingAt(UserTask.PUBLISH_MODELS.id()).hasNotPassed(Activities.SUMMARIZE_MOVEMENT);
  }
}
