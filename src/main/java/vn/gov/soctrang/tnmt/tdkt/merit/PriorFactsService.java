package vn.gov.soctrang.tnmt.tdkt.merit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;

/**
 * Reads the register for the award standards: the titles and assessments of earlier years and the earlier awards,
 * those decided by the Department (the award table, revoked ones left out) and those entered or imported.
 */
@Service
@Transactional(readOnly = true)
public class PriorFactsService {

  private static final Set<MeritCode> PROVINCIAL = Set.of(MeritCode.BANG_KHEN_UBND, MeritCode.BANG_KHEN_BO);

  private final MeritRecordRepository records;
  private final AwardRepository awards;

  public PriorFactsService(MeritRecordRepository records, AwardRepository awards) {
    this.records = records;
    this.awards = awards;
  }

  /** The facts of several nominees (their keys) for a cycle's year, read in two statements. */
  public Map<String, PriorFacts> factsFor(Collection<String> nomineeKeys, int year) {
    Map<String, List<Entry>> byNominee = new HashMap<>();
    for (MeritRecord r : records.findByNomineeKeyInOrderByYearAscIdAsc(nomineeKeys)) {
      byNominee.computeIfAbsent(r.getNomineeKey(), k -> new ArrayList<>()).add(new Entry(r.getYear(), r.getCode(),
          r.getDecisionNumber()));
    }
    for (Award a : awards.findByNomineeKeyInAndYearLessThan(nomineeKeys, year)) {
      if (a.isActive()) {
        MeritCode code = MeritCode.valueOf(a.getAwardType().name());
        byNominee.computeIfAbsent(a.getNomineeKey(), k -> new ArrayList<>()).add(new Entry(a.getYear(), code,
            a.getDecisionNumber()));
      }
    }
    Map<String, PriorFacts> facts = new HashMap<>();
    for (String key : nomineeKeys) {
      facts.put(key, facts(byNominee.getOrDefault(key, List.of()), year, key.startsWith("unit:")));
    }
    return facts;
  }

  public PriorFacts factsFor(String nomineeKey, int year) {
    return factsFor(List.of(nomineeKey), year).get(nomineeKey);
  }

  private record Entry(int year, MeritCode code, String decision) {
  }

  static PriorFacts facts(List<Entry> entries, int year, boolean unit) {
    List<String> used = new ArrayList<>();
    Optional<Entry> provincial = latestBefore(entries, year, PROVINCIAL);
    Optional<Entry> primeMinister = latestBefore(entries, year, Set.of(MeritCode.BANG_KHEN_TTG));
    provincial.ifPresent(e -> used.add(e.code().label() + " năm " + e.year() + decision(e)));
    primeMinister.ifPresent(e -> used.add(e.code().label() + " năm " + e.year() + decision(e)));
    Set<MeritCode> excellent = unit
        ? Set.of(MeritCode.HOAN_THANH_XUAT_SAC_NHIEM_VU, MeritCode.TAP_THE_LAO_DONG_XUAT_SAC)
        : Set.of(MeritCode.HOAN_THANH_XUAT_SAC_NHIEM_VU);
    TreeSet<Integer> excellentYears = years(entries, year, excellent);
    TreeSet<Integer> cstdYears = years(entries, year, Set.of(MeritCode.CHIEN_SI_THI_DUA_CO_SO));
    int[] excellentRun = run(excellentYears, year);
    int[] cstdRun = run(cstdYears, year);
    if (excellentRun[0] > 0) {
      used.add((unit ? "Hoàn thành xuất sắc nhiệm vụ hoặc Tập thể lao động xuất sắc " : "Hoàn thành xuất sắc nhiệm vụ ")
          + excellentRun[0] + " năm liên tục (" + span(excellentRun) + ")");
    }
    if (cstdRun[0] > 0) {
      used.add("Chiến sĩ thi đua cơ sở " + cstdRun[0] + " năm liên tục (" + span(cstdRun) + ")");
    }
    return new PriorFacts(provincial.map(Entry::year).orElse(null), primeMinister.map(Entry::year).orElse(null),
        excellentRun[0], after(excellentRun, provincial), after(excellentRun, primeMinister), cstdRun[0], used);
  }

  private static String decision(Entry e) {
    return e.decision() == null || e.decision().isBlank() ? "" : " (Quyết định số " + e.decision() + ")";
  }

  private static Optional<Entry> latestBefore(List<Entry> entries, int year, Set<MeritCode> codes) {
    return entries.stream().filter(e -> e.year() < year && codes.contains(e.code()))
        .max((a, b) -> Integer.compare(a.year(), b.year()));
  }

  private static TreeSet<Integer> years(List<Entry> entries, int year, Set<MeritCode> codes) {
    return entries.stream().filter(e -> e.year() <= year && codes.contains(e.code())).map(Entry::year)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The unbroken run of years ending with the year or, when the year has no row yet, the one before: {length, last}. */
  private static int[] run(TreeSet<Integer> years, int year) {
    int last = years.contains(year) ? year : year - 1;
    int length = 0;
    while (years.contains(last - length)) {
      length++;
    }
    return new int[] {length, last};
  }

  private static String span(int[] run) {
    return run[0] == 1 ? String.valueOf(run[1]) : (run[1] - run[0] + 1) + "–" + run[1];
  }

  /** The years of a run after an award's year. */
  private static int after(int[] run, Optional<Entry> award) {
    if (award.isEmpty()) {
      return 0;
    }
    int first = run[1] - run[0] + 1;
    return run[0] == 0 ? 0 : Math.max(0, run[1] - Math.max(first - 1, award.get().year()));
  }
}
