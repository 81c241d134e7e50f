package vn.gov.soctrang.tnmt.tdkt.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledForm;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledRow;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Column;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Form;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Regime;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Subject;

/**
 * The files of a form never hand a spreadsheet a formula: a label or a unit name typed by someone that starts like a
 * formula stays text (a quote-prefixed string cell in the workbook, an apostrophe in the CSV); an empty count is an
 * empty cell, not a zero; the header group spans its columns.
 */
class FormFilesTest {

  private static final String INJECTION = "=HYPERLINK(\"http://example.invalid\";\"Xem\")";

  private final FilledForm form = new FilledForm(2026,
      new Regime(1, "R", "Thông tư thử", "Thông tư thử", LocalDate.of(2023, 3, 23), LocalDate.of(2023, 5, 10), 2023,
          12, 1, true, 11, 30, 12, 15, false, "+Sở Nội vụ", true, "ghi chú"),
      new Form(1, 1, 1, "0603.N/BNV-TĐKT", "0603.N", "Số lượng khen thưởng", "Lượt", true, "ghi chú"),
      "@Sở thử", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 15),
      List.of(new Column(1, "Tổng số", null, Subject.ALL), new Column(2, "Tập thể", "Chia ra", Subject.COLLECTIVE),
          new Column(3, "Cá nhân", "Chia ra", Subject.INDIVIDUAL)),
      List.of(new FilledRow("01", "Tổng số", true, List.of(1, 0, 1)),
          new FilledRow("02", INJECTION, false, Arrays.asList(1, null, 1))));

  @Test
  void textThatLooksLikeAFormulaStaysTextAndAnEmptyCountStaysEmpty() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.write(form)))) {
      Sheet sheet = workbook.getSheetAt(0);
      Cell label = sheet.getRow(FormWorkbook.FIRST_DATA_ROW + 1).getCell(0);
      assertThat(label.getCellType()).isEqualTo(CellType.STRING);
      assertThat(label.getStringCellValue()).isEqualTo(INJECTION);
      assertThat(label.getCellStyle().getQuotePrefixed()).isTrue();
      Cell unit = sheet.getRow(0).getCell(4);
      assertThat(unit.getStringCellValue()).isEqualTo("Đơn vị báo cáo: @Sở thử");
      Cell total = sheet.getRow(FormWorkbook.FIRST_DATA_ROW).getCell(0);
      assertThat(total.getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(workbook.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isTrue();
      Cell empty = sheet.getRow(FormWorkbook.FIRST_DATA_ROW + 1).getCell(3);
      assertThat(empty.getCellType()).isEqualTo(CellType.BLANK);
      assertThat(sheet.getMergedRegions()).anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("D9:E9"));
      assertThat(sheet.getRow(FormWorkbook.HEADER_ROW + 1).getCell(3).getStringCellValue()).isEqualTo("Tập thể");
    }
  }

  @Test
  void theCsvPrefixesFormulaLikeTextAndQuotesEveryField() {
    String csv = new String(FormCsv.write(form), StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo("\uFEFF\"Mã số\",\"Chỉ tiêu\",\"Tổng số\",\"Chia ra – Tập thể\",\"Chia ra – Cá nhân\"\r\n"
        + "\"01\",\"Tổng số\",\"1\",\"0\",\"1\"\r\n"
        + "\"02\",\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"Xem\"\")\",\"1\",\"\",\"1\"\r\n");
  }
}
