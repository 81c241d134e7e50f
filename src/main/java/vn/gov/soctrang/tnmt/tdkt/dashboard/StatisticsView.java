package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.util.List;
import java.util.Map;

/**
 * Figures over several years: per unit and per award type, from the nominations and the award register (awards in
 * force only: a revoked award is not counted).
 *
 * @param years the years from {@code from} to {@code to}
 * @param perYear the Department's totals of each year
 */
record StatisticsView(int from, int to, List<Integer> years, List<AwardTypeRef> awardTypes,
    List<Figures> perYear, List<UnitStatistics> perUnit, List<AwardTypeStatistics> perAwardType) {

  public record AwardTypeRef(String code, String label) {
  }

  /**
   * @param year the year, or null for the whole period
   * @param hasCycle whether the year had a cycle at all (a year without one is not "zero nominations")
   * @param met nominations that met the criteria, whatever happened to them afterwards
   * @param awardsByType active awards by award type code, every type present
   */
  public record Figures(Integer year, boolean hasCycle, int nominations, int met, int awards,
      Map<String, Integer> awardsByType) {
  }

  public record UnitStatistics(String code, String shortName, String name, Figures total, List<Figures> perYear) {
  }

  public record YearCount(int year, int count) {
  }

  public record AwardTypeStatistics(String awardType, String label, int total, List<YearCount> perYear) {
  }
}
