package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every award of a person or a unit across the years, each with its decision.
 *
 * @param kind PERSON or UNIT
 * @param key the username or the unit code looked up
 * @param name the person's full name or the unit's name
 * @param unit the person's current unit (for a unit: its own name)
 * @param active awards in force
 * @param revoked awards revoked since
 */
record AwardHistoryView(String kind, String key, String name, String unit, int active, int revoked,
    List<Entry> awards) {

  /**
   * @param nomineeType COLLECTIVE (the unit itself) or INDIVIDUAL
   * @param unit the unit at the time of the award
   * @param revocationReason why it was revoked, when it was
   */
  public record Entry(long id, int year, String nomineeType, String nomineeTypeLabel, String nominee, String unit,
      String awardType, String award, String authority, String decisionNumber, LocalDate decisionDate,
      String status, String statusLabel, Instant revokedAt, String revocationReason) {
  }
}
