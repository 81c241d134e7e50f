package vn.gov.soctrang.tnmt.tdkt.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.document.DocumentService.DocumentFile;
import vn.gov.soctrang.tnmt.tdkt.document.SignedDocumentRepository.Summary;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * The PDF of each generated document, and its signed copy: the issued version.
 *
 * <p>The PDF is converted at its first download ({@code GET /api/documents/{id}/pdf}) and kept: the steps that write
 * the .docx run inside the engine's transaction and must not wait for, or fail with, LibreOffice; documents nobody
 * signs (drafts, superseded versions) are never converted; and keeping the bytes makes every download of a version
 * identical, which is what the signed copy is checked against.
 *
 * <p>A signed copy is accepted only if (1) every signature in it verifies and the last one covers the whole file
 * ({@link PdfSignatureVerifier}), and (2) it is the PDF the system gave out for this very version, with signatures
 * added: its bytes begin with that PDF, byte for byte (a signature is an incremental update appended to the signed
 * file). A PDF made elsewhere, of another version or of another document, is refused.
 */
@Service
class SignedDocumentService {

  /** What the API says about trust in the signer's certificate, every time it shows a signed copy. */
  public static final String TRUST_NOTE = "Hệ thống đã kiểm tra chữ ký số còn nguyên vẹn (nội dung không bị thay đổi"
      + " sau khi ký, chữ ký bao trùm toàn bộ tệp) và đọc tên người ký, tổ chức cấp chứng thư số, thời điểm ký ghi"
      + " trong chữ ký; hệ thống CHƯA kiểm tra chứng thư số có do tổ chức cung cấp dịch vụ chứng thực chữ ký số chuyên"
      + " dùng Chính phủ cấp hay không, cũng như tình trạng thu hồi của chứng thư số. Thời điểm ký do phần mềm ký"
      + " ghi, không phải dấu thời gian của tổ chức cung cấp dịch vụ cấp dấu thời gian.";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  /** Whether the PDF is offered, and if not, why. */
  public record PdfOffer(boolean available, String reason) {
  }

  private final GeneratedDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final DocumentPdfRepository pdfs;
  private final SignedDocumentRepository signed;
  private final PdfConverter converter;
  private final AuditService audit;
  private final Clock clock;
  private final TransactionTemplate transaction;

  public SignedDocumentService(GeneratedDocumentRepository documents, DocumentContentRepository contents,
      DocumentPdfRepository pdfs, SignedDocumentRepository signed, PdfConverter converter, AuditService audit,
      Clock clock, PlatformTransactionManager transactions) {
    this.documents = documents;
    this.contents = contents;
    this.pdfs = pdfs;
    this.signed = signed;
    this.converter = converter;
    this.audit = audit;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  private static boolean isPdf(GeneratedDocument d) {
    return GeneratedDocument.PDF.equals(d.getContentType());
  }

  /** Whether {@code GET /api/documents/{id}/pdf} will give a PDF. */
  public PdfOffer pdfOffer(GeneratedDocument d) {
    return pdfOffers(List.of(d)).get(d.getId());
  }

  /** Whether each version's PDF is offered, by version id (one query for the list, none if LibreOffice is here). */
  public Map<Long, PdfOffer> pdfOffers(List<GeneratedDocument> list) {
    Optional<String> missing = converter.unavailableReason();
    Set<Long> kept = missing.isEmpty() || list.isEmpty() ? Set.of()
        : Set.copyOf(pdfs.keptAmong(list.stream().map(GeneratedDocument::getId).toList()));
    Map<Long, PdfOffer> offers = new LinkedHashMap<>();
    for (GeneratedDocument d : list) {
      boolean available = missing.isEmpty() || isPdf(d) || kept.contains(d.getId());
      offers.put(d.getId(), new PdfOffer(available, available ? null : missing.get()));
    }
    return offers;
  }

  /** The PDF of a version: the document itself when it is a PDF, else the kept conversion, converted if need be. */
  public DocumentFile pdf(GeneratedDocument d) {
    String name = pdfName(d);
    if (isPdf(d)) {
      return new DocumentFile(d.getFileName(), GeneratedDocument.PDF, content(d.getId()));
    }
    Optional<DocumentPdf> kept = transaction.execute(s -> pdfs.findById(d.getId()));
    if (kept.isPresent()) {
      return new DocumentFile(name, GeneratedDocument.PDF, kept.get().getContent());
    }
    byte[] docx = transaction.execute(s -> content(d.getId()));
    byte[] pdf = converter.convert(docx); // outside any transaction: it may take seconds
    try {
      transaction.executeWithoutResult(s -> pdfs.saveAndFlush(new DocumentPdf(d.getId(), pdf, sha256(pdf),
          clock.instant())));
      return new DocumentFile(name, GeneratedDocument.PDF, pdf);
    } catch (DataIntegrityViolationException raced) {
      // Another request converted the same version first: everyone gets the kept bytes.
      return new DocumentFile(name, GeneratedDocument.PDF,
          transaction.execute(s -> pdfs.findById(d.getId()).orElseThrow().getContent()));
    }
  }

  private byte[] content(long documentId) {
    return contents.findById(documentId).orElseThrow().getContent();
  }

  static String pdfName(GeneratedDocument d) {
    return d.getFileName().replaceFirst("\\.[A-Za-z]+$", "") + ".pdf";
  }

  /**
   * Verifies and stores the signed copy of a version as its issued version; records who uploaded it in the audit
   * trail. Any refusal stores nothing.
   */
  @Transactional
  public SignedDocument upload(GeneratedDocument d, byte[] file, String actor) {
    signed.findByDocumentId(d.getId()).ifPresent(s -> {
      throw new ConflictException("Văn bản «" + d.getTitle() + "» (bản " + d.getVersion() + ") đã có bản ký số: "
          + signedText(s.getSigner(), s.getSignedAt()) + ".");
    });
    if (file == null || file.length == 0) {
      throw new InvalidInputException("Chưa chọn tệp PDF đã ký số để tải lên.");
    }
    PdfSignatureVerifier.Result result = PdfSignatureVerifier.verify(file);
    byte[] issued = isPdf(d) ? content(d.getId()) : pdfs.findById(d.getId()).map(DocumentPdf::getContent)
        .orElseThrow(() -> new InvalidInputException("Văn bản «" + d.getTitle() + "» (bản " + d.getVersion()
            + ") chưa được xuất bản PDF từ hệ thống: vui lòng tải bản PDF của văn bản («Tải PDF để ký số»), ký số"
            + " đúng tệp đó rồi tải lên."));
    if (file.length <= issued.length || !Arrays.equals(file, 0, issued.length, issued, 0, issued.length)) {
      throw new InvalidInputException("Tệp PDF đã ký không phải bản PDF hệ thống xuất cho văn bản «" + d.getTitle()
          + "» (bản " + d.getVersion() + "): vui lòng ký số đúng tệp tải từ hệ thống cho văn bản này, không chỉnh sửa"
          + " hay xuất lại tệp trước khi ký.");
    }
    PdfSignatureVerifier.Signature last = result.last();
    SignedDocument saved = signed.saveAndFlush(new SignedDocument(d.getId(), file, sha256(file), cut(last.signer(),
        300), cut(last.issuer(), 500), cut(last.serial(), 100), last.signedAt(), result.signatures().size(), actor,
        clock.instant()));
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("document", d.getId());
    after.put("title", d.getTitle());
    after.put("version", d.getVersion());
    after.put("signer", saved.getSigner());
    after.put("issuer", saved.getSignerIssuer());
    after.put("certificateSerial", saved.getCertificateSerial());
    after.put("signedAt", saved.getSignedAt().toString());
    after.put("sha256", saved.getSha256());
    audit.record(actor, AuditedObject.SIGNED_DOCUMENT, d.getId(), AuditAction.CREATED, null, after);
    return saved;
  }

  /** What lists show about the signed copies of these versions, by version id. */
  @Transactional(readOnly = true)
  public Map<Long, Summary> summaries(Collection<Long> documentIds) {
    if (documentIds.isEmpty()) {
      return Map.of();
    }
    return signed.findByDocumentIdIn(documentIds).stream()
        .collect(Collectors.toMap(Summary::getDocumentId, Function.identity()));
  }

  @Transactional(readOnly = true)
  public Optional<DocumentFile> signedFile(GeneratedDocument d) {
    return signed.findByDocumentId(d.getId()).map(s -> new DocumentFile(
        d.getFileName().replaceFirst("\\.[A-Za-z]+$", "") + "-da-ky-so.pdf", GeneratedDocument.PDF, s.getContent()));
  }

  /** «Đã ký số bởi … lúc …», in the Department's zone. */
  public String signedText(String signer, Instant signedAt) {
    return "Đã ký số bởi " + signer + " lúc " + WHEN.format(signedAt.atZone(zone()));
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
