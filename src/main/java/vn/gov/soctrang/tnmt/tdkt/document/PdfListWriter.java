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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the public list of a year's awards as PDF, in Liberation Serif (Times New Roman's metrics, every Vietnamese
 * letter) embedded so that any reader shows the diacritics. The font comes from the class path (the
 * {@code openpdf-fonts-extra} library, SIL Open Font License 1.1), so the PDF is the same on every machine whatever
 * fonts its system has.
 */
final class PdfListWriter {

  /** The font file inside the {@code openpdf-fonts-extra} jar. */
  static final String FONT = "liberation/LiberationSerif-Regular.ttf";

  /** Every lower- and upper-case letter Vietnamese adds to the Latin alphabet. */
  static final String VIETNAMESE = "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
      + "ĂÂĐÊÔƠƯÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ";

  private PdfListWriter() {
  }

  /** The font file's bytes, read once; a jar without it, or a font without every Vietnamese letter, is refused. */
  private static final class FontFile {
    static final byte[] BYTES = load();

    private static byte[] load() {
      try (InputStream in = PdfListWriter.class.getClassLoader().getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("Không tìm thấy phông chữ " + FONT + " trong ứng dụng (thư viện "
              + "openpdf-fonts-extra) để tạo PDF.");
        }
        byte[] bytes = in.readAllBytes();
        BaseFont font = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED, false, bytes, null);
        String missing = VIETNAMESE.codePoints().filter(c -> !font.charExists(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!missing.isEmpty()) {
          throw new IllegalStateException("Phông chữ " + FONT + " thiếu các chữ tiếng Việt: " + missing);
        }
        return bytes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (DocumentException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The font to embed, parsed from the bytes read once. */
  static BaseFont font() throws IOException {
    return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, FontFile.BYTES, null);
  }

  /**
   * The list as a landscape A4 PDF whose columns share the width in proportion to {@code weights} (the STT column
   * narrow, names wide); no weights: equal columns.
   */
  public static byte[] write(Organisation org, String title, List<String> headers, List<List<String>> rows,
      float... weights) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      BaseFont base = font();
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
