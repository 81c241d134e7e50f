package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The public list's columns share the page by their weights (the STT column narrow, the names wide), its header
 * row is repeated on every page, and its font comes from the application's own class path.
 */
class PdfListWriterTest {

  private static final Organisation ORG = new Organisation("UBND tỉnh Sóc Trăng", "Sở Tài nguyên và Môi trường",
      "STNMT", "Sóc Trăng", "Giám đốc");

  @Test
  void theNumberColumnIsNarrowAndTheNamesWide() throws IOException {
    List<String> headers = List.of("STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng", "Quyết định");
    List<List<String>> rows = List.of(List.of("1", "Nguyễn Thị Thu Trang", "Phòng Quản lý đất đai", "Giấy khen",
        "12/QĐ-STNMT ngày 15/01/2027"));
    float weighted = xOf(PdfListWriter.write(ORG, "Danh sách", headers, rows, 1, 6, 6, 5, 5), "Nguyễn Thị");
    float equal = xOf(PdfListWriter.write(ORG, "Danh sách", headers, rows), "Nguyễn Thị");
    // Landscape A4 is 842 points wide with 36-point margins: the second column starts after a twenty-third of the
    // table with the weights, after a fifth without.
    assertThat(weighted).isLessThan(36 + 770 / 23f + 40);
    assertThat(equal).isGreaterThan(36 + 770 / 5f);
  }

  @Test
  void aLongListRepeatsItsHeaderRowOnEveryPage() throws IOException {
    List<String> headers = List.of("STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng", "Quyết định");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(List.of(String.valueOf(i), "Cá nhân thứ " + i, "Phòng Quản lý đất đai", "Giấy khen",
          "12/QĐ-STNMT ngày 15/01/2027"));
    }
    try (PDDocument doc = Loader.loadPDF(PdfListWriter.write(ORG, "Danh sách", headers, rows, 1, 6, 6, 5, 5))) {
      assertThat(doc.getNumberOfPages()).as("a list that takes several pages").isGreaterThan(2);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(doc)).as("page %d", page).contains("Hình thức khen thưởng");
      }
    }
  }

  @Test
  void theFontComesFromTheClassPathAndIsEmbeddedWithTheVietnameseLetters() throws IOException {
    List<String> headers = List.of("STT", "Tập thể, cá nhân", "Hình thức khen thưởng");
    List<List<String>> rows = List.of(List.of("1", "Trần Văn Đức", "Bằng khen"),
        List.of("2", "Lê Thị Ngọc Hường", "Chiến sĩ thi đua cơ sở"));
    try (PDDocument doc = Loader.loadPDF(PdfListWriter.write(ORG, "Danh sách khen thưởng", headers, rows))) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Bằng khen", "Chiến sĩ thi đua", "Trần Văn Đức", "Lê Thị Ngọc Hường",
          "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
        }
      }
      // Liberation Serif is in the jar (openpdf-fonts-extra); the system fonts this machine may have (DejaVu, or
      // Liberation in another folder) are never looked at, so the name tells where the font came from.
      assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).contains("LiberationSerif").endsWith(" embedded"));
    }
    java.net.URL font = PdfListWriterTest.class.getClassLoader().getResource(PdfListWriter.FONT);
    assertThat(font).as("the font on the class path").isNotNull();
    assertThat(font.getProtocol()).as("inside a library's jar").isEqualTo("jar");
  }

  /** Where the first line starting with {@code text} begins, in points from the left edge. */
  private static float xOf(byte[] pdf, String text) throws IOException {
    List<Float> found = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
          if (string.startsWith(text) && !positions.isEmpty()) {
            found.add(positions.get(0).getXDirAdj());
          }
          super.writeString(string, positions);
        }
      };
      stripper.setSortByPosition(true);
      stripper.getText(doc);
    }
    assertThat(found).as("«%s» in the PDF", text).isNotEmpty();
    return found.get(0);
  }
}
