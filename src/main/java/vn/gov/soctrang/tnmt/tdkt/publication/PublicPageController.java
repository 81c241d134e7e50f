package vn.gov.soctrang.tnmt.tdkt.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The public pages (no login): each published year's awards in force, the featured exemplary models and, in the
 * final-summary year, the movement's totals per unit. HTML for people, JSON for the Department's portal.
 */
@RestController
class PublicPageController {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

  private final PublicationService publication;
  private final PublishedPdfs pdfs;
  private final java.time.ZoneId zone;
  private final java.time.Clock clock;
  private final vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService history;

  PublicPageController(PublicationService publication, PublishedPdfs pdfs, java.time.Clock clock,
      vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService history) {
    this.zone = clock.getZone();
    this.clock = clock;
    this.history = history;
    this.publication = publication;
    this.pdfs = pdfs;
  }

  /** A refusal or an absence, as JSON: {@code {"message": "…"}}. */
  record PageMessage(String message) {
  }

  /** A published year for the Department's portal: the awards in force and, in a final-summary year, the totals. */
  record PublicYearJson(int year, String title, String introduction, String publishedAt, List<AwardEntry> awards,
      List<UnitTotals> movementTotals) {
  }

  record AwardEntry(String nominee, String unit, String award, String decisionNumber, String decisionDate,
      String achievements, boolean featured) {
  }

  record UnitTotals(String unit, int reportsAccepted, int guidanceDocuments, int propagandaSessions, int participants,
      int nominations, int nominationsMet, int giayKhen, int bangKhenUbnd, int bangKhenTtg, int huanChuongLd3) {
  }

  /** The year's list as PDF, as published (renewed after a revocation). */
  @GetMapping(PublicPages.ROOT + "/{year}.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable int year) {
    return pdfs.publicList(year).map(PublicPageController::attachment)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(notPublished(year)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** A year that is not a number ({@code /cong-bo/abc}): a page (or JSON) saying so, not the container's error. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<?> notAYear(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String value = String.valueOf(e.getValue());
    String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
    String message = "«" + shown + "» không phải là một năm (ví dụ " + PublicPages.yearPath(2026) + ").";
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE) && !accept.contains("html")) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new PageMessage(message));
    }
    return ResponseEntity.badRequest().contentType(HTML).body(page("Năm không hợp lệ", "<h2>Năm không hợp lệ</h2><p>"
        + esc(message) + "</p><p><a href=\"" + PublicPages.ROOT + "\">Các năm đã công bố</a></p>"));
  }

  @GetMapping(value = PublicPages.ROOT, produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> index() {
    StringBuilder body = new StringBuilder("<h2>Công bố điển hình tiên tiến và kết quả khen thưởng</h2>");
    List<Integer> years = publication.publishedYears();
    if (years.isEmpty()) {
      body.append("<p>Chưa có năm nào được công bố.</p>");
    } else {
      body.append("<ul>");
      years.forEach(y -> body.append("<li><a href=\"").append(PublicPages.yearPath(y)).append("\">Năm ").append(y)
          .append("</a></li>"));
      body.append("</ul>");
    }
    return ResponseEntity.ok().contentType(HTML).body(page("Công bố khen thưởng", body.toString()));
  }

  @GetMapping(value = PublicPages.ROOT + "/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> year(@PathVariable int year) {
    return publication.publicYear(year).map(y -> ResponseEntity.ok().contentType(HTML)
            .body(page(y.publication().getTitle(), render(y), y.publication().getPublishedAt().atZone(zone)
                .toLocalDate(), y.cycle().getMovement())))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(notPublished(year)));
  }

  private String notPublished(int year) {
    return page("Chưa công bố", "<h2>Năm " + year + " chưa được công bố</h2><p><a href=\"" + PublicPages.ROOT
        + "\">Các năm đã công bố</a></p>");
  }

  @GetMapping(value = PublicPages.ROOT + "/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicYearJson.class)))
  @ApiResponse(responseCode = "404", content = @Content(schema = @Schema(implementation = PageMessage.class)))
  public ResponseEntity<?> yearJson(@PathVariable int year) {
    return publication.publicYear(year).<ResponseEntity<?>>map(y -> ResponseEntity.ok(new PublicYearJson(year,
            y.publication().getTitle(), y.publication().getIntroduction(), y.publication().getPublishedAt().toString(),
            y.entries().stream().map(e -> new AwardEntry(e.award().getNomineeName(), e.award().getUnit().getName(),
                e.award().getAwardType().label(), e.award().getDecisionNumber(),
                e.award().getDecisionDate().toString(), e.achievements(), e.featured())).toList(),
            y.totals().stream().map(PublicPageController::totalView).toList())))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(new PageMessage("Năm " + year + " chưa được công bố.")));
  }

  private static UnitTotals totalView(MovementTotals.Row r) {
    return new UnitTotals(r.unit().getName(), r.reportsAccepted(), r.guidanceDocuments(), r.propagandaSessions(),
        r.participants(), r.nominations(), r.nominationsMet(), r.giayKhen(), r.bangKhenUbnd(), r.bangKhenTtg(),
        r.huanChuongLd3());
  }

  private static ResponseEntity<byte[]> attachment(PublishedPdfs.PdfFile file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(file.content());
  }

  private String render(PublicYear y) {
    StringBuilder h = new StringBuilder();
    h.append("<h2>").append(esc(y.publication().getTitle())).append("</h2>");
    h.append("<p class=\"meta\">Công bố ngày ").append(VietnameseDates.format(y.publication().getPublishedAt()
        .atZone(zone).toLocalDate())).append("</p>");
    if (y.publication().getIntroduction() != null) {
      h.append("<p>").append(esc(y.publication().getIntroduction())).append("</p>");
    }
    List<PublicYear.Entry> featured = y.entries().stream().filter(PublicYear.Entry::featured).toList();
    if (!featured.isEmpty()) {
      h.append("<h3>Điển hình tiêu biểu</h3>");
      for (PublicYear.Entry e : featured) {
        h.append("<div class=\"model\"><strong>").append(esc(e.award().getNomineeName())).append("</strong> – ")
            .append(esc(e.award().getUnit().getName())).append("<br><em>").append(esc(e.award().getAwardType().label()))
            .append("</em><p>").append(esc(e.achievements())).append("</p>");
        if (!e.initiatives().isEmpty()) {
          h.append("<p>Sáng kiến, giải pháp: ").append(esc(e.initiatives())).append("</p>");
        }
        h.append("</div>");
      }
    }
    h.append("<h3>Danh sách khen thưởng năm ").append(y.cycle().getYear()).append("</h3>");
    h.append("<table><thead><tr><th>STT</th><th>Tập thể, cá nhân</th><th>Đơn vị</th><th>Hình thức khen thưởng</th>"
        + "<th>Quyết định</th><th>Thành tích</th></tr></thead><tbody>");
    int i = 1;
    for (PublicYear.Entry e : y.entries()) {
      h.append("<tr><td>").append(i++).append("</td><td>").append(esc(e.award().getNomineeName())).append("</td><td>")
          .append(esc(e.award().getUnit().getName())).append("</td><td>").append(esc(e.award().getAwardType().label()))
          .append("</td><td>").append(esc(e.award().getDecisionNumber())).append(" ngày ")
          .append(VietnameseDates.format(e.award().getDecisionDate())).append("</td><td>").append(esc(e.achievements()))
          .append("</td></tr>");
    }
    h.append("</tbody></table>");
    if (!y.totals().isEmpty()) {
      h.append("<h3>Tổng kết phong trào giai đoạn ").append(y.totalsFromYear()).append("–").append(y.cycle().getYear())
          .append("</h3><table><thead><tr><th>Đơn vị</th><th>Số năm báo cáo</th><th>Văn bản hướng dẫn</th>"
              + "<th>Buổi tuyên truyền</th><th>Lượt người tham dự</th><th>Đề nghị (đạt)</th><th>Giấy khen</th>"
              + "<th>Bằng khen UBND tỉnh</th><th>Bằng khen Thủ tướng</th><th>Huân chương LĐ hạng Ba</th></tr></thead>"
              + "<tbody>");
      for (MovementTotals.Row r : y.totals()) {
        h.append("<tr><td>").append(esc(r.unit().getName())).append("</td><td>").append(r.reportsAccepted())
            .append("</td><td>").append(r.guidanceDocuments()).append("</td><td>").append(r.propagandaSessions())
            .append("</td><td>").append(r.participants()).append("</td><td>").append(r.nominations()).append(" (")
            .append(r.nominationsMet()).append(")</td><td>").append(r.giayKhen()).append("</td><td>")
            .append(r.bangKhenUbnd()).append("</td><td>").append(r.bangKhenTtg()).append("</td><td>")
            .append(r.huanChuongLd3()).append("</td></tr>");
      }
      h.append("</tbody></table>");
    }
    h.append("<p><a href=\"").append(PublicPages.ROOT).append("/").append(y.cycle().getYear())
        .append(".pdf\">Tải danh sách khen thưởng (PDF)</a> · <a href=\"").append(PublicPages.ROOT)
        .append("\">Các năm đã công bố</a></p>");
    return h.toString();
  }

  private String page(String title, String body) {
    return page(title, body, java.time.LocalDate.now(clock), null);
  }

  /** The page with the issuing body as named on the given date, and the movement the year belongs to. */
  private String page(String title, String body, java.time.LocalDate on,
      vn.gov.soctrang.tnmt.tdkt.movement.Movement movement) {
    var org = history.issuingBodyOn(on);
    return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
        + "</title><style>body{font-family:'Times New Roman',serif;max-width:1100px;margin:1.5em auto;padding:0 1em;"
        + "color:#222}header{text-align:center;border-bottom:2px solid #b00;margin-bottom:1em}"
        + "header .org{font-weight:bold;text-transform:uppercase}table{border-collapse:collapse;width:100%}"
        + "th,td{border:1px solid #999;padding:.35em .5em;vertical-align:top;text-align:left}th{background:#f3eee4}"
        + ".model{border-left:4px solid #b00;padding:.3em .8em;margin:.8em 0;background:#fbf8f2}.meta{color:#666}"
        + "</style></head><body><header><div>" + esc(org.getSuperior().toUpperCase()) + "</div><div class=\"org\">"
        + esc(org.getName()) + "</div>" + (movement == null ? "" : "<p>Phong trào thi đua " + esc(movement.quotedName())
        + " giai đoạn " + movement.period() + "</p>") + "</header>" + body
        + "</body></html>";
  }

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
