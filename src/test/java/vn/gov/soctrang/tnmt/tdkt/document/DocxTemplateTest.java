package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.document.TemplateSchema.Repeat;

/** The template engine: what the Office writes in Word is what the document prints, filled. */
class DocxTemplateTest {

  private static final TemplateSchema SCHEMA = TemplateSchema.builder()
      .value("so_ky_hieu", "Số")
      .value("co_quan", "Cơ quan")
      .list("can_cu", "Căn cứ", Repeat.PARAGRAPH, "dong", "Dòng")
      .list("danh_sach", "Danh sách", Repeat.ROW, "stt", "STT", "ho_ten", "Họ tên")
      .list("giay_khen", "Giấy khen", Repeat.BLOCK, "ho_ten", "Họ tên")
      .build();

  /** A template as Word saves it: the number's placeholder split over three runs of different format. */
  private static byte[] template() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFParagraph number = doc.createParagraph();
      number.createRun().setText("Số: {{so_");
      XWPFRun bold = number.createRun();
      bold.setBold(true);
      bold.setText("ky_hi");
      number.createRun().setText("eu}} của {{CO_QUAN}}");
      doc.createParagraph().createRun().setText("{{can_cu.dong}};");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("STT");
      table.getRow(0).getCell(1).setText("Họ và tên");
      table.getRow(1).getCell(0).setText("{{danh_sach.stt}}");
      table.getRow(1).getCell(1).setText("{{danh_sach.ho_ten}}");
      doc.createParagraph().createRun().setText("{{#giay_khen}}");
      doc.createParagraph().setPageBreak(true);
      doc.createParagraph().createRun().setText("Tặng Giấy khen: {{giay_khen.ho_ten}}");
      doc.createParagraph().createRun().setText("{{/giay_khen}}");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static TemplateModel model() {
    return new TemplateModel().value("so_ky_hieu", "12/QĐ-STNMT").value("co_quan", "Sở Nông nghiệp và Môi trường")
        .lines("can_cu", List.of("Căn cứ Luật Thi đua, khen thưởng", "Căn cứ Nghị định số 152/2025/NĐ-CP"))
        .item("danh_sach", Map.of("stt", "1", "ho_ten", "Nguyễn Văn A"))
        .item("danh_sach", Map.of("stt", "2", "ho_ten", "Trần Thị «B»\nPhó Trưởng phòng"))
        .item("giay_khen", Map.of("ho_ten", "Nguyễn Văn A"))
        .item("giay_khen", Map.of("ho_ten", "Trần Thị B"));
  }

  @Test
  void fillsValuesRowsParagraphsAndBlocksEvenWhereWordSplitThePlaceholder() throws Exception {
    byte[] filled = DocxTemplate.render(template(), SCHEMA, model());

    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      String all = text.getText();
      assertThat(all).contains("Số: 12/QĐ-STNMT của SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
          .contains("Căn cứ Luật Thi đua, khen thưởng;\nCăn cứ Nghị định số 152/2025/NĐ-CP;")
          .contains("Tặng Giấy khen: Nguyễn Văn A").contains("Tặng Giấy khen: Trần Thị B")
          .doesNotContain("{{").doesNotContain("}}");
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRows()).hasSize(3);
      assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Nguyễn Văn A");
      // Quotes as documents print them; a second line of a value is a line break in the same cell.
      assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Trần Thị “B”\nPhó Trưởng phòng");
      // The page break opening the block separates the copies: one before the second certificate, none before the first.
      long breaks = doc.getParagraphs().stream().filter(XWPFParagraph::isPageBreak).count();
      assertThat(breaks).isEqualTo(1);
      assertThat(all).doesNotContain("#giay_khen").doesNotContain("/giay_khen");
    }
  }

  @Test
  void anEmptyListLeavesNoRowAndNoPlaceholder() throws Exception {
    byte[] filled = DocxTemplate.render(template(), SCHEMA, new TemplateModel().value("so_ky_hieu", "1/QĐ"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled))) {
      assertThat(doc.getTables().get(0).getRows()).hasSize(1);
      assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("{{").doesNotContain("Tặng Giấy khen");
    }
  }

  @Test
  void aBrokenTemplateIsRefusedNamingTheBadPlaceholder() throws Exception {
    assertThat(DocxTemplate.problems(template(), SCHEMA)).isEmpty();

    byte[] unknown = replace(template(), "{{can_cu.dong}};", "{{can_cu.dong}}; {{so_quyet_dinh}}");
    assertThat(DocxTemplate.problems(unknown, SCHEMA)).singleElement().asString().contains("{{so_quyet_dinh}}")
        .contains("không có trong danh mục");

    byte[] unclosed = replace(template(), "{{can_cu.dong}};", "{{can_cu.dong}}; {{co_quan");
    assertThat(DocxTemplate.problems(unclosed, SCHEMA)).singleElement().asString().contains("{{co_quan")
        .contains("thiếu dấu đóng");

    byte[] rowOutsideTable = replace(template(), "{{can_cu.dong}};", "{{danh_sach.ho_ten}}");
    assertThat(DocxTemplate.problems(rowOutsideTable, SCHEMA)).singleElement().asString()
        .contains("{{danh_sach.ho_ten}}").contains("dòng của bảng");

    byte[] unknownField = replace(template(), "{{can_cu.dong}};", "{{can_cu.noi_dung}}");
    assertThat(DocxTemplate.problems(unknownField, SCHEMA)).singleElement().asString()
        .contains("{{can_cu.noi_dung}}");

    byte[] openBlock = replace(template(), "{{/giay_khen}}", "Hết");
    assertThat(DocxTemplate.problems(openBlock, SCHEMA)).anySatisfy(p -> assertThat(p).contains("{{/giay_khen}}"));

    assertThat(DocxTemplate.problems("không phải Word".getBytes(), SCHEMA)).singleElement().asString()
        .contains("không phải tệp Word");
  }

  /** The template with one paragraph's text replaced, in a single run. */
  private static byte[] replace(byte[] docx, String from, String to) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getText().equals(from)) {
          while (p.getRuns().size() > 1) {
            p.removeRun(1);
          }
          p.getRuns().get(0).setText(to, 0);
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
