package vn.gov.soctrang.tnmt.tdkt.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * Reads a list of places from a file an administrator uploads: CSV (UTF-8, comma or semicolon separated, a header
 * row) or an Excel workbook (.xlsx, first sheet, a header row) with the same columns. The header names the columns in
 * Vietnamese or English, in any order, with or without diacritics: «Mã» / code, «Tên» / name, «Cấp» / level,
 * «Mã cấp trên» / parent code, «Hiệu lực từ» / valid from, «Hiệu lực đến» / valid to, «Ghi chú» / note. Only the
 * file's shape is checked here; the rows' content is checked by {@link OrganizationAdminService#importLocalities}.
 */
final class LocalityTable {

  /** More rows than the whole country has communes, wards and special zones several times over. */
  public static final int MAX_ROWS = 20_000;

  private enum Column {
    CODE(true, "Mã", "ma", "code", "madiaphuong"),
    NAME(true, "Tên", "ten", "name", "tendiaphuong"),
    LEVEL(true, "Cấp", "cap", "level", "kind", "caphanhchinh", "loai"),
    PARENT(false, "Mã cấp trên", "macaptren", "parentcode", "parent"),
    VALID_FROM(false, "Hiệu lực từ", "hieuluctu", "validfrom", "tungay"),
    VALID_TO(false, "Hiệu lực đến", "hieulucden", "validto", "denngay"),
    NOTE(false, "Ghi chú", "ghichu", "note", "cancu", "source");

    final boolean required;
    final String label;
    final List<String> names;

    Column(boolean required, String label, String... names) {
      this.required = required;
      this.label = label;
      this.names = java.util.Arrays.stream(names).map(LocalityKind::fold).toList();
    }
  }

  private LocalityTable() {
  }

  /** The data rows of the file, empty rows left out; a file that cannot be read is refused in Vietnamese. */
  public static List<LocalityRow> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("Vui lòng chọn tệp danh mục địa phương (CSV UTF-8 hoặc Excel .xlsx).");
    }
    List<List<String>> lines = isZip(content) || isOle2(content) ? workbook(content) : csv(content);
    if (lines.isEmpty()) {
      throw new InvalidInputException("Tệp không có dòng tiêu đề.");
    }
    Map<Column, Integer> at = header(lines.get(0));
    List<LocalityRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
        continue;
      }
      if (rows.size() == MAX_ROWS) {
        throw new InvalidInputException("Tệp có quá nhiều dòng: mỗi lần nhập tối đa " + MAX_ROWS + " địa phương.");
      }
      rows.add(new LocalityRow(i + 1, cell(cells, at, Column.CODE), cell(cells, at, Column.NAME),
          cell(cells, at, Column.LEVEL), cell(cells, at, Column.PARENT), cell(cells, at, Column.VALID_FROM),
          cell(cells, at, Column.VALID_TO), cell(cells, at, Column.NOTE)));
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException("Tệp không có dòng dữ liệu nào (chỉ có dòng tiêu đề).");
    }
    return rows;
  }

  private static Map<Column, Integer> header(List<String> names) {
    Map<Column, Integer> at = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i);
      if (name.isBlank()) {
        continue;
      }
      String key = LocalityKind.fold(name);
      Column column = java.util.Arrays.stream(Column.values()).filter(c -> c.names.contains(key)).findFirst()
          .orElse(null);
      if (column == null) {
        problems.add("Dòng 1: cột «" + shown(name) + "» không thuộc mẫu danh mục địa phương.");
      } else if (at.containsKey(column)) {
        problems.add("Dòng 1: cột «" + column.label + "» xuất hiện hai lần.");
      } else {
        at.put(column, i);
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !at.containsKey(column)) {
        problems.add("Dòng 1: thiếu cột «" + column.label + "».");
      }
    }
    if (!problems.isEmpty()) {
      problems.add("Các cột của tệp: Mã, Tên, Cấp, Mã cấp trên, Hiệu lực từ, Hiệu lực đến, Ghi chú.");
      throw new InvalidInputException(problems);
    }
    return at;
  }

  private static String cell(List<String> cells, Map<Column, Integer> at, Column column) {
    Integer i = at.get(column);
    if (i == null || i >= cells.size() || cells.get(i) == null) {
      return null;
    }
    String value = cells.get(i).strip();
    return value.isEmpty() ? null : value;
  }

  // CSV (RFC 4180: quoted fields may hold separators, doubled quotes and line breaks).

  private static List<List<String>> csv(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: «CSV UTF-8»).");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int firstBreak = text.indexOf('\n');
    String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
    char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    List<List<String>> lines = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(cells);
        cells = new ArrayList<>();
      } else {
        cell.append(c);
      }
      if (lines.size() > MAX_ROWS + 1) {
        throw new InvalidInputException("Tệp có quá nhiều dòng: mỗi lần nhập tối đa " + MAX_ROWS + " địa phương.");
      }
    }
    if (quoted) {
      throw new InvalidInputException("Dòng " + (lines.size() + 1)
          + ": dấu ngoặc kép («\"») mở mà không đóng; kiểm tra lại tệp CSV.");
    }
    if (!cell.isEmpty() || !cells.isEmpty()) {
      cells.add(cell.toString());
      lines.add(cells);
    }
    return lines;
  }

  // Excel workbooks (first sheet); dates may be real date cells or text.

  private static List<List<String>> workbook(byte[] content) {
    DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      if (book.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = book.getSheetAt(0);
      List<List<String>> lines = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        if (r > MAX_ROWS + 1) {
          throw new InvalidInputException("Tệp có quá nhiều dòng: mỗi lần nhập tối đa " + MAX_ROWS
              + " địa phương.");
        }
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c), formatter));
          }
        }
        lines.add(cells);
      }
      return lines;
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException("Không đọc được tệp Excel; hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.");
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
      return date.toString();
    }
    return formatter.formatCellValue(cell);
  }

  private static boolean isZip(byte[] content) {
    return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  private static boolean isOle2(byte[] content) {
    return content.length >= 8 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
        && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
  }

  private static String shown(String text) {
    String value = text.strip();
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
