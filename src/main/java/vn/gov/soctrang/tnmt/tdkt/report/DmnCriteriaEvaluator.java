package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.SystemAccess;

/** The criteria and standards as the deployed decision tables read them (processes/*.dmn). */
@Component
class DmnCriteriaEvaluator implements CriteriaEvaluator {

  private final DecisionService decisions;
  private final SystemAccess system;

  public DmnCriteriaEvaluator(DecisionService decisions, SystemAccess system) {
    this.decisions = decisions;
    this.system = system;
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
    DmnDecisionResultEntries result = system.call(() -> decisions
        .evaluateDecisionByKey(decisionKey).variables(inputs).evaluate()
        .getSingleResult());
    if (result == null) {
      throw new IllegalStateException("Decision " + decisionKey + " gave no result for "
          + facts);
    }
    return new CriteriaResult(Boolean.TRUE.equals(result.getEntry("met")), result.getEntry("reason"));
  }

  @Override
  public CriteriaResult standard(StandardFacts facts) {
    Map<String, Object> inputs = Variables.createVariables()
        .putValue("awardType", facts.awardType().name())
        .putValue("nomineeType", facts.nomineeType().name())
        .putValue("tasksCompleted", facts.tasksCompleted())
        .putValue("hasInitiative", facts.hasInitiative())
        .putValue("hasProvincialBangKhen", facts.hasProvincialBangKhen())
        .putValue("hasPrimeMinisterBangKhen", facts.hasPrimeMinisterBangKhen())
        .putValue("excellentYearsInRow", facts.excellentYearsInRow())
        .putValue("excellentYearsAfterProvincial", facts.excellentYearsAfterProvincial())
        .putValue("excellentYearsAfterPrimeMinister", facts.excellentYearsAfterPrimeMinister())
        .putValue("cstdCoSoInRow", facts.cstdCoSoInRow())
        .putValue("meetsDepartmentExcellentYears", facts.meetsDepartmentExcellentYears());
    DmnDecisionResultEntries result = system.call(() -> decisions
        .evaluateDecisionByKey(ProcessKeys.AWARD_STANDARDS_DECISION).variables(inputs).evaluate()
        .getSingleResult());
    if (result == null) {
      throw new IllegalStateException("The award standards gave no result for " + facts);
    }
    return new CriteriaResult(Boolean.TRUE.equals(result.getEntry("met")), result.getEntry("reason"));
  }
}
