package vn.gov.soctrang.tnmt.tdkt.statistics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledForm;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledRow;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.Listing;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Regime;

/**
 * The ministry's statistical forms of a reporting year: the list of the regime in force, each form as JSON, XLSX and
 * CSV. Only the Office and the administrators get here (security/AccessRules).
 */
@RestController
@RequestMapping("/api/statistics")
class MinistryStatisticsController {

  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final MinistryStatisticsService service;

  MinistryStatisticsController(MinistryStatisticsService service) {
    this.service = service;
  }

  record RegimeView(String code, String circular, String shortName, LocalDate issuedOn, LocalDate effectiveFrom,
      Integer appliesFromYear, String receivingUnit, boolean toConfirm, String sourceNote) {

    static RegimeView of(Regime r) {
      return new RegimeView(r.code(), r.circular(), r.shortName(), r.issuedOn(), r.effectiveFrom(),
          r.appliesFromYear(), r.receivingUnit(), r.toConfirm(), r.sourceNote());
    }
  }

  record FormRef(String formCode, String shortCode, String title, String unitOfMeasure, boolean toConfirm,
      String sourceNote, String xlsx, String csv) {
  }

  record ListingView(int year, RegimeView regime, LocalDate periodFrom, LocalDate periodTo, LocalDate due,
      List<FormRef> forms, List<String> notes) {
  }

  record ColumnView(String header, String headerGroup, String subject) {
  }

  record RowView(String rowCode, String label, boolean total, List<Integer> values) {
  }

  record FormView(int year, String formCode, String shortCode, String title, String unitOfMeasure, boolean toConfirm,
      RegimeView regime, String reportingUnit, LocalDate periodFrom, LocalDate periodTo, LocalDate due,
      List<ColumnView> columns, List<RowView> rows) {
  }

  @GetMapping("/{year}")
  ListingView forms(@PathVariable int year) {
    Listing l = service.listing(year);
    String base = "/api/statistics/" + year + "/";
    return new ListingView(year, RegimeView.of(l.regime()), l.periodFrom(), l.periodTo(), l.due(),
        l.forms().stream().map(f -> new FormRef(f.formCode(), f.shortCode(), f.title(), f.unitOfMeasure(),
            f.toConfirm(), f.sourceNote(), base + f.shortCode() + ".xlsx", base + f.shortCode() + ".csv")).toList(),
        l.notes());
  }

  @GetMapping("/{year}/{form}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable int year, @PathVariable String form) {
    FilledForm filled = service.fill(year, form);
    return download(FormWorkbook.write(filled), XLSX, filled.fileName() + ".xlsx");
  }

  @GetMapping("/{year}/{form}.csv")
  ResponseEntity<byte[]> csv(@PathVariable int year, @PathVariable String form) {
    FilledForm filled = service.fill(year, form);
    return download(FormCsv.write(filled), CSV, filled.fileName() + ".csv");
  }

  @GetMapping("/{year}/{form}")
  FormView form(@PathVariable int year, @PathVariable String form) {
    FilledForm f = service.fill(year, form);
    return new FormView(year, f.form().formCode(), f.form().shortCode(), f.form().title(), f.form().unitOfMeasure(),
        f.form().toConfirm(), RegimeView.of(f.regime()), f.reportingUnit(), f.periodFrom(), f.periodTo(), f.due(),
        f.columns().stream().map(c -> new ColumnView(c.header(), c.headerGroup(), c.subject().name())).toList(),
        f.rows().stream().map(r -> new RowView(r.rowCode(), r.label(), r.total(), r.values())).toList());
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
