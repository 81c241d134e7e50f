package vn.gov.soctrang.tnmt.tdkt.titles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRegisterService;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.settings.Ratio;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The year-end titles of a year: opening the year, the units' proposals, the check against the standards in force
 * (table {@code title_standard}), the Director's decision and the register write.
 */
@Service
@Transactional
class YearEndTitlesService {

  static final String UNIT_PREFIX = "unit:";

  /** The first year the standards table covers. */
  static final int FIRST_YEAR = 2018;

  private static final String LDTT = MeritCode.LAO_DONG_TIEN_TIEN.label();
  private static final String CSTDCS = MeritCode.CHIEN_SI_THI_DUA_CO_SO.label();

  private final TitleRunRepository runs;
  private final TitleProposalRepository proposals;
  private final TitleStandardRepository standards;
  private final OrganizationService organization;
  private final MeritRegisterService register;
  private final Clock clock;

  YearEndTitlesService(TitleRunRepository runs, TitleProposalRepository proposals, TitleStandardRepository standards,
      OrganizationService organization, MeritRegisterService register, Clock clock) {
    this.runs = runs;
    this.proposals = proposals;
    this.standards = standards;
    this.organization = organization;
    this.register = register;
    this.clock = clock;
  }

  /** One individual slot as the unit filled it. */
  record SlotInput(String place, String username, MeritCode title, String initiative) {
  }

  /** Opens the titles of a year: a year not in the future, not before the standards table, not opened already. */
  TitleRun open(int year, String processInstanceId, String actor) {
    int current = LocalDate.now(clock).getYear();
    Problems problems = new Problems();
    problems.addIf(year < FIRST_YEAR || year > current, "«Năm bình xét» phải từ " + FIRST_YEAR + " đến " + current
        + " (không bình xét danh hiệu cho năm chưa đến).");
    problems.throwIfAny();
    if (runs.findByYear(year).isPresent()) {
      throw new ConflictException("Danh hiệu thi đua năm " + year + " đã được mở bình xét; mỗi năm chỉ bình xét một "
          + "lần.");
    }
    return runs.save(new TitleRun(year, processInstanceId, actor, clock.instant()));
  }

  /** The Camunda groups of the units that propose: one proposal task per active unit. */
  @Transactional(readOnly = true)
  List<String> unitGroups() {
    return organization.activeUnits().stream().map(u -> CamundaGroups.staffGroup(u.getCode())).toList();
  }

  @Transactional(readOnly = true)
  Unit unitOfGroup(String group) {
    return organization.activeUnits().stream().filter(u -> CamundaGroups.staffGroup(u.getCode()).equals(group))
        .findFirst().orElseThrow(() -> new IllegalStateException("No active unit for group " + group));
  }

  /**
   * A unit's proposals. Bad input (an unknown account, a person of another unit, the same person twice, an
   * unknown title) refuses the whole form and stores nothing; whether a proposal meets the standards is decided later,
   * when every unit has proposed ({@link #check}). A Chiến sĩ thi đua cơ sở proposal also proposes the person's Lao
   * động tiên tiến, which it requires.
   */
  void propose(long runId, Unit unit, List<SlotInput> slots, MeritCode collective, boolean allMembersCompleted,
      String actor, Problems problems) {
    Set<String> seen = new HashSet<>();
    List<TitleProposal> toStore = new ArrayList<>();
    for (SlotInput s : slots) {
      if (s.username() == null) {
        problems.addIf(s.title() != null, s.place() + ": vui lòng nhập «Tài khoản của cá nhân» được đề nghị.");
        continue;
      }
      Optional<Person> person = organization.proposableMember(s.place(), s.username(), unit, seen, "danh hiệu",
          problems);
      if (person.isEmpty()) {
        continue;
      }
      if (s.title() == null) {
        problems.add(s.place() + ": vui lòng chọn «Danh hiệu đề nghị».");
        continue;
      }
      String initiative = Texts.trimToNull(s.initiative());
      problems.addIf(initiative != null && initiative.length() > 1000, s.place()
          + ": «Sáng kiến, giải pháp được công nhận» quá dài: tối đa 1000 ký tự.");
      toStore.add(new TitleProposal(runId, unit.getCode(), s.username(), person.get().getFullName(),
          MeritCode.LAO_DONG_TIEN_TIEN, null, false, actor));
      if (s.title() == MeritCode.CHIEN_SI_THI_DUA_CO_SO) {
        toStore.add(new TitleProposal(runId, unit.getCode(), s.username(), person.get().getFullName(),
            MeritCode.CHIEN_SI_THI_DUA_CO_SO, initiative, false, actor));
      }
    }
    problems.throwIfAny();
    if (collective != null) {
      toStore.add(new TitleProposal(runId, unit.getCode(), UNIT_PREFIX + unit.getCode(), unit.getName(), collective,
          null, allMembersCompleted, actor));
    }
    proposals.saveAll(toStore);
  }

  /** The standards in force on a day, by title and rule. */
  @Transactional(readOnly = true)
  Map<MeritCode, Map<TitleRule, TitleStandard>> standardsOn(LocalDate day) {
    Map<MeritCode, Map<TitleRule, TitleStandard>> byTitle = new LinkedHashMap<>();
    for (TitleStandard s : standards.findAll()) {
      if (s.validOn(day)) {
        byTitle.computeIfAbsent(s.getTitle(), t -> new LinkedHashMap<>()).put(s.getRule(), s);
      }
    }
    return byTitle;
  }

  /**
   * Checks every proposal of the run against the standards in force today: individuals first (Lao động tiên tiến,
   * then Chiến sĩ thi đua cơ sở and its quota, if one is in force), then the units, which count their members' titles.
   * Each refusal names the standard missed and its article.
   */
  void check(long runId) {
    TitleRun run = runs.findById(runId).orElseThrow();
    Map<MeritCode, Map<TitleRule, TitleStandard>> rules = standardsOn(LocalDate.now(clock));
    List<TitleProposal> all = proposals.findByRunIdOrderByIdAsc(runId);
    Map<String, List<TitleProposal>> byUnit = new LinkedHashMap<>();
    all.forEach(p -> byUnit.computeIfAbsent(p.getUnitCode(), k -> new ArrayList<>()).add(p));
    for (Map.Entry<String, List<TitleProposal>> e : byUnit.entrySet()) {
      Unit unit = organization.unit(e.getKey());
      Set<String> ldtt = new HashSet<>();
      for (TitleProposal p : e.getValue()) {
        if (p.getTitle() == MeritCode.LAO_DONG_TIEN_TIEN) {
          Person person = organization.person(p.getNomineeKey()).orElseThrow();
          List<String> missed = new ArrayList<>();
          rule(rules, MeritCode.LAO_DONG_TIEN_TIEN, TitleRule.NOT_UNDER_DISCIPLINE).ifPresent(s ->
              missedIf(person.isUnderDiscipline(), missed, "đang bị kỷ luật", s));
          settle(p, missed);
          if (missed.isEmpty()) {
            ldtt.add(p.getNomineeKey());
          }
        }
      }
      List<TitleProposal> cstdMet = new ArrayList<>();
      for (TitleProposal p : e.getValue()) {
        if (p.getTitle() == MeritCode.CHIEN_SI_THI_DUA_CO_SO) {
          List<String> missed = new ArrayList<>();
          rule(rules, MeritCode.CHIEN_SI_THI_DUA_CO_SO, TitleRule.REQUIRES_LAO_DONG_TIEN_TIEN).ifPresent(s ->
              missedIf(!ldtt.contains(p.getNomineeKey()), missed, "không đạt danh hiệu " + LDTT + " năm "
                  + run.getYear(), s));
          rule(rules, MeritCode.CHIEN_SI_THI_DUA_CO_SO, TitleRule.REQUIRES_INITIATIVE).ifPresent(s ->
              missedIf(Texts.isBlank(p.getInitiative()), missed, "chưa có sáng kiến, giải pháp được công nhận", s));
          Optional<TitleStandard> quota = rule(rules, MeritCode.CHIEN_SI_THI_DUA_CO_SO,
              TitleRule.MAX_SHARE_OF_LAO_DONG_TIEN_TIEN);
          if (missed.isEmpty() && quota.isPresent()) {
            Ratio cap = Ratio.parse(quota.get().getShareValue());
            missedIf(cap.reachedBy(cstdMet.size() + 1, ldtt.size()), missed, "vượt tỷ lệ "
                + cap.label().replace("quá ", "tối đa ") + " số cá nhân đạt " + LDTT + " của đơn vị", quota.get());
          }
          settle(p, missed);
          if (missed.isEmpty()) {
            cstdMet.add(p);
          }
        }
      }
      List<Person> members = organization.peopleOf(unit).stream().filter(Person::isActive).toList();
      long membersWithLdtt = members.stream().filter(m -> ldtt.contains(m.getUsername())).count();
      boolean anyDisciplined = members.stream().anyMatch(Person::isUnderDiscipline);
      for (TitleProposal p : e.getValue()) {
        if (!p.isCollective()) {
          continue;
        }
        List<String> missed = new ArrayList<>();
        rule(rules, p.getTitle(), TitleRule.ALL_MEMBERS_COMPLETED).ifPresent(s ->
            missedIf(!p.isAllMembersCompleted(), missed, "chưa có 100% cá nhân hoàn thành nhiệm vụ", s));
        rule(rules, p.getTitle(), TitleRule.MIN_SHARE_LAO_DONG_TIEN_TIEN).ifPresent(s -> {
          Ratio share = Ratio.parse(s.getShareValue());
          missedIf(!share.reachedBy((int) membersWithLdtt, members.size()), missed, "chỉ " + membersWithLdtt + "/"
              + members.size() + " cá nhân đạt " + LDTT + ", cần " + share.label(), s);
        });
        rule(rules, p.getTitle(), TitleRule.REQUIRES_CHIEN_SI_THI_DUA_CO_SO).ifPresent(s ->
            missedIf(cstdMet.isEmpty(), missed, "không có cá nhân đạt " + CSTDCS, s));
        rule(rules, p.getTitle(), TitleRule.NO_MEMBER_UNDER_DISCIPLINE).ifPresent(s ->
            missedIf(anyDisciplined, missed, "có cá nhân đang bị kỷ luật", s));
        settle(p, missed);
      }
    }
    run.setStatus(TitleRun.CHECKED);
  }

  private static Optional<TitleStandard> rule(Map<MeritCode, Map<TitleRule, TitleStandard>> rules, MeritCode title,
      TitleRule rule) {
    return Optional.ofNullable(rules.getOrDefault(title, Map.of()).get(rule));
  }

  private static void missedIf(boolean missedIt, List<String> missed, String what, TitleStandard standard) {
    if (missedIt) {
      missed.add(what + " (" + standard.getArticle() + ")");
    }
  }

  private static void settle(TitleProposal p, List<String> missed) {
    p.result(missed.isEmpty(), missed.isEmpty()
        ? "Đạt tiêu chuẩn danh hiệu «" + p.getTitle().label() + "»."
        : "Không đạt tiêu chuẩn danh hiệu «" + p.getTitle().label() + "»: " + String.join("; ", missed) + ".");
  }

  /** The Director's decision: its number and a date in the run's year or later, not after today. */
  void decide(long runId, String number, LocalDate date, String actor, Problems problems) {
    TitleRun run = runs.findById(runId).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    problems.addIf(date != null && date.isAfter(today), "«Ngày quyết định» không được sau ngày hôm nay ("
        + VietnameseDates.format(today) + ").");
    problems.addIf(date != null && date.getYear() < run.getYear(), "«Ngày quyết định» phải trong năm "
        + run.getYear() + " hoặc sau đó.");
    problems.throwIfAny();
    run.decide(number, date, actor);
  }

  /** Whether the Council has anything to vote on: a proposal that met the standards. */
  @Transactional(readOnly = true)
  boolean anyMet(long runId) {
    return proposals.findByRunIdOrderByIdAsc(runId).stream().anyMatch(p -> TitleProposal.MET.equals(p.getStatus()));
  }

  /**
   * Writes the titles the Director conferred into the merit register (the asynchronous service task): those that met
   * the standards and, when the run's model puts them to the Council, that the Council approved.
   *
   * @param councilVoted false only for a run started with a model without the Council's vote (before ADR 0019)
   */
  void record(long runId, boolean councilVoted) {
    TitleRun run = runs.findById(runId).orElseThrow();
    for (TitleProposal p : proposals.findByRunIdOrderByIdAsc(runId)) {
      if (!p.conferred(councilVoted)) {
        continue;
      }
      register.recordConferredTitle(new MeritRegisterService.Entry(run.getYear(), p.getTitle().name(),
          p.isCollective() ? null : p.getNomineeKey(), p.isCollective() ? p.getUnitCode() : null,
          run.getDecisionNumber(), run.getDecisionDate().toString(), "Giám đốc Sở",
          "Bình xét danh hiệu thi đua năm " + run.getYear()), run.getDecidedBy());
    }
    run.setStatus(TitleRun.RECORDED);
  }

  /** The proposals and their results, as the Director's form lists them (Markdown, user text escaped). */
  @Transactional(readOnly = true)
  String listText(long runId) {
    StringBuilder text = new StringBuilder();
    List<TitleProposal> all = proposals.findByRunIdOrderByIdAsc(runId);
    if (all.isEmpty()) {
      return "Không đơn vị nào đề nghị danh hiệu thi đua.";
    }
    for (TitleProposal p : all) {
      text.append("- ").append(Markdown.escape(p.getNomineeName())).append(" — ").append(p.getTitle().label())
          .append(": ").append(TitleProposal.MET.equals(p.getStatus()) ? "**đạt**" : "**không đạt**")
          .append(TitleProposal.MET.equals(p.getStatus()) ? "" : " — " + Markdown.escape(p.getReason()));
      if (p.getCouncilApproved() != null) {
        text.append(" — Hội đồng Thi đua – Khen thưởng ")
            .append(p.getCouncilApproved() ? "**đồng ý**" : "**không đồng ý** (không công nhận)")
            .append(": ").append(Markdown.escape(p.getCouncilReason()));
      }
      text.append('\n');
    }
    return text.toString();
  }
}
