package vn.gov.soctrang.tnmt.tdkt.cycle;

import java.time.LocalDate;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * What a new cycle must satisfy, from the settings in force.
 *
 * @param firstYear the first year a cycle may be opened for (the earliest movement's first year)
 * @param maxYearsAhead how far beyond the current year a cycle may be opened
 * @param finalSummaryYear the only year that closes the movement
 * @param today the Department's date
 * @param movementFirstYear the first year of the movement the year belongs to
 */
record CycleRules(int firstYear, int maxYearsAhead, int finalSummaryYear, LocalDate today,
    int movementFirstYear) {

  /** Rules of a single movement: its first year is also the first year a cycle may be opened for. */
  public CycleRules(int firstYear, int maxYearsAhead, int finalSummaryYear, LocalDate today) {
    this(firstYear, maxYearsAhead, finalSummaryYear, today, firstYear);
  }

  /** No movement holds the year: whether it closes one is not asked (opening is refused for that reason). */
  public static final int NO_FINAL_SUMMARY = Integer.MIN_VALUE;

  public void check(Integer year, LocalDate reportDeadline, boolean finalSummary, Problems problems) {
    if (year != null) {
      int lastYear = today.getYear() + maxYearsAhead;
      problems.addIf(year < firstYear || year > lastYear,
          "Năm thi đua phải từ " + firstYear + " đến " + lastYear + ", đã nhập " + year + ".");
      problems.addIf(finalSummary && finalSummaryYear != NO_FINAL_SUMMARY && year != finalSummaryYear,
          "Chỉ năm " + finalSummaryYear + " là năm tổng kết phong trào giai đoạn " + movementFirstYear + "–"
              + finalSummaryYear + "; năm " + year
              + " không thể đánh dấu là năm tổng kết.");
    }
    if (reportDeadline != null) {
      problems.addIf(!reportDeadline.isAfter(today),
          "Hạn nộp báo cáo phải sau ngày hôm nay (" + VietnameseDates.format(today) + ").");
      problems.addIf(year != null && reportDeadline.getYear() > year + 1,
          "Hạn nộp báo cáo quá xa so với năm thi đua " + year + ".");
    }
  }
}
