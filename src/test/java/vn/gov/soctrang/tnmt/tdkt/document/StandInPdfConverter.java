package vn.gov.soctrang.tnmt.tdkt.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The converter in the upload tests: LibreOffice where it is installed (CI), otherwise a stand-in that writes the
 * .docx's text into a PDF with PDFBox and the public list's Liberation Serif (from the class path), so that the signature checks are tested on every machine.
 * The stand-in is not what is tested there; {@code SignedDocumentRestTest#libreOfficeRoundTrip} tests LibreOffice.
 */
class StandInPdfConverter extends PdfConverter {

  StandInPdfConverter() {
    super("soffice", Duration.ofMinutes(2));
  }

  boolean libreOffice() {
    return executable().isPresent();
  }

  @Override
  public Optional<String> unavailableReason() {
    return Optional.empty();
  }

  @Override
  public byte[] convert(byte[] docx) {
    return libreOffice() ? super.convert(docx) : textPdf(docx);
  }

  private static byte[] textPdf(byte[] docx) {
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      return new StandInPdfConverter().convertText(extractor.getText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF with this text, for a document that is not the system's. */
  byte[] convertText(String text) {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font font;
      try (InputStream in = StandInPdfConverter.class.getClassLoader().getResourceAsStream(PdfListWriter.FONT)) {
        font = PDType0Font.load(pdf, in);
      }
      List<String> lines = new ArrayList<>();
      for (String line : text.split("\n")) {
        for (int i = 0; i < Math.max(1, line.length()); i += 90) {
          lines.add(line.substring(i, Math.min(line.length(), i + 90)).replace("\t", " ").replace("\r", ""));
        }
      }
      for (int start = 0; start < lines.size(); start += 60) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(font, 9);
          content.newLineAtOffset(50, 800);
          for (String line : lines.subList(start, Math.min(lines.size(), start + 60))) {
            content.showText(line);
            content.newLineAtOffset(0, -12.5f);
          }
          content.endText();
        }
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
