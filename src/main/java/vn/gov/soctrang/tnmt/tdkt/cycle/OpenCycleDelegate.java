package vn.gov.soctrang.tnmt.tdkt.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Actors;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/**
 * Checks the start form and records the year's cycle. It runs in the start transaction, so a refusal (bad input,
 * a second cycle for the year) leaves nothing behind.
 */
@Component("openCycleDelegate")
class OpenCycleDelegate implements JavaDelegate {

  private final CycleService cycles;
  private final OrganizationService organization;

  public OpenCycleDelegate(CycleService cycles, OrganizationService organization) {
    this.cycles = cycles;
    this.organization = organization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = FormValues.of(execution);
    Integer year = form.integer(AnnualCycleVariables.CYCLE_YEAR, "Năm thi đua", true, 1900, 2999);
    LocalDate deadline = form.date(AnnualCycleVariables.REPORT_DEADLINE, "Hạn nộp báo cáo của các đơn vị", false);
    if (deadline == null && form.problems().isEmpty()) {
      deadline = cycles.defaultReportDeadline();
    }
    boolean finalSummary = form.bool(AnnualCycleVariables.FINAL_SUMMARY, "Năm tổng kết phong trào");
    Cycle cycle = cycles.open(new CycleService.OpenCycle(year, deadline, finalSummary, Actors.of(execution),
        execution.getProcessInstanceId()), form.problems());
    execution.setProcessBusinessKey(ProcessKeys.cycleBusinessKey(cycle.getYear()));
    AnnualCycleVariables.CYCLE_ID.set(execution, cycle.getId());
    AnnualCycleVariables.CYCLE_YEAR.set(execution, cycle.getYear());
    AnnualCycleVariables.REPORT_DEADLINE.set(execution, cycle.getReportDeadline().toString());
    AnnualCycleVariables.FINAL_SUMMARY.set(execution, cycle.isFinalSummary());
    List<String> unitCodes = new ArrayList<>();
    for (Unit unit : organization.activeUnits()) {
      unitCodes.add(unit.getCode());
    }
    AnnualCycleVariables.UNIT_CODES.set(execution, unitCodes);
  }
}
