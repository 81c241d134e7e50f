package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/** Once the list is confirmed, each unit learns the result of its nominations. */
@Component("closeConsolidationDelegate")
class CloseConsolidationDelegate implements JavaDelegate {

  private final ConsolidationService consolidation;

  public CloseConsolidationDelegate(ConsolidationService consolidation) {
    this.consolidation = consolidation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    consolidation.informUnits(AnnualCycleVariables.CYCLE_ID.get(execution), execution.getProcessInstanceId());
  }
}
