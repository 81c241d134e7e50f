package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real files, built the way the programs that make them do, and real impostors. */
public final class SampleFiles {

  private SampleFiles() {
  }

  /** A one-page PDF with a correct cross-reference table; {@code padding} bytes in an extra stream make it larger. */
  public static byte[] pdf(String text, int padding) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    String content = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
    objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    if (padding > 0) {
      objects.add("<< /Length " + padding + " >>\nstream\n" + "0".repeat(padding) + "\nendstream");
    }
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    // Latin-1 keeps one byte per character, so the offsets above are byte offsets.
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  public static byte[] pdf() {
    return pdf("Bien ban kiem tra thuc te", 0);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2E7D32));
    g.fillRect(0, 0, 64, 48);
    g.setColor(Color.WHITE);
    g.fillOval(16, 8, 32, 32);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A Word document as Word writes its minimum: content types, package relationships, the main document. */
  public static byte[] docx(String paragraph) {
    return zip(wordParts(paragraph, WordArchive.WORD_MAIN_TYPE));
  }

  /** A macro-enabled Word document (.docm) that someone renamed to .docx. */
  public static byte[] docm() {
    Map<String, String> parts = wordParts("Tài liệu có macro", "application/vnd.ms-word.document.macroEnabled.main+xml");
    parts.put("word/vbaProject.bin", "not really VBA");
    return zip(parts);
  }

  /** An ordinary ZIP archive (no Word parts). */
  public static byte[] plainZip() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("bao-cao.txt", "Báo cáo thi đua");
    return zip(parts);
  }

  /** The start of a Windows executable: "MZ", the DOS stub, a PE header further on. */
  public static byte[] windowsExecutable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4E, stub.length);
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }

  public static byte[] text() {
    return "Đây là văn bản thường, không phải PDF.\n".getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> wordParts(String paragraph, String mainType) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/></Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
        + "<w:t>" + paragraph + "</w:t></w:r></w:p></w:body></w:document>");
    return parts;
  }

  private static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
