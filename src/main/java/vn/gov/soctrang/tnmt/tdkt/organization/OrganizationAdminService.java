package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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

  public OrganizationAdminService(UnitRepository units, PersonRepository people, LocalityRepository localities,
      CouncilMemberRepository council, IdentitySyncService identitySync, IdentityService identity,
      AuditService audit, java.time.Clock clock) {
    this.clock = clock;
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

  public record LocalityInput(String code, String name, String kind, String parentCode, Boolean active) {
  }

  public record CouncilInput(String username, String councilRole, String validFrom) {
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
    var before = unit == null ? null : AuditSnapshots.of(unit);
    if (unit == null) {
      unit = units.save(new Unit(code, in.shortName().strip(), in.name().strip(), (int) units.count()));
    } else {
      unit.update(in.shortName().strip(), in.name().strip(), in.active() == null || in.active());
    }
    units.flush();
    recordChange(AuditedObject.UNIT, code, before, AuditSnapshots.of(unit));
    identitySync.syncAll(null);
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
    problems.addIf(in.initialPassword() != null && in.initialPassword().length() < 8,
        "Mật khẩu ban đầu phải có ít nhất 8 ký tự.");
    problems.throwIfAny();
    String email = Texts.trimToNull(in.email());
    Person person = people.findByUsername(username).orElse(null);
    var before = person == null ? null : AuditSnapshots.of(person);
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
    var after = in.initialPassword() == null ? AuditSnapshots.of(person)
        : AuditSnapshots.with(AuditSnapshots.of(person), "passwordSet", true);
    recordChange(AuditedObject.PERSON, username, before, after);
    return person;
  }

  public Locality saveLocality(LocalityInput in) {
    Problems problems = new Problems();
    String code = Texts.trimToNull(in.code());
    problems.addIf(code == null || !code.matches("[a-z0-9-]{1,40}"),
        "Mã địa phương chỉ gồm chữ thường không dấu, chữ số và dấu gạch (tối đa 40 ký tự).");
    requireText(problems, in.name(), "Tên địa phương", 200);
    LocalityKind kind = parse(LocalityKind.class, in.kind(), "Cấp hành chính", problems);
    Locality parent = null;
    if (Texts.trimToNull(in.parentCode()) != null) {
      parent = localities.findByCode(in.parentCode().strip()).orElse(null);
      problems.addIf(parent == null, "Không có địa phương cấp trên mã " + in.parentCode() + ".");
    }
    problems.throwIfAny();
    Locality locality = localities.findByCode(code).orElse(null);
    if (locality == null) {
      Locality created = localities.save(new Locality(code, in.name().strip(), kind, parent));
      recordChange(AuditedObject.LOCALITY, code, null, AuditSnapshots.of(created));
      return created;
    }
    var before = AuditSnapshots.of(locality);
    locality.update(in.name().strip(), parent, in.active() == null || in.active());
    recordChange(AuditedObject.LOCALITY, code, before, AuditSnapshots.of(locality));
    return locality;
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
    audit.record(AuditedObject.COUNCIL_MEMBER, member.getId(), AuditAction.SEATED, null, AuditSnapshots.of(member));
    identitySync.syncAll(null);
    return member;
  }

  public void leaveCouncil(long memberId, LocalDate lastDay) {
    CouncilMember member = council.findById(memberId)
        .orElseThrow(() -> new InvalidInputException("Không có thành viên Hội đồng số " + memberId + "."));
    var before = AuditSnapshots.of(member);
    member.end(lastDay);
    council.flush();
    audit.record(AuditedObject.COUNCIL_MEMBER, memberId, AuditAction.LEFT, before, AuditSnapshots.of(member));
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
