package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/** Puts a report deadline where the model reads it: the task's due date and the two timers. */
@Component
class ReportDeadlineVariables {

  private final CalendarService calendar;

  public ReportDeadlineVariables(CalendarService calendar) {
    this.calendar = calendar;
  }

  public void apply(VariableScope scope, ReportService.Deadline deadline) {
    UnitReportVariables.REPORT_DUE_DATE.set(scope, calendar.dueAt(deadline.dueDate()));
    UnitReportVariables.REMINDER_DATE.set(scope, calendar.remindAt(deadline.reminderDate()));
    UnitReportVariables.REPORT_DUE_DATE_TEXT.set(scope, VietnameseDates.format(deadline.dueDate()));
  }
}
