package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * LibreOffice, which makes the PDF that is signed, lays a table out by its grid, not by its cells' percentages: the
 * heading's grid gives the motto the wider column (it wrapped in a half-width column), and a list's grid follows its
 * column weights (the STT column narrow).
 */
class DocxGridTest {

  private static final Organisation ORG = new Organisation("UBND tỉnh Sóc Trăng", "Sở Tài nguyên và Môi trường",
      "STNMT", "Sóc Trăng", "Giám đốc");

  @Test
  void theHeadingsGridGivesTheMottoSixTenthsOfTheLine() throws Exception {
    List<Long> grid = grid(DocxBuilder.portrait().heading(ORG, "125/QĐ-STNMT", "QĐ-STNMT", LocalDate.of(2026, 12, 3))
        .build(), 0);
    assertThat(grid).hasSize(2);
    assertThat(grid.get(0) + grid.get(1)).isEqualTo(11906 - 1701 - 850);
    assertThat(grid.get(1) * 10).isBetween(grid.get(0) * 15 - 10, grid.get(0) * 15 + 10);
  }

  @Test
  void aListsGridFollowsItsWeights() throws Exception {
    List<Long> grid = grid(DocxBuilder.landscape().table(List.of("STT", "Họ và tên", "Đơn vị"),
        List.of(List.of("1", "Lý Quốc Hải", "Phòng Quản lý đất đai")), 1, 6, 5).build(), 0);
    long width = 16838 - 1701 - 850;
    assertThat(grid).containsExactly(width / 12, width * 6 / 12, width * 5 / 12);
  }

  /** The rule under the motto is as long on a certificate's landscape page as under the heading's motto. */
  @Test
  void theMottosRuleKeepsItsLengthWhereTheMottoStandsAlone() throws Exception {
    long heading = ruleLength(DocxBuilder.portrait().heading(ORG, "1/QĐ", "QĐ", LocalDate.of(2026, 12, 3)).build(),
        11906 - 1701 - 850, 60);
    long certificate = ruleLength(DocxBuilder.landscape().motto().build(), 16838 - 1701 - 850, 100);
    long form = ruleLength(DocxBuilder.portrait().formHeading("Mẫu số 05").build(), 11906 - 1701 - 850, 100);
    assertThat(heading).isBetween(2500L, 4000L);
    assertThat(certificate).isEqualTo(heading);
    assertThat(form).isEqualTo(heading);
  }

  /** The length of the first rule (a bordered empty paragraph) in the motto's cell, in twips. */
  private static long ruleLength(byte[] docx, int textWidth, int cellPercent) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable table = doc.getTables().get(0);
      var cell = table.getRow(0).getCell(table.getRow(0).getTableCells().size() - 1);
      var rule = cell.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
          && p.getCTP().getPPr().getPBdr() != null).findFirst().orElseThrow();
      return (long) textWidth * cellPercent / 100 - rule.getIndentationLeft() - rule.getIndentationRight();
    }
  }

  private static List<Long> grid(byte[] docx, int index) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable table = doc.getTables().get(index);
      return table.getCTTbl().getTblGrid().getGridColList().stream()
          .map(c -> ((BigInteger) c.getW()).longValue()).toList();
    }
  }
}
