package vn.gov.soctrang.tnmt.tdkt.publication;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReport;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;

/**
 * The end of the year's work: the movement's totals in the final-summary year, the IT Center's publication of the
 * exemplary models (a public page), and the cycle's close.
 */
@Service
@Transactional
public class PublicationService {

  private final PublicationRepository publications;
  private final MovementTotalRepository totals;
  private final AwardRepository awards;
  private final NominationRepository nominations;
  private final UnitReportRepository reports;
  private final CycleRepository cycleRepository;
  private final CycleService cycles;
  private final Clock clock;

  public PublicationService(PublicationRepository publications, MovementTotalRepository totals,
      AwardRepository awards, NominationRepository nominations, UnitReportRepository reports,
      CycleRepository cycleRepository, CycleService cycles, Clock clock) {
    this.publications = publications;
    this.totals = totals;
    this.awards = awards;
    this.nominations = nominations;
    this.reports = reports;
    this.cycleRepository = cycleRepository;
    this.cycles = cycles;
    this.clock = clock;
  }

  /** The awards in force of the cycle's year, as the register holds them. */
  @Transactional(readOnly = true)
  public List<Award> awardsOf(Cycle cycle) {
    return awards.findByYearOrderByIdAsc(cycle.getYear()).stream().filter(Award::isActive).toList();
  }

  @Transactional(readOnly = true)
  public List<Option> awardOptions(long cycleId) {
    return awardsOf(cycles.get(cycleId)).stream().map(a -> new Option(a.getNomineeName() + " – "
        + a.getUnit().getShortName() + " (" + a.getAwardType().label() + ")", String.valueOf(a.getId()))).toList();
  }

  /** What the IT Center reads before publishing: the year's awards and, in the final-summary year, the totals. */
  @Transactional(readOnly = true)
  public String listText(long cycleId) {
    Cycle cycle = cycles.get(cycleId);
    List<Award> list = awardsOf(cycle);
    Map<Long, Nomination> byId = nominationsOf(list);
    StringBuilder text = new StringBuilder("### Khen thưởng năm " + cycle.getYear() + " (" + list.size() + ")\n");
    int i = 1;
    for (Award a : list) {
      text.append("\n").append(i++).append(". **").append(Markdown.escape(a.getNomineeName())).append("** – ")
          .append(Markdown.escape(a.getUnit().getName())).append(": ").append(a.getAwardType().label())
          .append(" (QĐ ").append(Markdown.escape(a.getDecisionNumber())).append(")");
      Nomination n = byId.get(a.getNominationId());
      if (n != null && !Texts.isBlank(n.getAchievements())) {
        text.append(". ").append(Markdown.escape(n.getAchievements().strip()));
      }
      if (n != null && n.hasInitiative()) {
        text.append(". Sáng kiến, giải pháp: ").append(Markdown.escape(n.getInitiatives().strip()));
      }
    }
    List<MovementTotal> movement = totals.findByCycleIdOrderByIdAsc(cycleId);
    if (!movement.isEmpty()) {
      MovementTotal first = movement.get(0);
      text.append("\n\n### Tổng kết phong trào ").append(first.getFirstYear()).append("–").append(first.getLastYear())
          .append("\n");
      for (MovementTotal t : movement) {
        MovementTotals.Row r = t.row();
        text.append("\n- **").append(Markdown.escape(r.unit().getName())).append("**: ").append(r.reportsAccepted())
            .append(" năm báo cáo, ").append(r.nominations()).append(" đề nghị (").append(r.nominationsMet())
            .append(" đạt), ").append(r.awards()).append(" khen thưởng");
      }
    }
    return text.toString();
  }

  private Map<Long, Nomination> nominationsOf(List<Award> list) {
    return nominations.findAllById(list.stream().map(Award::getNominationId).toList()).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
  }

  /** The movement the cycle belongs to. */
  public vn.gov.soctrang.tnmt.tdkt.movement.Movement movementOf(long cycleId) {
    return cycles.get(cycleId).getMovement();
  }

  /**
   * The final-summary cycle closes the movement: each unit's figures over every year from the movement's first
   * year to this one are taken and kept with the cycle.
   *
   * @return how many units the totals cover
   */
  public int summarizeMovement(long cycleId) {
    Cycle cycle = cycles.get(cycleId);
    if (!cycle.isFinalSummary()) {
      throw new ConflictException("Chỉ chu trình năm tổng kết mới tổng hợp số liệu cả phong trào.");
    }
    int firstYear = cycle.getMovement().getFirstYear();
    List<Cycle> years = cycleRepository.findAllByOrderByYearDesc().stream()
        .filter(c -> c.getYear() >= firstYear && c.getYear() <= cycle.getYear()).toList();
    List<UnitReport> allReports = years.stream().flatMap(c -> reports.findByCycleIdOrderByIdAsc(c.getId()).stream())
        .toList();
    List<Nomination> allNominations = years.stream()
        .flatMap(c -> nominations.findByCycleIdOrderByIdAsc(c.getId()).stream()).toList();
    List<Award> allAwards = years.stream().flatMap(c -> awards.findByYearOrderByIdAsc(c.getYear()).stream()).toList();
    totals.deleteByCycleId(cycleId);
    totals.flush();
    List<MovementTotals.Row> rows = MovementTotals.of(allReports, allNominations, allAwards);
    rows.forEach(r -> totals.save(new MovementTotal(cycleId, firstYear, cycle.getYear(), r, clock.instant())));
    return rows.size();
  }

  /** The IT Center publishes the year's exemplary models; the public page shows them from now on. */
  public Publication publish(long cycleId, String title, String introduction, List<String> featured, String actor,
      Problems problems) {
    Cycle cycle = cycles.get(cycleId);
    Set<String> known = new HashSet<>(awardsOf(cycle).stream().map(a -> String.valueOf(a.getId())).toList());
    problems.addIf(!known.containsAll(featured), "Điển hình được chọn phải là khen thưởng đang hiệu lực của năm "
        + cycle.getYear() + ".");
    problems.throwIfAny();
    if (publications.findByCycleId(cycleId).isPresent()) {
      throw new ConflictException("Điển hình tiên tiến năm " + cycle.getYear() + " đã được công bố.");
    }
    cycle.published();
    return publications.save(new Publication(cycleId, title.strip(), Texts.trimToNull(introduction),
        featured.stream().map(Long::valueOf).toList(), actor, clock.instant()));
  }

  public void finish(long cycleId) {
    cycles.get(cycleId).finish(clock.instant());
  }

  /** What the public page of a year shows; empty until the IT Center has published. */
  @Transactional(readOnly = true)
  public Optional<PublicYear> publicYear(int year) {
    return cycleRepository.findByYear(year).flatMap(cycle -> publications.findByCycleId(cycle.getId()).map(p -> {
      List<Award> list = awardsOf(cycle);
      Map<Long, Nomination> byId = nominationsOf(list);
      Set<Long> featured = new HashSet<>(p.featured());
      List<PublicYear.Entry> entries = list.stream().map(a -> new PublicYear.Entry(a, byId.get(a.getNominationId()),
          featured.contains(a.getId()))).toList();
      List<MovementTotal> movement = totals.findByCycleIdOrderByIdAsc(cycle.getId());
      return new PublicYear(cycle, p, entries, movement.stream().map(MovementTotal::row).toList(),
          movement.isEmpty() ? null : movement.get(0).getFirstYear());
    }));
  }

  /** The years that have a publication, newest first. */
  @Transactional(readOnly = true)
  public List<Integer> publishedYears() {
    return cycleRepository.findAllByOrderByYearDesc().stream()
        .filter(c -> publications.findByCycleId(c.getId()).isPresent()).map(Cycle::getYear).toList();
  }
}
