package vn.gov.soctrang.tnmt.tdkt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.disclosure.DisclosureStageFixture;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionStageFixture;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationDraft;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ReportStageFixture;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * A half-finished cycle at a given stage, built through the application's own services (the same calls the
 * delegates and task handlers of the earlier stages make), so that a process test can start the stage directly with
 * {@code startBeforeActivity} (or start the called process on its own) instead of driving the cycle from its start.
 *
 * <p>Each method takes the cycle one stage further and mirrors what the bypassed stage writes:
 * <ul>
 *   <li>{@link #reported}: as {@link #consolidated} below, up to the last unit's report accepted. The process
 *       continues before {@code evaluateNominations}.</li>
 *   <li>{@link #consolidated}: the cycle opened ({@code openCycle}), every active unit registered, reported as
 *       {@link ProcessTestSupport#report} submits it, approved by its head and accepted by the Office
 *       ({@code unit-report}), the criteria evaluated ({@code evaluateNominations}) and the list confirmed
 *       ({@code confirmNominationList}). The process continues before {@link #CLOSE_CONSOLIDATION}.</li>
 *   <li>{@link #councilApprovedEverything}: no inspection ({@code decideInspection}) and every nomination that met
 *       the criteria approved by the Council ({@code tallyVotes}). No meeting, ballots or minutes are recorded. The
 *       process continues before {@link #OPEN_DISCLOSURE}.</li>
 *   <li>{@link #disclosedWithoutObjections}: the list disclosed and the period over without objections
 *       ({@code openDisclosure}, {@code closeDisclosure}). The process continues before {@link #ROUTE_AWARDS}, or one
 *       award type's proposal starts on its own ({@link #provinceSubmissionVariables}).</li>
 * </ul>
 * The stages bypassed here are tested from the start in their own process tests and in the whole-cycle tests of
 * {@code cycle/AnnualCycleProcessTest}.
 *
 * <p>A cycle built here has no process instance recorded on its row: the instance is started after the row exists
 * (it needs the cycle's id), and nothing reads that column to run the process.
 */
public final class StageFixtures {

  /** «Chốt danh sách đề nghị»: right after the Office confirms the list. */
  public static final String CLOSE_CONSOLIDATION = "closeConsolidation";
  /** «Công khai danh sách đề nghị»: right after the Council's minutes are confirmed. */
  public static final String OPEN_DISCLOSURE = "openDisclosure";
  /** «Phân loại đề nghị theo thẩm quyền quyết định»: right after the disclosure period ends without objections. */
  public static final String ROUTE_AWARDS = "routeAwards";

  private final ApplicationContext context;
  private final CycleService cycles;
  private final NominationRepository nominations;
  private final OrganizationService organization;
  private final TransactionTemplate transaction;

  public StageFixtures(ApplicationContext context) {
    this.context = context;
    this.cycles = context.getBean(CycleService.class);
    this.nominations = context.getBean(NominationRepository.class);
    this.organization = context.getBean(OrganizationService.class);
    this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  /**
   * The cycle of the year with its list confirmed: every active unit reported, the given units with the given
   * nominations (as {@link ProcessTestSupport#collective} and {@link ProcessTestSupport#individual} describe them),
   * the others with none; all the criteria ticked as in {@link ProcessTestSupport#report(boolean, List)}.
   *
   * @return the cycle's id
   */
  public long consolidated(int year, boolean finalSummary, Map<String, List<Map<String, Object>>> nominationsByUnit) {
    long cycleId = reported(year, finalSummary, nominationsByUnit);
    ReportStageFixture.evaluatedAndConfirmed(context, cycleId);
    return cycleId;
  }

  /**
   * As {@link #consolidated}, but only up to the last unit's report accepted: the list is neither evaluated nor
   * confirmed. The process continues before {@code evaluateNominations}.
   *
   * @return the cycle's id
   */
  public long reported(int year, boolean finalSummary, Map<String, List<Map<String, Object>>> nominationsByUnit) {
    Cycle cycle = cycles.open(new CycleService.OpenCycle(year, TestClock.today().plusDays(30), finalSummary,
        "vanphong", null), new Problems());
    for (Unit unit : organization.activeUnits()) {
      ReportStageFixture.reportedAndAccepted(context, cycle.getId(), year, unit.getCode(),
          drafts(nominationsByUnit.getOrDefault(unit.getCode(), List.of())));
    }
    return cycle.getId();
  }

  /** The nominations as the unit's form reads them from its slots: the collective, then individual 1, 2, … */
  private static List<NominationDraft> drafts(List<Map<String, Object>> described) {
    List<NominationDraft> drafts = new ArrayList<>();
    int individual = 0;
    for (Map<String, Object> n : described) {
      boolean collective = "COLLECTIVE".equals(n.get("nomineeType"));
      drafts.add(new NominationDraft(collective ? "Tập thể đơn vị" : "Cá nhân thứ " + ++individual,
          NomineeType.valueOf((String) n.get("nomineeType")), (String) n.get("personUsername"),
          AwardType.valueOf((String) n.get("proposedAward")), (String) n.get("achievements"),
          (String) n.get("initiatives"), collective || Boolean.TRUE.equals(n.get("tasksCompleted"))));
    }
    return drafts;
  }

  /**
   * From the confirmed list: the Office decides no inspection, and the Council approves every nomination that met
   * the criteria, as a tally of all seven members approving would.
   */
  public void councilApprovedEverything(long cycleId) {
    InspectionStageFixture.noInspection(context, cycleId);
    transaction.executeWithoutResult(status -> nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() == NominationStatus.MET)
        .forEach(n -> n.councilDecided(true, "Hội đồng: 7 đồng ý, 0 không đồng ý / 7 thành viên")));
  }

  /** From the Council's approval: the list is disclosed and the period ends with no objection. */
  public void disclosedWithoutObjections(long cycleId) {
    DisclosureStageFixture.disclosedWithoutObjections(context, cycleId);
  }

  /** The variables of the annual cycle once the cycle is opened ({@code openCycle}). */
  public Map<String, Object> cycleVariables(long cycleId) {
    Cycle cycle = cycles.get(cycleId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(AnnualCycleVariables.CYCLE_ID.name(), cycle.getId());
    variables.put(AnnualCycleVariables.CYCLE_YEAR.name(), cycle.getYear());
    variables.put(AnnualCycleVariables.REPORT_DEADLINE.name(), cycle.getReportDeadline().toString());
    variables.put(AnnualCycleVariables.FINAL_SUMMARY.name(), cycle.isFinalSummary());
    variables.put(AnnualCycleVariables.UNIT_CODES.name(),
        new ArrayList<>(organization.activeUnits().stream().map(Unit::getCode).toList()));
    return variables;
  }

  /** What the annual cycle's call activity passes to one award type's proposal to the province. */
  public Map<String, Object> provinceSubmissionVariables(long cycleId, String awardType) {
    Cycle cycle = cycles.get(cycleId);
    return Map.of(AnnualCycleVariables.CYCLE_ID.name(), cycle.getId(),
        AnnualCycleVariables.CYCLE_YEAR.name(), cycle.getYear(),
        ProvinceSubmissionVariables.AWARD_TYPE.name(), awardType);
  }

  /** The year of the cycle, for its business key. */
  public int year(long cycleId) {
    return cycles.get(cycleId).getYear();
  }
}
