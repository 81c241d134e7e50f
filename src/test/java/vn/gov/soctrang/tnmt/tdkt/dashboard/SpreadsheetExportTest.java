package vn.gov.soctrang.tnmt.tdkt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV and xlsx writing without the application: quoting, the byte order mark, the formula guard, cell types. */
class SpreadsheetExportTest {

  private static final ExportTable TABLE = new ExportTable("Thử: xuất [1]", "thu", List.of("Tên", "Số", "Ngày",
      "Ghi chú"), List.of(
          Arrays.asList("Nguyễn Thị Thu Trang", 3, LocalDate.of(2026, 12, 20), "Có dấu ; chấm phẩy, và \"ngoặc\""),
          Arrays.asList("=HYPERLINK(\"http://x\";\"bấm\")", -2, null, "dòng 1\ndòng 2"),
          Arrays.asList("+1", 0, null, "@SUM(A1)"),
          Arrays.asList("-1", 0, null, "\tthụt")));

  @Test
  void guardPrefixesTextThatASpreadsheetWouldEvaluate() {
    assertThat(SpreadsheetText.guard("=1+2")).isEqualTo("'=1+2");
    assertThat(SpreadsheetText.guard("+84 912")).isEqualTo("'+84 912");
    assertThat(SpreadsheetText.guard("-x")).isEqualTo("'-x");
    assertThat(SpreadsheetText.guard("@cmd")).isEqualTo("'@cmd");
    assertThat(SpreadsheetText.guard("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetText.guard("Phòng Quản lý đất đai")).isEqualTo("Phòng Quản lý đất đai");
    assertThat(SpreadsheetText.guard("a=1")).isEqualTo("a=1");
    assertThat(SpreadsheetText.guard("")).isEmpty();
    assertThat(SpreadsheetText.guard(null)).isNull();
  }

  @Test
  void csvIsUtf8WithBomSemicolonsAndQuotes() {
    byte[] bytes = CsvWriter.write(TABLE);
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("Tên;Số;Ngày;Ghi chú\r\n");
    List<List<String>> rows = CsvParser.parse(bytes);
    assertThat(rows).hasSize(5);
    assertThat(rows.get(1)).containsExactly("Nguyễn Thị Thu Trang", "3", "20/12/2026",
        "Có dấu ; chấm phẩy, và \"ngoặc\"");
    assertThat(rows.get(2)).containsExactly("'=HYPERLINK(\"http://x\";\"bấm\")", "-2", "", "dòng 1\ndòng 2");
    assertThat(rows.get(3)).containsExactly("'+1", "0", "", "'@SUM(A1)");
    assertThat(rows.get(4)).containsExactly("'-1", "0", "", "'\tthụt");
  }

  @Test
  void xlsxHasABoldHeaderTypedCellsAndGuardedText() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxWriter.write(TABLE)))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).doesNotContain(":", "[", "]");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên");
      assertThat(sheet.getRow(0).getCell(3).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
      assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(2))).isTrue();
      assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 12, 20));
      assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).as("the text as typed, no apostrophe added")
          .isEqualTo("=HYPERLINK(\"http://x\";\"bấm\")");
      assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).as("kept text when edited").isTrue();
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("-1");
      assertThat(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).as("ordinary text").isFalse();
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).as("numbers are not text").isEqualTo(-2.0);
      assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("@SUM(A1)");
      assertThat(sheet.getRow(3).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(2).getCell(2)).as("an empty value leaves the cell empty").isNull();
    }
  }
}
