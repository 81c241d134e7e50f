package vn.gov.soctrang.tnmt.tdkt.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.document.DocumentService.DocumentFile;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * The generated documents: list and download for those allowed, the upward dossier per award type as a ZIP; each
 * version's PDF for signing and its signed copy (the issued version).
 */
@RestController
class DocumentController {

  private final DocumentService documents;
  private final CycleService cycles;
  private final IdentityService identity;
  private final SignedDocumentService signing;

  DocumentController(DocumentService documents, CycleService cycles, IdentityService identity,
      SignedDocumentService signing) {
    this.documents = documents;
    this.cycles = cycles;
    this.identity = identity;
    this.signing = signing;
  }

  /** One version of a document as the API lists it, with its PDF and, once uploaded, its signed copy. */
  record DocumentView(Long id, String kind, Long templateId, String kindLabel, String title, int version,
      String fileName, long size, String sha256, String createdBy, String createdAt, String download, PdfView pdf,
      SignedView signed, String signedText) {
  }

  /** Whether the version can be had as PDF, where, or why not. */
  record PdfView(boolean available, String download, String unavailableReason) {
  }

  /** The signed copy: who signed, when, under which certificate, and that the CA chain is not verified here. */
  record SignedView(String signer, String signedAt, String issuer, String certificateSerial, int signatureCount,
      String sha256, long size, String uploadedBy, String uploadedAt, String download, boolean caTrustVerified,
      String trustNote) {
  }

  private List<String> groups() {
    var auth = identity.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }

  private boolean mayRead(GeneratedDocument d) {
    return new DocumentAccess(groups()).mayRead(d.getKind(), documents.unitCodeOf(d));
  }

  /** The latest version of each document the caller may read; {@code ?versions=true} lists every version. */
  @GetMapping("/api/cycles/{year}/documents")
  public List<DocumentView> list(@PathVariable int year, @RequestParam(defaultValue = "false") boolean versions) {
    Cycle cycle = cycles.byYear(year);
    return views(versions ? documents.versions(cycle.getId()) : documents.latest(cycle.getId()));
  }

  /**
   * The Director's decision on a year's titles (year-end-titles.bpmn), as the caller may read it: the latest version;
   * {@code ?versions=true} lists every version.
   */
  @GetMapping("/api/year-end-titles/{year}/documents")
  public List<DocumentView> titles(@PathVariable int year, @RequestParam(defaultValue = "false") boolean versions) {
    return views(documents.titlesDocuments(year, versions));
  }

  /**
   * The Director's decision on one ad-hoc award, by the process instance {@code POST /api/ad-hoc-awards} answered:
   * for the Office, the leadership and the proposing unit.
   */
  @GetMapping("/api/ad-hoc-awards/{processInstanceId}/documents")
  public List<DocumentView> adHoc(@PathVariable String processInstanceId,
      @RequestParam(defaultValue = "false") boolean versions) {
    return views(documents.adHocDocuments(processInstanceId, versions));
  }

  /**
   * The Director's decision at a thematic movement's summary, by the movement's code: for the Office, the leadership,
   * administrators and the IT Center (it names people of several units, so no unit reads it through this rule). The
   * latest version; {@code ?versions=true} lists every version. Empty before the decision is written.
   */
  @GetMapping("/api/thematic-movements/{code}/documents")
  public List<DocumentView> thematic(@PathVariable String code,
      @RequestParam(defaultValue = "false") boolean versions) {
    return views(documents.thematicDocuments(code, versions));
  }

  private List<DocumentView> views(List<GeneratedDocument> list) {
    List<GeneratedDocument> readable = list.stream().filter(this::mayRead).toList();
    Map<Long, SignedDocumentRepository.Summary> signed = signing.summaries(readable.stream()
        .map(GeneratedDocument::getId).toList());
    Map<Long, SignedDocumentService.PdfOffer> pdfs = signing.pdfOffers(readable);
    return readable.stream().map(d -> view(d, pdfs.get(d.getId()), signed.get(d.getId()))).toList();
  }

  @GetMapping("/api/documents/{id}")
  public ResponseEntity<byte[]> download(@PathVariable long id) {
    return attachment(documents.file(readable(id)));
  }

  private GeneratedDocument readable(long id) {
    GeneratedDocument d = documents.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có văn bản số " + id + "."));
    if (!mayRead(d)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền tải văn bản này.");
    }
    return d;
  }

  /** What the API knows about one version: as in the list, with its PDF and its signed copy. */
  @GetMapping("/api/documents/{id}/info")
  public DocumentView info(@PathVariable long id) {
    GeneratedDocument d = readable(id);
    return view(d, signing.pdfOffer(d), signing.summaries(List.of(d.getId())).get(d.getId()));
  }

  /**
   * The version as PDF, for signing: converted by LibreOffice at the first download and kept (the same bytes every
   * time). 503 with the reason where LibreOffice is not installed or the conversion fails.
   */
  @GetMapping("/api/documents/{id}/pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable long id) {
    GeneratedDocument d = readable(id);
    SignedDocumentService.PdfOffer offer = signing.pdfOffer(d);
    if (!offer.available()) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, offer.reason());
    }
    try {
      return attachment(signing.pdf(d));
    } catch (PdfConverter.ConversionException e) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }
  }

  /**
   * The signed copy (multipart, field {@code file}): verified, then kept as the issued version. The Office and the
   * leadership, who issue documents. 400 with the reason and nothing stored when the file is refused.
   */
  @PostMapping(value = "/api/documents/{id}/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<DocumentView> uploadSigned(@PathVariable long id,
      @RequestParam(value = "file", required = false) MultipartFile file) throws java.io.IOException {
    GeneratedDocument d = readable(id);
    if (!new DocumentAccess(groups()).mayIssue(d.getKind())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Văn phòng Sở và Lãnh đạo Sở tải lên được bản ký"
          + " số của văn bản.");
    }
    SignedDocument saved = signing.upload(d, file == null ? null : file.getBytes(),
        identity.getCurrentAuthentication().getUserId());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(d, signing.pdfOffer(d),
        signing.summaries(List.of(d.getId())).get(saved.getDocumentId())));
  }

  /** The signed copy, as uploaded. */
  @GetMapping("/api/documents/{id}/signed")
  public ResponseEntity<byte[]> signed(@PathVariable long id) {
    GeneratedDocument d = readable(id);
    return attachment(signing.signedFile(d).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Văn bản «" + d.getTitle() + "» (bản " + d.getVersion() + ") chưa có bản ký số.")));
  }

  /** The complete upward dossier of one award type (Office and leadership: security/AccessRules). */
  @GetMapping("/api/cycles/{year}/dossiers/{awardType}")
  public ResponseEntity<byte[]> dossier(@PathVariable int year, @PathVariable String awardType) {
    AwardType type;
    try {
      type = AwardType.valueOf(awardType);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("Không có hình thức khen thưởng «" + awardType + "».");
    }
    return attachment(documents.dossierZip(year, type));
  }

  /** Regenerates a cycle-wide document (a new version; the old ones stay). Office only (security/AccessRules). */
  @PostMapping("/api/cycles/{year}/documents/{kind}")
  public DocumentView regenerate(@PathVariable int year, @PathVariable String kind) {
    Cycle cycle = cycles.byYear(year);
    String actor = identity.getCurrentAuthentication().getUserId();
    GeneratedDocument d = switch (kind) {
      case "CONSOLIDATED_REPORT" -> documents.consolidatedReport(cycle.getId(), actor);
      case "PUBLIC_LIST" -> documents.publicList(cycle.getId(), actor);
      case "FINAL_SUMMARY_REPORT" -> documents.finalSummary(cycle.getId(), actor).orElseThrow(
          () -> new InvalidInputException("Năm " + year + " chưa có số liệu tổng kết phong trào."));
      default -> throw new InvalidInputException("Chỉ tạo lại được: CONSOLIDATED_REPORT, PUBLIC_LIST, "
          + "FINAL_SUMMARY_REPORT; các văn bản khác được tạo ở bước của chúng.");
    };
    return view(d, signing.pdfOffer(d), null);
  }

  static ResponseEntity<byte[]> attachment(DocumentFile file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(file.content());
  }

  private DocumentView view(GeneratedDocument d, SignedDocumentService.PdfOffer offer,
      SignedDocumentRepository.Summary signed) {
    PdfView pdf = new PdfView(offer.available(), offer.available() ? DocumentPaths.pdf(d.getId()) : null,
        offer.reason());
    SignedView signedView = signed == null ? null : new SignedView(signed.getSigner(),
        signed.getSignedAt().toString(), signed.getSignerIssuer(), signed.getCertificateSerial(),
        signed.getSignatureCount(), signed.getSha256(), signed.getSize(), signed.getUploadedBy(),
        signed.getUploadedAt().toString(), DocumentPaths.signed(d.getId()), false, SignedDocumentService.TRUST_NOTE);
    return new DocumentView(d.getId(), d.getKind().name(), d.getTemplateId(), d.getKind().label(), d.getTitle(),
        d.getVersion(), d.getFileName(), d.getSize(), d.getSha256(), d.getCreatedBy(), d.getCreatedAt().toString(),
        DocumentPaths.download(d.getId()), pdf, signedView,
        signed == null ? null : signing.signedText(signed.getSigner(), signed.getSignedAt()));
  }
}
