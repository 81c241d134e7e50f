package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationService;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;

/** Reminds the unit's staff that its report falls due soon. */
@Component("reportReminderDelegate")
class ReportReminderDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public ReportReminderDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitName = TaskContextVariables.UNIT_NAME.get(execution);
    String due = UnitReportVariables.REPORT_DUE_DATE_TEXT.get(execution);
    notifications.notifyGroup(UnitReportVariables.STAFF_GROUP.get(execution),
        "Nhắc hạn: báo cáo thi đua năm " + AnnualCycleVariables.CYCLE_YEAR.raw(execution) + " của " + unitName + " hạn "
            + due,
        "Báo cáo thi đua của " + unitName + " cần được gửi trưởng đơn vị duyệt trước ngày " + due
            + ". Quá hạn, việc sẽ được chuyển Văn phòng Sở xử lý.",
        execution.getProcessInstanceId());
  }
}
