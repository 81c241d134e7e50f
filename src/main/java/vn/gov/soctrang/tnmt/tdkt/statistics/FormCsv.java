package vn.gov.soctrang.tnmt.tdkt.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledForm;
import vn.gov.soctrang.tnmt.tdkt.statistics.MinistryStatisticsService.FilledRow;
import vn.gov.soctrang.tnmt.tdkt.statistics.StatisticsCatalogue.Column;

/**
 * A filled form as CSV: UTF-8 with a byte order mark (so that spreadsheet programs read the Vietnamese), RFC 4180
 * (comma, CRLF, every field quoted, a quote doubled); one header row «Mã số, Chỉ tiêu» and the form's columns (a
 * grouped column as «group – header»), then one row per form row; an empty field is an empty cell. Text that a
 * spreadsheet would take for a formula gets an apostrophe in front.
 */
final class FormCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private FormCsv() {
  }

  static byte[] write(FilledForm form) {
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("Mã số", "Chỉ tiêu"));
    for (Column c : form.columns()) {
      header.add(c.headerGroup() == null ? c.header() : c.headerGroup() + " – " + c.header());
    }
    line(out, header);
    for (FilledRow row : form.rows()) {
      List<String> fields = new ArrayList<>(List.of(row.rowCode(), row.label()));
      row.values().forEach(v -> fields.add(v == null ? "" : v.toString()));
      line(out, fields);
    }
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String text = FormWorkbook.looksLikeFormula(fields.get(i)) ? "'" + fields.get(i) : fields.get(i);
      out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
    out.append("\r\n");
  }
}
