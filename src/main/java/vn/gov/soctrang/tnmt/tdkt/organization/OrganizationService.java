package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

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
