package vn.gov.soctrang.tnmt.tdkt.difficulty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The answer to a difficulty is late: the resolver is reminded and the Office is told, so nothing waits in silence. */
@Component("difficultyOverdueDelegate")
class DifficultyOverdueDelegate implements JavaDelegate {

  private final DifficultyService difficulties;

  public DifficultyOverdueDelegate(DifficultyService difficulties) {
    this.difficulties = difficulties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    difficulties.remindOverdue(DifficultyReportVariables.DIFFICULTY_ID.get(execution),
        execution.getProcessInstanceId());
  }
}
