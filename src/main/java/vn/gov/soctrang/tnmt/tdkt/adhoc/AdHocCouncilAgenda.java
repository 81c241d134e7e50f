package vn.gov.soctrang.tnmt.tdkt.adhoc;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilAgenda;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;

/**
 * An ad-hoc proposal before the Council (council-vote.bpmn, called from ad-hoc-award.bpmn when the Office sends it
 * there): one item, the proposal's nominee and award, with the award's dated share of approvals
 * ({@code council.approval.GIAY_KHEN}); the Council's result is kept on the proposal and the Director cannot give an
 * award the Council rejected (ADR 0018).
 */
@Component
@Transactional
class AdHocCouncilAgenda implements CouncilAgenda {

  /** The agenda kind ad-hoc-award.bpmn passes to council-vote.bpmn; the reference is the proposal's id. */
  static final String KIND = "AD_HOC";

  private final AdHocAwardService service;
  private final OrganizationService organization;

  AdHocCouncilAgenda(AdHocAwardService service, OrganizationService organization) {
    this.service = service;
    this.organization = organization;
  }

  @Override
  public String subject(long awardId) {
    return "khen thưởng đột xuất";
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** The proposal itself, with the award of the rule in force on the day it was proposed (the same all meeting). */
  @Override
  public List<AgendaItem> items(long awardId) {
    AdHocAward a = service.award(awardId);
    MeritCode award = MeritCode.valueOf(service.rule(AdHocRule.AWARD_CODE, a.getProposedOn()).getValue());
    return List.of(new AgendaItem(a.getId(), organization.unit(a.getUnitCode()).getShortName(),
        a.getNomineeName(), award.name(), award.label()));
  }

  @Override
  public void decided(long awardId, AgendaItem item, boolean approved, String reason) {
    service.councilDecided(item.id(), approved, reason);
  }
}
