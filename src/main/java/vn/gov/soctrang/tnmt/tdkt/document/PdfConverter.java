package vn.gov.soctrang.tnmt.tdkt.document;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a generated .docx into a PDF/A-2b with LibreOffice headless ({@code soffice --convert-to pdf}), each run in a
 * temporary folder with its own LibreOffice user profile ({@code -env:UserInstallation}), so runs never share or lock
 * a profile, and killed when it exceeds the timeout. Fonts are embedded by LibreOffice (PDF/A requires it) and the
 * text stays searchable. Where LibreOffice is not installed the PDF is not offered, and {@link #unavailableReason()}
 * says why; the .docx is unaffected.
 */
@Component
class PdfConverter {

  private static final Logger LOG = LoggerFactory.getLogger(PdfConverter.class);

  /** Writer's PDF export with PDF/A-2b ({@code SelectPdfVersion} 2); JSON filter options need LibreOffice 7.4+. */
  static final String FILTER = "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}";

  private final String binary;
  private final Duration timeout;

  public PdfConverter(@Value("${tdkt.pdf.soffice:soffice}") String binary,
      @Value("${tdkt.pdf.timeout:PT2M}") Duration timeout) {
    this.binary = binary == null || binary.isBlank() ? "soffice" : binary.strip();
    this.timeout = timeout;
  }

  /** The conversion could not be done (not installed, failed, too slow): the message is for the user. */
  public static class ConversionException extends RuntimeException {
    public ConversionException(String message) {
      super(message);
    }
  }

  /** Empty when LibreOffice can be run; otherwise why the PDF is not offered, in Vietnamese. */
  public Optional<String> unavailableReason() {
    return executable().isPresent() ? Optional.empty() : Optional.of("Máy chủ chưa cài đặt LibreOffice («"
        + binary + "») nên hệ thống chưa xuất được bản PDF của văn bản để ký số; vui lòng tải bản .docx, hoặc đề nghị"
        + " quản trị hệ thống cài đặt LibreOffice.");
  }

  public boolean available() {
    return unavailableReason().isEmpty();
  }

  Optional<Path> executable() {
    if (binary.contains(File.separator)) {
      Path path = Path.of(binary);
      return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String searchPath = System.getenv("PATH");
    if (searchPath == null) {
      return Optional.empty();
    }
    return Stream.of(searchPath.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(s -> Path.of(s, binary))
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
  }

  /** Converts one .docx; the temporary folder (input, output, profile) is removed afterwards, whatever happens. */
  public byte[] convert(byte[] docx) {
    Path program = executable().orElseThrow(() -> new ConversionException(unavailableReason().orElseThrow()));
    Path dir = null;
    Process process = null;
    try {
      dir = Files.createTempDirectory("tdkt-pdf-");
      Path input = dir.resolve("van-ban.docx");
      Files.write(input, docx);
      Path log = dir.resolve("soffice.log");
      List<String> command = List.of(program.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
          "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo", "--convert-to", FILTER,
          "--outdir", dir.toString(), input.toString());
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().put("HOME", dir.toString());
      process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new ConversionException("Chuyển văn bản sang PDF không xong trong " + timeout.toSeconds()
            + " giây; vui lòng thử lại sau.");
      }
      Path output = dir.resolve("van-ban.pdf");
      if (process.exitValue() != 0 || !Files.isRegularFile(output) || Files.size(output) == 0) {
        LOG.warn("LibreOffice did not convert (exit {}): {}", process.exitValue(),
            Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "");
        throw new ConversionException("LibreOffice không chuyển được văn bản sang PDF; vui lòng thử lại hoặc báo"
            + " quản trị hệ thống.");
      }
      return Files.readAllBytes(output);
    } catch (IOException e) {
      LOG.warn("PDF conversion failed", e);
      throw new ConversionException("Không chạy được LibreOffice để chuyển văn bản sang PDF; vui lòng báo quản trị"
          + " hệ thống.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (process != null) {
        kill(process);
      }
      throw new ConversionException("Việc chuyển văn bản sang PDF bị dừng giữa chừng; vui lòng thử lại.");
    } finally {
      delete(dir);
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.warn("Could not remove {}", dir, e);
    }
  }
}
