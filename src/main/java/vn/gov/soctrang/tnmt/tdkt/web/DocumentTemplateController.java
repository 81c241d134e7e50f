package vn.gov.soctrang.tnmt.tdkt.web;


import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
import vn.gov.soctrang.tnmt.tdkt.document.DocumentKind;
import vn.gov.soctrang.tnmt.tdkt.document.DocumentTemplate;
import vn.gov.soctrang.tnmt.tdkt.document.DocumentTemplateService;
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
public class DocumentTemplateController {

  private final DocumentTemplateService templates;
  private final IdentityService identity;
  private final Clock clock;

  public DocumentTemplateController(DocumentTemplateService templates, IdentityService identity,
      Clock clock) {
    this.templates = templates;
    this.identity = identity;
    this.clock = clock;
  }

  @GetMapping
  public List<Map<String, Object>> kinds() {
    LocalDate today = LocalDate.now(clock);
    return templates.kinds().stream().map(kind -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("kind", kind.name());
      v.put("label", kind.label());
      var inForce = templates.inForce(kind, today);
      v.put("inForceToday", inForce.map(DocumentTemplateController::view).orElse(null));
      v.put("inForceTodayText", inForce.map(t -> "Mẫu tải lên, áp dụng từ ngày "
          + VietnameseDates.format(t.getEffectiveFrom()) + " (" + t.getFileName() + ")")
          .orElse("Mẫu mặc định của phần mềm"));
      v.put("uploads", templates.uploads(kind).stream().map(DocumentTemplateController::view).toList());
      return v;
    }).toList();
  }

  @GetMapping("/{kind}/fields")
  public Map<String, Object> fields(@PathVariable String kind) {
    DocumentKind k = kind(kind);
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("kind", k.name());
    v.put("label", k.label());
    v.put("fields", templates.schema(k).describe());
    v.put("rules", DocumentTemplateService.writingRules());
    return v;
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
  public ResponseEntity<Map<String, Object>> upload(@PathVariable String kind,
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

  private static Map<String, Object> view(DocumentTemplate t) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", t.getId());
    v.put("kind", t.getKind().name());
    v.put("effectiveFrom", t.getEffectiveFrom().toString());
    v.put("fileName", t.getFileName());
    v.put("size", t.getSize());
    v.put("sha256", t.getSha256());
    v.put("note", t.getNote());
    v.put("uploadedBy", t.getUploadedBy());
    v.put("uploadedAt", t.getUploadedAt().toString());
    return v;
  }
}
