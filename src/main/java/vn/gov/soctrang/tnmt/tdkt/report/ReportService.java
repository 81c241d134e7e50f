package vn.gov.soctrang.tnmt.tdkt.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardPolicyService;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationDraft;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRules;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.organization.Locality;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/** A unit's registration and yearly report, from preparation to the Office's acceptance. */
@Service
@Transactional
class ReportService {

  private final UnitReportRepository reports;
  private final RegistrationRepository registrations;
  private final NominationRepository nominations;
  private final OrganizationService organization;
  private final CycleService cycles;
  private final SettingsService settings;
  private final AwardPolicyService awardPolicy;
  private final CalendarService calendar;
  private final Clock clock;
  private final vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService history;

  public ReportService(UnitReportRepository reports, RegistrationRepository registrations,
      NominationRepository nominations, OrganizationService organization, CycleService cycles,
      SettingsService settings, AwardPolicyService awardPolicy, CalendarService calendar, Clock clock,
      vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService history) {
    this.history = history;
    this.reports = reports;
    this.registrations = registrations;
    this.nominations = nominations;
    this.organization = organization;
    this.cycles = cycles;
    this.settings = settings;
    this.awardPolicy = awardPolicy;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** What a unit's forms offer and when its report is due. */
  /** The unit's name today (a renaming dated later has not happened yet). */
  public String unitNameToday(vn.gov.soctrang.tnmt.tdkt.organization.Unit unit) {
    return history.unitNameOn(unit, LocalDate.now(clock));
  }

  public record UnitContext(UnitReport report, Cycle cycle, List<Option> localityOptions,
      List<Option> nomineeOptions, List<Option> awardOptions, Deadline deadline) {
  }

  /** The due date of a report and the date its reminder goes out. */
  public record Deadline(LocalDate dueDate, LocalDate reminderDate) {
  }

  public UnitContext prepare(long cycleId, String unitCode, String processInstanceId) {
    Cycle cycle = cycles.get(cycleId);
    Unit unit = organization.unit(unitCode);
    UnitReport report = reports.save(new UnitReport(cycleId, unit, processInstanceId, cycle.getReportDeadline()));
    return new UnitContext(report, cycle, localityOptions(cycle), nomineeOptions(unit), awardOptions(cycle),
        deadline(cycle.getReportDeadline()));
  }

  public Deadline deadline(LocalDate dueDate) {
    int before = settings.intValue(SettingKey.REPORT_REMINDER_DAYS_BEFORE);
    return new Deadline(dueDate, dueDate.minusDays(before));
  }

  @Transactional(readOnly = true)
  public UnitReport get(long reportId) {
    return reports.findById(reportId)
        .orElseThrow(() -> new InvalidInputException("Không tìm thấy báo cáo số " + reportId + "."));
  }

  public Registration register(long reportId, String actor, String commitment, String localityCode,
      String supportPlan, Problems problems) {
    UnitReport report = get(reportId);
    Locality locality = null;
    if (localityCode != null) {
      locality = organization.locality(localityCode).orElse(null);
      problems.addIf(locality == null, "Địa phương đã chọn không có trong danh mục (mã " + localityCode + ").");
      if (locality != null) {
        checkSupportable(locality, cycles.get(report.getCycleId()), problems);
      }
    }
    problems.throwIfAny();
    report.registered();
    return registrations.save(new Registration(report.getCycleId(), report.getUnit(), commitment, locality,
        supportPlan, actor, clock.instant()));
  }

  @Transactional(readOnly = true)
  public String registeredLocalityName(long reportId) {
    UnitReport report = get(reportId);
    return registrations.findByCycleIdAndUnit(report.getCycleId(), report.getUnit())
        .map(r -> r.getLocality().fullName()).orElse("(chưa đăng ký)");
  }

  /** Saves the drafted report and its nominations (replacing the previous draft's) and sends it to the head. */
  public void submit(long reportId, String actor, UnitReport.Content content, List<NominationDraft> drafts,
      Problems problems) {
    UnitReport report = get(reportId);
    Cycle cycle = cycles.get(report.getCycleId());
    // The unit's people are read once: the rules check that each nominee is one of them, and the nominations link
    // to them without reading each person again.
    Map<String, Person> unitPeople = organization.peopleOf(report.getUnit()).stream()
        .collect(Collectors.toMap(Person::getUsername, Function.identity()));
    NominationRules.check(drafts, unitPeople.keySet(), cycle.isFinalSummary(),
        awardPolicy.on(LocalDate.now(clock), cycle.getMovement().getFinalSummaryYear()),
        problems);
    problems.throwIfAny();
    report.submit(content, actor, clock.instant());
    nominations.deleteByUnitReportId(reportId);
    nominations.flush();
    for (NominationDraft d : drafts) {
      Nomination nomination = d.type() == NomineeType.COLLECTIVE
          ? Nomination.collective(reportId, report.getCycleId(), report.getUnit(),
              unitNameToday(report.getUnit()), d.award(), d.achievements(),
              d.initiatives())
          : Nomination.individual(reportId, report.getCycleId(),
              unitPeople.get(d.personUsername()), d.award(), d.achievements(), d.initiatives(),
              d.tasksCompleted());
      nominations.save(nomination);
    }
  }

  /** @return the new deadline when the report goes back to the unit, else null */
  public Deadline headDecision(long reportId, String actor, Decisions.Head decision, String comment) {
    UnitReport report = get(reportId);
    if (decision == Decisions.Head.RETURN) {
      requireReason(comment, "trả lại báo cáo cho chuyên viên");
      report.returnByHead(actor, comment);
      return reopen(report);
    }
    report.approveByHead(actor, comment);
    return null;
  }

  /** @return the new deadline when the report goes back to the unit, else null */
  public Deadline officeDecision(long reportId, String actor, Decisions.Office decision, String comment) {
    UnitReport report = get(reportId);
    if (decision == Decisions.Office.RETURN) {
      requireReason(comment, "trả lại báo cáo cho đơn vị");
      report.returnByOffice(actor, comment);
      return reopen(report);
    }
    report.acceptByOffice(actor, comment);
    return null;
  }

  public Deadline extend(long reportId, LocalDate newDueDate) {
    LocalDate today = LocalDate.now(clock);
    if (newDueDate == null) {
      throw new InvalidInputException("Vui lòng chọn «Hạn mới» khi gia hạn cho đơn vị.");
    }
    if (!newDueDate.isAfter(today)) {
      throw new InvalidInputException("Hạn mới phải sau ngày hôm nay (" + VietnameseDates.format(today) + ").");
    }
    UnitReport report = get(reportId);
    report.extendDeadline(newDueDate);
    return deadline(newDueDate);
  }

  public void markNotReported(long reportId, String actor, String note) {
    get(reportId).markNotReported(actor, note);
  }

  /** A returned report gets at least the grace period to be corrected, even after the original deadline. */
  private Deadline reopen(UnitReport report) {
    LocalDate earliest = LocalDate.now(clock).plusDays(settings.intValue(SettingKey.REPORT_RETURN_GRACE_DAYS));
    if (report.getDueDate().isBefore(earliest)) {
      report.extendDeadline(earliest);
    }
    return deadline(report.getDueDate());
  }

  private static void requireReason(String comment, String action) {
    if (comment == null || comment.isBlank()) {
      throw new InvalidInputException("Vui lòng ghi rõ lý do khi " + action + ".");
    }
  }

  /** The places a unit may choose in its registration for the cycle: those that exist during its period. */
  public List<Option> localityOptions(Cycle cycle) {
    Period period = Period.of(cycle);
    return organization.supportableLocalities(period.from(), period.to()).stream()
        .map(l -> new Option(l.fullName(), l.getCode())).toList();
  }

  /**
   * The days a registration is about: the cycle year's 1 January to the report deadline (or just that 1 January
   * when the deadline falls before it). A place may be chosen when it exists on at least one of them: a 2024 cycle
   * offers the districts, a 2026 cycle none of them, and a 2025 cycle whose reports are due after 01/07/2025 both
   * the districts that ended on 30/06/2025 and the communes and wards that began on 01/07/2025. The period depends on the cycle only, so what the form
   * offered when it opened and what the server accepts when it is submitted are the same list.
   */
  record Period(LocalDate from, LocalDate to) {

    static Period of(Cycle cycle) {
      LocalDate from = LocalDate.of(cycle.getYear(), 1, 1);
      LocalDate deadline = cycle.getReportDeadline();
      return new Period(from, deadline == null || deadline.isBefore(from) ? from : deadline);
    }
  }

  private static void checkSupportable(Locality locality, Cycle cycle, Problems problems) {
    String name = "«" + locality.fullName() + "»";
    if (!locality.getKind().supportable()) {
      problems.add(name + " là đơn vị hành chính cấp tỉnh; vui lòng chọn một địa phương trong danh sách của biểu mẫu.");
      return;
    }
    Period period = Period.of(cycle);
    if (locality.validDuring(period.from(), period.to())) {
      return;
    }
    String during = " trong thời gian của chu trình thi đua năm " + cycle.getYear() + " ("
        + VietnameseDates.format(period.from()) + " – " + VietnameseDates.format(period.to()) + ")";
    problems.add(locality.getValidTo() != null && locality.getValidTo().isBefore(period.from())
        ? name + " không còn là đơn vị hành chính" + during + ": chỉ có hiệu lực đến ngày "
            + VietnameseDates.format(locality.getValidTo()) + ". Vui lòng chọn một địa phương trong danh sách."
        : name + " chưa được thành lập" + during + ": có hiệu lực từ ngày "
            + VietnameseDates.format(locality.getValidFrom()) + ". Vui lòng chọn một địa phương trong danh sách.");
  }

  public List<Option> nomineeOptions(Unit unit) {
    return organization.peopleOf(unit).stream()
        .map(p -> new Option(p.getFullName() + " – " + p.getPositionTitle(), p.getUsername())).toList();
  }

  /** The awards this cycle may propose under the settings in force today. */
  public List<Option> awardOptions(Cycle cycle) {
    return awardPolicy.on(LocalDate.now(clock), cycle.getMovement().getFinalSummaryYear())
        .allowedIn(cycle.isFinalSummary()).stream()
        .map(a -> new Option(a.label(), a.name())).toList();
  }

  /** The report as the head and the Office read it on their forms (Markdown). */
  @Transactional(readOnly = true)
  public String summaryText(long reportId) {
    UnitReport report = get(reportId);
    Cycle cycle = cycles.get(report.getCycleId());
    List<String> lines = new ArrayList<>();
    lines.add("### Báo cáo thi đua năm " + cycle.getYear() + " – " + report.getUnit().getName());
    registrations.findByCycleIdAndUnit(report.getCycleId(), report.getUnit()).ifPresent(r -> {
      lines.add("**Đăng ký thi đua:** " + Markdown.escape(r.getCommitment()));
      lines.add("");
      lines.add("**Địa phương chỉ đạo, hỗ trợ:** " + Markdown.escape(r.getLocality().fullName()) + " – " + Markdown.escape(r.getSupportPlan()));
    });
    lines.add("");
    lines.add("**Tiêu chí đối với tập thể**");
    lines.add("");
    lines.add("- Hoàn thành văn bản hướng dẫn đúng tiến độ: " + yesNo(report.isGuidanceOnTime())
        + " (" + report.getGuidanceDocumentCount() + " văn bản)" + note(report.getGuidanceNote()));
    lines.add("- Tuyên truyền, vận động: " + yesNo(report.isPropagandaDone()) + " ("
        + report.getPropagandaSessionCount() + " buổi, " + report.getParticipantCount() + " lượt người tham gia)"
        + note(report.getPropagandaNote()));
    lines.add("- Chỉ đạo, hỗ trợ địa phương đã đăng ký: " + yesNo(report.isLocalitySupported())
        + note(report.getSupportResult()));
    lines.add("");
    lines.add("**Tóm tắt kết quả:** " + Markdown.escape(report.getSummary()));
    List<Nomination> list = nominations.findByUnitReportIdOrderByIdAsc(reportId);
    lines.add("");
    lines.add("**Đề nghị khen thưởng (" + list.size() + ")**");
    lines.add("");
    int i = 1;
    for (Nomination n : list) {
      lines.add(i++ + ". " + n.getNomineeType().label() + " **" + Markdown.escape(n.getNomineeName()) + "** – "
          + n.getProposedAward().label() + ". Thành tích: " + Markdown.escape(n.getAchievements())
          + (n.hasInitiative() ? ". Sáng kiến: " + Markdown.escape(n.getInitiatives()) : "")
          + (n.getNomineeType() == NomineeType.INDIVIDUAL
              ? ". Hoàn thành nhiệm vụ: " + yesNo(n.isTasksCompleted()).toLowerCase() : ""));
    }
    if (list.isEmpty()) {
      lines.add("(Đơn vị không đề nghị khen thưởng.)");
    }
    lines.add("");
    lines.add("Người lập: " + report.getSubmittedBy() + " · Hạn báo cáo: " + VietnameseDates.format(report.getDueDate()));
    return String.join("\n", lines);
  }

  private static String yesNo(boolean value) {
    return value ? "Có" : "Không";
  }

  private static String note(String note) {
    return note == null || note.isBlank() ? "" : " – " + Markdown.escape(note);
  }

}
