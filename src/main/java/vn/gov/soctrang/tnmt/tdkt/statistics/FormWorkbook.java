package vn.gov.soctrang.tnmt.tdkt.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledForm;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledRow;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Column;

/**
 * A filled form as a workbook laid out like the printed form: the form number and the circular top left, the reporting
 * and receiving units top right, the title and the period in the middle, two header rows and the row of column letters
 * (A, B, 1, 2 …), the rows with their codes, the totals in bold, the note when the form is still to be confirmed, and
 * the signature block. Text is never taken for a formula: string cells, quote-prefixed where the text starts like one.
 */
final class FormWorkbook {

  static final int TITLE_ROW = 4;
  static final int HEADER_ROW = 8;
  static final int FIRST_DATA_ROW = 11;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

  private FormWorkbook() {
  }

  static byte[] write(FilledForm form) {
    return new FormWorkbook().render(form);
  }

  private byte[] render(FilledForm f) {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(f.form().shortCode()));
      int last = 1 + f.columns().size();
      CellStyle plain = style(false, false, HorizontalAlignment.LEFT, false);
      CellStyle bold = style(true, false, HorizontalAlignment.LEFT, false);
      CellStyle italic = style(false, true, HorizontalAlignment.LEFT, false);
      CellStyle right = style(false, false, HorizontalAlignment.RIGHT, false);
      CellStyle rightItalic = style(false, true, HorizontalAlignment.RIGHT, false);
      CellStyle title = style(true, false, HorizontalAlignment.CENTER, false);
      CellStyle centredItalic = style(false, true, HorizontalAlignment.CENTER, false);
      CellStyle head = style(true, false, HorizontalAlignment.CENTER, true);
      CellStyle letter = style(false, true, HorizontalAlignment.CENTER, true);
      CellStyle label = style(false, false, HorizontalAlignment.LEFT, true);
      CellStyle labelBold = style(true, false, HorizontalAlignment.LEFT, true);
      CellStyle number = style(false, false, HorizontalAlignment.RIGHT, true);
      CellStyle numberBold = style(true, false, HorizontalAlignment.RIGHT, true);
      CellStyle code = style(false, false, HorizontalAlignment.CENTER, true);

      // Title block.
      text(sheet, 0, 0, "Biểu số: " + f.form().formCode(), bold);
      text(sheet, 0, last, "Đơn vị báo cáo: " + f.reportingUnit(), right);
      text(sheet, 1, 0, "Ban hành kèm theo " + f.regime().shortName(), italic);
      text(sheet, 1, last, "Đơn vị nhận báo cáo: " + f.regime().receivingUnit(), right);
      text(sheet, 2, 0, "Ngày nhận báo cáo: " + (f.due() == null ? "cần xác nhận" : DAY.format(f.due())), plain);
      merged(sheet, TITLE_ROW, last, f.form().title().toUpperCase(Locale.forLanguageTag("vi")), title);
      merged(sheet, TITLE_ROW + 1, last, "Năm " + f.year(), title);
      merged(sheet, TITLE_ROW + 2, last, "(Kỳ báo cáo: từ ngày " + DAY.format(f.periodFrom()) + " đến ngày "
          + DAY.format(f.periodTo()) + ")", centredItalic);
      text(sheet, TITLE_ROW + 3, last, "Đơn vị tính: " + f.form().unitOfMeasure(), rightItalic);

      // Header: two rows (a group over its columns, or one header over both rows), then the column letters.
      headerCell(sheet, 0, "Chỉ tiêu", head);
      headerCell(sheet, 1, "Mã số", head);
      List<Column> columns = f.columns();
      int c = 0;
      while (c < columns.size()) {
        Column column = columns.get(c);
        if (column.headerGroup() == null) {
          headerCell(sheet, 2 + c, column.header(), head);
          c++;
          continue;
        }
        int end = c;
        while (end + 1 < columns.size() && column.headerGroup().equals(columns.get(end + 1).headerGroup())) {
          end++;
        }
        text(sheet, HEADER_ROW, 2 + c, column.headerGroup(), head);
        for (int k = c + 1; k <= end; k++) {
          text(sheet, HEADER_ROW, 2 + k, "", head);
        }
        if (end > c) {
          sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 2 + c, 2 + end));
        }
        for (int k = c; k <= end; k++) {
          text(sheet, HEADER_ROW + 1, 2 + k, columns.get(k).header(), head);
        }
        c = end + 1;
      }
      text(sheet, HEADER_ROW + 2, 0, "A", letter);
      text(sheet, HEADER_ROW + 2, 1, "B", letter);
      for (int k = 0; k < columns.size(); k++) {
        text(sheet, HEADER_ROW + 2, 2 + k, String.valueOf(k + 1), letter);
      }

      // Rows.
      int r = FIRST_DATA_ROW;
      for (FilledRow row : f.rows()) {
        text(sheet, r, 0, row.label(), row.total() ? labelBold : label);
        text(sheet, r, 1, row.rowCode(), code);
        for (int k = 0; k < columns.size(); k++) {
          Cell cell = cell(sheet, r, 2 + k);
          cell.setCellStyle(row.total() ? numberBold : number);
          Integer value = row.values().get(k);
          if (value != null) {
            cell.setCellValue(value);
          }
        }
        r++;
      }

      // Note and signatures.
      r++;
      if (f.form().toConfirm() || f.regime().toConfirm()) {
        merged(sheet, r++, last, "Ghi chú: số hiệu, tên, dòng và cột của biểu này chưa được đối chiếu đầy đủ với "
            + f.regime().shortName() + " (cần xác nhận trước khi gửi).", italic);
      }
      r++;
      text(sheet, r, last, "…, ngày … tháng … năm …", centredItalic);
      r++;
      text(sheet, r, 0, "Người lập biểu", title);
      text(sheet, r, last, "Thủ trưởng đơn vị", title);
      r++;
      text(sheet, r, 0, "(Ký, ghi rõ họ tên)", centredItalic);
      text(sheet, r, last, "(Ký, đóng dấu, ghi rõ họ tên)", centredItalic);

      sheet.setColumnWidth(0, 60 * 256);
      sheet.setColumnWidth(1, 8 * 256);
      for (int k = 0; k < columns.size(); k++) {
        sheet.setColumnWidth(2 + k, (k == columns.size() - 1 ? 40 : 14) * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CellStyle style(boolean bold, boolean italic, HorizontalAlignment alignment, boolean bordered) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setFontName("Times New Roman");
    font.setFontHeightInPoints((short) 12);
    font.setBold(bold);
    font.setItalic(italic);
    style.setFont(font);
    style.setAlignment(alignment);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(bordered);
    if (bordered) {
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
    }
    return style;
  }

  /** A header over both header rows. */
  private void headerCell(Sheet sheet, int column, String text, CellStyle style) {
    text(sheet, HEADER_ROW, column, text, style);
    text(sheet, HEADER_ROW + 1, column, "", style);
    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, column, column));
  }

  private void merged(Sheet sheet, int row, int last, String text, CellStyle style) {
    text(sheet, row, 0, text, style);
    if (last > 0) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, 0, last));
    }
  }

  /** A string cell; text that a spreadsheet would take for a formula is quote-prefixed, never evaluated. */
  private void text(Sheet sheet, int row, int column, String text, CellStyle style) {
    Cell cell = cell(sheet, row, column);
    cell.setCellValue(text);
    cell.setCellStyle(looksLikeFormula(text) ? quoted.computeIfAbsent(style, s -> {
      CellStyle q = workbook.createCellStyle();
      q.cloneStyleFrom(s);
      q.setQuotePrefixed(true);
      return q;
    }) : style);
  }

  private static Cell cell(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
    return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
  }

  /** Starts with =, +, -, @, or a tab or carriage return that some programs strip first. */
  static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }
}
