package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** The organisation as data an administrator edits: units, people and their roles, localities, the Council. */
@RestController
@RequestMapping("/api/admin")
class OrganizationAdminController {

  private final OrganizationAdminService admin;
  private final UnitRepository units;
  private final PersonRepository people;
  private final LocalityRepository localities;
  private final CouncilMemberRepository council;
  private final java.time.Clock clock;

  OrganizationAdminController(OrganizationAdminService admin, UnitRepository units, PersonRepository people,
      LocalityRepository localities, CouncilMemberRepository council, java.time.Clock clock) {
    this.clock = clock;
    this.admin = admin;
    this.units = units;
    this.people = people;
    this.localities = localities;
    this.council = council;
  }

  record UnitView(String code, String shortName, String name, boolean active, boolean underReview) {
  }

  record PersonView(String username, String fullName, String unitCode, String position, String gender, String email,
      List<String> roles, boolean active, boolean underDiscipline) {
  }

  record LocalityView(String code, String name, String fullName, String kind, String kindLabel, String parentCode,
      boolean active, String validFrom, String validTo, String note) {
  }

  record CouncilMemberView(Long id, String username, String fullName, String councilRole, String validFrom,
      String validTo) {
  }

  @GetMapping("/units")
  public List<UnitView> units() {
    return units.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PutMapping("/units")
  public UnitView saveUnit(@RequestBody OrganizationAdminService.UnitInput input) {
    return view(admin.saveUnit(input));
  }

  /** {@code {"underReview": true, "note": "Quyết định thanh tra số …"}}: audited, administrator only. */
  @PutMapping("/units/{code}/under-review")
  public UnitView setUnderReview(@PathVariable String code,
      @RequestBody OrganizationAdminService.UnitReviewInput input) {
    return view(admin.setUnitUnderReview(code, input));
  }

  @GetMapping("/people")
  public List<PersonView> people() {
    return people.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PutMapping("/people")
  public PersonView savePerson(@RequestBody OrganizationAdminService.PersonInput input) {
    return view(admin.savePerson(input));
  }

  @GetMapping("/localities")
  public List<LocalityView> localities() {
    return localities.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PutMapping("/localities")
  public LocalityView saveLocality(@RequestBody OrganizationAdminService.LocalityInput input) {
    return view(admin.saveLocality(input));
  }

  /**
   * A list of places from a file (CSV in UTF-8 or Excel .xlsx, one header row; see {@link LocalityTable}): all of it
   * is stored, or, when any row is bad, none of it (400 with each bad row's number and reasons).
   */
  @PostMapping(value = "/localities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public OrganizationAdminService.ImportResult importLocalities(
      @RequestParam(value = "file", required = false) MultipartFile file) throws java.io.IOException {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("Vui lòng chọn tệp danh mục địa phương (CSV UTF-8 hoặc Excel .xlsx) ở trường «file».");
    }
    return admin.importLocalities(LocalityTable.read(file.getBytes()));
  }

  @GetMapping("/council")
  public List<CouncilMemberView> council() {
    return council.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PostMapping("/council")
  @ResponseStatus(HttpStatus.CREATED)
  public CouncilMemberView seat(@RequestBody OrganizationAdminService.CouncilInput input) {
    return view(admin.seatOnCouncil(input));
  }

  @DeleteMapping("/council/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void leave(@PathVariable long id, @RequestParam(required = false) String lastDay) {
    admin.leaveCouncil(id, lastDay == null ? LocalDate.now(clock) : LocalDate.parse(lastDay));
  }

  private static UnitView view(Unit u) {
    return new UnitView(u.getCode(), u.getShortName(), u.getName(), u.isActive(), u.isUnderReview());
  }

  private static PersonView view(Person p) {
    return new PersonView(p.getUsername(), p.getFullName(), p.getUnit() == null ? null : p.getUnit().getCode(),
        p.getPositionTitle(), p.getGender().name(), p.getEmail(), p.getRoles().stream().map(Enum::name).sorted()
        .toList(), p.isActive(), p.isUnderDiscipline());
  }

  private static LocalityView view(Locality l) {
    return new LocalityView(l.getCode(), l.getName(), l.fullName(), l.getKind().name(), l.getKind().label(),
        l.getParent() == null ? null : l.getParent().getCode(), l.isActive(), isoDate(l.getValidFrom()),
        isoDate(l.getValidTo()), l.getNote());
  }

  private static CouncilMemberView view(CouncilMember m) {
    return new CouncilMemberView(m.getId(), m.getPerson().getUsername(), m.getPerson().getFullName(),
        m.getCouncilRole().name(), m.getValidFrom().toString(), isoDate(m.getValidTo()));
  }

  private static String isoDate(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
