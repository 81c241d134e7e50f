package vn.gov.soctrang.tnmt.tdkt.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Column;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Form;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Regime;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Row;

/**
 * The ministry's statistical forms of a reporting year: the regime in force for the year (by its dated rows), its
 * forms, and each form filled from the registers over the regime's period.
 */
@Service
@Transactional(readOnly = true)
class MinistryStatisticsService {

  /** The registers hold nothing older; an earlier year is a typing error. */
  static final int FIRST_YEAR = 1990;

  private final StatisticsCatalogue catalogue;
  private final AwardService awards;
  private final MeritRecordRepository merits;
  private final MovementService movements;
  private final OrganizationService organization;
  private final OrganizationHistoryService history;
  private final Clock clock;

  MinistryStatisticsService(StatisticsCatalogue catalogue, AwardService awards, MeritRecordRepository merits,
      MovementService movements, OrganizationService organization, OrganizationHistoryService history, Clock clock) {
    this.catalogue = catalogue;
    this.awards = awards;
    this.merits = merits;
    this.movements = movements;
    this.organization = organization;
    this.history = history;
    this.clock = clock;
  }

  /**
   * The regime of the year and its forms; as notes, what is still to be confirmed and the circulars issued by the end of
   * the year's period that are not applied to it.
   */
  record Listing(int year, Regime regime, LocalDate periodFrom, LocalDate periodTo, LocalDate due, List<Form> forms,
      List<String> notes) {
  }

  /** One row as filled: a value per column (null: an empty cell). */
  record FilledRow(String rowCode, String label, boolean total, List<Integer> values) {
  }

  /** A form as it goes to the ministry. */
  record FilledForm(int year, Regime regime, Form form, String reportingUnit, LocalDate periodFrom,
      LocalDate periodTo, LocalDate due, List<Column> columns, List<FilledRow> rows) {

    /** The file name without extension, e.g. {@code bieu-0602.N-2026}. */
    String fileName() {
      return "bieu-" + form.shortCode() + "-" + year;
    }
  }

  Listing listing(int year) {
    Regime regime = regimeFor(year);
    List<String> notes = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    for (Regime other : catalogue.regimes()) {
      boolean notApplied = other.appliesFromYear() == null || other.appliesFromYear() > year;
      // Issued after the regime applied, and by the end of this year's period (and by today): it may govern the year.
      boolean newer = other.issuedOn() != null && regime.issuedOn() != null
          && other.issuedOn().isAfter(regime.issuedOn()) && !other.issuedOn().isAfter(regime.periodEnd(year))
          && !other.issuedOn().isAfter(today);
      if (notApplied && newer) {
        notes.add(other.circular() + " đã được ban hành nhưng chưa được áp dụng cho năm " + year
            + " trong hệ thống: ngày có hiệu lực và các biểu mẫu của Thông tư chưa được đối chiếu (cần xác nhận).");
      }
    }
    if (regime.toConfirm()) {
      notes.add("Nội dung chế độ báo cáo và các biểu mẫu của " + regime.shortName()
          + " chưa được đối chiếu đầy đủ với văn bản gốc (cần xác nhận): " + regime.sourceNote());
    }
    return new Listing(year, regime, regime.periodStart(year), regime.periodEnd(year), regime.due(year).orElse(null),
        catalogue.forms(regime.id()), notes);
  }

  FilledForm fill(int year, String shortCode) {
    Regime regime = regimeFor(year);
    List<Form> forms = catalogue.forms(regime.id());
    Form form = forms.stream().filter(f -> f.shortCode().equals(shortCode)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Chế độ báo cáo áp dụng cho năm " + year
            + " (" + regime.shortName() + ") không có biểu «" + shortCode + "». Các biểu của năm " + year + ": "
            + String.join(", ", forms.stream().map(Form::shortCode).toList()) + "."));
    LocalDate from = regime.periodStart(year);
    LocalDate to = regime.periodEnd(year);
    RegisterCounts counts = new RegisterCounts(year, from, to, awards.register(null), merits.findAll(),
        movements.all(), organization.activeUnits().size(), organization.councilOn(to).size());
    List<Column> columns = catalogue.columns(form.id());
    List<Row> rows = catalogue.rows(form.id());
    for (Row row : rows) {
      RegisterCounts.problem(row.measure()).ifPresent(p -> {
        throw new ConflictException("Dòng «" + row.label() + "» của biểu " + form.formCode() + " có " + p
            + ": cần sửa dữ liệu biểu mẫu (bảng stat_form_row).");
      });
    }
    List<FilledRow> filled = new ArrayList<>();
    for (Row row : rows) {
      if (RegisterCounts.TOTAL.equals(row.measure().strip())) {
        filled.add(new FilledRow(row.rowCode(), row.label(), true, null));
      } else {
        filled.add(new FilledRow(row.rowCode(), row.label(), false,
            columns.stream().map(c -> counts.count(row.measure(), c.subject())).toList()));
      }
    }
    List<FilledRow> withTotals = filled.stream().map(r -> r.total() ? totalOf(r, filled, columns.size()) : r)
        .toList();
    String reportingUnit = history.issuingBodyOn(to).getName();
    return new FilledForm(year, regime, form, reportingUnit, from, to, regime.due(year).orElse(null), columns,
        withTotals);
  }

  private static FilledRow totalOf(FilledRow total, List<FilledRow> all, int width) {
    List<Integer> sums = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      Integer sum = null;
      for (FilledRow r : all) {
        if (!r.total() && r.values().get(c) != null) {
          sum = (sum == null ? 0 : sum) + r.values().get(c);
        }
      }
      sums.add(sum);
    }
    return new FilledRow(total.rowCode(), total.label(), true, sums);
  }

  private Regime regimeFor(int year) {
    int thisYear = LocalDate.now(clock).getYear();
    if (year < FIRST_YEAR) {
      throw new InvalidInputException("Năm báo cáo " + year + " không hợp lệ: phải từ năm " + FIRST_YEAR
          + " trở đi.");
    }
    if (year > thisYear) {
      throw new InvalidInputException("Năm báo cáo " + year + " chưa đến: chỉ lập được báo cáo thống kê đến năm "
          + thisYear + ".");
    }
    return catalogue.regimeFor(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Chưa có chế độ báo cáo thống kê thi đua, khen thưởng nào áp dụng cho năm " + year + "."));
  }
}
