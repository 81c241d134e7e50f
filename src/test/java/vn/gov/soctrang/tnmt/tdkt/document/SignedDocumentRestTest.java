package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.soctrang.tnmt.tdkt.OwnApplication;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditEntry;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The PDF of a generated document and its signed copy, through the REST API as the Office would use them (HTTP
 * Basic): the PDF for signing, signed here with a throw-away self-signed certificate, uploaded, verified, read back
 * and shown as the issued version; unsigned, altered, extended, foreign and non-PDF files refused with the reason and
 * nothing stored.
 */
@OwnApplication
class SignedDocumentRestTest {

  private static final ZoneId ZONE = TestClock.ZONE;
  private static final int YEAR = TestClock.startYear();
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final String SIGNER = "Nguyễn Văn Thử Nghiệm";

  @TestConfiguration
  static class Converter {
    @Bean
    @Primary
    StandInPdfConverter standInPdfConverter() {
      return new StandInPdfConverter();
    }
  }

  @Autowired TestRestTemplate rest;
  @Autowired CycleRepository cycles;
  @Autowired SignedDocumentRepository signedCopies;
  @Autowired DocumentPdfRepository keptPdfs;
  @Autowired AuditService audit;
  @Autowired DocumentService documents;

  @Test
  @SuppressWarnings("unchecked")
  void theOfficeUploadsTheSignedPdfAndOnlyAnIntactSignatureOverThisDocumentsPdfIsAccepted() {
    TestClock.freezeAt(TestClock.now().truncatedTo(ChronoUnit.SECONDS));
    long id = newConsolidatedReport();
    Map<String, Object> before = info(id);
    assertThat((Map<String, Object>) before.get("pdf")).containsEntry("available", true)
        .containsEntry("download", "/api/documents/" + id + "/pdf");
    assertThat(before.get("signed")).isNull();
    assertThat(before.get("signedText")).isNull();

    byte[] pdf = download("vanphong", "/api/documents/" + id + "/pdf");
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(download("giamdoc", "/api/documents/" + id + "/pdf")).as("kept: the same bytes every time")
        .isEqualTo(pdf);
    assertThat(keptPdfs.count()).isEqualTo(1);
    long cycleId = cycles.findByYear(YEAR).orElseThrow().getId();
    assertThat(documents.linksText(cycleId, d -> d.getId() == id)).as("the forms' links")
        .contains("[PDF để ký số](/api/documents/" + id + "/pdf)").doesNotContain("Đã ký số");

    Instant signedAt = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    TestSigner signer = new TestSigner(SIGNER, signedAt);
    byte[] signed = signer.sign(pdf, signedAt);

    // Refusals: each 400 with its reason, nothing stored.
    assertRefused(id, "vanphong", new byte[0], "Chưa chọn tệp");
    assertRefused(id, "vanphong", download("vanphong", "/api/documents/" + id), "không phải là tệp PDF");
    assertRefused(id, "vanphong", pdf, "chưa có chữ ký số");
    // A byte changed inside the signed range: in the binary comment on the second line ("%PDF-1.x" then "%âãÏÓ"),
    // which no reader needs, so the file still opens and only the digest tells.
    byte[] changed = signed.clone();
    int comment = indexOf(changed, "\n%".getBytes(StandardCharsets.US_ASCII)) + 2;
    assertThat(comment).isBetween(9, 12);
    changed[comment] ^= 0x01;
    assertRefused(id, "vanphong", changed, "đã bị thay đổi sau khi ký");
    byte[] extended = Arrays.copyOf(signed, signed.length + 40);
    System.arraycopy("\n% them noi dung sau khi ky so\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, extended,
        signed.length, 37);
    assertRefused(id, "vanphong", extended, "không bao trùm toàn bộ tệp");
    byte[] foreign = signer.sign(new StandInPdfConverter().convertText("Một văn bản khác"), signedAt);
    assertRefused(id, "vanphong", foreign, "không phải bản PDF hệ thống xuất");
    // Who may not: a unit's head (who may not read it either), the administrator (who reads everything, issues nothing).
    assertThat(upload("qlddtruong", id, signed).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> administrator = upload("admin", id, signed);
    assertThat(administrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(administrator.getBody().get("message").toString()).contains("Chỉ Văn phòng Sở và Lãnh đạo Sở");
    assertThat(signedCopies.count()).isZero();
    assertThat(audit.find(AuditedObject.SIGNED_DOCUMENT, null, 10)).isEmpty();
    assertThat(info(id).get("signed")).isNull();

    // The signed copy of this very PDF: accepted, read back, shown.
    TestClock.advance(Duration.ofMinutes(30));
    ResponseEntity<Map<String, Object>> accepted = upload("vanphong", id, signed);
    assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.CREATED);
    String shown = "Đã ký số bởi " + SIGNER + " lúc "
        + DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(signedAt.atZone(ZONE));
    assertThat(accepted.getBody()).containsEntry("signedText", shown);
    Map<String, Object> copy = (Map<String, Object>) accepted.getBody().get("signed");
    assertThat(copy).containsEntry("signer", SIGNER).containsEntry("signedAt", signedAt.toString())
        .containsEntry("uploadedBy", "vanphong").containsEntry("uploadedAt", TestClock.now().toString())
        .containsEntry("signatureCount", 1).containsEntry("caTrustVerified", false)
        .containsEntry("download", "/api/documents/" + id + "/signed");
    assertThat(copy.get("issuer").toString()).contains("CN=" + SIGNER);
    assertThat(copy.get("trustNote").toString()).contains("CHƯA kiểm tra chứng thư số");
    assertThat(download("giamdoc", "/api/documents/" + id + "/signed")).isEqualTo(signed);
    assertThat(get("vanphong", "/api/cycles/" + YEAR + "/documents", LIST).getBody())
        .filteredOn(d -> ((Number) d.get("id")).longValue() == id).singleElement()
        .satisfies(d -> assertThat(d).containsEntry("signedText", shown));
    assertThat(documents.linksText(cycleId, d -> d.getId() == id)).as("the forms' links")
        .contains("[" + shown + "](/api/documents/" + id + "/signed)").doesNotContain("PDF để ký số");
    List<AuditEntry> trail = audit.find(AuditedObject.SIGNED_DOCUMENT, String.valueOf(id), 10);
    assertThat(trail).singleElement().satisfies(e -> {
      assertThat(e.getActor()).isEqualTo("vanphong");
      assertThat(e.getAfterJson()).contains(SIGNER);
    });

    // Issued once: a second upload is a conflict, the first stays.
    ResponseEntity<Map<String, Object>> again = upload("giamdoc", id, signer.sign(signed, signedAt));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("message").toString()).contains(shown);
    assertThat(signedCopies.count()).isEqualTo(1);
  }

  /** Generated .docx → LibreOffice's PDF/A → signed → uploaded → verified and shown as issued. Needs LibreOffice. */
  @Test
  @SuppressWarnings("unchecked")
  void libreOfficeRoundTrip() throws IOException {
    assumeTrue(new StandInPdfConverter().libreOffice(), "LibreOffice (soffice) is not installed on this machine:"
        + " .ci/run and the production image install it");
    long id = newConsolidatedReport();
    byte[] pdf = download("vanphong", "/api/documents/" + id + "/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).as("PDF/A-2b").containsPattern("pdfaid:part(>|=\")2").containsPattern(
          "pdfaid:conformance(>|=\")B");
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        }
      }
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).as("Vietnamese text searchable")
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }
    Instant signedAt = TestClock.now().truncatedTo(ChronoUnit.SECONDS);
    byte[] signed = new TestSigner(SIGNER, signedAt).sign(pdf, signedAt);
    ResponseEntity<Map<String, Object>> accepted = upload("giamdoc", id, signed);
    assertThat(accepted.getStatusCode()).as(String.valueOf(accepted.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(accepted.getBody().get("signedText").toString()).startsWith("Đã ký số bởi " + SIGNER + " lúc ");
    assertThat((Map<String, Object>) info(id).get("signed")).containsEntry("uploadedBy", "giamdoc");
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** A new version of the year's consolidated report (opening the year's cycle first). */
  private long newConsolidatedReport() {
    if (cycles.findByYear(YEAR).isEmpty()) {
      Map<String, Object> start = Map.of("variables", Map.of("cycleYear", Map.of("value", YEAR),
          "reportDeadline", Map.of("value", TestClock.today().plusDays(20).toString()),
          "finalSummary", Map.of("value", false)));
      assertThat(as("vanphong").exchange("/engine-rest/process-definition/key/annual-cycle/submit-form",
          HttpMethod.POST, json(start), MAP).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    ResponseEntity<Map<String, Object>> made = as("vanphong").exchange("/api/cycles/" + YEAR
        + "/documents/CONSOLIDATED_REPORT", HttpMethod.POST, null, MAP);
    assertThat(made.getStatusCode()).as(String.valueOf(made.getBody())).isEqualTo(HttpStatus.OK);
    return ((Number) made.getBody().get("id")).longValue();
  }

  private void assertRefused(long id, String user, byte[] file, String reason) {
    ResponseEntity<Map<String, Object>> answer = upload(user, id, file);
    assertThat(answer.getStatusCode()).as(reason + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("message").toString()).contains(reason);
    assertThat(signedCopies.count()).as("nothing stored: " + reason).isZero();
  }

  private Map<String, Object> info(long id) {
    ResponseEntity<Map<String, Object>> answer = get("vanphong", "/api/documents/" + id + "/info", MAP);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private byte[] download(String user, String path) {
    ResponseEntity<byte[]> answer = as(user).exchange(path, HttpMethod.GET, null, byte[].class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<Map<String, Object>> upload(String user, long id, byte[] content) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders fileHeaders = new HttpHeaders();
    fileHeaders.setContentType(MediaType.APPLICATION_PDF);
    parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "van-ban-da-ky.pdf";
      }
    }, fileHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).exchange("/api/documents/" + id + "/signed", HttpMethod.POST, new HttpEntity<>(parts, headers),
        MAP);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
    return as(user).exchange(path, HttpMethod.GET, null, type);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
