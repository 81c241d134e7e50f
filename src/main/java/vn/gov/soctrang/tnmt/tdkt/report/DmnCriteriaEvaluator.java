package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.SystemAccess;

/** The criteria as the deployed decision table reads them (processes/nomination-criteria.dmn). */
@Component
public class DmnCriteriaEvaluator implements CriteriaEvaluator {

  private final DecisionService decisions;

  public DmnCriteriaEvaluator(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public CriteriaResult evaluate(String decisionKey, CriteriaFacts facts) {
    Map<String, Object> inputs = Variables.createVariables()
        .putValue("nomineeType", facts.nomineeType().name())
        .putValue("underDiscipline", facts.underDiscipline())
        .putValue("guidanceOnTime", facts.guidanceOnTime())
        .putValue("propagandaDone", facts.propagandaDone())
        .putValue("localitySupported", facts.localitySupported())
        .putValue("tasksCompleted", facts.tasksCompleted())
        .putValue("hasInitiative", facts.hasInitiative());
    DmnDecisionResultEntries result = SystemAccess.call(() -> decisions
        .evaluateDecisionByKey(decisionKey).variables(inputs).evaluate()
        .getSingleResult());
    if (result == null) {
      throw new IllegalStateException("Decision " + decisionKey + " gave no result for "
          + facts);
    }
    return new CriteriaResult(Boolean.TRUE.equals(result.getEntry("met")), result.getEntry("reason"));
  }
}
