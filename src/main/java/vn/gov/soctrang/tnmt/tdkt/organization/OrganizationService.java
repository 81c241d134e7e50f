package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/** Read access to the organisation for the other features. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

  private final UnitRepository units;
  private final PersonRepository people;
  private final LocalityRepository localities;
  private final CouncilMemberRepository councilMembers;

  public OrganizationService(UnitRepository units, PersonRepository people, LocalityRepository localities,
      CouncilMemberRepository councilMembers) {
    this.units = units;
    this.people = people;
    this.localities = localities;
    this.councilMembers = councilMembers;
  }

  public List<Unit> activeUnits() {
    return units.findByActiveTrueOrderBySortOrderAsc();
  }

  public Unit unit(String code) {
    return units.findByCode(code)
        .orElseThrow(() -> new InvalidInputException("Không tìm thấy đơn vị có mã " + code + "."));
  }

  /**
   * The person a unit proposes in one slot of a form (a title, an award), if the proposal may name them: an active
   * person of that unit, not already named in an earlier slot of the same form. Otherwise the reason, prefixed with
   * the slot's place («Cá nhân thứ 2»), is added to {@code problems} and nothing is returned.
   *
   * @param seen the accounts named in the earlier slots; the account is added when the person may be proposed
   * @param what what the unit proposes, as the refusal says it: «khen thưởng», «danh hiệu»
   */
  @Transactional(readOnly = true)
  public Optional<Person> proposableMember(String place, String username, Unit unit, Set<String> seen,
      String what, Problems problems) {
    Optional<Person> person = person(username);
    if (person.isEmpty() || !person.get().isActive()) {
      problems.add(place + ": không có cán bộ, công chức, viên chức với tài khoản «" + username + "».");
      return Optional.empty();
    }
    if (person.get().getUnit() == null || !person.get().getUnit().getCode().equals(unit.getCode())) {
      problems.add(place + ": «" + person.get().getFullName() + "» không thuộc " + unit.getName()
          + "; đơn vị chỉ đề nghị " + what + " cho người của mình.");
      return Optional.empty();
    }
    if (!seen.add(username)) {
      problems.add(place + ": «" + person.get().getFullName() + "» đã được đề nghị ở một ô trước.");
      return Optional.empty();
    }
    return person;
  }

  public Optional<Person> person(String username) {
    return username == null ? Optional.empty() : people.findByUsername(username);
  }

  public List<Person> peopleOf(Unit unit) {
    return people.findByUnitAndActiveTrueOrderByFullNameAsc(unit);
  }

  public List<Locality> activeLocalities() {
    return localities.findByActiveTrue().stream()
        .sorted((a, b) -> a.fullName().compareTo(b.fullName()))
        .toList();
  }

  /**
   * The places a unit may register to support in a period: active, of a level below the province, and existing on
   * at least one day of it.
   */
  public List<Locality> supportableLocalities(LocalDate from, LocalDate to) {
    return activeLocalities().stream()
        .filter(l -> l.getKind().supportable() && l.validDuring(from, to))
        .toList();
  }

  public Optional<Locality> locality(String code) {
    return code == null ? Optional.empty() : localities.findByCode(code).filter(Locality::isActive);
  }

  public List<CouncilMember> councilOn(LocalDate date) {
    return councilMembers.findAll().stream().filter(m -> m.isSeatedOn(date)).toList();
  }
}
