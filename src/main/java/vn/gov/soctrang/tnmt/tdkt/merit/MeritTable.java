package vn.gov.soctrang.tnmt.tdkt.merit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
 * Reads the rows of an import of earlier years into the register: CSV (UTF-8, comma or semicolon, a header row) or
 * an Excel workbook (.xlsx, first sheet, a header row). The header names the columns in Vietnamese or English, in any
 * order, with or without diacritics. Only the file's shape is checked here; each row's content is checked by
 * {@link MeritRegisterService}.
 */
final class MeritTable {

  /** A file's largest size: several thousand rows of text are far below it. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The most rows one import may hold. */
  static final int MAX_ROWS = 5_000;

  /** The columns of the file. */
  enum Column {
    YEAR(true, "Năm", "nam", "year", "namxet", "namdanhgia"),
    CODE(true, "Mã hoặc tên danh hiệu/hình thức", "mahoactendanhhieuhinhthuc", "danhhieuhinhthuc", "danhhieu",
        "hinhthuc", "hinhthuckhenthuong", "madanhhieu", "tendanhhieu", "code", "merit", "meritcode"),
    USERNAME(false, "Tên đăng nhập", "tendangnhap", "taikhoan", "username", "user"),
    UNIT(false, "Mã đơn vị", "madonvi", "donvi", "unit", "unitcode"),
    DECISION_NUMBER(true, "Số quyết định", "soquyetdinh", "soqd", "decisionnumber", "decision"),
    DECISION_DATE(true, "Ngày quyết định", "ngayquyetdinh", "ngayqd", "decisiondate"),
    AUTHORITY(true, "Cơ quan quyết định", "coquanquyetdinh", "capquyetdinh", "coquanbanhanh", "authority"),
    NOTE(false, "Ghi chú", "ghichu", "note");

    final boolean required;
    final String label;
    final List<String> names;

    Column(boolean required, String label, String... names) {
      this.required = required;
      this.label = label;
      this.names = Arrays.stream(names).map(MeritTable::fold).toList();
    }
  }

  /** One data row: its number in the file (the header is row 1) and its cells by column, blank cells as null. */
  record Line(int row, Map<Column, String> cells) {

    String get(Column column) {
      return cells.get(column);
    }
  }

  private static final String COLUMNS_HINT = "Các cột của tệp: Năm; Mã hoặc tên danh hiệu/hình thức; Tên đăng nhập "
      + "(cá nhân) hoặc Mã đơn vị (tập thể); Số quyết định; Ngày quyết định; Cơ quan quyết định; Ghi chú.";

  private MeritTable() {
  }

  static List<Line> read(byte[] content, String fileName) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("Vui lòng chọn tệp dữ liệu (CSV UTF-8 hoặc Excel .xlsx) ở trường «file».");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("Tệp quá lớn (" + (content.length / 1024) + " KB): mỗi lần nhập tối đa "
          + (MAX_BYTES / (1024 * 1024)) + " MB và " + MAX_ROWS + " dòng; hãy chia tệp thành nhiều phần.");
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    boolean workbook = isZip(content) || isOle2(content);
    if (!workbook && (name.endsWith(".xlsx") || name.endsWith(".xls"))) {
      throw new InvalidInputException("Không đọc được tệp Excel; hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.");
    }
    List<List<String>> lines = workbook ? workbook(content) : csv(content);
    int header = 0;
    while (header < lines.size() && blank(lines.get(header))) {
      header++;
    }
    if (header == lines.size()) {
      throw new InvalidInputException("Tệp không có dòng tiêu đề. " + COLUMNS_HINT);
    }
    Map<Column, Integer> at = header(lines.get(header), header + 1);
    List<Line> rows = new ArrayList<>();
    for (int i = header + 1; i < lines.size(); i++) {
      List<String> cells = lines.get(i);
      if (blank(cells)) {
        continue;
      }
      if (rows.size() == MAX_ROWS) {
        throw tooManyRows();
      }
      Map<Column, String> values = new EnumMap<>(Column.class);
      at.forEach((column, index) -> {
        String value = index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
        if (!value.isEmpty()) {
          values.put(column, value);
        }
      });
      rows.add(new Line(i + 1, values));
    }
    if (rows.isEmpty()) {
      throw new InvalidInputException("Tệp không có dòng dữ liệu nào (chỉ có dòng tiêu đề).");
    }
    return rows;
  }

  /** Lower case, no diacritics (đ as d), letters and digits only: «Số quyết định» and «so_quyet_dinh» read alike. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("[^a-z0-9]", "");
  }

  private static Map<Column, Integer> header(List<String> names, int rowNumber) {
    Map<Column, Integer> at = new EnumMap<>(Column.class);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i);
      if (name.isBlank()) {
        continue;
      }
      String key = fold(name);
      Column column = Arrays.stream(Column.values()).filter(c -> c.names.contains(key)).findFirst().orElse(null);
      if (column == null) {
        problems.add("Dòng " + rowNumber + ": cột «" + shown(name) + "» không thuộc mẫu sổ theo dõi danh hiệu, "
            + "khen thưởng.");
      } else if (at.containsKey(column)) {
        problems.add("Dòng " + rowNumber + ": cột «" + column.label + "» xuất hiện hai lần.");
      } else {
        at.put(column, i);
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !at.containsKey(column)) {
        problems.add("Dòng " + rowNumber + ": thiếu cột «" + column.label + "».");
      }
    }
    if (!at.containsKey(Column.USERNAME) && !at.containsKey(Column.UNIT)) {
      problems.add("Dòng " + rowNumber + ": thiếu cột «Tên đăng nhập» (cá nhân) hoặc «Mã đơn vị» (tập thể).");
    }
    if (!problems.isEmpty()) {
      problems.add(COLUMNS_HINT);
      throw new InvalidInputException(problems);
    }
    return at;
  }

  private static InvalidInputException tooManyRows() {
    return new InvalidInputException("Tệp có quá nhiều dòng: mỗi lần nhập tối đa " + MAX_ROWS
        + " dòng; hãy chia tệp thành nhiều phần.");
  }

  private static boolean blank(List<String> cells) {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }

  // CSV as RFC 4180 writes it: a quoted field may hold separators, doubled quotes and line breaks.

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
    char separator = separatorOf(text);
    List<List<String>> lines = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      if (quoted) {
        if (c != '"') {
          cell.append(c);
        } else if (i < text.length() && text.charAt(i) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = false;
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        lines.add(cells);
        cells = new ArrayList<>();
        if (lines.size() > MAX_ROWS + 50) {
          throw tooManyRows();
        }
      } else {
        cell.append(c);
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

  /** The header line decides: semicolons (as Excel writes CSV in Vietnamese locales) unless it has more commas. */
  private static char separatorOf(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long semicolons = first.chars().filter(ch -> ch == ';').count();
    long commas = first.chars().filter(ch -> ch == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  // Excel workbooks (first sheet); a date may be a real date cell or text.

  private static List<List<String>> workbook(byte[] content) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      if (book.getNumberOfSheets() == 0) {
        return List.of();
      }
      Sheet sheet = book.getSheetAt(0);
      List<List<String>> lines = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        if (r > MAX_ROWS + 50) {
          throw tooManyRows();
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
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException("Không đọc được tệp Excel; hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.");
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
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

  static String shown(String text) {
    String value = text.strip();
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
