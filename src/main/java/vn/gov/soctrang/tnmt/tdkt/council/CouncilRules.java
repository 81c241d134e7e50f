package vn.gov.soctrang.tnmt.tdkt.council;

import java.math.BigDecimal;

/** Quorum and approval, both counted against all members of the Council (DOMAIN.md §5). */
public final class CouncilRules {

  private CouncilRules() {
  }

  /** At least {@code percent} of all members present. */
  public static boolean quorumReached(int present, int members, BigDecimal percent) {
    return members > 0 && BigDecimal.valueOf(present).multiply(BigDecimal.valueOf(100))
        .compareTo(percent.multiply(BigDecimal.valueOf(members))) >= 0;
  }

  /** At least {@code percent} of all members (not of those present) approve. */
  public static boolean approved(int approvals, int members, BigDecimal percent) {
    return quorumReached(approvals, members, percent);
  }
}
