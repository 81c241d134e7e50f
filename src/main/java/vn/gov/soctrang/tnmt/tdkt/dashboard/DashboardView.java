package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The state of one year's cycle at a glance, for the Office and the leadership.
 *
 * @param years every year that has a cycle, newest first (for the page's year selector)
 * @param today the Department's date the figures were computed for
 * @param calendarWarnings one per year whose days off are not officially announced and in which an open deadline
 *     of the cycle falls, by year; empty when every such year is announced
 */
public record DashboardView(int year, List<Integer> years, String status, String statusLabel, boolean finalSummary,
    KeyDates dates, LocalDate today, Instant generatedAt, ProgressTotals progress, List<UnitProgress> units,
    int nominationTotal, List<GroupCount> nominations, CouncilWork council, ProvinceWork province,
    TaskSummary tasks, List<CalendarWarning> calendarWarnings) {

  public record KeyDates(LocalDate openedOn, LocalDate reportDeadline, LocalDate councilMeetingOn,
      LocalDate disclosureEndsOn, LocalDate finishedOn) {
  }

  /** How many units reached each step of the report. */
  public record ProgressTotals(int units, int registered, int reported, int headApproved, int accepted,
      int notReported, int late) {
  }

  /**
   * One unit's report and nominations.
   *
   * @param reported the staff submitted the report (whatever happened next)
   * @param late the due date has passed and the Office has not accepted the report
   * @param nominationsByGroup counts by {@link NominationGroup} name, every group present
   */
  public record UnitProgress(String code, String shortName, String name, boolean registered, String reportStatus,
      String reportStatusLabel, LocalDate dueDate, boolean reported, boolean headApproved, boolean accepted,
      boolean notReported, boolean late, int nominations, Map<String, Integer> nominationsByGroup, int openTasks,
      int overdueTasks) {
  }

  public record StatusCount(String status, String label, int count) {
  }

  public record GroupCount(String group, String label, int count, List<StatusCount> statuses) {
  }

  /**
   * The Council's pending work: counts of open tasks only. Ballots are counted, never named.
   *
   * @param pending every open Council task (meeting, ballots, minutes, objections)
   * @param heldByObjection nominations held by an objection until the Council rules
   */
  public record CouncilWork(int pending, int openMeeting, int openBallots, int minutesToConfirm,
      int objectionsToRule, int heldByObjection, List<Meeting> meetings) {
  }

  public record Meeting(LocalDate date, int presentCount, int totalMembers, boolean quorumReached, String status,
      String statusLabel) {
  }

  /**
   * The proposals sent to the province and what it still owes.
   *
   * @param waiting nominations sent upward and not answered yet
   * @param returned nominations the province returned for more documents
   */
  public record ProvinceWork(int waiting, int returned, int overdueAnswers, List<Submission> submissions) {
  }

  /**
   * @param answerOverdue sent, still waiting, and the answer's due date has passed
   * @param waiting nominations of this proposal still waiting for the province
   * @param standing where the proposal stands, e.g. «Tỉnh đang lấy ý kiến Nhân dân đến 14/12/2026»
   * @param consultationPostedOn the day the province posted the nominees for public comment, if it has
   * @param consultationEndsOn the last day of that consultation
   */
  public record Submission(String awardType, String awardLabel, int round, String status, String statusLabel,
      String proposalNumber, String dispatchNumber, LocalDate dispatchDate, LocalDate answerDueOn,
      boolean answerOverdue, int nominations, int waiting, String standing, LocalDate consultationPostedOn,
      LocalDate consultationEndsOn) {
  }

  /**
   * Open and overdue tasks of the cycle: per unit in {@link UnitProgress}, the rest (the Office, the Council, the
   * leadership, the IT Center) here.
   */
  public record TaskSummary(int open, int overdue, int outsideUnitsOpen, int outsideUnitsOverdue,
      List<OverdueTask> overdueTasks) {
  }

  /**
   * Open deadlines that fall in a year whose calendar is still provisional: counted in working days, they may move
   * when the Government announces the year's days off and swaps.
   *
   * @param message the warning the Office reads
   * @param detail how many open deadlines are concerned, of which kinds, and the earliest
   * @param deadlines how many open deadlines of the cycle fall in that year
   * @param firstDeadline the earliest of them
   * @param concerns what those deadlines are for (report, disclosure, province answer, task), each once
   */
  public record CalendarWarning(int year, String message, String detail, int deadlines, LocalDate firstDeadline,
      List<String> concerns) {
  }

  /** An overdue task, without who holds it. */
  public record OverdueTask(String taskKey, String name, String unit, LocalDate due) {
  }
}
