package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.process.InstanceAccess;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;

/** Opens the unit's report, offers its forms their choices, and lets the unit (only) see its instance. */
@Component("prepareUnitReportDelegate")
class PrepareUnitReportDelegate implements JavaDelegate {

  private final ReportService reports;
  private final ReportDeadlineVariables deadlines;
  private final InstanceAccess access;

  public PrepareUnitReportDelegate(ReportService reports, ReportDeadlineVariables deadlines, InstanceAccess access) {
    this.reports = reports;
    this.deadlines = deadlines;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitCode = TaskContextVariables.UNIT_CODE.get(execution);
    ReportService.UnitContext context = reports.prepare(AnnualCycleVariables.CYCLE_ID.get(execution), unitCode,
        execution.getProcessInstanceId());
    UnitReportVariables.UNIT_REPORT_ID.set(execution, context.report().getId());
    TaskContextVariables.UNIT_NAME.set(execution, reports.unitNameToday(context.report().getUnit()));
    UnitReportVariables.STAFF_GROUP.set(execution, CamundaGroups.staffGroup(unitCode));
    UnitReportVariables.HEAD_GROUP.set(execution, CamundaGroups.headGroup(unitCode));
    UnitReportVariables.REGISTERED_LOCALITY_NAME.set(execution, "(chưa đăng ký)");
    UnitReportVariables.RETURN_REASON.set(execution, "");
    JsonVariables.set(execution, UnitReportVariables.LOCALITY_OPTIONS, context.localityOptions());
    JsonVariables.set(execution, UnitReportVariables.NOMINEE_OPTIONS, context.nomineeOptions());
    JsonVariables.set(execution, UnitReportVariables.AWARD_OPTIONS, context.awardOptions());
    deadlines.apply(execution, context.deadline());
    access.grantRead(execution.getProcessInstanceId(), CamundaGroups.staffGroup(unitCode));
  }
}
