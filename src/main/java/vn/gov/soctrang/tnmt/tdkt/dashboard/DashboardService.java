package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeeting;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleStatus;
import vn.gov.soctrang.tnmt.tdkt.dashboard.CycleTasks.OpenTask;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.CalendarWarning;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.CouncilWork;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.GroupCount;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.KeyDates;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.Meeting;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.OverdueTask;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.ProgressTotals;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.ProvinceWork;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.StatusCount;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.Submission;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.TaskSummary;
import vn.gov.soctrang.tnmt.tdkt.dashboard.DashboardView.UnitProgress;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.province.ConsultationStatus;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmission;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionRepository;
import vn.gov.soctrang.tnmt.tdkt.province.SubmissionStatus;
import vn.gov.soctrang.tnmt.tdkt.report.Registration;
import vn.gov.soctrang.tnmt.tdkt.report.RegistrationRepository;
import vn.gov.soctrang.tnmt.tdkt.report.ReportStatus;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReport;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/** Reads one year's cycle into the dashboard: nothing here changes the domain or the processes. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  private static final Set<ReportStatus> REPORTED = Set.of(ReportStatus.SUBMITTED, ReportStatus.HEAD_APPROVED,
      ReportStatus.ACCEPTED);
  private static final Set<ReportStatus> HEAD_APPROVED = Set.of(ReportStatus.HEAD_APPROVED, ReportStatus.ACCEPTED);

  private final CycleRepository cycles;
  private final UnitReportRepository reports;
  private final RegistrationRepository registrations;
  private final NominationRepository nominations;
  private final CouncilMeetingRepository meetings;
  private final ProvinceSubmissionRepository submissions;
  private final OrganizationService organization;
  private final CycleTasks tasks;
  private final CalendarService calendar;
  private final Clock clock;

  public DashboardService(CycleRepository cycles, UnitReportRepository reports, RegistrationRepository registrations,
      NominationRepository nominations, CouncilMeetingRepository meetings, ProvinceSubmissionRepository submissions,
      OrganizationService organization, CycleTasks tasks, CalendarService calendar, Clock clock) {
    this.cycles = cycles;
    this.reports = reports;
    this.registrations = registrations;
    this.nominations = nominations;
    this.meetings = meetings;
    this.submissions = submissions;
    this.organization = organization;
    this.tasks = tasks;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The cycle of the year, or the latest cycle when no year is given. */
  public Cycle cycle(Integer year) {
    if (year == null) {
      return cycles.findAllByOrderByYearDesc().stream().findFirst().orElseThrow(() ->
          new ResponseStatusException(HttpStatus.NOT_FOUND, "Chưa có chu trình thi đua nào."));
    }
    return cycles.findByYear(year).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Chưa có chu trình thi đua năm " + year + "."));
  }

  public DashboardView dashboard(Integer year) {
    Cycle cycle = cycle(year);
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);

    List<UnitReport> cycleReports = reports.findByCycleIdOrderByIdAsc(cycle.getId());
    Set<Long> registered = registrations.findByCycleId(cycle.getId()).stream()
        .map(Registration::getUnit).map(Unit::getId).collect(Collectors.toSet());
    List<Nomination> cycleNominations = nominations.findByCycleIdOrderByIdAsc(cycle.getId());
    List<OpenTask> open = tasks.open(cycle.getYear());

    Map<Long, UnitReport> reportByUnit = new HashMap<>();
    Map<String, Long> unitByInstance = new HashMap<>();
    for (UnitReport r : cycleReports) {
      reportByUnit.put(r.getUnit().getId(), r);
      if (r.getProcessInstanceId() != null) {
        unitByInstance.put(r.getProcessInstanceId(), r.getUnit().getId());
      }
    }
    Map<Long, List<OpenTask>> tasksByUnit = open.stream()
        .filter(t -> unitByInstance.containsKey(t.processInstanceId()))
        .collect(Collectors.groupingBy(t -> unitByInstance.get(t.processInstanceId())));
    Map<Long, List<Nomination>> nominationsByUnit = cycleNominations.stream()
        .collect(Collectors.groupingBy(n -> n.getUnit().getId()));

    List<UnitProgress> units = unitsOf(cycleReports).stream().map(unit -> unitProgress(unit,
        reportByUnit.get(unit.getId()), registered.contains(unit.getId()),
        nominationsByUnit.getOrDefault(unit.getId(), List.of()), tasksByUnit.getOrDefault(unit.getId(), List.of()),
        today, now)).toList();

    List<Integer> years = cycles.findAllByOrderByYearDesc().stream().map(Cycle::getYear).toList();
    List<CouncilMeeting> cycleMeetings = meetings.findByCycleIdOrderByIdAsc(cycle.getId());
    LocalDate lastMeeting = cycleMeetings.stream().map(CouncilMeeting::getMeetingDate)
        .max(Comparator.naturalOrder()).orElse(null);
    KeyDates dates = new KeyDates(cycle.getOpenedAt().atZone(clock.getZone()).toLocalDate(),
        cycle.getReportDeadline(), lastMeeting, cycle.getDisclosureEndsOn(),
        cycle.getFinishedAt() == null ? null : cycle.getFinishedAt().atZone(clock.getZone()).toLocalDate());

    ProvinceWork province = province(cycle, cycleNominations, today);
    return new DashboardView(cycle.getYear(), years, cycle.getStatus().name(), cycle.getStatus().label(),
        cycle.isFinalSummary(), dates, today, now, totals(units), units, cycleNominations.size(),
        groupCounts(cycleNominations), council(open, cycleNominations, cycleMeetings), province,
        taskSummary(open, unitByInstance, reportByUnit, now),
        calendarWarnings(openDeadlines(cycle, cycleReports, province, open)));
  }

  /** A date the cycle still has to meet, and what it is for (as the Office calls it). */
  private record Deadline(LocalDate date, String concern) {
  }

  /**
   * The deadlines of the cycle that are still open: the work they govern is not done yet, whether or not the date
   * has passed (a date computed on an estimated calendar may also turn out not to have passed).
   */
  private List<Deadline> openDeadlines(Cycle cycle, List<UnitReport> cycleReports, ProvinceWork province,
      List<OpenTask> open) {
    List<Deadline> deadlines = new ArrayList<>();
    if (cycle.getStatus() == CycleStatus.REPORTING && cycle.getReportDeadline() != null) {
      deadlines.add(new Deadline(cycle.getReportDeadline(), "hạn báo cáo của chu trình"));
    }
    cycleReports.stream()
        .filter(r -> r.getDueDate() != null && r.getStatus() != ReportStatus.ACCEPTED
            && r.getStatus() != ReportStatus.NOT_REPORTED)
        .forEach(r -> deadlines.add(new Deadline(r.getDueDate(), "hạn báo cáo của đơn vị")));
    if (cycle.getStatus() == CycleStatus.DISCLOSING && cycle.getDisclosureEndsOn() != null) {
      deadlines.add(new Deadline(cycle.getDisclosureEndsOn(), "hết thời gian công khai"));
    }
    province.submissions().stream()
        .filter(s -> SubmissionStatus.SENT.name().equals(s.status()) && s.answerDueOn() != null)
        .forEach(s -> deadlines.add(new Deadline(s.answerDueOn(), "hạn trả lời của tỉnh")));
    open.stream().filter(t -> t.due() != null)
        .forEach(t -> deadlines.add(new Deadline(t.due().atZone(clock.getZone()).toLocalDate(),
            "hạn xử lý công việc")));
    return deadlines;
  }

  /** One warning per year that holds an open deadline and whose days off are not officially announced. */
  private List<CalendarWarning> calendarWarnings(List<Deadline> deadlines) {
    Map<Integer, List<Deadline>> byYear = new TreeMap<>(deadlines.stream()
        .collect(Collectors.groupingBy(d -> d.date().getYear())));
    SortedSet<Integer> provisional = calendar.provisionalAmong(byYear.keySet());
    return provisional.stream().map(year -> {
      List<Deadline> inYear = byYear.get(year);
      LocalDate first = inYear.stream().map(Deadline::date).min(Comparator.naturalOrder()).orElseThrow();
      List<String> concerns = inYear.stream().map(Deadline::concern).distinct().toList();
      String message = "Lịch nghỉ năm " + year + " chưa được công bố chính thức; hạn tính theo ngày làm việc có thể "
          + "thay đổi.";
      String detail = inYear.size() + " hạn đang mở rơi vào năm " + year + " (" + String.join(", ", concerns)
          + "), sớm nhất ngày " + VietnameseDates.format(first) + ". Quản trị hệ thống cập nhật ngày nghỉ, ngày làm "
          + "bù và đánh dấu năm đã công bố khi có văn bản chính thức.";
      return new CalendarWarning(year, message, detail, inYear.size(), first, concerns);
    }).toList();
  }

  /** The active units in their order, then any unit that has a report this year but has since been closed. */
  private List<Unit> unitsOf(List<UnitReport> cycleReports) {
    Map<Long, Unit> ordered = new LinkedHashMap<>();
    organization.activeUnits().forEach(u -> ordered.put(u.getId(), u));
    cycleReports.stream().map(UnitReport::getUnit).forEach(u -> ordered.putIfAbsent(u.getId(), u));
    return List.copyOf(ordered.values());
  }

  private static UnitProgress unitProgress(Unit unit, UnitReport report, boolean registered,
      List<Nomination> unitNominations, List<OpenTask> unitTasks, LocalDate today, Instant now) {
    ReportStatus status = report == null ? null : report.getStatus();
    boolean accepted = status == ReportStatus.ACCEPTED;
    boolean late = report != null && !accepted && today.isAfter(report.getDueDate());
    return new UnitProgress(unit.getCode(), unit.getShortName(), unit.getName(), registered,
        status == null ? null : status.name(), status == null ? "Chưa mở báo cáo" : status.label(),
        report == null ? null : report.getDueDate(), status != null && REPORTED.contains(status),
        status != null && HEAD_APPROVED.contains(status), accepted, status == ReportStatus.NOT_REPORTED, late,
        unitNominations.size(), countByGroup(unitNominations), unitTasks.size(),
        (int) unitTasks.stream().filter(t -> t.overdueAt(now)).count());
  }

  private static Map<String, Integer> countByGroup(List<Nomination> list) {
    Map<NominationGroup, Integer> counts = new EnumMap<>(NominationGroup.class);
    for (NominationGroup g : NominationGroup.values()) {
      counts.put(g, 0);
    }
    list.forEach(n -> counts.merge(NominationGroup.of(n.getStatus()), 1, Integer::sum));
    Map<String, Integer> byName = new LinkedHashMap<>();
    counts.forEach((g, c) -> byName.put(g.name(), c));
    return byName;
  }

  private static ProgressTotals totals(List<UnitProgress> units) {
    return new ProgressTotals(units.size(), count(units, UnitProgress::registered),
        count(units, UnitProgress::reported), count(units, UnitProgress::headApproved),
        count(units, UnitProgress::accepted), count(units, UnitProgress::notReported),
        count(units, UnitProgress::late));
  }

  private static <T> int count(List<T> list, Predicate<T> test) {
    return (int) list.stream().filter(test).count();
  }

  /** Every group, in the order of the counters, with the statuses that make it up (zeros included). */
  static List<GroupCount> groupCounts(List<Nomination> list) {
    Map<NominationStatus, Integer> byStatus = new EnumMap<>(NominationStatus.class);
    list.forEach(n -> byStatus.merge(n.getStatus(), 1, Integer::sum));
    List<GroupCount> groups = new ArrayList<>();
    for (NominationGroup group : NominationGroup.values()) {
      List<StatusCount> statuses = new ArrayList<>();
      for (NominationStatus s : NominationStatus.values()) {
        if (NominationGroup.of(s) == group) {
          statuses.add(new StatusCount(s.name(), s.label(), byStatus.getOrDefault(s, 0)));
        }
      }
      groups.add(new GroupCount(group.name(), group.label(), statuses.stream().mapToInt(StatusCount::count).sum(),
          statuses));
    }
    return groups;
  }

  private static CouncilWork council(List<OpenTask> open, List<Nomination> list, List<CouncilMeeting> held) {
    int meeting = countKey(open, UserTask.OPEN_COUNCIL_MEETING);
    int ballots = countKey(open, UserTask.CAST_BALLOT);
    int minutes = countKey(open, UserTask.CONFIRM_MINUTES);
    int objections = countKey(open, UserTask.RULE_ON_OBJECTIONS);
    int heldByObjection = count(list, n -> n.getStatus() == NominationStatus.OBJECTED);
    List<Meeting> meetingViews = held.stream().map(m -> new Meeting(m.getMeetingDate(), m.getPresentCount(),
        m.getTotalMembers(), m.isQuorumReached(), m.getStatus(), meetingLabel(m.getStatus()))).toList();
    return new CouncilWork(meeting + ballots + minutes + objections, meeting, ballots, minutes, objections,
        heldByObjection, meetingViews);
  }

  private static String meetingLabel(String status) {
    return switch (status) {
      case CouncilMeeting.OPEN -> "Đang bỏ phiếu";
      case CouncilMeeting.NO_QUORUM -> "Không đủ số thành viên dự họp";
      case CouncilMeeting.TALLIED -> "Đã kiểm phiếu, chờ xác nhận biên bản";
      case CouncilMeeting.MINUTES_CONFIRMED -> "Đã xác nhận biên bản";
      default -> status;
    };
  }

  private ProvinceWork province(Cycle cycle, List<Nomination> list, LocalDate today) {
    List<Submission> views = submissions.findByCycleIdOrderByIdAsc(cycle.getId()).stream()
        .map(s -> submission(s, list, today)).toList();
    return new ProvinceWork(count(list, n -> n.getStatus() == NominationStatus.SUBMITTED_UPWARD),
        count(list, n -> n.getStatus() == NominationStatus.RETURNED_BY_PROVINCE),
        count(views, Submission::answerOverdue), views);
  }

  private static Submission submission(ProvinceSubmission s, List<Nomination> list, LocalDate today) {
    List<Nomination> mine = list.stream().filter(n -> Objects.equals(n.getSubmissionId(), s.getId())).toList();
    int waiting = count(mine, n -> n.getStatus() == NominationStatus.SUBMITTED_UPWARD);
    boolean awaitingPosting = s.getStatus() == SubmissionStatus.SENT
        && s.getConsultationStatus() == ConsultationStatus.AWAITING_POSTING;
    // While the province has not posted its public consultation, the answer's due date is not known yet.
    boolean overdue = s.getStatus() == SubmissionStatus.SENT && !awaitingPosting && s.getAnswerDueOn() != null
        && today.isAfter(s.getAnswerDueOn());
    return new Submission(s.getAwardType().name(), s.getAwardType().label(), s.getRound(), s.getStatus().name(),
        s.getStatus().label(), s.getProposalNumber(), s.getDispatchNumber(), s.getDispatchDate(), s.getAnswerDueOn(),
        overdue, mine.size(), waiting, standing(s, today), s.getConsultationPostedOn(), s.getConsultationEndsOn());
  }

  /** Where a proposal stands, including the province's public consultation on state honours. */
  private static String standing(ProvinceSubmission s, LocalDate today) {
    if (s.getStatus() == SubmissionStatus.SENT && s.getConsultationStatus() == ConsultationStatus.AWAITING_POSTING) {
      return ConsultationStatus.AWAITING_POSTING.label();
    }
    if (s.consultationOpenOn(today)) {
      return "Tỉnh đang lấy ý kiến Nhân dân đến " + VietnameseDates.format(s.getConsultationEndsOn());
    }
    return s.getStatus().label();
  }

  private TaskSummary taskSummary(List<OpenTask> open, Map<String, Long> unitByInstance,
      Map<Long, UnitReport> reportByUnit, Instant now) {
    List<OpenTask> outside = open.stream().filter(t -> !unitByInstance.containsKey(t.processInstanceId())).toList();
    List<OverdueTask> overdue = open.stream().filter(t -> t.overdueAt(now)).map(t -> {
      Long unitId = unitByInstance.get(t.processInstanceId());
      String unit = unitId == null ? null : reportByUnit.get(unitId).getUnit().getName();
      return new OverdueTask(t.taskKey(), t.name(), unit, t.due().atZone(clock.getZone()).toLocalDate());
    }).toList();
    return new TaskSummary(open.size(), overdue.size(), outside.size(), count(outside, t -> t.overdueAt(now)),
        overdue);
  }

  private static int countKey(List<OpenTask> open, UserTask task) {
    return count(open, t -> task.id().equals(t.taskKey()));
  }
}
