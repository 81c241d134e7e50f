package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilService;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;

/**
 * What the Director decided at a thematic movement's summary, as the decision document prints it: the number and
 * date, the movement with its period and launching document, the movement's award, and the collectives and people it
 * gives the award to (forwarded by the Office and, when the Council voted, approved by it).
 */
@Service
@Transactional(readOnly = true)
public class ThematicDecisions {

  /** The agenda kind of the Council's meetings on a run's forwarded proposals (council-vote.bpmn). */
  public static final String COUNCIL_AGENDA_KIND = ThematicCouncilAgenda.KIND;

  /**
   * One collective or person the decision gives the award to.
   *
   * @param nomineeKey the person's username, or {@code unit:<code>} for the unit itself
   */
  public record Conferred(String nomineeKey, String name, boolean collective, String unitCode, String achievement) {
  }

  /**
   * The decision of one run.
   *
   * @param award the movement's award ({@code movement.award_code}); null if the code is not one of the register's
   * @param awardCode the movement's award code as stored
   * @param councilMeeting the date of the Council's meeting that voted on the forwarded proposals, null when none did
   */
  public record Decision(long runId, String number, LocalDate date, String movementCode, String movementName,
      LocalDate startsOn, LocalDate endsOn, String launchDocNumber, LocalDate launchDocDate, String launchDocIssuer,
      MeritCode award, String awardCode, String awardAuthority, List<Conferred> conferred,
      LocalDate councilMeeting) {

    /** The award's label, or its code if the register does not know it. */
    public String awardLabel() {
      return award == null ? awardCode : award.label();
    }
  }

  private final ThematicMovementService service;
  private final ThematicProposalRepository proposals;
  private final CouncilService council;

  ThematicDecisions(ThematicMovementService service, ThematicProposalRepository proposals, CouncilService council) {
    this.service = service;
    this.proposals = proposals;
    this.council = council;
  }

  /** The run of a thematic movement, by the movement's code; empty while it has not been started. */
  public Optional<Long> runOfMovement(String movementCode) {
    return service.runOf(service.movement(movementCode)).map(ThematicRun::getId);
  }

  /** The run's decision; refused while the Director has not recorded it. */
  public Decision of(long runId) {
    ThematicRun run = service.run(runId);
    if (run.getDecisionNumber() == null || run.getDecisionDate() == null) {
      throw new IllegalStateException("Thematic run " + runId + " is not decided yet");
    }
    Movement movement = service.movementOf(run);
    List<ThematicProposal> all = proposals.findByRunIdOrderByIdAsc(runId);
    List<Conferred> conferred = all.stream().filter(ThematicProposal::inDecision)
        .map(p -> new Conferred(p.getNomineeKey(), p.getNomineeName(), p.isCollective(), p.getUnitCode(),
            p.getAchievement())).toList();
    boolean voted = all.stream().anyMatch(p -> p.getCouncilApproved() != null);
    return new Decision(runId, run.getDecisionNumber(), run.getDecisionDate(), movement.getCode(),
        movement.getName(), movement.getStartsOn(), movement.getEndsOn(), movement.getLaunchDocNumber(),
        movement.getLaunchDocDate(), movement.getLaunchDocIssuer(), MeritCode.read(movement.getAwardCode())
            .orElse(null), movement.getAwardCode(), movement.getAwardAuthority(), conferred,
        voted ? council.countedMeetingDate(ThematicCouncilAgenda.KIND, runId).orElse(null) : null);
  }
}
