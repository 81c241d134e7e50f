package vn.gov.soctrang.tnmt.tdkt.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spreadsheets of the same data the JSON API serves, with the same access: CSV (UTF-8 with BOM, semicolons) and
 * Excel (.xlsx).
 */
@RestController
@Tag(name = "Xuất dữ liệu", description = "Tải về dạng CSV hoặc Excel")
class ExportController {

  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DashboardAccess access;
  private final ExportTables tables;
  private final CommendationService commendations;

  ExportController(DashboardAccess access, ExportTables tables, CommendationService commendations) {
    this.access = access;
    this.tables = tables;
    this.commendations = commendations;
  }

  @GetMapping("/api/cycles/{year}/nominations.csv")
  @Operation(summary = "Danh sách đề nghị khen thưởng của năm (CSV)",
      description = "Đơn vị thấy đề nghị của đơn vị mình; Văn phòng Sở và Lãnh đạo Sở thấy tất cả.")
  public ResponseEntity<byte[]> nominationsCsv(@PathVariable int year) {
    return csv(tables.nominations(access.caller(), year));
  }

  @GetMapping("/api/cycles/{year}/nominations.xlsx")
  @Operation(summary = "Danh sách đề nghị khen thưởng của năm (Excel)",
      description = "Đơn vị thấy đề nghị của đơn vị mình; Văn phòng Sở và Lãnh đạo Sở thấy tất cả.")
  public ResponseEntity<byte[]> nominationsXlsx(@PathVariable int year) {
    return xlsx(tables.nominations(access.caller(), year));
  }

  @GetMapping("/api/awards.csv")
  @Operation(summary = "Sổ khen thưởng (CSV)")
  public ResponseEntity<byte[]> awardsCsv(
      @Parameter(description = "Năm; bỏ trống: mọi năm") @RequestParam(required = false) Integer year) {
    access.caller();
    return csv(tables.awards(year));
  }

  @GetMapping("/api/awards.xlsx")
  @Operation(summary = "Sổ khen thưởng (Excel)")
  public ResponseEntity<byte[]> awardsXlsx(
      @Parameter(description = "Năm; bỏ trống: mọi năm") @RequestParam(required = false) Integer year) {
    access.caller();
    return xlsx(tables.awards(year));
  }

  @GetMapping("/api/stats.csv")
  @Operation(summary = "Thống kê nhiều năm theo đơn vị (CSV)",
      description = "Chỉ Văn phòng Sở, Lãnh đạo Sở và quản trị hệ thống.")
  public ResponseEntity<byte[]> statisticsCsv(@RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    access.requireOverview();
    return csv(tables.statistics(from, to));
  }

  @GetMapping("/api/stats.xlsx")
  @Operation(summary = "Thống kê nhiều năm theo đơn vị (Excel)",
      description = "Chỉ Văn phòng Sở, Lãnh đạo Sở và quản trị hệ thống.")
  public ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    access.requireOverview();
    return xlsx(tables.statistics(from, to));
  }

  @GetMapping("/api/dashboard/commendations.csv")
  @Operation(summary = "Tổng hợp khen thưởng qua các năm (CSV)",
      description = "Như /api/dashboard/commendations: từng danh hiệu, hình thức khen thưởng, kết quả đánh giá, rồi "
          + "tổng số theo năm.")
  public ResponseEntity<byte[]> commendationsCsv(@RequestParam(required = false) String person,
      @RequestParam(required = false) String unit, @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    return csv(tables.commendations(commendations.lookup(access.caller(), person, unit, from, to)));
  }

  @GetMapping("/api/dashboard/commendations.xlsx")
  @Operation(summary = "Tổng hợp khen thưởng qua các năm (Excel)",
      description = "Như /api/dashboard/commendations: từng danh hiệu, hình thức khen thưởng, kết quả đánh giá, rồi "
          + "tổng số theo năm.")
  public ResponseEntity<byte[]> commendationsXlsx(@RequestParam(required = false) String person,
      @RequestParam(required = false) String unit, @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    return xlsx(tables.commendations(commendations.lookup(access.caller(), person, unit, from, to)));
  }

  private static ResponseEntity<byte[]> csv(ExportTable table) {
    return download(CsvWriter.write(table), CSV, table.fileName() + ".csv");
  }

  private static ResponseEntity<byte[]> xlsx(ExportTable table) {
    return download(XlsxWriter.write(table), XLSX, table.fileName() + ".xlsx");
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
