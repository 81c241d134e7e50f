package vn.gov.soctrang.tnmt.tdkt.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** What a file is, decided from real bytes; names and declared types play no part. */
class EvidenceContentDetectorTest {

  @Test
  void recognisesRealFilesOfTheAcceptedKinds() {
    assertThat(EvidenceContentDetector.detect(SampleFiles.pdf())).contains(EvidenceKind.PDF);
    assertThat(EvidenceContentDetector.detect(SampleFiles.png())).contains(EvidenceKind.PNG);
    assertThat(EvidenceContentDetector.detect(SampleFiles.jpeg())).contains(EvidenceKind.JPEG);
    assertThat(EvidenceContentDetector.detect(SampleFiles.docx("Báo cáo thành tích"))).contains(EvidenceKind.DOCX);
  }

  @Test
  void refusesImpostorsAndBrokenFiles() {
    assertThat(EvidenceContentDetector.detect(SampleFiles.windowsExecutable())).isEmpty();
    assertThat(EvidenceContentDetector.detect(SampleFiles.plainZip())).isEmpty();
    assertThat(EvidenceContentDetector.detect(SampleFiles.docm())).isEmpty();
    assertThat(EvidenceContentDetector.detect(SampleFiles.text())).isEmpty();
    assertThat(EvidenceContentDetector.detect(new byte[0])).isEmpty();
    assertThat(EvidenceContentDetector.detect(null)).isEmpty();
    byte[] pdf = SampleFiles.pdf();
    assertThat(EvidenceContentDetector.detect(Arrays.copyOf(pdf, pdf.length / 2))).as("truncated PDF").isEmpty();
    byte[] png = SampleFiles.png();
    assertThat(EvidenceContentDetector.detect(Arrays.copyOf(png, png.length - 20))).as("truncated PNG").isEmpty();
    byte[] docx = SampleFiles.docx("x");
    assertThat(EvidenceContentDetector.detect(Arrays.copyOf(docx, docx.length - 30))).as("truncated DOCX").isEmpty();
    assertThat(EvidenceContentDetector.detect("%PDF-".getBytes())).isEmpty();
  }

  @Test
  void aRenamedFileIsRefusedWithTheReasonAndTheLimit() {
    assertThatThrownBy(() -> EvidenceRules.accept("bao-cao.pdf", SampleFiles.windowsExecutable(), 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«bao-cao.pdf» không được chấp nhận")
        .hasMessageContaining("PDF, DOCX, JPEG, PNG")
        .hasMessageContaining("10 MB");
    assertThatThrownBy(() -> EvidenceRules.accept("rong.pdf", new byte[0], 10))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("rỗng");
    assertThatThrownBy(() -> EvidenceRules.accept("lon.pdf", SampleFiles.pdf("x", 2 * 1024 * 1024), 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("vượt quá giới hạn 1 MB")
        .hasMessageContaining("2 MB");
  }

  @Test
  void theStoredNameAndTypeComeFromTheContent() {
    EvidenceRules.AcceptedFile image = EvidenceRules.accept("C:\\Ảnh\\Hiện trường xã Phú Tâm.PDF", SampleFiles.png(), 10);
    assertThat(image.kind()).isEqualTo(EvidenceKind.PNG);
    assertThat(image.fileName()).isEqualTo("Hiện trường xã Phú Tâm.png");
    assertThat(image.sha256()).hasSize(64);
    EvidenceRules.AcceptedFile word = EvidenceRules.accept("Báo cáo.docx", SampleFiles.docx("Đạt"), 10);
    assertThat(word.fileName()).isEqualTo("Báo cáo.docx");
    assertThat(word.kind().contentType()).isEqualTo(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void fileNamesAreSanitised() {
    assertThat(EvidenceFileName.of("../../etc/passwd", EvidenceKind.PDF)).isEqualTo("passwd.pdf");
    assertThat(EvidenceFileName.of("bien\u0000ban\r\n<kiem>:tra?.exe", EvidenceKind.PDF)).isEqualTo("bien ban kiem tra.pdf");
    assertThat(EvidenceFileName.of("...", EvidenceKind.JPEG)).isEqualTo("minh-chung.jpg");
    assertThat(EvidenceFileName.of(null, EvidenceKind.DOCX)).isEqualTo("minh-chung.docx");
    assertThat(EvidenceFileName.of("Quyết định 12.2025", EvidenceKind.PDF)).isEqualTo("Quyết định 12.2025.pdf");
    // Decomposed Vietnamese (as macOS sends it) is stored composed.
    assertThat(EvidenceFileName.of("Bi\u00ea\u0300n ba\u0309n.pdf", EvidenceKind.PDF)).isEqualTo("Biền bản.pdf");
    assertThat(EvidenceFileName.of("a".repeat(300) + ".pdf", EvidenceKind.PDF)).hasSize(124);
    assertThat(EvidenceFileName.attachmentHeader("Biên bản đợt 1.pdf")).isEqualTo(
        "attachment; filename=\"Bien ban dot 1.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%C4%91%E1%BB%A3t%201.pdf");
  }

  @Test
  void sizesReadTheVietnameseWay() {
    assertThat(EvidenceRules.sizeText(900)).isEqualTo("900 byte");
    assertThat(EvidenceRules.sizeText(850 * 1024)).isEqualTo("850 KB");
    assertThat(EvidenceRules.sizeText(1536 * 1024)).isEqualTo("1,5 MB");
    assertThat(EvidenceRules.sizeText(10 * 1024 * 1024)).isEqualTo("10 MB");
  }
}
