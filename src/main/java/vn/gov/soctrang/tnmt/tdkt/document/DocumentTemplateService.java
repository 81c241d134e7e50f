package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.document.DocumentService.DocumentFile;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The templates the documents are written from: the upload in force on the document's date, or the template the
 * release ships. An upload applies from a date not before today, so no document already written, decided or issued is
 * ever written again from another layout; every generated version records the template that wrote it.
 */
@Service
@Transactional(readOnly = true)
class DocumentTemplateService {

  /** A largest template: a letterhead with a logo fits many times over. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  /** A document written from a template; {@code templateId} null: the template shipped with the release. */
  public record Rendered(byte[] bytes, Long templateId) {
  }

  private final DocumentTemplateRepository templates;
  private final AuditService audit;
  private final Clock clock;
  private final Map<DocumentKind, byte[]> shipped = new ConcurrentHashMap<>();

  public DocumentTemplateService(DocumentTemplateRepository templates, AuditService audit, Clock clock) {
    this.templates = templates;
    this.audit = audit;
    this.clock = clock;
  }

  /** The kinds the Office lays out with a template. */
  public List<DocumentKind> kinds() {
    return DefaultTemplates.kinds();
  }

  /** The document of this kind dated {@code on}, written from the template in force that day. */
  public Rendered render(DocumentKind kind, LocalDate on, TemplateModel model) {
    DefaultTemplates.Kind k = known(kind);
    Optional<DocumentTemplate> uploaded = inForce(kind, on);
    byte[] template = uploaded.map(DocumentTemplate::getContent).orElseGet(() -> shipped(kind));
    return new Rendered(DocxTemplate.render(template, k.schema(), model), uploaded.map(DocumentTemplate::getId)
        .orElse(null));
  }

  public Optional<DocumentTemplate> inForce(DocumentKind kind, LocalDate on) {
    return templates.findFirstByKindAndEffectiveFromLessThanEqualOrderByEffectiveFromDescIdDesc(kind, on);
  }

  /** The template in force on a date, to download and edit in Word. */
  public DocumentFile file(DocumentKind kind, LocalDate on) {
    known(kind);
    return inForce(kind, on).map(t -> new DocumentFile(t.getFileName(), GeneratedDocument.DOCX, t.getContent()))
        .orElseGet(() -> new DocumentFile("mau-" + kind.slug() + "-mac-dinh.docx", GeneratedDocument.DOCX,
            shipped(kind)));
  }

  public List<DocumentTemplate> uploads(DocumentKind kind) {
    return templates.findByKindOrderByEffectiveFromDescIdDesc(kind);
  }

  /** How placeholders are written, for the administrator. */
  public static List<String> writingRules() {
    return TemplateSchema.rules();
  }

  public TemplateSchema schema(DocumentKind kind) {
    return known(kind).schema();
  }

  /**
   * A new template for a kind, applying from {@code effectiveFrom} (today or later). Refused, with every problem
   * named and nothing stored, when the file is not a .docx or uses a placeholder the kind does not offer.
   */
  @Transactional
  public DocumentTemplate upload(DocumentKind kind, byte[] file, String fileName, String effectiveFrom, String note,
      String actor) {
    DefaultTemplates.Kind k = known(kind);
    List<String> problems = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    LocalDate from = null;
    if (effectiveFrom == null || effectiveFrom.isBlank()) {
      problems.add("Chưa nhập ngày áp dụng mẫu (effectiveFrom, dạng yyyy-MM-dd).");
    } else {
      try {
        from = LocalDate.parse(effectiveFrom.strip());
        if (from.isBefore(today)) {
          problems.add("Ngày áp dụng " + VietnameseDates.format(from) + " đã qua: mẫu mới chỉ áp dụng từ hôm nay ("
              + VietnameseDates.format(today) + ") trở đi, để văn bản đã soạn, đã ban hành không bị soạn lại theo"
              + " mẫu khác.");
        }
      } catch (DateTimeParseException e) {
        problems.add("Ngày áp dụng “" + effectiveFrom + "” không đúng dạng yyyy-MM-dd.");
      }
    }
    if (note != null && note.length() > 1000) {
      problems.add("Ghi chú dài quá 1000 ký tự.");
    }
    if (file == null || file.length == 0) {
      problems.add("Chưa chọn tệp mẫu .docx (trường file).");
    } else if (file.length > MAX_BYTES) {
      problems.add("Tệp mẫu lớn quá " + MAX_BYTES / 1024 / 1024 + " MB.");
    } else {
      problems.addAll(DocxTemplate.problems(file, k.schema()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String name = fileName == null || fileName.isBlank() ? "mau-" + kind.slug() + ".docx"
        : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    if (name.length() > 255) {
      name = name.substring(name.length() - 255);
    }
    DocumentTemplate saved = templates.saveAndFlush(new DocumentTemplate(kind, from, name, file,
        DocumentService.sha256(file), note == null || note.isBlank() ? null : note.strip(), actor, clock.instant()));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("kind", kind.name());
    after.put("effectiveFrom", from.toString());
    after.put("fileName", name);
    after.put("sha256", saved.getSha256());
    after.put("note", saved.getNote());
    audit.record(actor, AuditedObject.DOCUMENT_TEMPLATE, saved.getId(), AuditAction.CREATED, null, after);
    return saved;
  }

  private DefaultTemplates.Kind known(DocumentKind kind) {
    return DefaultTemplates.of(kind).orElseThrow(() -> new InvalidInputException("Loại văn bản “" + kind.label()
        + "” chưa soạn theo mẫu Word; các loại soạn theo mẫu: " + String.join(", ", DefaultTemplates.kinds().stream()
        .map(DocumentKind::label).toList()) + "."));
  }

  private byte[] shipped(DocumentKind kind) {
    return shipped.computeIfAbsent(kind, k -> known(k).template().get());
  }
}
