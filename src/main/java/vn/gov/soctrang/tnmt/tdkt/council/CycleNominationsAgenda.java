package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;

/**
 * The yearly cycle's agenda: the cycle's nominations that met the criteria (and passed the inspection), each decided
 * on its nomination. It lives here rather than in {@code nomination} because the council module already reads the
 * nominations (the meetings counted per ballot before the box, V28, add to counts per nomination in the database):
 * the reverse dependency would be a cycle between the modules (ADR 0019).
 */
@Component
class CycleNominationsAgenda implements CouncilAgenda {

  static final String KIND = "CYCLE";

  private final NominationRepository nominations;

  CycleNominationsAgenda(NominationRepository nominations) {
    this.nominations = nominations;
  }

  @Override
  public String subject(long cycleId) {
    return "khen thưởng";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<AgendaItem> items(long cycleId) {
    return toVote(cycleId).stream().map(n -> new AgendaItem(n.getId(), n.getUnit().getShortName(),
        n.getNomineeName(), n.getProposedAward().name(), n.getProposedAward().label())).toList();
  }

  @Override
  public void decided(long cycleId, AgendaItem item, boolean approved, String reason) {
    nominations.findById(item.id()).orElseThrow().councilDecided(approved, reason);
  }

  private List<Nomination> toVote(long cycleId) {
    return nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() == NominationStatus.MET).toList();
  }
}
