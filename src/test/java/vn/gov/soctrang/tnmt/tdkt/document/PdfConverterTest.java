package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converter's refusals, with stand-in programs in place of LibreOffice: absent (the PDF is not offered, and the
 * reason says so), failing, and hanging past the timeout (killed); each run's temporary folder is removed. LibreOffice
 * itself is exercised by {@code SignedDocumentRestTest#libreOfficeRoundTrip}.
 */
class PdfConverterTest {

  @TempDir Path scripts;

  @Test
  void withoutLibreOfficeThePdfIsNotOfferedAndTheReasonSaysWhy() {
    PdfConverter converter = new PdfConverter("/khong-co/soffice", Duration.ofSeconds(5));
    assertThat(converter.available()).isFalse();
    assertThat(converter.unavailableReason()).hasValueSatisfying(r -> assertThat(r)
        .contains("chưa cài đặt LibreOffice", "/khong-co/soffice", ".docx"));
    assertThatThrownBy(() -> converter.convert(new byte[] {1})).isInstanceOf(PdfConverter.ConversionException.class)
        .hasMessageContaining("chưa cài đặt LibreOffice");
    assertThat(new PdfConverter("khong-co-chuong-trinh-nay", Duration.ofSeconds(5)).available()).isFalse();
  }

  @Test
  void aFailingConversionIsRefusedAndLeavesNothingBehind() throws IOException {
    long before = leftovers();
    PdfConverter converter = new PdfConverter(script("fails", "exit 3").toString(), Duration.ofSeconds(20));
    assertThat(converter.available()).isTrue();
    assertThatThrownBy(() -> converter.convert(new byte[] {1})).isInstanceOf(PdfConverter.ConversionException.class)
        .hasMessageContaining("không chuyển được văn bản sang PDF");
    assertThat(leftovers()).isEqualTo(before);
  }

  @Test
  void aHangingConversionIsKilledAtTheTimeout() throws IOException {
    long before = leftovers();
    PdfConverter converter = new PdfConverter(script("hangs", "sleep 60").toString(), Duration.ofSeconds(1));
    long started = System.nanoTime();
    assertThatThrownBy(() -> converter.convert(new byte[] {1})).isInstanceOf(PdfConverter.ConversionException.class)
        .hasMessageContaining("không xong trong 1 giây");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    assertThat(leftovers()).isEqualTo(before);
  }

  @Test
  void theProgramGetsItsOwnProfileTheFilterAndTheFolder() throws IOException {
    // A stand-in that records its arguments and writes the PDF where LibreOffice would.
    Path args = scripts.resolve("args.txt");
    Path fake = script("records", "printf '%s\\n' \"$@\" > " + args + "\n"
        + "for last; do :; done\nprintf '%%PDF-1.7 gia lap' > \"$(dirname \"$last\")/van-ban.pdf\"");
    byte[] pdf = new PdfConverter(fake.toString(), Duration.ofSeconds(20)).convert(new byte[] {1});
    assertThat(new String(pdf, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7 gia lap");
    String recorded = Files.readString(args);
    assertThat(recorded).contains("-env:UserInstallation=file:", "--headless", "--convert-to\n" + PdfConverter.FILTER,
        "--outdir", "van-ban.docx");
  }

  private Path script(String name, String body) throws IOException {
    Path file = scripts.resolve(name + ".sh");
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  private static long leftovers() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("tdkt-pdf-")).count();
    }
  }
}
