package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * What an administrator changes in the organisation (the province reorganises; people join, move and leave). Every
 * change is mirrored into Camunda users, groups and authorizations in the same transaction.
 */
@Service
@Transactional
public class OrganizationAdminService {

  private final UnitRepository units;
  private final PersonRepository people;
  private final LocalityRepository localities;
  private final CouncilMemberRepository council;
  private final IdentitySyncService identitySync;
  private final IdentityService identity;
  private final AuditService audit;
  private final java.time.Clock clock;
  private final PasswordRules passwordRules;

  public OrganizationAdminService(UnitRepository units, PersonRepository people, LocalityRepository localities,
      CouncilMemberRepository council, IdentitySyncService identitySync, IdentityService identity,
      AuditService audit, java.time.Clock clock, PasswordRules passwordRules) {
    this.clock = clock;
    this.passwordRules = passwordRules;
    this.units = units;
    this.people = people;
    this.localities = localities;
    this.council = council;
    this.identitySync = identitySync;
    this.identity = identity;
    this.audit = audit;
  }

  public record UnitInput(String code, String shortName, String name, Boolean active) {
  }

  public record PersonInput(String username, String fullName, String unitCode, String position, String gender,
      String email, List<String> roles, Boolean active, Boolean underDiscipline, String initialPassword) {
  }

  /** A place as a PUT gives it; dates as {@code 2025-07-01} or {@code 01/07/2025}, empty: open. */
  public record LocalityInput(String code, String name, String kind, String parentCode, Boolean active,
      String validFrom, String validTo, String note) {
  }

  /** What an import did: of its rows, how many made a new place, changed one, or said what it already was. */
  public record ImportResult(int rows, int created, int updated, int unchanged) {
  }

  public record CouncilInput(String username, String councilRole, String validFrom) {
  }

  /** A unit put under (or released from) inspection, investigation or audit, with what says so. */
  public record UnitReviewInput(Boolean underReview, String note) {
  }

  public Unit saveUnit(UnitInput in) {
    Problems problems = new Problems();
    String code = Texts.trimToNull(in.code());
    problems.addIf(code == null || !code.matches("[a-z0-9]{1,20}"),
        "Mã đơn vị chỉ gồm chữ thường không dấu và chữ số (tối đa 20 ký tự).");
    requireText(problems, in.shortName(), "Tên viết tắt", 30);
    requireText(problems, in.name(), "Tên đơn vị", 200);
    problems.throwIfAny();
    Unit unit = units.findByCode(code).orElse(null);
    var before = unit == null ? null : OrganizationSnapshots.of(unit);
    if (unit == null) {
      unit = units.save(new Unit(code, in.shortName().strip(), in.name().strip(), (int) units.count()));
    } else {
      unit.update(in.shortName().strip(), in.name().strip(), in.active() == null || in.active());
    }
    units.flush();
    recordChange(AuditedObject.UNIT, code, before, OrganizationSnapshots.of(unit));
    identitySync.syncAll(null);
    return unit;
  }

  /**
   * Marks a unit as under inspection, investigation or audit on signs of violation, or lifts the mark: while marked,
   * the unit is neither commended nor proposed (the decree in force; its article is in the README and the audit note, not here). Like a person's
   * «under discipline» flag, only an administrator changes it; the note (the decision or conclusion that says so)
   * goes into the audit trail.
   */
  public Unit setUnitUnderReview(String code, UnitReviewInput in) {
    Unit unit = units.findByCode(code == null ? "" : code.strip())
        .orElseThrow(() -> new InvalidInputException("Không có đơn vị mã " + code + "."));
    Problems problems = new Problems();
    problems.addIf(in == null || in.underReview() == null,
        "Vui lòng cho biết đơn vị có đang bị thanh tra, kiểm tra, điều tra hay không («underReview»: true hoặc false).");
    String note = in == null ? null : Texts.trimToNull(in.note());
    problems.addIf(note == null, "Vui lòng nhập «Ghi chú» (căn cứ: quyết định thanh tra, kiểm tra, kết luận …).");
    problems.addIf(note != null && note.length() > 1000, "«Ghi chú» quá dài: tối đa 1000 ký tự.");
    problems.throwIfAny();
    var before = OrganizationSnapshots.of(unit);
    unit.setUnderReview(in.underReview());
    units.flush();
    audit.record(AuditedObject.UNIT, unit.getCode(), AuditAction.UPDATED, before,
        AuditSnapshots.with(OrganizationSnapshots.of(unit), "note", note));
    return unit;
  }

  public Person savePerson(PersonInput in) {
    Problems problems = new Problems();
    String username = Texts.trimToNull(in.username());
    problems.addIf(username == null || !username.matches("[a-zA-Z0-9]{1,64}"),
        "Tên đăng nhập chỉ gồm chữ cái không dấu và chữ số (tối đa 64 ký tự).");
    requireText(problems, in.fullName(), "Họ và tên", 200);
    requireText(problems, in.position(), "Chức vụ", 200);
    Gender gender = parse(Gender.class, in.gender(), "Giới tính", problems);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : in.roles() == null ? List.<String>of() : in.roles()) {
      Role role = parse(Role.class, r, "Vai trò", problems);
      if (role != null) {
        roles.add(role);
      }
    }
    problems.addIf(roles.isEmpty(), "Vui lòng chọn ít nhất một vai trò.");
    Unit unit = null;
    if (Texts.trimToNull(in.unitCode()) != null) {
      unit = units.findByCode(in.unitCode().strip()).orElse(null);
      problems.addIf(unit == null, "Không có đơn vị mã " + in.unitCode() + ".");
    }
    problems.addIf(unit == null && (roles.contains(Role.UNIT_STAFF) || roles.contains(Role.UNIT_HEAD)),
        "Chuyên viên và trưởng đơn vị phải thuộc một đơn vị.");
    if (in.initialPassword() != null) {
      // With the password policy on (prod) the Department's rules, said in Vietnamese; otherwise a floor of 8.
      var broken = passwordRules.violation(in.initialPassword(), username);
      problems.addIf(broken.isPresent(), broken.map(PasswordRules::message).orElse(""));
      problems.addIf(broken.isEmpty() && in.initialPassword().length() < 8,
          "Mật khẩu ban đầu phải có ít nhất 8 ký tự.");
    }
    problems.throwIfAny();
    String email = Texts.trimToNull(in.email());
    Person person = people.findByUsername(username).orElse(null);
    var before = person == null ? null : OrganizationSnapshots.of(person);
    if (person == null) {
      if (identity.createUserQuery().userId(username).count() > 0) {
        throw new ConflictException("Tài khoản " + username + " đã tồn tại trong Camunda nhưng chưa gắn với cán bộ nào.");
      }
      person = people.save(new Person(username, in.fullName().strip(), unit, in.position().strip(), gender, email,
          roles));
    } else {
      person.update(in.fullName().strip(), unit, in.position().strip(), gender, email, roles,
          in.active() == null || in.active());
    }
    if (in.underDiscipline() != null) {
      person.setUnderDiscipline(in.underDiscipline());
    }
    people.flush();
    identitySync.syncAll(null);
    if (in.initialPassword() != null) {
      identitySync.setPassword(username, in.initialPassword());
    }
    // That a password was set is recorded; the password itself never is.
    var after = in.initialPassword() == null ? OrganizationSnapshots.of(person)
        : AuditSnapshots.with(OrganizationSnapshots.of(person), "passwordSet", true);
    recordChange(AuditedObject.PERSON, username, before, after);
    return person;
  }

  public Locality saveLocality(LocalityInput in) {
    Problems problems = new Problems();
    LocalityValues values = check(new LocalityRow(0, in.code(), in.name(), in.kind(), in.parentCode(),
        in.validFrom(), in.validTo(), in.note()), code -> localities.findByCode(code).map(Locality::getKind),
        problems);
    problems.throwIfAny();
    Locality parent = values.parentCode() == null ? null : localities.findByCode(values.parentCode()).orElseThrow();
    return apply(values, parent, in.active() == null || in.active()).locality();
  }

  /**
   * Creates or updates, by code, every place of an imported list, or none: every row is checked first, and one bad
   * row refuses the whole list with each bad row's number and reasons. A parent may be in the database or anywhere in
   * the list. An existing place keeps its «active» flag (an ended place gets its last day instead). Each creation
   * and each real change is one entry of the audit trail, as with {@link #saveLocality}.
   */
  public ImportResult importLocalities(List<LocalityRow> rows) {
    Problems problems = new Problems();
    Map<String, LocalityKind> kindsInFile = new HashMap<>();
    Map<String, Integer> firstRowOf = new HashMap<>();
    for (LocalityRow row : rows) {
      String code = Texts.trimToNull(row.code());
      if (code != null && !firstRowOf.containsKey(code)) {
        firstRowOf.put(code, row.row());
        LocalityKind.read(row.level()).ifPresent(kind -> kindsInFile.put(code, kind));
      }
    }
    List<LocalityValues> checked = new ArrayList<>();
    for (LocalityRow row : rows) {
      Problems rowProblems = new Problems();
      String code = Texts.trimToNull(row.code());
      if (code != null && firstRowOf.get(code) != row.row()) {
        rowProblems.add("mã " + code + " đã có ở dòng " + firstRowOf.get(code) + " của tệp.");
      }
      LocalityValues values = check(row, code2 -> kindsInFile.containsKey(code2)
          ? Optional.of(kindsInFile.get(code2)) : localities.findByCode(code2).map(Locality::getKind), rowProblems);
      problems.addAll("Dòng " + row.row() + ": ", rowProblems);
      checked.add(values);
    }
    if (!problems.isEmpty()) {
      List<String> messages = new ArrayList<>();
      messages.add("Chưa nhập địa phương nào: tệp có dòng không hợp lệ, hãy sửa các dòng sau rồi nhập lại cả tệp.");
      List<String> all = problems.messages();
      messages.addAll(all.subList(0, Math.min(all.size(), MAX_IMPORT_MESSAGES)));
      if (all.size() > MAX_IMPORT_MESSAGES) {
        messages.add("… và " + (all.size() - MAX_IMPORT_MESSAGES) + " lỗi khác.");
      }
      throw new InvalidInputException(messages);
    }
    // Parents before their children: provinces, then districts, then communes; within a level, in the file's order.
    checked.sort(java.util.Comparator.comparingInt(v -> v.kind().tier()));
    Map<String, Locality> saved = new HashMap<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (LocalityValues values : checked) {
      Locality parent = values.parentCode() == null ? null : saved.containsKey(values.parentCode())
          ? saved.get(values.parentCode()) : localities.findByCode(values.parentCode()).orElseThrow();
      Applied applied = apply(values, parent, null);
      saved.put(values.code(), applied.locality());
      switch (applied.action()) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        default -> unchanged++;
      }
    }
    return new ImportResult(rows.size(), created, updated, unchanged);
  }

  /** A place's values once checked. */
  private record LocalityValues(String code, String name, LocalityKind kind, String parentCode, LocalDate validFrom,
      LocalDate validTo, String note) {
  }

  private enum Outcome { CREATED, UPDATED, UNCHANGED }

  private record Applied(Locality locality, Outcome action) {
  }

  private static final int MAX_IMPORT_MESSAGES = 200;

  private static final java.time.format.DateTimeFormatter VIETNAMESE_DATE = java.time.format.DateTimeFormatter
      .ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /**
   * Checks one place as a PUT or a row of a file gives it; {@code kindOf} tells the level of a parent code (empty:
   * no such place). Returns null when there are problems.
   */
  private static LocalityValues check(LocalityRow in,
      java.util.function.Function<String, Optional<LocalityKind>> kindOf, Problems problems) {
    int before = problems.messages().size();
    String code = Texts.trimToNull(in.code());
    problems.addIf(code == null || !code.matches("[a-z0-9-]{1,40}"),
        "Mã địa phương chỉ gồm chữ thường không dấu, chữ số và dấu gạch (tối đa 40 ký tự)"
            + (code == null ? "." : ", đã nhập «" + shown(code) + "»."));
    requireText(problems, in.name(), "Tên địa phương", 200);
    LocalityKind kind = null;
    if (Texts.isBlank(in.level())) {
      problems.add("Vui lòng chọn «Cấp hành chính».");
    } else {
      kind = LocalityKind.read(in.level()).orElse(null);
      problems.addIf(kind == null, "«Cấp hành chính» không hợp lệ: " + shown(in.level()) + ". Các cấp: "
          + String.join("; ", java.util.Arrays.stream(LocalityKind.values())
              .map(k -> k.label() + " (" + k.name() + ")").toList()) + ".");
    }
    String parentCode = Texts.trimToNull(in.parentCode());
    if (parentCode != null) {
      Optional<LocalityKind> parentKind = parentCode.equals(code) ? Optional.empty() : kindOf.apply(parentCode);
      if (parentCode.equals(code)) {
        problems.add("Địa phương không thể là cấp trên của chính nó (mã " + shown(code) + ").");
      } else if (parentKind.isEmpty()) {
        problems.add("Không có địa phương cấp trên mã " + shown(parentCode) + ".");
      } else if (kind != null && !parentKind.get().mayContain(kind)) {
        problems.add("Địa phương cấp trên mã " + shown(parentCode) + " thuộc cấp «" + parentKind.get().label()
            + "», không thể chứa một địa phương cấp «" + kind.label() + "».");
      }
    }
    LocalDate from = date(in.validFrom(), "Hiệu lực từ", problems);
    LocalDate to = date(in.validTo(), "Hiệu lực đến", problems);
    problems.addIf(from != null && to != null && to.isBefore(from), "«Hiệu lực đến» ("
        + VietnameseDates.format(to) + ") không được trước «Hiệu lực từ» (" + VietnameseDates.format(from) + ").");
    String note = Texts.trimToNull(in.note());
    problems.addIf(note != null && note.length() > 1000, "«Ghi chú» quá dài: tối đa 1000 ký tự.");
    if (problems.messages().size() > before) {
      return null;
    }
    return new LocalityValues(code, in.name().strip(), kind, parentCode, from, to, note);
  }

  private static LocalDate date(String text, String label, Problems problems) {
    String value = Texts.trimToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      problems.add("«" + label + "» không phải một ngày hợp lệ: «" + shown(value)
          + "» (ghi ngày/tháng/năm như 01/07/2025 hoặc năm-tháng-ngày như 2025-07-01).");
      return null;
    }
  }

  private Applied apply(LocalityValues v, Locality parent, Boolean active) {
    Locality locality = localities.findByCode(v.code()).orElse(null);
    if (locality == null) {
      Locality created = localities.save(new Locality(v.code(), v.name(), v.kind(), parent, v.validFrom(),
          v.validTo(), v.note()));
      recordChange(AuditedObject.LOCALITY, v.code(), null, OrganizationSnapshots.of(created));
      return new Applied(created, Outcome.CREATED);
    }
    var before = OrganizationSnapshots.of(locality);
    locality.update(v.name(), v.kind(), parent, active == null ? locality.isActive() : active, v.validFrom(),
        v.validTo(), v.note());
    var after = OrganizationSnapshots.of(locality);
    recordChange(AuditedObject.LOCALITY, v.code(), before, after);
    return new Applied(locality, AuditService.changed(before, after) ? Outcome.UPDATED : Outcome.UNCHANGED);
  }

  private static String shown(String text) {
    String value = text.strip();
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }

  public CouncilMember seatOnCouncil(CouncilInput in) {
    Problems problems = new Problems();
    Person person = people.findByUsername(Texts.trimToNull(in.username()) == null ? "" : in.username().strip())
        .orElse(null);
    problems.addIf(person == null, "Không có cán bộ với tên đăng nhập " + in.username() + ".");
    CouncilRole role = parse(CouncilRole.class, in.councilRole(), "Vị trí trong Hội đồng", problems);
    LocalDate from = null;
    try {
      from = in.validFrom() == null ? LocalDate.now(clock) : LocalDate.parse(in.validFrom());
    } catch (java.time.format.DateTimeParseException e) {
      problems.add("Ngày bắt đầu không hợp lệ (định dạng năm-tháng-ngày).");
    }
    problems.throwIfAny();
    CouncilMember member = council.save(new CouncilMember(person, role, from));
    audit.record(AuditedObject.COUNCIL_MEMBER, member.getId(), AuditAction.SEATED, null, OrganizationSnapshots.of(member));
    identitySync.syncAll(null);
    return member;
  }

  public void leaveCouncil(long memberId, LocalDate lastDay) {
    CouncilMember member = council.findById(memberId)
        .orElseThrow(() -> new InvalidInputException("Không có thành viên Hội đồng số " + memberId + "."));
    var before = OrganizationSnapshots.of(member);
    member.end(lastDay);
    council.flush();
    audit.record(AuditedObject.COUNCIL_MEMBER, memberId, AuditAction.LEFT, before, OrganizationSnapshots.of(member));
    identitySync.syncAll(null);
  }

  /** Records a creation or a real change; saving the same values again is not a change. */
  private void recordChange(AuditedObject type, String id, java.util.Map<String, Object> before,
      java.util.Map<String, Object> after) {
    if (before == null) {
      audit.record(type, id, AuditAction.CREATED, null, after);
    } else if (AuditService.changed(before, after)) {
      audit.record(type, id, AuditAction.UPDATED, before, after);
    }
  }

  private static void requireText(Problems problems, String value, String label, int max) {
    if (Texts.isBlank(value)) {
      problems.add("Vui lòng nhập «" + label + "».");
    } else if (value.strip().length() > max) {
      problems.add("«" + label + "» quá dài: tối đa " + max + " ký tự.");
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String label, Problems problems) {
    if (Texts.isBlank(value)) {
      problems.add("Vui lòng chọn «" + label + "».");
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      problems.add("«" + label + "» không hợp lệ: " + value + ".");
      return null;
    }
  }
}
