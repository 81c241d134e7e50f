package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;

/** "Văn phòng tiếp nhận báo cáo": the Office accepts the report, or returns it to the unit with a reason. */
@Component
class ReviewReportHandler implements TaskSubmissionHandler {

  private final ReportService reports;
  private final ReportDeadlineVariables deadlines;

  public ReviewReportHandler(ReportService reports, ReportDeadlineVariables deadlines) {
    this.reports = reports;
    this.deadlines = deadlines;
  }

  @Override
  public UserTask task() {
    return UserTask.REVIEW_REPORT;
  }

  @Override
  public void onSubmit(DelegateTask task, String actor) {
    FormValues form = FormValues.of(task);
    Decisions.Office decision = form.choice(UnitReportVariables.OFFICE_DECISION, "Văn phòng Sở", Decisions.Office.class,
        true);
    String comment = form.text(UnitReportVariables.OFFICE_COMMENT, "Lý do trả lại / ghi chú", false, 4000);
    form.validate();
    ReportService.Deadline reopened = reports.officeDecision(UnitReportVariables.UNIT_REPORT_ID.get(task), actor,
        decision, comment);
    if (reopened != null) {
      UnitReportVariables.RETURN_REASON.set(task, "Văn phòng Sở trả lại: " + Markdown.escape(comment));
      deadlines.apply(task, reopened);
    }
  }
}
