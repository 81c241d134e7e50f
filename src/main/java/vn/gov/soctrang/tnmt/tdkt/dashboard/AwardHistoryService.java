package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardEvent;
import vn.gov.soctrang.tnmt.tdkt.award.AwardEventRepository;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * The award history of a person (their own awards) or of a unit (the unit as a collective and its people, as the
 * register recorded the unit at the time of each award), revoked awards included and marked.
 */
@Service
@Transactional(readOnly = true)
class AwardHistoryService {

  private static final String COLLECTIVE_PREFIX = "unit:";

  private final AwardRepository awards;
  private final AwardEventRepository events;
  private final OrganizationService organization;
  private final UnitRepository units;

  public AwardHistoryService(AwardRepository awards, AwardEventRepository events, OrganizationService organization,
      UnitRepository units) {
    this.awards = awards;
    this.events = events;
    this.organization = organization;
    this.units = units;
  }

  /** Exactly one of person and unit; anyone may look up themselves or their unit, the Office and leadership anyone. */
  public AwardHistoryView lookup(Caller caller, String person, String unit) {
    boolean byPerson = person != null && !person.isBlank();
    boolean byUnit = unit != null && !unit.isBlank();
    if (byPerson == byUnit) {
      throw new InvalidInputException("Vui lòng nhập tên đăng nhập của một cá nhân hoặc mã của một đơn vị.");
    }
    String key = (byPerson ? person : unit).strip();
    if (!caller.owns(byPerson ? key : null, byPerson ? null : key)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Bạn chỉ được tra cứu khen thưởng của bản thân hoặc của đơn vị mình.");
    }
    return byPerson ? ofPerson(key) : ofUnit(key);
  }

  private AwardHistoryView ofPerson(String username) {
    Person person = organization.person(username).orElse(null);
    List<Award> found = matching(a -> a.getNomineeKey().equals(username));
    if (person == null && found.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy cá nhân có tên đăng nhập " + username
          + ".");
    }
    String name = person != null ? person.getFullName() : found.get(0).getNomineeName();
    String unitName = person != null && person.getUnit() != null ? person.getUnit().getName() : null;
    return view("PERSON", username, name, unitName, found);
  }

  private AwardHistoryView ofUnit(String code) {
    Unit unit = units.findByCode(code).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị có mã " + code + "."));
    return view("UNIT", code, unit.getName(), unit.getName(),
        matching(a -> a.getUnit().getCode().equals(code)));
  }

  private List<Award> matching(Predicate<Award> which) {
    return awards.findAllByOrderByYearDescIdAsc().stream().filter(which)
        .sorted(Comparator.comparingInt(Award::getYear).reversed().thenComparing(Award::getId)).toList();
  }

  private AwardHistoryView view(String kind, String key, String name, String unit, List<Award> found) {
    List<AwardHistoryView.Entry> entries = found.stream().map(this::entry).toList();
    int active = (int) found.stream().filter(Award::isActive).count();
    return new AwardHistoryView(kind, key, name, unit, active, found.size() - active, entries);
  }

  private AwardHistoryView.Entry entry(Award a) {
    NomineeType type = nomineeType(a);
    String reason = a.isActive() ? null : events.findByAwardIdOrderByIdAsc(a.getId()).stream()
        .filter(e -> AwardEvent.REVOKED.equals(e.getAction())).map(AwardEvent::getReason)
        .reduce((first, last) -> last).orElse(null);
    return new AwardHistoryView.Entry(a.getId(), a.getYear(), type.name(), type.label(), a.getNomineeName(),
        a.getUnit().getName(), a.getAwardType().name(), a.getAwardType().label(), a.getAuthority(),
        a.getDecisionNumber(), a.getDecisionDate(), a.getStatus(), statusLabel(a), a.getRevokedAt(), reason);
  }

  static String statusLabel(Award a) {
    return a.isActive() ? "Đang hiệu lực" : "Đã thu hồi";
  }

  static NomineeType nomineeType(Award a) {
    return a.getNomineeKey().startsWith(COLLECTIVE_PREFIX) ? NomineeType.COLLECTIVE : NomineeType.INDIVIDUAL;
  }
}
