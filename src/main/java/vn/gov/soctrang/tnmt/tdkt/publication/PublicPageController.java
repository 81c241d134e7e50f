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
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The public pages (no login): each published year's awards in force, the featured exemplary models and, in the
 * final-summary year, the movement's totals per unit. HTML for people (Thymeleaf templates under
 * {@code templates/cong-bo/}, which escape every value; the stylesheet is a static file, so the pages need no inline
 * style or script), JSON for the Department's portal.
 */
@RestController
class PublicPageController {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);
  private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

  private final PublicationService publication;
  private final PublishedPdfs pdfs;
  private final java.time.ZoneId zone;
  private final java.time.Clock clock;
  private final vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService history;
  private final ITemplateEngine templates;

  PublicPageController(PublicationService publication, PublishedPdfs pdfs, java.time.Clock clock,
      vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService history, ITemplateEngine templates) {
    this.templates = templates;
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

  /** The top of every page: the issuing body on the page's date and, on a year's page, its movement. */
  record PageHeader(String superior, String name, String movement, String period) {
  }

  /** A year in the list of published years. */
  record YearLink(int year, String path) {
  }

  /** A featured exemplary model on a year's page. */
  record FeaturedModel(String nominee, String unit, String award, String achievements, String initiatives) {
  }

  /** A row of a year's award list; the dates as Vietnamese write them. */
  record AwardRow(String nominee, String unit, String award, String decisionNumber, String decisionDate,
      String achievements) {
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
    return ResponseEntity.badRequest().contentType(HTML).body(message("Năm không hợp lệ", "Năm không hợp lệ",
        message));
  }

  @GetMapping(value = PublicPages.ROOT, produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> index() {
    Context page = page(java.time.LocalDate.now(clock), null);
    page.setVariable("years", publication.publishedYears().stream()
        .map(y -> new YearLink(y, PublicPages.yearPath(y))).toList());
    return ResponseEntity.ok().contentType(HTML).body(templates.process("cong-bo/cac-nam", page));
  }

  @GetMapping(value = PublicPages.ROOT + "/{year}", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> year(@PathVariable int year) {
    return publication.publicYear(year).map(y -> ResponseEntity.ok().contentType(HTML).body(render(y)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(notPublished(year)));
  }

  private String notPublished(int year) {
    return message("Chưa công bố", "Năm " + year + " chưa được công bố", null);
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

  /** A year's page, headed by the issuing body as named on the publication date and the year's movement. */
  private String render(PublicYear y) {
    java.time.LocalDate publishedOn = y.publication().getPublishedAt().atZone(zone).toLocalDate();
    Context page = page(publishedOn, y.cycle().getMovement());
    page.setVariable("title", y.publication().getTitle());
    page.setVariable("publishedOn", VietnameseDates.format(publishedOn));
    page.setVariable("introduction", y.publication().getIntroduction());
    page.setVariable("year", y.cycle().getYear());
    page.setVariable("featured", y.entries().stream().filter(PublicYear.Entry::featured)
        .map(e -> new FeaturedModel(e.award().getNomineeName(), e.award().getUnit().getName(),
            e.award().getAwardType().label(), e.achievements(), e.initiatives())).toList());
    page.setVariable("awards", y.entries().stream().map(e -> new AwardRow(e.award().getNomineeName(),
        e.award().getUnit().getName(), e.award().getAwardType().label(), e.award().getDecisionNumber(),
        VietnameseDates.format(e.award().getDecisionDate()), e.achievements())).toList());
    page.setVariable("totals", y.totals().stream().map(PublicPageController::totalView).toList());
    page.setVariable("totalsFromYear", y.totalsFromYear());
    page.setVariable("pdf", PublicPages.ROOT + "/" + y.cycle().getYear() + ".pdf");
    return templates.process("cong-bo/nam", page);
  }

  /** A short page instead of a year's: a heading, an optional sentence and the way back to the list. */
  private String message(String title, String heading, String message) {
    Context page = page(java.time.LocalDate.now(clock), null);
    page.setVariable("title", title);
    page.setVariable("heading", heading);
    page.setVariable("message", message);
    return templates.process("cong-bo/thong-bao", page);
  }

  /** What every page's frame shows: the issuing body as named on the given date, the movement if there is one. */
  private Context page(java.time.LocalDate on, vn.gov.soctrang.tnmt.tdkt.movement.Movement movement) {
    var org = history.issuingBodyOn(on);
    Context page = new Context(VIETNAMESE);
    page.setVariable("header", new PageHeader(org.getSuperior().toUpperCase(), org.getName(),
        movement == null ? null : movement.quotedName(), movement == null ? null : movement.period()));
    page.setVariable("root", PublicPages.ROOT);
    return page;
  }
}
