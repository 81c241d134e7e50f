package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet with a bold header row, text never taken for a formula (string cells, quote-prefixed where the text
 * starts like one), dates as dates, numbers as numbers.
 */
final class XlsxWriter {

  private static final int MAX_WIDTH_CHARS = 60;

  private XlsxWriter() {
  }

  public static byte[] write(ExportTable table) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      // A text cell is never evaluated; the quote prefix also keeps it text when someone edits it in Excel or
      // LibreOffice, without showing an apostrophe that is not in the data.
      CellStyle formulaLike = workbook.createCellStyle();
      formulaLike.setQuotePrefixed(true);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

      int[] widths = new int[table.headers().size()];
      Row head = sheet.createRow(0);
      for (int c = 0; c < table.headers().size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(table.headers().get(c));
        cell.setCellStyle(header);
        widths[c] = table.headers().get(c).length();
      }
      int r = 1;
      for (List<Object> values : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
          } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (SpreadsheetText.looksLikeFormula(text)) {
              cell.setCellStyle(formulaLike);
            }
          }
          if (c < widths.length) {
            widths[c] = Math.max(widths[c], Math.min(value.toString().length(), MAX_WIDTH_CHARS));
          }
        }
      }
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_WIDTH_CHARS) * 256);
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
