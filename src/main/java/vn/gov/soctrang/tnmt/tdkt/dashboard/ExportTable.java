package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.util.List;

/**
 * A table to hand to staff as a spreadsheet: Vietnamese headers, then rows of String, Number, LocalDate or null.
 *
 * @param title the sheet's name
 * @param fileName the download's name without extension (ASCII)
 */
record ExportTable(String title, String fileName, List<String> headers, List<List<Object>> rows) {

  public ExportTable {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
  }
}
