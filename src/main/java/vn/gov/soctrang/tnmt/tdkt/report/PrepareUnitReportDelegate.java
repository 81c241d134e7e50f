package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.process.InstanceAccess;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.Vars;

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
    String unitCode = Vars.UNIT_CODE.get(execution);
    ReportService.UnitContext context = reports.prepare(Vars.CYCLE_ID.get(execution), unitCode,
        execution.getProcessInstanceId());
    Vars.UNIT_REPORT_ID.set(execution, context.report().getId());
    Vars.UNIT_NAME.set(execution, reports.unitNameToday(context.report().getUnit()));
    Vars.STAFF_GROUP.set(execution, CamundaGroups.staffGroup(unitCode));
    Vars.HEAD_GROUP.set(execution, CamundaGroups.headGroup(unitCode));
    Vars.REGISTERED_LOCALITY_NAME.set(execution, "(chưa đăng ký)");
    Vars.RETURN_REASON.set(execution, "");
    JsonVariables.set(execution, Vars.LOCALITY_OPTIONS, context.localityOptions());
    JsonVariables.set(execution, Vars.NOMINEE_OPTIONS, context.nomineeOptions());
    JsonVariables.set(execution, Vars.AWARD_OPTIONS, context.awardOptions());
    deadlines.apply(execution, context.deadline());
    access.grantRead(execution.getProcessInstanceId(), CamundaGroups.staffGroup(unitCode));
  }
}
