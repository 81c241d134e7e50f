package vn.gov.soctrang.tnmt.tdkt.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.merit.PriorFacts;
import vn.gov.soctrang.tnmt.tdkt.merit.PriorFactsService;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationService;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;

/**
 * The Office's consolidation: every nomination checked against the movement's criteria and the standards of the
 * award proposed (from the register of titles and awards), then the list confirmed.
 */
@Service
@Transactional
class ConsolidationService {

  private final CycleService cycles;
  private final UnitReportRepository reports;
  private final RegistrationRepository registrations;
  private final NominationRepository nominations;
  private final CriteriaEvaluator criteria;
  private final PriorFactsService priorFacts;
  private final SettingsService settings;
  private final NotificationService notifications;
  private final Clock clock;

  public ConsolidationService(CycleService cycles, UnitReportRepository reports, RegistrationRepository registrations,
      NominationRepository nominations, CriteriaEvaluator criteria, PriorFactsService priorFacts,
      SettingsService settings, NotificationService notifications, Clock clock) {
    this.notifications = notifications;
    this.cycles = cycles;
    this.reports = reports;
    this.registrations = registrations;
    this.nominations = nominations;
    this.criteria = criteria;
    this.priorFacts = priorFacts;
    this.settings = settings;
    this.clock = clock;
  }

  /** One line of the consolidated list, as the Office's form shows it. */
  public record ResultLine(String unitName, String nomineeName, String proposedAwardName, String resultLabel,
      String reason, String priorFacts) {
  }

  public record Consolidation(List<ResultLine> lines, String summary) {
  }

  public Consolidation evaluate(long cycleId) {
    Cycle cycle = cycles.get(cycleId);
    cycles.startConsolidation(cycleId);
    List<UnitReport> all = reports.findByCycleIdOrderByIdAsc(cycleId);
    Map<Long, UnitReport> accepted = all.stream().filter(r -> r.getStatus() == ReportStatus.ACCEPTED)
        .collect(Collectors.toMap(UnitReport::getId, Function.identity()));
    Map<Long, Registration> registered = registrations.findByCycleId(cycleId).stream()
        .collect(Collectors.toMap(r -> r.getUnit().getId(), Function.identity()));
    List<ResultLine> lines = new ArrayList<>();
    // The criteria look at seven facts, so a province's thousands of nominations share a handful of combinations:
    // the decision is evaluated once per combination in this pass (each evaluation is an engine command with its
    // own history rows), and every nomination gets the result of its combination.
    Map<CriteriaFacts, CriteriaResult> decided = new HashMap<>();
    Map<StandardFacts, CriteriaResult> standards = new HashMap<>();
    List<Nomination> proposed = nominations.findByCycleIdOrderByIdAsc(cycleId);
    Map<String, PriorFacts> prior = priorFacts.factsFor(proposed.stream().map(Nomination::nomineeKey).distinct().toList(),
        cycle.getYear());
    // What the province's and the Department's rules add to the law's standard of a Giấy khen, on the cycle's date.
    int giayKhenYears = settings.intValue(SettingKey.STANDARD_GIAY_KHEN_EXCELLENT_YEARS,
        cycle.regimeDate().orElse(LocalDate.now(clock)));
    int met = 0;
    for (Nomination n : proposed) {
      UnitReport report = accepted.get(n.getUnitReportId());
      if (report == null) {
        continue;
      }
      boolean hasRegistration = registered.containsKey(report.getUnit().getId());
      boolean tasksCompleted = n.getNomineeType() == NomineeType.COLLECTIVE || n.isTasksCompleted();
      CriteriaResult result = decided.computeIfAbsent(new CriteriaFacts(n.getNomineeType(),
          n.nomineeUnderDiscipline(), report.isGuidanceOnTime(), report.isPropagandaDone(),
          hasRegistration && report.isLocalitySupported(), tasksCompleted, n.hasInitiative()),
          facts -> criteria.evaluate(cycle.getMovement().getCriteriaDecision(), facts));
      // The movement's criteria first; then the law's standards of the award proposed, from the register.
      PriorFacts facts = prior.get(n.nomineeKey());
      if (result.met()) {
        CriteriaResult standard = standards.computeIfAbsent(StandardFacts.of(n.getProposedAward(),
            n.getNomineeType(), tasksCompleted, n.hasInitiative(), facts, giayKhenYears), criteria::standard);
        result = new CriteriaResult(standard.met(), result.reason() + ". " + standard.reason());
      }
      n.evaluated(result.met(), result.reason(), facts.summary(), clock.instant());
      met += result.met() ? 1 : 0;
      lines.add(new ResultLine(n.getUnit().getName(), n.getNomineeName(), n.getProposedAward().label(),
          n.getStatus() == NominationStatus.MET ? "Đạt" : "Không đạt", result.reason(), facts.summary()));
    }
    List<String> notReported = all.stream().filter(r -> r.getStatus() != ReportStatus.ACCEPTED)
        .map(r -> r.getUnit().getName()).toList();
    String summary = "### Tổng hợp kết quả thi đua năm " + cycle.getYear() + "\n\n"
        + "- Đơn vị đã nộp báo cáo được tiếp nhận: **" + accepted.size() + "/" + all.size() + "**\n"
        + (notReported.isEmpty() ? "" : "- Đơn vị không nộp báo cáo: " + String.join(", ", notReported) + "\n")
        + "- Đề nghị khen thưởng: **" + lines.size() + "**, trong đó đạt tiêu chí **" + met + "**, không đạt **"
        + (lines.size() - met) + "**\n\n"
        + "Đề nghị không đạt vẫn được giữ trong danh sách cùng lý do để đơn vị và Văn phòng theo dõi."
        + resultList(lines);
    return new Consolidation(lines, summary);
  }

  /** The list grouped by unit, as the Office reads it on its form (Markdown). */
  private static String resultList(List<ResultLine> lines) {
    StringBuilder text = new StringBuilder();
    String unit = null;
    for (ResultLine line : lines) {
      if (!line.unitName().equals(unit)) {
        unit = line.unitName();
        text.append("\n\n**").append(Markdown.escape(unit)).append("**\n");
      }
      text.append("\n- ").append(Markdown.escape(line.nomineeName())).append(" – ").append(line.proposedAwardName())
          .append(": **").append(line.resultLabel()).append("** (").append(Markdown.escape(line.reason())).append(")")
          .append("\n  - Căn cứ sổ theo dõi danh hiệu, khen thưởng: ").append(Markdown.escape(line.priorFacts()));
    }
    return text.toString();
  }

  public void confirm(long cycleId, String actor, String note) {
    cycles.confirmConsolidation(cycleId, actor, note);
  }

  /** Tells each unit the result of each of its nominations, "not met" with the reason. */
  public void informUnits(long cycleId, String processInstanceId) {
    Cycle cycle = cycles.get(cycleId);
    Map<Unit, List<Nomination>> byUnit = nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() != NominationStatus.PROPOSED)
        .collect(Collectors.groupingBy(Nomination::getUnit, LinkedHashMap::new, Collectors.toList()));
    byUnit.forEach((unit, list) -> {
      String body = list.stream().map(n -> "- " + n.getNomineeName() + " (" + n.getProposedAward().label() + "): "
          + n.getStatus().label() + " – " + n.getEvaluationReason()).collect(Collectors.joining("\n"));
      notifications.notifyGroup(CamundaGroups.staffGroup(unit.getCode()),
          "Kết quả xét đề nghị khen thưởng năm " + cycle.getYear() + " của " + unit.getName(), body, processInstanceId);
    });
  }
}
