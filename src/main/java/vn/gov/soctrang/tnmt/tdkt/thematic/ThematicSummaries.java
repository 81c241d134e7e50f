package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementCriterion;

/**
 * A thematic movement's final summary as the summary report prints it: the movement (name, period, launching
 * document, criteria), the units registered, taking part and reporting, each unit's result per criterion, and the
 * Director's decision with the collectives and people it awarded. Read once the summary is stored.
 */
@Service
@Transactional(readOnly = true)
public class ThematicSummaries {

  /** One unit's reported result on one criterion. */
  public record UnitResult(String unitCode, String result) {
  }

  /** One criterion with the results the units reported on it (in the units' code order). */
  public record CriterionResults(int position, String text, List<UnitResult> results) {
  }

  /** One collective or person awarded at the summary (written into the register with the decision). */
  public record Awarded(String nomineeKey, String name, boolean collective, String unitCode) {
  }

  /**
   * The summary of one run.
   *
   * @param summaryDate the day the summary was stored (in the clock's zone): the report's date
   * @param registeredUnits the units that answered the registration
   * @param participatingUnits the codes of the units that took part
   * @param reportingUnits how many units reported results
   * @param award the movement's award, null if the code is not one of the register's
   */
  public record Summary(long runId, LocalDate summaryDate, String movementCode, String movementName,
      LocalDate startsOn, LocalDate endsOn, String launchDocNumber, LocalDate launchDocDate, String launchDocIssuer,
      int registeredUnits, List<String> participatingUnits, int reportingUnits, List<CriterionResults> criteria,
      String decisionNumber, LocalDate decisionDate, MeritCode award, String awardCode, String awardAuthority,
      List<Awarded> awarded) {

    /** The award's label, or its code if the register does not know it. */
    public String awardLabel() {
      return award == null ? awardCode : award.label();
    }
  }

  private final ThematicMovementService service;
  private final ThematicSummaryRepository summaries;
  private final ThematicParticipationRepository participations;
  private final ThematicResultRepository results;
  private final ThematicProposalRepository proposals;
  private final Clock clock;

  ThematicSummaries(ThematicMovementService service, ThematicSummaryRepository summaries,
      ThematicParticipationRepository participations, ThematicResultRepository results,
      ThematicProposalRepository proposals, Clock clock) {
    this.service = service;
    this.summaries = summaries;
    this.participations = participations;
    this.results = results;
    this.proposals = proposals;
    this.clock = clock;
  }

  /** The run's summary; refused while it has not been stored. */
  public Summary of(long runId) {
    ThematicSummary stored = summaries.findByRunId(runId)
        .orElseThrow(() -> new IllegalStateException("Thematic run " + runId + " has no summary yet"));
    ThematicRun run = service.run(runId);
    Movement movement = service.movementOf(run);
    List<ThematicParticipation> registered = participations.findByRunIdOrderByUnitCodeAsc(runId);
    List<String> taking = registered.stream().filter(ThematicParticipation::isParticipates)
        .map(ThematicParticipation::getUnitCode).toList();
    List<ThematicResult> reported = results.findByRunIdOrderByUnitCodeAscCriterionIdAsc(runId);
    List<CriterionResults> criteria = new ArrayList<>();
    for (MovementCriterion c : service.criteria(movement)) {
      criteria.add(new CriterionResults(c.getPosition(), c.getText(), reported.stream()
          .filter(r -> r.getCriterionId() == c.getId())
          .map(r -> new UnitResult(r.getUnitCode(), r.getResultText())).toList()));
    }
    List<Awarded> awarded = proposals.findByRunIdOrderByIdAsc(runId).stream()
        .filter(p -> ThematicProposal.AWARDED.equals(p.getStatus()))
        .map(p -> new Awarded(p.getNomineeKey(), p.getNomineeName(), p.isCollective(), p.getUnitCode())).toList();
    return new Summary(runId, LocalDate.ofInstant(stored.getRecordedAt(), clock.getZone()), movement.getCode(),
        movement.getName(), movement.getStartsOn(), movement.getEndsOn(), movement.getLaunchDocNumber(),
        movement.getLaunchDocDate(), movement.getLaunchDocIssuer(), registered.size(), taking,
        (int) reported.stream().map(ThematicResult::getUnitCode).distinct().count(), criteria,
        run.getDecisionNumber(), run.getDecisionDate(), MeritCode.read(movement.getAwardCode()).orElse(null),
        movement.getAwardCode(), movement.getAwardAuthority(), awarded);
  }
}
