package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.dashboard.StatisticsView.AwardTypeRef;
import vn.gov.soctrang.tnmt.tdkt.dashboard.StatisticsView.AwardTypeStatistics;
import vn.gov.soctrang.tnmt.tdkt.dashboard.StatisticsView.Figures;
import vn.gov.soctrang.tnmt.tdkt.dashboard.StatisticsView.UnitStatistics;
import vn.gov.soctrang.tnmt.tdkt.dashboard.StatisticsView.YearCount;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** Multi-year statistics per unit and per award type, read from the nominations and the award register. */
@Service
@Transactional(readOnly = true)
class StatisticsService {

  /** A longer span is a typing error rather than a question anyone asks. */
  static final int MAX_YEARS = 30;

  private final CycleRepository cycles;
  private final NominationRepository nominations;
  private final AwardRepository awards;
  private final OrganizationService organization;
  private final Clock clock;

  public StatisticsService(CycleRepository cycles, NominationRepository nominations, AwardRepository awards,
      OrganizationService organization, Clock clock) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.awards = awards;
    this.organization = organization;
    this.clock = clock;
  }

  /** Defaults: from the first cycle (or five years back) to the latest cycle (or this year). */
  public StatisticsView statistics(Integer from, Integer to) {
    List<Cycle> all = cycles.findAllByOrderByYearDesc();
    int last = to != null ? to : all.stream().mapToInt(Cycle::getYear).max().orElse(LocalDate.now(clock).getYear());
    int first = from != null ? from : all.stream().mapToInt(Cycle::getYear).min().orElse(last - 4);
    if (first > last) {
      throw new InvalidInputException("Năm bắt đầu (" + first + ") phải không sau năm kết thúc (" + last + ").");
    }
    if (last - first + 1 > MAX_YEARS) {
      throw new InvalidInputException("Chỉ thống kê tối đa " + MAX_YEARS + " năm một lần.");
    }
    List<Integer> years = IntStream.rangeClosed(first, last).boxed().toList();
    List<Cycle> inRange = all.stream().filter(c -> c.getYear() >= first && c.getYear() <= last).toList();
    Set<Integer> cycleYears = inRange.stream().map(Cycle::getYear).collect(Collectors.toSet());
    Map<Long, Integer> yearOfCycle = inRange.stream().collect(Collectors.toMap(Cycle::getId, Cycle::getYear));

    List<Nomination> noms = inRange.stream()
        .flatMap(c -> nominations.findByCycleIdOrderByIdAsc(c.getId()).stream()).toList();
    List<Award> active = awards.findAllByOrderByYearDescIdAsc().stream()
        .filter(Award::isActive).filter(a -> a.getYear() >= first && a.getYear() <= last).toList();

    List<Figures> perYear = years.stream().map(y -> figures(y, cycleYears.contains(y),
        noms, n -> y.equals(yearOfCycle.get(n.getCycleId())), active, a -> a.getYear() == y)).toList();

    List<UnitStatistics> perUnit = new ArrayList<>();
    for (Unit unit : unitsOf(noms, active)) {
      String code = unit.getCode();
      Predicate<Nomination> ofUnit = n -> n.getUnit().getCode().equals(code);
      Predicate<Award> awardOfUnit = a -> a.getUnit().getCode().equals(code);
      List<Figures> unitYears = years.stream().map(y -> figures(y, cycleYears.contains(y),
          noms, ofUnit.and(n -> y.equals(yearOfCycle.get(n.getCycleId()))), active,
          awardOfUnit.and(a -> a.getYear() == y))).toList();
      perUnit.add(new UnitStatistics(code, unit.getShortName(), unit.getName(),
          figures(null, !cycleYears.isEmpty(), noms, ofUnit, active, awardOfUnit), unitYears));
    }

    List<AwardTypeStatistics> perType = Arrays.stream(AwardType.values()).map(type -> {
      List<YearCount> counts = years.stream().map(y -> new YearCount(y, (int) active.stream()
          .filter(a -> a.getAwardType() == type && a.getYear() == y).count())).toList();
      return new AwardTypeStatistics(type.name(), type.label(), counts.stream().mapToInt(YearCount::count).sum(),
          counts);
    }).toList();

    List<AwardTypeRef> types = Arrays.stream(AwardType.values()).map(t -> new AwardTypeRef(t.name(), t.label()))
        .toList();
    return new StatisticsView(first, last, years, types, perYear, perUnit, perType);
  }

  private static Figures figures(Integer year, boolean hasCycle, List<Nomination> noms, Predicate<Nomination> which,
      List<Award> active, Predicate<Award> whichAwards) {
    List<Nomination> mine = noms.stream().filter(which).toList();
    List<Award> held = active.stream().filter(whichAwards).toList();
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (AwardType type : AwardType.values()) {
      byType.put(type.name(), (int) held.stream().filter(a -> a.getAwardType() == type).count());
    }
    return new Figures(year, hasCycle, mine.size(),
        (int) mine.stream().filter(n -> NominationGroup.metCriteria(n.getStatus())).count(), held.size(), byType);
  }

  /** The active units in their order, then closed units that still have figures in the period. */
  private List<Unit> unitsOf(List<Nomination> noms, List<Award> active) {
    Map<String, Unit> ordered = new LinkedHashMap<>();
    organization.activeUnits().forEach(u -> ordered.put(u.getCode(), u));
    noms.forEach(n -> ordered.putIfAbsent(n.getUnit().getCode(), n.getUnit()));
    active.forEach(a -> ordered.putIfAbsent(a.getUnit().getCode(), a.getUnit()));
    return List.copyOf(ordered.values());
  }
}
