package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.award.AppliedRevocations;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardEvent;
import vn.gov.soctrang.tnmt.tdkt.award.AwardEventRepository;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritKind;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Reads both registers into one view of every kind of commendation: the award register (the awards decided in the
 * yearly cycles and anything else entered there, revoked ones kept and marked) and the merit register (titles,
 * ratings, awards received elsewhere, and whatever a later process records there). A merit row of the Department's
 * own award decision is the award register's entry and is not counted twice.
 */
@Service
@Transactional(readOnly = true)
class CommendationService {

  /** The registers reach back no further (the merit register's first year). */
  static final int FIRST_YEAR = 1990;

  private static final String COLLECTIVE_PREFIX = "unit:";

  private final AwardRepository awards;
  private final AwardEventRepository events;
  private final AppliedRevocations revocations;
  private final MeritRecordRepository merits;
  private final CycleRepository cycles;
  private final OrganizationService organization;
  private final UnitRepository units;
  private final OrganizationHistoryService organizationHistory;
  private final Clock clock;

  CommendationService(AwardRepository awards, AwardEventRepository events, AppliedRevocations revocations,
      MeritRecordRepository merits, CycleRepository cycles, OrganizationService organization, UnitRepository units,
      OrganizationHistoryService organizationHistory, Clock clock) {
    this.awards = awards;
    this.events = events;
    this.revocations = revocations;
    this.merits = merits;
    this.cycles = cycles;
    this.organization = organization;
    this.units = units;
    this.organizationHistory = organizationHistory;
    this.clock = clock;
  }

  /**
   * A person's or a unit's commendations (at most one of them), or with neither the Department's yearly totals. A
   * person sees themselves, a unit's staff their unit; the Office, the leadership and administrators see everyone and
   * the Department's totals.
   */
  public CommendationView lookup(Caller caller, String person, String unit, Integer from, Integer to) {
    boolean byPerson = person != null && !person.isBlank();
    boolean byUnit = unit != null && !unit.isBlank();
    if (byPerson && byUnit) {
      throw new InvalidInputException("Chỉ chọn một trong hai: cá nhân (tên đăng nhập) hoặc đơn vị (mã đơn vị).");
    }
    int thisYear = LocalDate.now(clock).getYear();
    checkYears(from, to, thisYear);
    if (!byPerson && !byUnit) {
      if (!caller.seesAll()) {
        throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ Văn phòng Sở và Lãnh đạo Sở được xem tổng hợp "
            + "khen thưởng của toàn Sở; hãy chọn bản thân hoặc đơn vị mình.");
      }
      return department(from, to, thisYear);
    }
    String key = (byPerson ? person : unit).strip();
    if (!caller.owns(byPerson ? key : null, byPerson ? null : key)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Bạn chỉ được xem khen thưởng của bản thân hoặc của đơn vị mình.");
    }
    return byPerson ? person(key, from, to, thisYear) : unit(key, from, to, thisYear);
  }

  private static void checkYears(Integer from, Integer to, int thisYear) {
    Problems problems = new Problems();
    if (from != null) {
      problems.addIf(from < FIRST_YEAR, "«Từ năm» " + from + " quá xa: sổ chỉ ghi từ năm " + FIRST_YEAR + ".");
      problems.addIf(from > thisYear, "«Từ năm» " + from + " chưa đến (năm nay là " + thisYear + ").");
    }
    if (to != null) {
      problems.addIf(to < FIRST_YEAR, "«Đến năm» " + to + " quá xa: sổ chỉ ghi từ năm " + FIRST_YEAR + ".");
      problems.addIf(to > thisYear, "«Đến năm» " + to + " chưa đến (năm nay là " + thisYear + ").");
    }
    problems.addIf(from != null && to != null && from > to,
        "«Từ năm» (" + from + ") không được sau «Đến năm» (" + to + ").");
    problems.throwIfAny();
  }

  private CommendationView person(String username, Integer from, Integer to, int thisYear) {
    Person person = organization.person(username).orElse(null);
    List<CommendationView.Row> rows = rows(a -> a.getNomineeKey().equals(username),
        m -> m.getNomineeKey().equals(username));
    if (person == null && rows.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Không tìm thấy cá nhân có tên đăng nhập «" + username + "».");
    }
    String name = person != null ? person.getFullName() : rows.get(0).nominee();
    String unitName = person != null && person.getUnit() != null ? person.getUnit().getName() : null;
    return view("PERSON", username, name, unitName, rows, from, to, thisYear);
  }

  private CommendationView unit(String code, Integer from, Integer to, int thisYear) {
    Unit unit = units.findByCode(code).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị có mã «" + code + "»."));
    String collective = COLLECTIVE_PREFIX + code;
    List<CommendationView.Row> rows = rows(a -> a.getUnit().getCode().equals(code),
        m -> code.equals(m.getUnitCode()) || m.getNomineeKey().equals(collective));
    return view("UNIT", code, unit.getName(), unit.getName(), rows, from, to, thisYear);
  }

  private CommendationView department(Integer from, Integer to, int thisYear) {
    List<CommendationView.Row> rows = rows(a -> true, m -> true);
    String name = organizationHistory.issuingBodyOn(LocalDate.now(clock)).getName();
    CommendationView all = view("DEPARTMENT", null, name, null, rows, from, to, thisYear);
    return new CommendationView(all.scope(), null, all.name(), null, all.from(), all.to(), List.of(), all.years());
  }

  private CommendationView view(String scope, String key, String name, String unit, List<CommendationView.Row> all,
      Integer from, Integer to, int thisYear) {
    int last = to != null ? to : thisYear;
    int first = from != null ? from
        : Math.min(last, all.stream().mapToInt(CommendationView.Row::year).min().orElse(last));
    List<CommendationView.Row> rows = all.stream().filter(r -> r.year() >= first && r.year() <= last).toList();
    Map<Integer, List<CommendationView.Row>> byYear = rows.stream()
        .collect(Collectors.groupingBy(CommendationView.Row::year));
    List<CommendationView.YearTotal> years = new ArrayList<>();
    for (int y = last; y >= first; y--) {
      List<CommendationView.Row> of = byYear.getOrDefault(y, List.of());
      int titles = count(of, MeritKind.TITLE, false);
      int ratings = count(of, MeritKind.RATING, false);
      int awardsInForce = count(of, MeritKind.AWARD, false);
      int revoked = count(of, MeritKind.AWARD, true);
      years.add(new CommendationView.YearTotal(y, titles, ratings, awardsInForce, revoked,
          titles + ratings + awardsInForce));
    }
    return new CommendationView(scope, key, name, unit, first, last, rows, years);
  }

  private static int count(List<CommendationView.Row> rows, MeritKind kind, boolean revoked) {
    return (int) rows.stream().filter(r -> r.kind().equals(kind.name()) && r.revoked() == revoked).count();
  }

  /** Both registers' entries that match, newest year first, then titles, awards, ratings. */
  private List<CommendationView.Row> rows(Predicate<Award> award, Predicate<MeritRecord> merit) {
    Map<Long, AppliedRevocations.Applied> revocationOf = new HashMap<>();
    revocations.all().forEach(r -> revocationOf.put(r.awardId(), r));
    Map<Long, Cycle> cycleOf = new HashMap<>();
    cycles.findAll().forEach(c -> cycleOf.put(c.getId(), c));
    Map<String, String> unitNames = new HashMap<>();
    units.findAll().forEach(u -> unitNames.put(u.getCode(), u.getName()));

    List<CommendationView.Row> rows = new ArrayList<>();
    for (Award a : awards.findAllByOrderByYearDescIdAsc()) {
      if (award.test(a)) {
        rows.add(awardRow(a, cycleOf.get(a.getCycleId()), revocationOf.get(a.getId())));
      }
    }
    for (MeritRecord m : merits.findAll()) {
      boolean departmentAward = m.getSource() == MeritSource.DEPARTMENT && m.getCode().kind() == MeritKind.AWARD;
      if (!departmentAward && merit.test(m)) {
        rows.add(meritRow(m, unitNames));
      }
    }
    rows.sort(Comparator.comparingInt(CommendationView.Row::year).reversed()
        .thenComparing(r -> kindOrder(r.kind())).thenComparing(CommendationView.Row::nominee)
        .thenComparing(CommendationView.Row::reference));
    return rows;
  }

  private static int kindOrder(String kind) {
    return MeritKind.TITLE.name().equals(kind) ? 0 : MeritKind.AWARD.name().equals(kind) ? 1 : 2;
  }

  private CommendationView.Row awardRow(Award a, Cycle cycle, AppliedRevocations.Applied revocation) {
    NomineeType type = AwardHistoryService.nomineeType(a);
    // The yearly cycle when the award came from one; whatever else enters the register is named by its entry.
    StringBuilder origin = new StringBuilder();
    if (cycle != null) {
      origin.append("Chu trình thi đua năm ").append(cycle.getYear());
      if (cycle.getMovement() != null) {
        origin.append(" (").append(cycle.getMovement().getName()).append(")");
      }
      origin.append(", ");
    }
    origin.append(a.getRegisterNumber() != null ? "số " + a.getRegisterNumber() + " trong sổ khen thưởng năm "
        + a.getYear() : "sổ khen thưởng năm " + a.getYear());
    String revocationText = null;
    if (!a.isActive()) {
      revocationText = revocationText(a, revocation);
    }
    return new CommendationView.Row(a.getYear(), MeritKind.AWARD.name(), MeritKind.AWARD.label(),
        a.getAwardType().name(), a.getAwardType().label(), type.name(), type.label(), a.getNomineeName(),
        a.getUnit().getName(), a.getDecisionNumber(), a.getDecisionDate(), a.getAuthority(), "AWARD_REGISTER",
        "AWARD-" + a.getId(), origin.toString(), !a.isActive(), AwardHistoryService.statusLabel(a),
        a.getRevokedAt(), revocationText);
  }

  private String revocationText(Award a, AppliedRevocations.Applied revocation) {
    List<String> parts = new ArrayList<>();
    if (revocation != null && revocation.decisionNumber() != null) {
      parts.add("Quyết định thu hồi số " + revocation.decisionNumber()
          + (revocation.decisionDate() == null ? "" : " ngày " + VietnameseDates.format(revocation.decisionDate()))
          + (revocation.authority() == null ? "" : " của " + revocation.authority()));
    }
    String reason = events.findByAwardIdOrderByIdAsc(a.getId()).stream()
        .filter(e -> AwardEvent.REVOKED.equals(e.getAction())).map(AwardEvent::getReason)
        .reduce((first, last) -> last).orElse(revocation == null ? null : revocation.groundLabel());
    if (reason != null) {
      parts.add("Lý do: " + reason);
    }
    return parts.isEmpty() ? "Đã thu hồi" : String.join("; ", parts);
  }

  private static CommendationView.Row meritRow(MeritRecord m, Map<String, String> unitNames) {
    boolean collective = m.getNomineeKey().startsWith(COLLECTIVE_PREFIX);
    NomineeType type = collective ? NomineeType.COLLECTIVE : NomineeType.INDIVIDUAL;
    String unitCode = m.getUnitCode() != null ? m.getUnitCode()
        : collective ? m.getNomineeKey().substring(COLLECTIVE_PREFIX.length()) : null;
    String unitName = unitCode == null ? null : unitNames.getOrDefault(unitCode, unitCode);
    MeritKind kind = m.getCode().kind();
    String origin = "Sổ theo dõi danh hiệu, khen thưởng, dòng số " + m.getId() + " (" + m.getSource().label() + ")";
    return new CommendationView.Row(m.getYear(), kind.name(), kindLabel(kind), m.getCode().name(),
        m.getCode().label(), type.name(), type.label(), m.getNomineeName(), unitName, m.getDecisionNumber(),
        m.getDecisionDate(), m.getAuthority(), "MERIT_REGISTER", "MERIT-" + m.getId(), origin, false,
        "Đang hiệu lực", null, null);
  }

  /** The short names the view shows for the three kinds. */
  static String kindLabel(MeritKind kind) {
    return kind == MeritKind.RATING ? "Kết quả đánh giá" : kind.label();
  }
}
