package vn.gov.soctrang.tnmt.tdkt.titles;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilAgenda;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;

/**
 * A titles run's agenda before the Council (council-vote.bpmn, called from year-end-titles.bpmn): the proposals that
 * met the standards, each with its title's dated share of approvals ({@code council.approval.<title>}); the Council's
 * result is kept on the proposal, and only what it approved reaches the register (ADR 0019).
 */
@Component
@Transactional
class TitlesCouncilAgenda implements CouncilAgenda {

  /** The agenda kind year-end-titles.bpmn passes to council-vote.bpmn. */
  static final String KIND = "TITLES";

  private final TitleProposalRepository proposals;
  private final OrganizationService organization;

  TitlesCouncilAgenda(TitleProposalRepository proposals, OrganizationService organization) {
    this.proposals = proposals;
    this.organization = organization;
  }

  @Override
  public String subject(long runId) {
    return "công nhận danh hiệu thi đua";
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<AgendaItem> items(long runId) {
    return proposals.findByRunIdOrderByIdAsc(runId).stream().filter(p -> TitleProposal.MET.equals(p.getStatus()))
        .map(p -> new AgendaItem(p.getId(), organization.unit(p.getUnitCode()).getShortName(), p.getNomineeName(),
            p.getTitle().name(), p.getTitle().label())).toList();
  }

  @Override
  public void decided(long runId, AgendaItem item, boolean approved, String reason) {
    TitleProposal proposal = proposals.findById(item.id()).orElseThrow();
    proposal.councilDecided(approved, reason);
  }
}
