package vn.gov.soctrang.tnmt.tdkt.publication;

import java.util.List;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;

/** A published year as the public sees it: the awards in force, the featured models, the movement's totals. */
record PublicYear(Cycle cycle, Publication publication, List<Entry> entries, List<MovementTotals.Row> totals,
    Integer totalsFromYear) {

  public record Entry(Award award, Nomination nomination, boolean featured) {

    public String achievements() {
      return nomination == null || nomination.getAchievements() == null ? "" : nomination.getAchievements().strip();
    }

    public String initiatives() {
      return nomination == null || nomination.getInitiatives() == null ? "" : nomination.getInitiatives().strip();
    }
  }
}
