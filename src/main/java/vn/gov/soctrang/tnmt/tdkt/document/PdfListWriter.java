package vn.gov.soctrang.tnmt.tdkt.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the public list of a year's awards as PDF, with a serif font that has every Vietnamese letter, embedded so
 * that any reader shows the diacritics.
 */
final class PdfListWriter {

  /** Serif fonts to try, in order of preference; the first with every Vietnamese letter is used. */
  static final List<Path> FONTS = List.of(
      Path.of("C:/Windows/Fonts/times.ttf"),
      Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"));

  /** Every lower- and upper-case letter Vietnamese adds to the Latin alphabet. */
  static final String VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
      + "ĂÂĐÊÔƠƯÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ";

  private PdfListWriter() {
  }

  static Path font() {
    return FONTS.stream().filter(Files::isReadable).filter(PdfListWriter::coversVietnamese).findFirst()
        .orElseThrow(() -> new IllegalStateException("Không tìm thấy phông chữ đủ dấu tiếng Việt để tạo PDF "
            + "(cần gói fonts-dejavu-core): " + FONTS));
  }

  private static boolean coversVietnamese(Path path) {
    try {
      BaseFont font = BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED);
      return VIETNAMESE.chars().allMatch(font::charExists);
    } catch (IOException | DocumentException e) {
      return false;
    }
  }

  /**
   * The list as a landscape A4 PDF whose columns share the width in proportion to {@code weights} (the STT column
   * narrow, names wide); no weights: equal columns.
   */
  public static byte[] write(Organisation org, String title, List<String> headers, List<List<String>> rows,
      float... weights) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      BaseFont base = BaseFont.createFont(font().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      Font normal = new Font(base, 11);
      Font bold = new Font(base, 12, Font.BOLD);
      Font heading = new Font(base, 15, Font.BOLD);
      Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
      PdfWriter.getInstance(pdf, out);
      pdf.addTitle(title);
      pdf.open();
      centred(pdf, org.superior().toUpperCase(), normal);
      centred(pdf, org.name().toUpperCase(), bold);
      centred(pdf, " ", normal);
      centred(pdf, title, heading);
      centred(pdf, " ", normal);
      PdfPTable table = new PdfPTable(headers.size());
      table.setWidthPercentage(100);
      if (weights.length == headers.size()) {
        table.setWidths(weights);
      }
      table.setHeaderRows(1);
      for (String h : headers) {
        PdfPCell cell = new PdfPCell(new Phrase(h, bold));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
      }
      for (List<String> row : rows) {
        for (int c = 0; c < headers.size(); c++) {
          table.addCell(new PdfPCell(new Phrase(c < row.size() && row.get(c) != null ? row.get(c) : "", normal)));
        }
      }
      pdf.add(table);
      pdf.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void centred(Document pdf, String text, Font font) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    pdf.add(p);
  }
}
