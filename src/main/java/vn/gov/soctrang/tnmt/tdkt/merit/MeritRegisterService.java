package vn.gov.soctrang.tnmt.tdkt.merit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.PersonRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * How rows get into the register of titles, assessments and awards: the Office enters one decision at a time or
 * imports earlier years from a file (all rows or none), and removes a row it entered wrongly. Every entry and removal
 * is in the audit trail; the Department's own decisions ({@link MeritSource#DEPARTMENT}) are not removed here.
 */
@Service
@Transactional
public class MeritRegisterService {

  /** Registers kept on paper reach back to the 1990s; nothing older is entered. */
  static final int FIRST_YEAR = 1990;

  /** A decision for year Y is dated in Y or up to two years later. */
  static final int DECISION_YEARS_AFTER = 2;

  static final int MAX_IMPORT_MESSAGES = 50;

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private final MeritRecordRepository records;
  private final PersonRepository people;
  private final UnitRepository units;
  private final OrganizationHistoryService history;
  private final AuditService audit;
  private final Clock clock;

  public MeritRegisterService(MeritRecordRepository records, PersonRepository people, UnitRepository units,
      OrganizationHistoryService history, AuditService audit, Clock clock) {
    this.records = records;
    this.people = people;
    this.units = units;
    this.history = history;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * One row as the Office enters it: the person's username or the unit's code (one of them), the code or label of
   * the title or award, the decision date as {@code 31/12/2024} or {@code 2024-12-31}.
   */
  public record Entry(Integer year, String code, String username, String unitCode, String decisionNumber,
      String decisionDate, String authority, String note) {
  }

  /** What an import stored. */
  public record ImportResult(int rows, int stored) {
  }

  /** A row once checked, ready to store. */
  private record Checked(int year, MeritCode code, String nomineeKey, String nomineeName, String unitCode,
      String decisionNumber, LocalDate decisionDate, String authority, String note) {

    String identity() {
      return nomineeKey + "|" + year + "|" + code.name();
    }
  }

  @Transactional(readOnly = true)
  public List<MeritRecord> ofNominee(String nomineeKey) {
    return records.findByNomineeKeyOrderByYearAscIdAsc(nomineeKey);
  }

  @Transactional(readOnly = true)
  public List<MeritRecord> ofYear(int year) {
    return records.findByYearOrderByNomineeNameAscIdAsc(year);
  }

  /** The Office enters one row; a row already in the register (same nominee, year and code) is refused (409). */
  public MeritRecord record(Entry in, String actor) {
    Problems problems = new Problems();
    Checked row = check(Raw.of(in), new Lookups(), problems);
    problems.throwIfAny();
    if (records.existsByNomineeKeyAndYearAndCode(row.nomineeKey(), row.year(), row.code())) {
      throw new ConflictException(duplicateMessage(row));
    }
    return store(row, MeritSource.MANUAL, actor, null);
  }

  /**
   * A title the Director conferred in the year-end titles process (processes/year-end-titles.bpmn), written by its
   * asynchronous service task: checked like the Office's entry; a row already there (a retried job) is kept as it is.
   */
  public MeritRecord recordConferredTitle(Entry in, String actor) {
    Problems problems = new Problems();
    Checked row = check(Raw.of(in), new Lookups(), problems);
    problems.throwIfAny();
    if (row.code().kind() != MeritKind.TITLE) {
      throw new IllegalArgumentException("Not a title: " + row.code());
    }
    return records.findByNomineeKeyOrderByYearAscIdAsc(row.nomineeKey()).stream()
        .filter(r -> r.getYear() == row.year() && r.getCode() == row.code()).findFirst()
        .orElseGet(() -> store(row, MeritSource.YEAR_END_TITLES, actor, null));
  }

  /**
   * A Giấy khen the Director gave for an ad-hoc achievement (processes/ad-hoc-award.bpmn), written by its asynchronous
   * service task: checked like the Office's entry; a nominee may hold several in a year, one per decision; the row of
   * the same decision already there (a retried job) is kept as it is.
   */
  public MeritRecord recordAdHocAward(Entry in, String actor) {
    return recordAwardOnce(in, MeritSource.AD_HOC, actor);
  }

  /**
   * An award the Director gave at the summary of a thematic movement (processes/thematic-movement.bpmn), written by its
   * asynchronous service task: checked like the Office's entry; one row per nominee and decision, so the row of the
   * same decision already there (a retried job) is kept as it is.
   */
  public MeritRecord recordThematicAward(Entry in, String actor) {
    return recordAwardOnce(in, MeritSource.THEMATIC, actor);
  }

  /** An award of the Department's own decision, checked like the Office's entry, stored once per nominee and decision. */
  private MeritRecord recordAwardOnce(Entry in, MeritSource source, String actor) {
    Problems problems = new Problems();
    Checked row = check(Raw.of(in), new Lookups(), problems);
    problems.throwIfAny();
    if (row.code().kind() != MeritKind.AWARD) {
      throw new IllegalArgumentException("Not an award: " + row.code());
    }
    return records.findByNomineeKeyOrderByYearAscIdAsc(row.nomineeKey()).stream()
        .filter(r -> r.getYear() == row.year() && r.getCode() == row.code()
            && java.util.Objects.equals(r.getDecisionNumber(), row.decisionNumber())).findFirst()
        .orElseGet(() -> store(row, source, actor, null));
  }

  /**
   * The Office removes a row it entered or imported wrongly, with the reason; the audit trail keeps the row. A row of
   * the Department's own decision stays: it changes only by revoking the decision.
   */
  public void remove(long id, String reason, String actor) {
    MeritRecord row = records.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có dòng số " + id + " trong sổ theo dõi danh hiệu, khen thưởng."));
    String why = Texts.trimToNull(reason);
    Problems problems = new Problems();
    problems.addIf(why == null, "Vui lòng nhập «Lý do xóa».");
    problems.addIf(why != null && why.length() > 1000, "«Lý do xóa» quá dài: tối đa 1000 ký tự.");
    problems.throwIfAny();
    if (row.getSource() == MeritSource.DEPARTMENT || row.getSource() == MeritSource.YEAR_END_TITLES
        || row.getSource() == MeritSource.AD_HOC || row.getSource() == MeritSource.THEMATIC) {
      throw new ConflictException("Dòng này ghi theo quyết định khen thưởng của Sở trong hệ thống, không xóa được ở "
          + "đây; muốn bỏ, cần hủy bỏ quyết định khen thưởng theo thủ tục.");
    }
    Map<String, Object> before = MeritSnapshots.of(row);
    records.delete(row);
    records.flush();
    Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("removed", true);
    after.put("reason", why);
    audit.record(actor, AuditedObject.MERIT_RECORD, id, AuditAction.DELETED, before, after);
  }

  /**
   * Earlier years from a file (CSV in UTF-8 or Excel .xlsx, see {@link MeritTable}): every row is checked first, and
   * one bad row refuses the whole file (400) with each bad row's number and reasons; nothing is stored then.
   */
  public ImportResult importRows(byte[] content, String fileName, String actor) {
    List<MeritTable.Line> lines = MeritTable.read(content, fileName);
    Lookups lookups = new Lookups();
    Problems problems = new Problems();
    List<Checked> checked = new ArrayList<>();
    Map<String, Integer> firstRowOf = new HashMap<>();
    List<Integer> rowOf = new ArrayList<>();
    for (MeritTable.Line line : lines) {
      Problems rowProblems = new Problems();
      Checked row = check(Raw.of(line), lookups, rowProblems);
      if (row != null) {
        Integer earlier = firstRowOf.putIfAbsent(row.identity(), line.row());
        if (earlier != null) {
          rowProblems.add("trùng với dòng " + earlier + " của tệp (cùng " + nomineeWords(row) + ", năm " + row.year()
              + ", «" + row.code().label() + "»).");
        }
        checked.add(row);
        rowOf.add(line.row());
      }
      problems.addAll("Dòng " + line.row() + ": ", rowProblems);
    }
    Set<String> existing = existingIdentities(checked);
    for (int i = 0; i < checked.size(); i++) {
      Checked row = checked.get(i);
      if (existing.contains(row.identity())) {
        problems.add("Dòng " + rowOf.get(i) + ": " + duplicateMessage(row));
      }
    }
    if (!problems.isEmpty()) {
      List<String> all = problems.messages();
      List<String> messages = new ArrayList<>();
      messages.add("Chưa nhập dòng nào: tệp có " + all.size() + " lỗi, hãy sửa các dòng sau rồi nhập lại cả tệp.");
      messages.addAll(all.subList(0, Math.min(all.size(), MAX_IMPORT_MESSAGES)));
      if (all.size() > MAX_IMPORT_MESSAGES) {
        messages.add("… và " + (all.size() - MAX_IMPORT_MESSAGES) + " lỗi khác.");
      }
      throw new InvalidInputException(messages);
    }
    String file = Texts.trimToNull(fileName);
    checked.forEach(row -> store(row, MeritSource.IMPORT, actor, file));
    return new ImportResult(lines.size(), checked.size());
  }

  private MeritRecord store(Checked row, MeritSource source, String actor, String fileName) {
    MeritRecord saved = records.save(new MeritRecord(row.year(), row.code(), row.nomineeKey(), row.nomineeName(),
        row.unitCode(), row.decisionNumber(), row.decisionDate(), row.authority(), source, row.note(), actor,
        clock.instant()));
    records.flush();
    Map<String, Object> after = MeritSnapshots.of(saved);
    if (fileName != null) {
      after = AuditSnapshots.with(after, "file", fileName.length() > 200 ? fileName.substring(0, 200) : fileName);
    }
    audit.record(actor, AuditedObject.MERIT_RECORD, saved.getId(), AuditAction.CREATED, null, after);
    return saved;
  }

  private Set<String> existingIdentities(List<Checked> rows) {
    Set<String> keys = new HashSet<>();
    rows.forEach(r -> keys.add(r.nomineeKey()));
    Set<String> found = new HashSet<>();
    if (keys.isEmpty()) {
      return found;
    }
    for (MeritRecord r : records.findByNomineeKeyInOrderByYearAscIdAsc(keys)) {
      found.add(r.getNomineeKey() + "|" + r.getYear() + "|" + r.getCode().name());
    }
    return found;
  }

  /** A row as a file or a request gives it, the year still as text. */
  private record Raw(String year, String code, String username, String unitCode, String decisionNumber,
      String decisionDate, String authority, String note) {

    static Raw of(Entry in) {
      return new Raw(in.year() == null ? null : String.valueOf(in.year()), in.code(), in.username(), in.unitCode(),
          in.decisionNumber(), in.decisionDate(), in.authority(), in.note());
    }

    static Raw of(MeritTable.Line line) {
      return new Raw(line.get(MeritTable.Column.YEAR), line.get(MeritTable.Column.CODE),
          line.get(MeritTable.Column.USERNAME), line.get(MeritTable.Column.UNIT),
          line.get(MeritTable.Column.DECISION_NUMBER), line.get(MeritTable.Column.DECISION_DATE),
          line.get(MeritTable.Column.AUTHORITY), line.get(MeritTable.Column.NOTE));
    }
  }

  /** People and units looked up once per request (an import names the same ones many times). */
  private final class Lookups {

    private final Map<String, Optional<Person>> persons = new HashMap<>();
    private final Map<String, Optional<Unit>> unitsByCode = new HashMap<>();

    Optional<Person> person(String username) {
      return persons.computeIfAbsent(username, people::findByUsername);
    }

    Optional<Unit> unit(String code) {
      return unitsByCode.computeIfAbsent(code, units::findByCode);
    }
  }

  /** Checks one row; adds its problems and gives null when there are any. */
  private Checked check(Raw in, Lookups lookups, Problems problems) {
    int before = problems.messages().size();
    LocalDate today = LocalDate.now(clock);
    Integer year = null;
    String yearText = Texts.trimToNull(in.year());
    if (yearText == null) {
      problems.add("Vui lòng nhập «Năm» (năm của danh hiệu, kết quả đánh giá hoặc khen thưởng).");
    } else if (!yearText.matches("\\d{4}")) {
      problems.add("«Năm» phải là một năm gồm 4 chữ số, đã ghi «" + MeritTable.shown(yearText) + "».");
    } else {
      int value = Integer.parseInt(yearText);
      if (value < FIRST_YEAR) {
        problems.add("«Năm» " + value + " quá xa: sổ chỉ ghi từ năm " + FIRST_YEAR + ".");
      } else if (value > today.getYear()) {
        problems.add("«Năm» " + value + " chưa đến (năm nay là " + today.getYear() + ").");
      } else {
        year = value;
      }
    }

    MeritCode code = null;
    String codeText = Texts.trimToNull(in.code());
    if (codeText == null) {
      problems.add("Vui lòng chọn «Danh hiệu/hình thức».");
    } else {
      code = readCode(codeText).orElse(null);
      problems.addIf(code == null, "«" + MeritTable.shown(codeText) + "» không phải là danh hiệu thi đua, kết quả "
          + "đánh giá hay hình thức khen thưởng trong danh mục (ghi mã như LAO_DONG_TIEN_TIEN hoặc tên như "
          + "«Lao động tiên tiến»).");
    }

    String username = Texts.trimToNull(in.username());
    String unitCode = Texts.trimToNull(in.unitCode());
    String nomineeKey = null;
    String nomineeName = null;
    String nomineeUnit = null;
    boolean collective = false;
    if (username == null && unitCode == null) {
      problems.add("Vui lòng ghi «Tên đăng nhập» của cá nhân hoặc «Mã đơn vị» của tập thể.");
    } else if (username != null && unitCode != null) {
      problems.add("Chỉ ghi một trong hai: «Tên đăng nhập» (cá nhân) hoặc «Mã đơn vị» (tập thể), không ghi cả hai.");
    } else if (username != null) {
      Person person = lookups.person(username).orElse(null);
      if (person == null) {
        problems.add("Không có cán bộ với tên đăng nhập «" + MeritTable.shown(username) + "».");
      } else {
        nomineeKey = person.getUsername();
        nomineeName = person.getFullName();
        nomineeUnit = person.getUnit() == null ? null : person.getUnit().getCode();
      }
    } else {
      Unit unit = lookups.unit(unitCode).orElse(null);
      if (unit == null) {
        problems.add("Không có đơn vị mã «" + MeritTable.shown(unitCode) + "».");
      } else {
        collective = true;
        nomineeKey = "unit:" + unit.getCode();
        nomineeUnit = unit.getCode();
        nomineeName = year == null ? unit.getName() : history.unitNameOn(unit, nameDate(year, today));
      }
    }
    if (code != null && nomineeKey != null) {
      if (collective && code.nominee() == MeritCode.Nominee.INDIVIDUAL) {
        problems.add("«" + code.label() + "» là danh hiệu của cá nhân, không ghi cho tập thể (" + nomineeName + ").");
      } else if (!collective && code.nominee() == MeritCode.Nominee.COLLECTIVE) {
        problems.add("«" + code.label() + "» là danh hiệu của tập thể, không ghi cho cá nhân (" + nomineeName
            + "); ghi theo «Mã đơn vị».");
      }
    }

    String decisionNumber = text(in.decisionNumber(), "Số quyết định", 60, true, problems);
    LocalDate decisionDate = date(in.decisionDate(), problems);
    if (decisionDate != null) {
      if (decisionDate.isAfter(today)) {
        problems.add("«Ngày quyết định» " + VietnameseDates.format(decisionDate) + " chưa đến (hôm nay là "
            + VietnameseDates.format(today) + ").");
      } else if (year != null && decisionDate.getYear() < year) {
        problems.add("«Ngày quyết định» " + VietnameseDates.format(decisionDate) + " trước năm " + year
            + ": quyết định về kết quả năm " + year + " được ban hành trong năm đó hoặc sau.");
      } else if (year != null && decisionDate.getYear() > year + DECISION_YEARS_AFTER) {
        problems.add("«Ngày quyết định» " + VietnameseDates.format(decisionDate) + " quá xa năm " + year
            + ": quyết định về kết quả năm " + year + " được ban hành chậm nhất trong năm "
            + (year + DECISION_YEARS_AFTER) + "; kiểm tra lại năm hoặc ngày.");
      }
    }
    String authority = text(in.authority(), "Cơ quan quyết định", 200, true, problems);
    String note = text(in.note(), "Ghi chú", 1000, false, problems);
    if (problems.messages().size() > before) {
      return null;
    }
    return new Checked(year, code, nomineeKey, nomineeName, nomineeUnit, decisionNumber, decisionDate, authority,
        note);
  }

  /** The unit's name in force at the end of the year, or today when the year is still running. */
  private static LocalDate nameDate(int year, LocalDate today) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return end.isAfter(today) ? today : end;
  }

  /** A code by its name or label, as {@link MeritCode#read} does, and also without diacritics or spacing. */
  static Optional<MeritCode> readCode(String text) {
    Optional<MeritCode> exact = MeritCode.read(text);
    if (exact.isPresent()) {
      return exact;
    }
    String key = MeritTable.fold(text);
    return Arrays.stream(MeritCode.values())
        .filter(c -> MeritTable.fold(c.name()).equals(key) || MeritTable.fold(c.label()).equals(key)).findFirst();
  }

  private static String text(String value, String label, int max, boolean required, Problems problems) {
    String text = Texts.trimToNull(value);
    if (text == null) {
      problems.addIf(required, "Vui lòng nhập «" + label + "».");
      return null;
    }
    if (text.length() > max) {
      problems.add("«" + label + "» quá dài: tối đa " + max + " ký tự.");
      return null;
    }
    return text;
  }

  private static LocalDate date(String value, Problems problems) {
    String text = Texts.trimToNull(value);
    if (text == null) {
      problems.add("Vui lòng nhập «Ngày quyết định» (ngày/tháng/năm, ví dụ 25/12/2024).");
      return null;
    }
    try {
      return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add("«Ngày quyết định» không phải một ngày hợp lệ: «" + MeritTable.shown(text)
          + "» (ghi ngày/tháng/năm như 25/12/2024).");
      return null;
    }
  }

  private static String nomineeWords(Checked row) {
    return row.nomineeKey().startsWith("unit:") ? "đơn vị " + row.nomineeName() : "cán bộ " + row.nomineeName();
  }

  private static String duplicateMessage(Checked row) {
    return "Sổ đã có «" + row.code().label() + "» năm " + row.year() + " của " + nomineeWords(row)
        + "; không ghi lần thứ hai (nếu dòng cũ sai, hãy xóa dòng đó trước).";
  }
}
