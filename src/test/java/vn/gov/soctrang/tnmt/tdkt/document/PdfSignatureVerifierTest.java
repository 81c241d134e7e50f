package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** The signature checks on their own, on PDFs signed here with throw-away self-signed certificates. */
class PdfSignatureVerifierTest {

  private static final Instant AT = Instant.parse("2026-11-16T02:00:00Z");
  private static final byte[] PDF = new StandInPdfConverter().convertText("Quyết định số 12/QĐ-STNMT");

  @Test
  void readsTheSignerTheIssuerAndTheSigningTime() {
    byte[] signed = new TestSigner("Trần Thị Ký", AT).sign(PDF, AT);
    PdfSignatureVerifier.Result result = PdfSignatureVerifier.verify(signed);
    assertThat(result.signatures()).hasSize(1);
    assertThat(result.last().signer()).isEqualTo("Trần Thị Ký");
    assertThat(result.last().issuer()).startsWith("CN=Trần Thị Ký");
    assertThat(result.last().signedAt()).isEqualTo(AT);
    assertThat(result.last().revisionEnd()).isEqualTo(signed.length);
  }

  @Test
  void aSecondSignatureOnTopKeepsBothValid() {
    byte[] once = new TestSigner("Người ký thứ nhất", AT).sign(PDF, AT);
    byte[] twice = new TestSigner("Giám đốc Sở", AT).sign(once, AT.plusSeconds(60));
    PdfSignatureVerifier.Result result = PdfSignatureVerifier.verify(twice);
    assertThat(result.signatures()).extracting(PdfSignatureVerifier.Signature::signer)
        .containsExactly("Người ký thứ nhất", "Giám đốc Sở");
    assertThat(result.last().signedAt()).isEqualTo(AT.plusSeconds(60));
  }

  @Test
  void refusesWhatIsNotASoundSignedPdf() {
    byte[] signed = new TestSigner("Trần Thị Ký", AT).sign(PDF, AT);
    refused("không phải DOCX".getBytes(StandardCharsets.UTF_8), "không phải là tệp PDF");
    refused(PDF, "chưa có chữ ký số");
    byte[] changed = signed.clone();
    changed[11] ^= 0x01; // inside the signed range: the binary comment on the second line
    refused(changed, "đã bị thay đổi sau khi ký");
    byte[] extended = Arrays.copyOf(signed, signed.length + 6);
    System.arraycopy("\n%abc\n".getBytes(StandardCharsets.US_ASCII), 0, extended, signed.length, 6);
    refused(extended, "không bao trùm toàn bộ tệp");
    refused(changedAfterSigning(signed), "không bao trùm toàn bộ tệp");
  }

  /** What a PDF editor does to a signed file: a new revision appended (here a new title), no signature over it. */
  private static byte[] changedAfterSigning(byte[] signed) {
    try (PDDocument pdf = Loader.loadPDF(signed); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pdf.getDocumentInformation().setTitle("Sửa sau khi ký");
      pdf.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      pdf.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      pdf.saveIncremental(out);
      byte[] changed = out.toByteArray();
      assertThat(changed.length).isGreaterThan(signed.length);
      assertThat(Arrays.equals(changed, 0, signed.length, signed, 0, signed.length)).isTrue();
      return changed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void refusesACertificateOutsideItsValidityAtTheSigningTime() {
    byte[] late = new TestSigner("Chứng thư hết hạn", AT).sign(PDF, AT.plus(Duration.ofDays(400)));
    refused(late, "không còn hoặc chưa có hiệu lực");
  }

  private static void refused(byte[] file, String reason) {
    assertThatThrownBy(() -> PdfSignatureVerifier.verify(file)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(reason);
  }
}
