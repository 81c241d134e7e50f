package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;

/** "Phê duyệt báo cáo của đơn vị": the head approves, or returns with a reason. */
@Component
class ApproveReportHandler implements TaskSubmissionHandler {

  private final ReportService reports;
  private final ReportDeadlineVariables deadlines;

  public ApproveReportHandler(ReportService reports, ReportDeadlineVariables deadlines) {
    this.reports = reports;
    this.deadlines = deadlines;
  }

  @Override
  public UserTask task() {
    return UserTask.APPROVE_REPORT;
  }

  @Override
  public void onSubmit(DelegateTask task, String actor) {
    FormValues form = FormValues.of(task);
    Decisions.Head decision = form.choice(UnitReportVariables.HEAD_DECISION, "Ý kiến của trưởng đơn vị",
        Decisions.Head.class, true);
    String comment = form.text(UnitReportVariables.HEAD_COMMENT, "Ý kiến", false, 4000);
    form.validate();
    ReportService.Deadline reopened = reports.headDecision(UnitReportVariables.UNIT_REPORT_ID.get(task), actor,
        decision, comment);
    if (reopened != null) {
      UnitReportVariables.RETURN_REASON.set(task, "Trưởng đơn vị trả lại: " + Markdown.escape(comment));
      deadlines.apply(task, reopened);
    }
  }
}
