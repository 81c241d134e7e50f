package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;

/** "Đăng ký thi đua": the unit's commitment and the locality it will support. */
@Component
class RegisterCommitmentHandler implements TaskSubmissionHandler {

  private final ReportService reports;

  public RegisterCommitmentHandler(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public UserTask task() {
    return UserTask.REGISTER_COMMITMENT;
  }

  @Override
  public void onSubmit(DelegateTask task, String actor) {
    FormValues form = FormValues.of(task);
    String commitment = form.text(UnitReportVariables.COMMITMENT, "Nội dung đăng ký thi đua", true, 4000);
    String localityCode = form.text(UnitReportVariables.LOCALITY_CODE, "Địa phương đăng ký chỉ đạo, hỗ trợ", true, 40);
    String supportPlan = form.text(UnitReportVariables.SUPPORT_PLAN, "Nội dung hỗ trợ địa phương", true, 4000);
    long reportId = UnitReportVariables.UNIT_REPORT_ID.get(task);
    reports.register(reportId, actor, commitment, localityCode, supportPlan, form.problems());
    UnitReportVariables.REGISTERED_LOCALITY_NAME.set(task, reports.registeredLocalityName(reportId));
  }
}
