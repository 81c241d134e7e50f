package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every kind of commendation together, year by year: the titles (danh hiệu thi đua), the yearly ratings (kết quả đánh
 * giá) and the awards (hình thức khen thưởng) of the award register and of the merit register, for a person, a unit
 * (the unit as a collective and its people), or the whole Department (totals only).
 *
 * @param scope PERSON, UNIT or DEPARTMENT
 * @param key the username or unit code looked up (null for the Department)
 * @param name the person's full name, the unit's name, or the Department's
 * @param unit the person's current unit (for a unit: its own name)
 * @param from first year shown
 * @param to last year shown
 * @param rows every title, rating and award in the years, newest year first (empty for the Department)
 * @param years per year and kind, what is in force, and the awards revoked since (one entry per year from..to)
 */
record CommendationView(String scope, String key, String name, String unit, int from, int to, List<Row> rows,
    List<YearTotal> years) {

  /**
   * One title, rating or award.
   *
   * @param kind TITLE (Danh hiệu thi đua), AWARD (Hình thức khen thưởng) or RATING (Kết quả đánh giá)
   * @param code the title's or award's code in its register
   * @param nomineeType COLLECTIVE (a unit) or INDIVIDUAL
   * @param unit the unit recorded with the entry
   * @param register AWARD_REGISTER (sổ khen thưởng) or MERIT_REGISTER (sổ theo dõi danh hiệu, khen thưởng)
   * @param reference the entry in its register, e.g. AWARD-12, MERIT-5
   * @param origin where it came from, e.g. «Chu trình thi đua năm 2025 (…), số 3 trong sổ khen thưởng»
   * @param revoked whether the award has been revoked (shown, not hidden)
   * @param revocation the revocation decision and reason, when revoked
   */
  public record Row(int year, String kind, String kindLabel, String code, String label, String nomineeType,
      String nomineeTypeLabel, String nominee, String unit, String decisionNumber, LocalDate decisionDate,
      String authority, String register, String reference, String origin, boolean revoked, String statusLabel,
      Instant revokedAt, String revocation) {
  }

  /**
   * One year's count per kind: titles, ratings and awards in force, and awards of that year revoked since.
   *
   * @param total titles, ratings and awards in force (the revoked awards are counted apart, not in the total)
   */
  public record YearTotal(int year, int titles, int ratings, int awards, int revokedAwards, int total) {
  }
}
