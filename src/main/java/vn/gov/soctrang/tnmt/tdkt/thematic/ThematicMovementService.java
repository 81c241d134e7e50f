package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritKind;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRegisterService;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementCriterion;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * A thematic movement's run: declaring it (through the movement module), opening the run, the units' registration,
 * results and proposals, the Office's review, the Director's decision, the register write and the final summary.
 */
@Service
@Transactional
class ThematicMovementService {

  static final String UNIT_PREFIX = "unit:";

  private final MovementService movements;
  private final ThematicRunRepository runs;
  private final ThematicParticipationRepository participations;
  private final ThematicResultRepository results;
  private final ThematicProposalRepository proposals;
  private final ThematicSummaryRepository summaries;
  private final OrganizationService organization;
  private final MeritRegisterService register;
  private final CalendarService calendar;
  private final SettingsService settings;
  private final Clock clock;

  ThematicMovementService(MovementService movements, ThematicRunRepository runs,
      ThematicParticipationRepository participations, ThematicResultRepository results,
      ThematicProposalRepository proposals, ThematicSummaryRepository summaries, OrganizationService organization,
      MeritRegisterService register, CalendarService calendar, SettingsService settings, Clock clock) {
    this.calendar = calendar;
    this.settings = settings;
    this.movements = movements;
    this.runs = runs;
    this.participations = participations;
    this.results = results;
    this.proposals = proposals;
    this.summaries = summaries;
    this.organization = organization;
    this.register = register;
    this.clock = clock;
  }

  /** One person slot as the unit filled it. */
  record PersonInput(String place, String username, String achievement) {
  }

  /**
   * Declares a thematic movement: the award must be an award of the merit register (not a title), the rest is the
   * movement module's check; every problem is listed (400) and nothing is stored.
   */
  Movement declare(MovementService.NewThematicMovement in, String actor) {
    String award = Texts.trimToNull(in.awardCode());
    Optional<MeritCode> code = MeritCode.read(award);
    if (award != null && (code.isEmpty() || code.get().kind() != MeritKind.AWARD)) {
      throw new InvalidInputException("«Hình thức khen thưởng khi tổng kết» phải là một hình thức khen thưởng của sổ "
          + "theo dõi (ví dụ GIAY_KHEN), không phải danh hiệu thi đua: «" + award + "».");
    }
    return movements.declareThematic(new MovementService.NewThematicMovement(in.code(), in.name(), in.shortName(),
        in.description(), in.startsOn(), in.endsOn(), in.launchDocNumber(), in.launchDocDate(), in.launchDocIssuer(),
        in.legalBasisNote(), code.map(Enum::name).orElse(null), in.awardAuthority(), in.sourceNote(), in.criteria()),
        actor);
  }

  /** The thematic movements, the latest start first. */
  @Transactional(readOnly = true)
  List<Movement> thematicMovements() {
    return movements.all().stream().filter(Movement::isThematic)
        .sorted(java.util.Comparator.comparing(Movement::getStartsOn).reversed()).toList();
  }

  @Transactional(readOnly = true)
  Movement movement(String code) {
    return movements.thematic(code);
  }

  @Transactional(readOnly = true)
  Movement movementOf(ThematicRun run) {
    return movements.get(run.getMovementId());
  }

  /** The criteria a unit reports against: those in force on the movement's last day. */
  @Transactional(readOnly = true)
  List<MovementCriterion> criteria(Movement movement) {
    return movements.criteriaOn(movement.getId(), movement.getEndsOn());
  }

  /**
   * Opens the run of a thematic movement: one run per movement (409), not after its last day and only with criteria in
   * force (400).
   */
  ThematicRun open(String code, String processInstanceId, String actor) {
    Movement movement = movements.thematic(code);
    LocalDate today = LocalDate.now(clock);
    if (movement.getEndsOn().isBefore(today)) {
      throw new InvalidInputException("Phong trào «" + movement.getName() + "» đã kết thúc ngày "
          + VietnameseDates.format(movement.getEndsOn()) + "; không phát động được đợt đã qua.");
    }
    if (criteria(movement).isEmpty()) {
      throw new InvalidInputException("Phong trào «" + movement.getName() + "» chưa có tiêu chí nào có hiệu lực; "
          + "cần khai báo tiêu chí trước khi phát động.");
    }
    if (runs.findByMovementId(movement.getId()).isPresent()) {
      throw new ConflictException("Phong trào «" + movement.getName() + "» đã được phát động trên hệ thống; mỗi "
          + "phong trào theo chuyên đề chỉ tổ chức một lần.");
    }
    return runs.save(new ThematicRun(movement.getId(), processInstanceId, actor, clock.instant()));
  }

  ThematicRun run(long runId) {
    return runs.findById(runId).orElseThrow();
  }

  /** When the timer fires: the start of the day after the movement's end, in the Department's zone. */
  @Transactional(readOnly = true)
  Date endsAt(Movement movement) {
    return Date.from(movement.getEndsOn().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }

  /**
   * When a unit's report is due: the setting's number of working days (holidays and make-up days from the calendar)
   * after the movement's last day, or after today for a unit the Office returned.
   */
  @Transactional(readOnly = true)
  Date reportDueAt(LocalDate from) {
    LocalDate start = from.isBefore(calendar.today()) ? calendar.today() : from;
    return calendar.dueAt(calendar.addWorkingDays(start, settings.intValue(SettingKey.THEMATIC_REPORT_WORKING_DAYS,
        calendar.today())));
  }

  /** The Camunda groups of the units that register: one task per active unit. */
  @Transactional(readOnly = true)
  List<String> unitGroups() {
    return organization.activeUnits().stream().map(u -> CamundaGroups.staffGroup(u.getCode())).toList();
  }

  @Transactional(readOnly = true)
  Unit unitOfGroup(String group) {
    return organization.activeUnits().stream().filter(u -> CamundaGroups.staffGroup(u.getCode()).equals(group))
        .findFirst().orElseThrow(() -> new IllegalStateException("No active unit for group " + group));
  }

  /** A unit's registration: taking part needs a commitment. */
  void register(long runId, Unit unit, boolean participates, String commitment, String actor, Problems problems) {
    problems.addIf(participates && Texts.isBlank(commitment),
        "Vui lòng nhập «Nội dung đăng ký thi đua» khi đơn vị tham gia phong trào.");
    problems.throwIfAny();
    participations.save(new ThematicParticipation(runId, unit.getCode(), participates,
        participates ? commitment.strip() : null, actor, clock.instant()));
  }

  /** The groups of the units that take part: they report after the end date. */
  List<String> reportGroups(long runId) {
    ThematicRun run = run(runId);
    run.setStatus(ThematicRun.REPORTING);
    return participations.findByRunIdOrderByUnitCodeAsc(runId).stream().filter(ThematicParticipation::isParticipates)
        .map(p -> CamundaGroups.staffGroup(p.getUnitCode())).toList();
  }

  /**
   * A unit's results, one per criterion, and its proposals: the unit itself and up to three of its people, each with
   * the achievement. Bad input refuses the whole form; a new report of a returned unit replaces its earlier one.
   */
  void report(long runId, Unit unit, List<String> resultTexts, boolean proposeUnit, String unitAchievement,
      List<PersonInput> people, String actor, Problems problems) {
    Movement movement = movementOf(run(runId));
    List<MovementCriterion> criteria = criteria(movement);
    for (int k = 0; k < criteria.size(); k++) {
      String text = k < resultTexts.size() ? Texts.trimToNull(resultTexts.get(k)) : null;
      problems.addIf(text == null, "Vui lòng nhập kết quả thực hiện tiêu chí " + criteria.get(k).getPosition()
          + " («" + shorten(criteria.get(k).getText()) + "»).");
    }
    List<ThematicProposal> toStore = new ArrayList<>();
    if (proposeUnit) {
      String achievement = Texts.trimToNull(unitAchievement);
      problems.addIf(achievement == null, "Vui lòng nhập «Thành tích của tập thể đơn vị» khi đề nghị khen thưởng "
          + "cho đơn vị.");
      if (achievement != null) {
        toStore.add(new ThematicProposal(runId, unit.getCode(), UNIT_PREFIX + unit.getCode(), unit.getName(),
            achievement));
      }
    }
    Set<String> seen = new HashSet<>();
    for (PersonInput p : people) {
      String achievement = Texts.trimToNull(p.achievement());
      if (p.username() == null) {
        problems.addIf(achievement != null, p.place() + ": vui lòng nhập «Tài khoản của cá nhân» được đề nghị.");
        continue;
      }
      Optional<Person> person = organization.proposableMember(p.place(), p.username(), unit, seen, "khen thưởng",
          problems);
      if (person.isEmpty()) {
        continue;
      }
      problems.addIf(achievement == null, p.place() + ": vui lòng nhập «Thành tích trong phong trào».");
      if (achievement != null) {
        toStore.add(new ThematicProposal(runId, unit.getCode(), p.username(), person.get().getFullName(),
            achievement));
      }
    }
    problems.throwIfAny();
    results.deleteByRunIdAndUnitCode(runId, unit.getCode());
    proposals.deleteByRunIdAndUnitCode(runId, unit.getCode());
    results.flush();
    proposals.flush();
    for (int k = 0; k < criteria.size(); k++) {
      results.save(new ThematicResult(runId, unit.getCode(), criteria.get(k).getId(), resultTexts.get(k).strip(),
          actor, clock.instant()));
    }
    proposals.saveAll(toStore);
  }

  /** What the Office decides on the consolidated results. */
  record Review(boolean accept, List<Integer> excluded, List<String> returnUnits, String reason) {
  }

  /**
   * The Office's review. To return, it names the participating units that report again and says why; to accept, it
   * may leave out proposals by their number in the list, with the reason. Returns the groups that report again (empty
   * when accepted).
   */
  List<String> review(long runId, Review review, Problems problems) {
    String reason = Texts.trimToNull(review.reason());
    List<ThematicProposal> all = proposals.findByRunIdOrderByIdAsc(runId);
    if (!review.accept()) {
      Set<String> participating = new LinkedHashSet<>();
      participations.findByRunIdOrderByUnitCodeAsc(runId).stream().filter(ThematicParticipation::isParticipates)
          .forEach(p -> participating.add(p.getUnitCode()));
      problems.addIf(review.returnUnits().isEmpty(), "Vui lòng nhập mã các đơn vị được trả lại để báo cáo lại.");
      review.returnUnits().stream().filter(c -> !participating.contains(c)).forEach(c -> problems.add("Đơn vị «" + c
          + "» không tham gia phong trào, không trả lại được."));
      problems.addIf(reason == null, "Vui lòng nhập «Lý do» trả lại đơn vị.");
      problems.throwIfAny();
      return review.returnUnits().stream().map(CamundaGroups::staffGroup).toList();
    }
    for (Integer n : review.excluded()) {
      problems.addIf(n < 1 || n > all.size(), "Không có đề nghị số " + n + " trong danh sách (có " + all.size()
          + " đề nghị).");
    }
    problems.addIf(!review.excluded().isEmpty() && reason == null,
        "Vui lòng nhập «Lý do» không trình các đề nghị được loại.");
    problems.throwIfAny();
    for (int k = 0; k < all.size(); k++) {
      if (review.excluded().contains(k + 1)) {
        all.get(k).exclude(reason);
      } else {
        all.get(k).accept();
      }
    }
    return List.of();
  }

  /** The Director's decision: a date not after today and not before the movement started. */
  void decide(long runId, String number, LocalDate date, String actor, Problems problems) {
    ThematicRun run = run(runId);
    Movement movement = movementOf(run);
    LocalDate today = LocalDate.now(clock);
    problems.addIf(date != null && date.isAfter(today), "«Ngày quyết định» không được sau ngày hôm nay ("
        + VietnameseDates.format(today) + ").");
    problems.addIf(date != null && date.isBefore(movement.getStartsOn()), "«Ngày quyết định» không được trước ngày "
        + "bắt đầu phong trào (" + VietnameseDates.format(movement.getStartsOn()) + ").");
    problems.throwIfAny();
    run.decide(number, date, actor);
  }

  /** Whether the Office forwarded any proposal: the Council then votes on them before the Director decides. */
  @Transactional(readOnly = true)
  boolean anyForwarded(long runId) {
    return proposals.findByRunIdOrderByIdAsc(runId).stream()
        .anyMatch(p -> ThematicProposal.ACCEPTED.equals(p.getStatus()));
  }

  /** Writes each proposal the Office forwarded and the Council approved into the merit register with the Director's decision (the asynchronous task). */
  void record(long runId) {
    ThematicRun run = run(runId);
    Movement movement = movementOf(run);
    for (ThematicProposal p : proposals.findByRunIdOrderByIdAsc(runId)) {
      if (!p.conferred()) {
        continue;
      }
      MeritRecord row = register.recordThematicAward(new MeritRegisterService.Entry(run.getDecisionDate().getYear(),
          movement.getAwardCode(), p.isCollective() ? null : p.getNomineeKey(),
          p.isCollective() ? p.getUnitCode() : null, run.getDecisionNumber(), run.getDecisionDate().toString(),
          movement.getAwardAuthority(), shorten("Tổng kết phong trào " + movement.quotedName() + ": "
              + p.getAchievement())), run.getDecidedBy());
      p.awarded(row.getId());
    }
    run.setStatus(ThematicRun.RECORDED);
  }

  /** Stores the movement's final summary once (a retried job finds it and writes nothing twice). */
  ThematicSummary summarise(long runId) {
    Optional<ThematicSummary> existing = summaries.findByRunId(runId);
    if (existing.isPresent()) {
      return existing.get();
    }
    ThematicRun run = run(runId);
    Movement movement = movementOf(run);
    List<ThematicParticipation> registered = participations.findByRunIdOrderByUnitCodeAsc(runId);
    List<ThematicParticipation> taking = registered.stream().filter(ThematicParticipation::isParticipates).toList();
    List<ThematicResult> reported = results.findByRunIdOrderByUnitCodeAscCriterionIdAsc(runId);
    Set<String> reporting = new LinkedHashSet<>();
    reported.forEach(r -> reporting.add(r.getUnitCode()));
    List<ThematicProposal> awarded = proposals.findByRunIdOrderByIdAsc(runId).stream()
        .filter(p -> ThematicProposal.AWARDED.equals(p.getStatus())).toList();
    StringBuilder text = new StringBuilder();
    text.append("Tổng kết phong trào thi đua theo chuyên đề ").append(movement.quotedName()).append(" (")
        .append(VietnameseDates.format(movement.getStartsOn())).append(" – ")
        .append(VietnameseDates.format(movement.getEndsOn())).append("), phát động theo văn bản số ")
        .append(movement.getLaunchDocNumber()).append(" ngày ")
        .append(VietnameseDates.format(movement.getLaunchDocDate()))
        .append(" của ").append(movement.getLaunchDocIssuer()).append(".\n\n");
    text.append("1. Đơn vị tham gia: ").append(taking.size()).append('/').append(registered.size())
        .append(" đơn vị đăng ký tham gia");
    text.append(taking.isEmpty() ? "." : ": " + String.join(", ", taking.stream()
        .map(p -> unitName(p.getUnitCode())).toList()) + ".");
    text.append("\n\n2. Kết quả theo tiêu chí (").append(reporting.size()).append(" đơn vị báo cáo):\n");
    Map<Long, List<ThematicResult>> byCriterion = new LinkedHashMap<>();
    reported.forEach(r -> byCriterion.computeIfAbsent(r.getCriterionId(), k -> new ArrayList<>()).add(r));
    for (MovementCriterion c : criteria(movement)) {
      text.append("- Tiêu chí ").append(c.getPosition()).append(" «").append(c.getText()).append("»:");
      List<ThematicResult> rows = byCriterion.getOrDefault(c.getId(), List.of());
      if (rows.isEmpty()) {
        text.append(" không đơn vị nào báo cáo.\n");
      } else {
        text.append('\n');
        rows.forEach(r -> text.append("  + ").append(unitName(r.getUnitCode())).append(": ")
            .append(r.getResultText()).append('\n'));
      }
    }
    text.append("\n3. Khen thưởng: ");
    if (awarded.isEmpty()) {
      text.append("không có tập thể, cá nhân được khen thưởng.");
    } else {
      text.append(awarded.size()).append(" tập thể, cá nhân được tặng «")
          .append(MeritCode.read(movement.getAwardCode()).map(MeritCode::label).orElse(movement.getAwardCode()))
          .append("» theo Quyết định số ").append(run.getDecisionNumber()).append(" ngày ")
          .append(VietnameseDates.format(run.getDecisionDate())).append(" của ").append(movement.getAwardAuthority())
          .append(":\n");
      awarded.forEach(p -> text.append("- ").append(p.getNomineeName()).append(p.isCollective() ? "" : " ("
          + unitName(p.getUnitCode()) + ")").append('\n'));
    }
    String stored = text.length() > 20000 ? text.substring(0, 19990) + "\n…" : text.toString();
    ThematicSummary summary = summaries.save(new ThematicSummary(runId, movement.getId(), taking.size(),
        reporting.size(), awarded.size(), stored, clock.instant()));
    run.setStatus(ThematicRun.SUMMARISED);
    return summary;
  }

  /** The stored summary of a movement, if its run has one. */
  @Transactional(readOnly = true)
  Optional<ThematicSummary> summaryOf(Movement movement) {
    return runs.findByMovementId(movement.getId()).flatMap(r -> summaries.findByRunId(r.getId()));
  }

  @Transactional(readOnly = true)
  Optional<ThematicRun> runOf(Movement movement) {
    return runs.findByMovementId(movement.getId());
  }

  /** The movement as the forms show it: name, period, launching document. */
  @Transactional(readOnly = true)
  String movementText(Movement movement) {
    return "**" + Markdown.escape(movement.getName()) + "** — từ ngày " + VietnameseDates.format(movement.getStartsOn())
        + " đến ngày " + VietnameseDates.format(movement.getEndsOn()) + "; phát động theo văn bản số "
        + Markdown.escape(movement.getLaunchDocNumber()) + " ngày "
        + VietnameseDates.format(movement.getLaunchDocDate())
        + " của " + Markdown.escape(movement.getLaunchDocIssuer()) + ".";
  }

  /** The criteria as the results form lists them, numbered like its slots. */
  @Transactional(readOnly = true)
  String criteriaText(Movement movement) {
    StringBuilder text = new StringBuilder();
    for (MovementCriterion c : criteria(movement)) {
      text.append(c.getPosition()).append(". ").append(Markdown.escape(c.getText()))
          .append(c.getMaxScore() == null ? ""
              : " (tối đa " + c.getMaxScore().stripTrailingZeros().toPlainString() + " điểm)")
          .append('\n');
    }
    return text.toString();
  }

  /** The consolidated results and the numbered proposals, as the Office's and the Director's forms show them. */
  @Transactional(readOnly = true)
  String reviewText(long runId, boolean acceptedOnly) {
    StringBuilder text = new StringBuilder();
    List<ThematicParticipation> registered = participations.findByRunIdOrderByUnitCodeAsc(runId);
    long taking = registered.stream().filter(ThematicParticipation::isParticipates).count();
    text.append("Đơn vị tham gia: ").append(taking).append('/').append(registered.size()).append("\n\n");
    if (!acceptedOnly) {
      Movement movement = movementOf(run(runId));
      Map<Long, Integer> position = new LinkedHashMap<>();
      criteria(movement).forEach(c -> position.put(c.getId(), c.getPosition()));
      for (ThematicResult r : results.findByRunIdOrderByUnitCodeAscCriterionIdAsc(runId)) {
        text.append("- ").append(Markdown.escape(unitName(r.getUnitCode()))).append(", tiêu chí ")
            .append(position.getOrDefault(r.getCriterionId(), 0)).append(": ")
            .append(Markdown.escape(shorten(r.getResultText()))).append('\n');
      }
      text.append('\n');
    }
    List<ThematicProposal> all = proposals.findByRunIdOrderByIdAsc(runId);
    text.append(acceptedOnly ? "**Đề nghị khen thưởng Văn phòng trình:**\n" : "**Đề nghị khen thưởng:**\n");
    int shown = 0;
    for (int k = 0; k < all.size(); k++) {
      ThematicProposal p = all.get(k);
      if (acceptedOnly && !ThematicProposal.ACCEPTED.equals(p.getStatus())) {
        continue;
      }
      shown++;
      text.append(k + 1).append(". ").append(Markdown.escape(p.getNomineeName()))
          .append(p.isCollective() ? " (tập thể)" : " (" + Markdown.escape(unitName(p.getUnitCode())) + ")")
          .append(" — ").append(Markdown.escape(shorten(p.getAchievement())));
      if (acceptedOnly && p.getCouncilApproved() != null) {
        text.append(p.getCouncilApproved() ? " — **Hội đồng đồng ý**"
            : " — **Hội đồng không đồng ý, không khen thưởng**").append(p.getCouncilReason() == null ? "" : " (" + Markdown.escape(p.getCouncilReason()) + ")");
      }
      text.append('\n');
    }
    if (shown == 0) {
      text.append("Không có đề nghị nào.\n");
    }
    return text.toString();
  }

  private String unitName(String code) {
    return organization.unit(code).getName();
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 297) + "…" : text;
  }
}
