package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for Excel as Vietnamese staff have it: UTF-8 with a byte order mark (without it Excel shows the diacritics
 * as garbage), semicolons between fields (the list separator of the Vietnamese regional settings, where the comma
 * is the decimal separator), CRLF line ends, and fields quoted when they hold a separator, a quote or a line break.
 */
final class CsvWriter {

  public static final char SEPARATOR = ';';
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvWriter() {
  }

  public static byte[] write(ExportTable table) {
    StringBuilder out = new StringBuilder();
    line(out, table.headers());
    for (List<Object> row : table.rows()) {
      line(out, row);
    }
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  private static void line(StringBuilder out, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(SEPARATOR);
      }
      out.append(field(SpreadsheetText.text(values.get(i))));
    }
    out.append("\r\n");
  }

  static String field(String text) {
    boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0 || text.indexOf(',') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
