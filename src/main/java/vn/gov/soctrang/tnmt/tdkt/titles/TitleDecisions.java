package vn.gov.soctrang.tnmt.tdkt.titles;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;

/**
 * What the Director decided on a year's titles, as the decision document prints it: the number and date, and each
 * title conferred (the proposals that met the standards and, where the Council voted, that it approved), collectives
 * first, then individuals, each group in the order the units proposed.
 */
@Service
@Transactional(readOnly = true)
public class TitleDecisions {

  /**
   * The decision of one run.
   *
   * @param councilMeeting the date of the Council's meeting that voted on the run, null for a run of the model before
   *     the Council's vote
   */
  public record Decision(long runId, int year, String number, LocalDate date, List<Conferred> conferred,
      LocalDate councilMeeting) {
  }

  /**
   * One title conferred.
   *
   * @param nomineeKey the person's username, or {@code unit:<code>} for a collective
   * @param unitCode the unit the person works in, or the collective itself
   */
  public record Conferred(String nomineeKey, String name, String unitCode, boolean collective, MeritCode title) {
  }

  private final TitleRunRepository runs;
  private final TitleProposalRepository proposals;
  private final vn.gov.soctrang.tnmt.tdkt.council.CouncilService council;

  TitleDecisions(TitleRunRepository runs, TitleProposalRepository proposals,
      vn.gov.soctrang.tnmt.tdkt.council.CouncilService council) {
    this.runs = runs;
    this.proposals = proposals;
    this.council = council;
  }

  /** The run of a year, if the year has been opened. */
  public java.util.Optional<Long> runOfYear(int year) {
    return runs.findByYear(year).map(TitleRun::getId);
  }

  /** The agenda kind of a titles run's Council meetings (ADR 0019): their minutes are filed with the run's documents. */
  public static final String COUNCIL_AGENDA_KIND = TitlesCouncilAgenda.KIND;

  /** The year a run is about. */
  public int yearOf(long runId) {
    return runs.findById(runId).map(TitleRun::getYear)
        .orElseThrow(() -> new IllegalStateException("No title run " + runId));
  }

  /** The run's decision; refused while the Director has not decided. */
  public Decision of(long runId) {
    TitleRun run = runs.findById(runId).orElseThrow(() -> new IllegalStateException("No title run " + runId));
    if (run.getDecisionNumber() == null || run.getDecisionDate() == null) {
      throw new IllegalStateException("Title run " + runId + " is not decided yet");
    }
    List<TitleProposal> all = proposals.findByRunIdOrderByIdAsc(runId);
    // The Council decides every proposal on its agenda at once (ADR 0019): a run it voted on has a result on each
    // proposal that met the standards, a run of the model before the Council has none.
    boolean councilVoted = all.stream().anyMatch(p -> p.getCouncilApproved() != null);
    List<Conferred> conferred = all.stream()
        .filter(p -> p.conferred(councilVoted))
        .sorted(Comparator.comparing((TitleProposal p) -> !p.isCollective()))
        .map(p -> new Conferred(p.getNomineeKey(), p.getNomineeName(), p.getUnitCode(), p.isCollective(),
            p.getTitle()))
        .toList();
    LocalDate meeting = councilVoted ? council.countedMeetingDate(TitlesCouncilAgenda.KIND, runId).orElse(null) : null;
    return new Decision(runId, run.getYear(), run.getDecisionNumber(), run.getDecisionDate(), conferred, meeting);
  }
}
