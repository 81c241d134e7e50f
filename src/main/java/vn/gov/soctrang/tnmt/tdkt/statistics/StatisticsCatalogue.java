package vn.gov.soctrang.tnmt.tdkt.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the regimes and their forms (tables of migration V45): what the law asks, as data. */
@Component
class StatisticsCatalogue {

  /** A regime (chế độ báo cáo) and the dates that place it. */
  record Regime(long id, String code, String circular, String shortName, LocalDate issuedOn, LocalDate effectiveFrom,
      Integer appliesFromYear, int periodStartMonth, int periodStartDay, boolean periodStartPreviousYear,
      int periodEndMonth, int periodEndDay, Integer dueMonth, Integer dueDay, boolean dueInFollowingYear,
      String receivingUnit, boolean toConfirm, String sourceNote) {

    LocalDate periodStart(int year) {
      return LocalDate.of(periodStartPreviousYear ? year - 1 : year, periodStartMonth, periodStartDay);
    }

    LocalDate periodEnd(int year) {
      return LocalDate.of(year, periodEndMonth, periodEndDay);
    }

    /** The day the report is due, if the regime row gives one. */
    Optional<LocalDate> due(int year) {
      return dueMonth == null || dueDay == null ? Optional.empty()
          : Optional.of(LocalDate.of(dueInFollowingYear ? year + 1 : year, dueMonth, dueDay));
    }
  }

  record Form(long id, long regimeId, int position, String formCode, String shortCode, String title,
      String unitOfMeasure, boolean toConfirm, String sourceNote) {
  }

  record Column(int position, String header, String headerGroup, Subject subject) {
  }

  record Row(int position, String rowCode, String label, String measure, boolean toConfirm, String sourceNote) {
  }

  /** Whom a column counts. */
  enum Subject {
    ALL, COLLECTIVE, INDIVIDUAL
  }

  private final JdbcTemplate jdbc;

  StatisticsCatalogue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Regime> regimes() {
    return jdbc.query("select * from stat_regime order by id", (rs, n) -> new Regime(rs.getLong("id"),
        rs.getString("code"), rs.getString("circular"), rs.getString("short_name"),
        rs.getObject("issued_on", LocalDate.class), rs.getObject("effective_from", LocalDate.class),
        rs.getObject("applies_from_year", Integer.class), rs.getInt("period_start_month"),
        rs.getInt("period_start_day"), rs.getBoolean("period_start_previous_year"), rs.getInt("period_end_month"),
        rs.getInt("period_end_day"), rs.getObject("due_month", Integer.class), rs.getObject("due_day", Integer.class),
        rs.getBoolean("due_in_following_year"), rs.getString("receiving_unit"), rs.getBoolean("to_confirm"),
        rs.getString("source_note")));
  }

  /** The regime of a reporting year: the greatest first year of application not after it. */
  Optional<Regime> regimeFor(int year) {
    return regimes().stream().filter(r -> r.appliesFromYear() != null && r.appliesFromYear() <= year)
        .max(Comparator.comparingInt(Regime::appliesFromYear));
  }

  List<Form> forms(long regimeId) {
    return jdbc.query("select * from stat_form where regime_id = ? order by position", (rs, n) -> new Form(
        rs.getLong("id"), rs.getLong("regime_id"), rs.getInt("position"), rs.getString("form_code"),
        rs.getString("short_code"), rs.getString("title"), rs.getString("unit_of_measure"),
        rs.getBoolean("to_confirm"), rs.getString("source_note")), regimeId);
  }

  List<Column> columns(long formId) {
    return jdbc.query("select * from stat_form_column where form_id = ? order by position", (rs, n) -> new Column(
        rs.getInt("position"), rs.getString("header"), rs.getString("header_group"),
        Subject.valueOf(rs.getString("subject"))), formId);
  }

  List<Row> rows(long formId) {
    return jdbc.query("select * from stat_form_row where form_id = ? order by position", (rs, n) -> new Row(
        rs.getInt("position"), rs.getString("row_code"), rs.getString("label"), rs.getString("measure"),
        rs.getBoolean("to_confirm"), rs.getString("source_note")), formId);
  }
}
