package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilAgenda;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;

/**
 * A thematic movement's summary before the Council (council-vote.bpmn, called from thematic-movement.bpmn): the
 * proposals the Office forwarded, each for the movement's award with that award's dated share of approvals
 * ({@code council.approval.<award>}); the Council's result is kept on the proposal, and only what it approved reaches
 * the register (ADR 0020).
 */
@Component
@Transactional
class ThematicCouncilAgenda implements CouncilAgenda {

  /** The agenda kind thematic-movement.bpmn passes to council-vote.bpmn. */
  static final String KIND = "THEMATIC";

  private final ThematicMovementService service;
  private final ThematicProposalRepository proposals;
  private final OrganizationService organization;

  ThematicCouncilAgenda(ThematicMovementService service, ThematicProposalRepository proposals,
      OrganizationService organization) {
    this.service = service;
    this.proposals = proposals;
    this.organization = organization;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String subject(long runId) {
    return "khen thưởng tổng kết phong trào thi đua theo chuyên đề “"
        + service.movementOf(service.run(runId)).getName() + "”";
  }

  @Override
  public List<AgendaItem> items(long runId) {
    Movement movement = service.movementOf(service.run(runId));
    String award = movement.getAwardCode();
    String label = MeritCode.read(award).map(MeritCode::label).orElse(award);
    return proposals.findByRunIdOrderByIdAsc(runId).stream()
        .filter(p -> ThematicProposal.ACCEPTED.equals(p.getStatus()))
        .map(p -> new AgendaItem(p.getId(), organization.unit(p.getUnitCode()).getShortName(), p.getNomineeName(),
            award, label)).toList();
  }

  @Override
  public void decided(long runId, AgendaItem item, boolean approved, String reason) {
    ThematicProposal proposal = proposals.findById(item.id()).orElseThrow();
    proposal.councilDecided(approved, reason);
  }
}
