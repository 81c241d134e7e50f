package vn.gov.soctrang.tnmt.tdkt.report;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;

/** "Xử lý đơn vị quá hạn báo cáo": the Office extends the deadline or records that the unit did not report. */
@Component
class HandleOverdueReportHandler implements TaskSubmissionHandler {

  private final ReportService reports;
  private final ReportDeadlineVariables deadlines;

  public HandleOverdueReportHandler(ReportService reports, ReportDeadlineVariables deadlines) {
    this.reports = reports;
    this.deadlines = deadlines;
  }

  @Override
  public UserTask task() {
    return UserTask.HANDLE_OVERDUE_REPORT;
  }

  @Override
  public void onSubmit(DelegateTask task, String actor) {
    FormValues form = FormValues.of(task);
    Decisions.Overdue decision = form.choice(UnitReportVariables.OVERDUE_DECISION, "Xử lý", Decisions.Overdue.class,
        true);
    LocalDate newDeadline = form.date(UnitReportVariables.NEW_DEADLINE, "Hạn mới", false);
    form.text(UnitReportVariables.OVERDUE_NOTE, "Ghi chú", false, 4000);
    form.validate();
    if (decision == Decisions.Overdue.EXTEND) {
      deadlines.apply(task, reports.extend(UnitReportVariables.UNIT_REPORT_ID.get(task), newDeadline));
    }
  }
}
