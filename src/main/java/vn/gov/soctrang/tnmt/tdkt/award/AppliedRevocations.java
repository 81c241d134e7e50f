package vn.gov.soctrang.tnmt.tdkt.award;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revocations applied to the register (applied, or completed with the recovery recorded), read by whoever reports
 * the register outside the Department, such as the export to the national database. Read only.
 */
@Component
public class AppliedRevocations {

  /** One revocation: the revoked award, the decision, and the ground with its legal source. */
  public record Applied(long revocationId, long awardId, String decisionNumber, LocalDate decisionDate,
      String authority, String groundCode, String groundLabel, String groundSource) {
  }

  private final AwardRevocationRepository revocations;

  AppliedRevocations(AwardRevocationRepository revocations) {
    this.revocations = revocations;
  }

  /** Every applied revocation, oldest first. */
  @Transactional(readOnly = true)
  public List<Applied> all() {
    return revocations.findByStatusIn(List.of(AwardRevocation.Status.APPLIED, AwardRevocation.Status.COMPLETED))
        .stream().sorted(Comparator.comparing(AwardRevocation::getId))
        .map(r -> new Applied(r.getId(), r.getAwardId(), r.getDecisionNumber(), r.getDecisionDate(),
            r.getIssuingAuthority(), r.getGround().getCode(), r.getGround().getLabel(), r.getGround().getSourceNote()))
        .toList();
  }
}
