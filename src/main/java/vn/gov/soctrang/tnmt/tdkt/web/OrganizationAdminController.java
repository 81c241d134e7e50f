package vn.gov.soctrang.tnmt.tdkt.web;


import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilMember;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilMemberRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.Locality;
import vn.gov.soctrang.tnmt.tdkt.organization.LocalityRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.LocalityTable;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationAdminService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.PersonRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** The organisation as data an administrator edits: units, people and their roles, localities, the Council. */
@RestController
@RequestMapping("/api/admin")
public class OrganizationAdminController {

  private final OrganizationAdminService admin;
  private final UnitRepository units;
  private final PersonRepository people;
  private final LocalityRepository localities;
  private final CouncilMemberRepository council;
  private final java.time.Clock clock;

  public OrganizationAdminController(OrganizationAdminService admin, UnitRepository units, PersonRepository people,
      LocalityRepository localities, CouncilMemberRepository council, java.time.Clock clock) {
    this.clock = clock;
    this.admin = admin;
    this.units = units;
    this.people = people;
    this.localities = localities;
    this.council = council;
  }

  @GetMapping("/units")
  public List<Map<String, Object>> units() {
    return units.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PutMapping("/units")
  public Map<String, Object> saveUnit(@RequestBody OrganizationAdminService.UnitInput input) {
    return view(admin.saveUnit(input));
  }

  /** {@code {"underReview": true, "note": "Quyết định thanh tra số …"}}: audited, administrator only. */
  @PutMapping("/units/{code}/under-review")
  public Map<String, Object> setUnderReview(@PathVariable String code,
      @RequestBody OrganizationAdminService.UnitReviewInput input) {
    return view(admin.setUnitUnderReview(code, input));
  }

  @GetMapping("/people")
  public List<Map<String, Object>> people() {
    return people.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PutMapping("/people")
  public Map<String, Object> savePerson(@RequestBody OrganizationAdminService.PersonInput input) {
    return view(admin.savePerson(input));
  }

  @GetMapping("/localities")
  public List<Map<String, Object>> localities() {
    return localities.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PutMapping("/localities")
  public Map<String, Object> saveLocality(@RequestBody OrganizationAdminService.LocalityInput input) {
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
  public List<Map<String, Object>> council() {
    return council.findAll().stream().map(OrganizationAdminController::view).toList();
  }

  @PostMapping("/council")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> seat(@RequestBody OrganizationAdminService.CouncilInput input) {
    return view(admin.seatOnCouncil(input));
  }

  @DeleteMapping("/council/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void leave(@PathVariable long id, @RequestParam(required = false) String lastDay) {
    admin.leaveCouncil(id, lastDay == null ? LocalDate.now(clock) : LocalDate.parse(lastDay));
  }

  private static Map<String, Object> view(Unit u) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("code", u.getCode());
    v.put("shortName", u.getShortName());
    v.put("name", u.getName());
    v.put("active", u.isActive());
    v.put("underReview", u.isUnderReview());
    return v;
  }

  private static Map<String, Object> view(Person p) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("username", p.getUsername());
    v.put("fullName", p.getFullName());
    v.put("unitCode", p.getUnit() == null ? null : p.getUnit().getCode());
    v.put("position", p.getPositionTitle());
    v.put("gender", p.getGender().name());
    v.put("email", p.getEmail());
    v.put("roles", p.getRoles().stream().map(Enum::name).sorted().toList());
    v.put("active", p.isActive());
    v.put("underDiscipline", p.isUnderDiscipline());
    return v;
  }

  private static Map<String, Object> view(Locality l) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("code", l.getCode());
    v.put("name", l.getName());
    v.put("fullName", l.fullName());
    v.put("kind", l.getKind().name());
    v.put("kindLabel", l.getKind().label());
    v.put("parentCode", l.getParent() == null ? null : l.getParent().getCode());
    v.put("active", l.isActive());
    v.put("validFrom", l.getValidFrom() == null ? null : l.getValidFrom().toString());
    v.put("validTo", l.getValidTo() == null ? null : l.getValidTo().toString());
    v.put("note", l.getNote());
    return v;
  }

  private static Map<String, Object> view(CouncilMember m) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", m.getId());
    v.put("username", m.getPerson().getUsername());
    v.put("fullName", m.getPerson().getFullName());
    v.put("councilRole", m.getCouncilRole().name());
    v.put("validFrom", m.getValidFrom().toString());
    v.put("validTo", m.getValidTo() == null ? null : m.getValidTo().toString());
    return v;
  }
}
