package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.Actors;

/** Records that the unit did not report this year, with the Office's note. */
@Component("markNotReportedDelegate")
class MarkNotReportedDelegate implements JavaDelegate {

  private final ReportService reports;

  public MarkNotReportedDelegate(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object note = UnitReportVariables.OVERDUE_NOTE.raw(execution);
    reports.markNotReported(UnitReportVariables.UNIT_REPORT_ID.get(execution), Actors.of(execution),
        note == null ? null : note.toString());
  }
}
