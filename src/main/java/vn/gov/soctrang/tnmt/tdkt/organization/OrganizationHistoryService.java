package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The organisation's names over time: the issuing body and the units as they were called on a given date, and the
 * administrator's entries of a reorganisation (each from its effective date, audited).
 */
@Service
@Transactional(readOnly = true)
public class OrganizationHistoryService {

  /** The date the first issuing-body row applies from: before every movement the system knows. */
  public static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

  private final IssuingBodyRepository bodies;
  private final UnitNameRepository unitNames;
  private final UnitRepository units;
  private final AuditService audit;
  private final Clock clock;

  public OrganizationHistoryService(IssuingBodyRepository bodies, UnitNameRepository unitNames,
      UnitRepository units, AuditService audit, Clock clock) {
    this.bodies = bodies;
    this.unitNames = unitNames;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
  }

  /** The issuing body as named on that date (the first row for dates before it). */
  public IssuingBody issuingBodyOn(LocalDate date) {
    return bodies.findFirstByValidFromLessThanEqualOrderByValidFromDesc(date)
        .or(bodies::findFirstByOrderByValidFromAsc)
        .orElseThrow(() -> new IllegalStateException("No issuing body: the start-up creates the first one"));
  }

  public List<IssuingBody> issuingBodies() {
    return bodies.findAllByOrderByValidFromAsc();
  }

  /** An empty database gets its first issuing body from the deployment's letterhead settings. */
  @Transactional
  public void ensureIssuingBody(String superior, String name, String symbol, String place, String directorTitle) {
    if (bodies.count() == 0) {
      bodies.save(new IssuingBody(SINCE_EVER, superior, name, symbol, place, directorTitle,
          "Tên ban đầu, lấy từ cấu hình triển khai (tdkt.letterhead) khi cơ sở dữ liệu còn trống.", clock.instant(),
          "system"));
    }
  }

  /** A later name of the demo organisation, from its seed file (author {@code system}). */
  @Transactional
  void recordSeeded(LocalDate validFrom, String superior, String name, String symbol, String place,
      String directorTitle, String sourceNote) {
    bodies.save(new IssuingBody(validFrom, superior, name, symbol, place, directorTitle, sourceNote, clock.instant(),
        "system"));
  }

  public record NewIssuingBody(String validFrom, String superior, String name, String symbol, String place,
      String directorTitle, String sourceNote) {
  }

  /** A reorganisation: the names documents dated from {@code validFrom} on carry. */
  @Transactional
  public IssuingBody declareIssuingBody(NewIssuingBody in, String actor) {
    Problems problems = new Problems();
    LocalDate from = Texts.isoDate(in.validFrom(), "Ngày có hiệu lực", true, problems);
    String superior = required(in.superior(), "Cơ quan chủ quản", 200, problems);
    String name = required(in.name(), "Tên cơ quan", 200, problems);
    String symbol = required(in.symbol(), "Chữ viết tắt trong số văn bản", 20, problems);
    String place = required(in.place(), "Địa danh ghi ở dòng ngày tháng", 100, problems);
    String title = required(in.directorTitle(), "Chức danh người ký", 100, problems);
    String source = required(in.sourceNote(), "Căn cứ (nghị quyết, quyết định: số, ngày)", 1000, problems);
    problems.addIf(symbol != null && !symbol.matches("[A-ZĐ0-9&-]{2,20}"),
        "Chữ viết tắt chỉ gồm chữ in hoa, chữ số, & và gạch ngang (ví dụ SNNMT).");
    problems.addIf(from != null && bodies.findByValidFrom(from).isPresent(), "Đã có tên cơ quan áp dụng từ ngày "
        + VietnameseDates.format(from) + ".");
    problems.throwIfAny();
    IssuingBody body = bodies.saveAndFlush(new IssuingBody(from, superior, name, symbol, place, title, source,
        clock.instant(), actor));
    audit.record(actor, AuditedObject.ISSUING_BODY, from, AuditAction.CREATED, null, snapshot(body));
    return body;
  }

  /**
   * Every unit's names over time, read in one statement: for a document that names many units (a province's list
   * names thousands of nominations), instead of one look-up per row.
   */
  public UnitNameHistory unitNameHistory() {
    return new UnitNameHistory(unitNames.findAllByOrderByValidFromAsc());
  }

  /** The unit's name on that date. */
  public String unitNameOn(Unit unit, LocalDate date) {
    return nameRow(unit, date).map(UnitName::getName).orElse(unit.getName());
  }


  private java.util.Optional<UnitName> nameRow(Unit unit, LocalDate date) {
    return UnitNameHistory.rowOn(unitNames.findByUnitIdOrderByValidFromAsc(unit.getId()), date);
  }

  public List<UnitName> unitNames() {
    return unitNames.findAllByOrderByValidFromAsc();
  }

  public record UnitRenaming(String validFrom, String name, String shortName, String sourceNote) {
  }

  /**
   * A unit renamed (or merged under a new name) from a date: documents dated from then show the new name, earlier
   * ones the old; the unit's current name changes once the date has come.
   */
  @Transactional
  public UnitName renameUnit(String code, UnitRenaming in, String actor) {
    Unit unit = units.findByCode(code == null ? "" : code.strip())
        .orElseThrow(() -> new InvalidInputException("Không có đơn vị mã " + code + "."));
    Problems problems = new Problems();
    LocalDate from = Texts.isoDate(in.validFrom(), "Ngày có hiệu lực", true, problems);
    String name = required(in.name(), "Tên đơn vị", 200, problems);
    String shortName = required(in.shortName(), "Tên ngắn", 30, problems);
    String source = required(in.sourceNote(), "Căn cứ (quyết định: số, ngày)", 1000, problems);
    List<UnitName> rows = unitNames.findByUnitIdOrderByValidFromAsc(unit.getId());
    problems.addIf(from != null && rows.stream().anyMatch(r -> r.getValidFrom().equals(from)),
        "Đơn vị đã có tên áp dụng từ ngày " + (from == null ? "" : VietnameseDates.format(from)) + ".");
    problems.throwIfAny();
    if (rows.isEmpty()) {
      unitNames.save(new UnitName(unit.getId(), SINCE_EVER, unit.getName(), unit.getShortName(),
          "Tên trước lần đổi tên đầu tiên được ghi nhận.", clock.instant(), actor));
    }
    UnitName row = unitNames.saveAndFlush(new UnitName(unit.getId(), from, name, shortName, source, clock.instant(),
        actor));
    if (!from.isAfter(LocalDate.now(clock))) {
      unit.update(shortName, name, unit.isActive());
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("unit", unit.getCode());
    after.put("validFrom", from.toString());
    after.put("name", name);
    after.put("shortName", shortName);
    after.put("sourceNote", source);
    audit.record(actor, AuditedObject.UNIT_NAME, unit.getCode() + "@" + from, AuditAction.CREATED, null, after);
    return row;
  }


  private static String required(String text, String label, int max, Problems problems) {
    String value = Texts.trimToNull(text);
    problems.addIf(value == null || value.length() > max, "Vui lòng nhập «" + label + "» (tối đa " + max
        + " ký tự).");
    return value == null ? null : value.strip();
  }

  static Map<String, Object> snapshot(IssuingBody b) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("validFrom", b.getValidFrom().toString());
    s.put("superior", b.getSuperior());
    s.put("name", b.getName());
    s.put("symbol", b.getSymbol());
    s.put("place", b.getPlace());
    s.put("directorTitle", b.getDirectorTitle());
    s.put("sourceNote", b.getSourceNote());
    return s;
  }
}
