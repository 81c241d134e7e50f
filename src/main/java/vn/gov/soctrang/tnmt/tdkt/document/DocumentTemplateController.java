package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The Word templates of the documents, for the system administrator: {@code GET /api/admin/document-templates} lists
 * the kinds and their uploads; {@code GET …/{kind}/fields} the placeholders a kind offers; {@code GET …/{kind}/docx}
 * the template in force (today, or {@code ?on=yyyy-MM-dd}) to edit in Word; {@code POST …/{kind}} (multipart:
 * {@code file}, {@code effectiveFrom}, {@code note}) uploads a new one, applying from that date.
 */
@RestController
@RequestMapping("/api/admin/document-templates")
class DocumentTemplateController {

  private final DocumentTemplateService templates;
  private final IdentityService identity;
  private final Clock clock;

  DocumentTemplateController(DocumentTemplateService templates, IdentityService identity,
      Clock clock) {
    this.templates = templates;
    this.identity = identity;
    this.clock = clock;
  }

  /** A kind of document: the template in force today (none: the software's default) and every upload. */
  record KindView(String kind, String label, TemplateView inForceToday, String inForceTodayText,
      List<TemplateView> uploads) {
  }

  /** The placeholders a kind offers (name → what it holds) and the rules for writing a template. */
  record FieldsView(String kind, String label, Map<String, String> fields, List<String> rules) {
  }

  record TemplateView(Long id, String kind, String effectiveFrom, String fileName, long size, String sha256,
      String note, String uploadedBy, String uploadedAt) {
  }

  @GetMapping
  public List<KindView> kinds() {
    LocalDate today = LocalDate.now(clock);
    return templates.kinds().stream().map(kind -> {
      var inForce = templates.inForce(kind, today);
      return new KindView(kind.name(), kind.label(), inForce.map(DocumentTemplateController::view).orElse(null),
          inForce.map(t -> "Mẫu tải lên, áp dụng từ ngày " + VietnameseDates.format(t.getEffectiveFrom()) + " ("
              + t.getFileName() + ")").orElse("Mẫu mặc định của phần mềm"),
          templates.uploads(kind).stream().map(DocumentTemplateController::view).toList());
    }).toList();
  }

  @GetMapping("/{kind}/fields")
  public FieldsView fields(@PathVariable String kind) {
    DocumentKind k = kind(kind);
    return new FieldsView(k.name(), k.label(), templates.schema(k).describe(), DocumentTemplateService.writingRules());
  }

  @GetMapping("/{kind}/docx")
  public ResponseEntity<byte[]> download(@PathVariable String kind, @RequestParam(required = false) String on) {
    LocalDate date;
    try {
      date = on == null || on.isBlank() ? LocalDate.now(clock) : LocalDate.parse(on.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("Ngày “" + on + "” không đúng dạng yyyy-MM-dd.");
    }
    return DocumentController.attachment(templates.file(kind(kind), date));
  }

  @PostMapping(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<TemplateView> upload(@PathVariable String kind,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "effectiveFrom", required = false) String effectiveFrom,
      @RequestParam(value = "note", required = false) String note) throws java.io.IOException {
    DocumentTemplate saved = templates.upload(kind(kind), file == null ? null : file.getBytes(),
        file == null ? null : file.getOriginalFilename(), effectiveFrom, note,
        identity.getCurrentAuthentication().getUserId());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(saved));
  }

  private static DocumentKind kind(String name) {
    try {
      return DocumentKind.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("Không có loại văn bản “" + name + "”.");
    }
  }

  private static TemplateView view(DocumentTemplate t) {
    return new TemplateView(t.getId(), t.getKind().name(), t.getEffectiveFrom().toString(), t.getFileName(),
        t.getSize(), t.getSha256(), t.getNote(), t.getUploadedBy(), t.getUploadedAt().toString());
  }
}
