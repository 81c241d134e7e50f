package vn.gov.soctrang.tnmt.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluates the real processes/nomination-criteria.dmn with the standalone DMN engine. */
class CriteriaDecisionTableTest {

  private static final Path DMN_FILE = Path.of("processes", "nomination-criteria.dmn");
  private static final String DECISION_KEY = "nominationCriteria";

  private static DmnDecision decision;
  private static DmnEngine engine;
  /** Ids of the rules that matched in the last evaluation (reported by the engine, in table order). */
  private static final List<String> lastMatchedRules = new ArrayList<>();
  /** Ids of the first matching rule of every case, to check that the cases reach every rule. */
  private static final Set<String> firstHitRules = new TreeSet<>();

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(CriteriaDecisionTableTest::recordMatches))
        .buildEngine();
    try (InputStream in = Files.newInputStream(DMN_FILE)) {
      decision = engine.parseDecision(DECISION_KEY, in);
    }
  }

  private static void recordMatches(DmnDecisionTableEvaluationEvent event) {
    lastMatchedRules.clear();
    event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(lastMatchedRules::add);
  }

  @ParameterizedTest(name = "[{index}] {0} discipline={1} guidance={2} propaganda={3} locality={4} tasks={5} "
      + "initiative={6} -> {7} by {8}")
  @CsvSource(delimiter = '|', textBlock = """
      # type     |discip.|guidance|propag.|locality|tasks |initiat.| met  | rule                     | reason part
      COLLECTIVE | true  | true   | true  | true   | true | true   | false| ruleUnderDiscipline      | kỷ luật
      INDIVIDUAL | true  | true   | true  | true   | true | true   | false| ruleUnderDiscipline      | kỷ luật
      COLLECTIVE | true  | false  | false | false  | false| false  | false| ruleUnderDiscipline      | kỷ luật
      COLLECTIVE | false | false  | true  | true   | true | true   | false| ruleCollectiveGuidance   | văn bản hướng dẫn thực hiện phong trào (tiêu chí 1)
      COLLECTIVE | false | false  | false | false  | true | true   | false| ruleCollectiveGuidance   | (tiêu chí 1)
      COLLECTIVE | false | true   | false | true   | true | true   | false| ruleCollectivePropaganda | tuyên truyền, vận động thực hiện phong trào (tiêu chí 2)
      COLLECTIVE | false | true   | false | false  | true | true   | false| ruleCollectivePropaganda | (tiêu chí 2)
      COLLECTIVE | false | true   | true  | false  | true | true   | false| ruleCollectiveLocality   | hỗ trợ địa phương có địa chỉ cụ thể (tiêu chí 3)
      COLLECTIVE | false | true   | true  | true   | true | true   | true | ruleCollectiveMet        | Đạt đủ 3 tiêu chí đối với tập thể
      COLLECTIVE | false | true   | true  | true   | false| false  | true | ruleCollectiveMet        | Đạt đủ 3 tiêu chí đối với tập thể
      INDIVIDUAL | false | true   | true  | true   | false| true   | false| ruleIndividualTasks      | Chưa hoàn thành nhiệm vụ được giao (tiêu chí 1)
      INDIVIDUAL | false | true   | true  | true   | false| false  | false| ruleIndividualTasks      | nhiệm vụ được giao (tiêu chí 1)
      INDIVIDUAL | false | true   | true  | true   | true | false  | false| ruleIndividualInitiative | sáng kiến, giải pháp hữu ích (tiêu chí 2)
      INDIVIDUAL | false | true   | true  | true   | true | true   | true | ruleIndividualMet        | Đạt đủ 2 tiêu chí đối với cá nhân
      INDIVIDUAL | false | false  | false | false  | true | true   | true | ruleIndividualMet        | Đạt đủ 2 tiêu chí đối với cá nhân
      """)
  void evaluatesTheCriteria(String nomineeType, boolean underDiscipline, boolean guidanceOnTime,
      boolean propagandaDone, boolean localitySupported, boolean tasksCompleted, boolean hasInitiative,
      boolean expectedMet, String expectedRule, String reasonPart) {
    VariableMap variables = Variables.createVariables()
        .putValue("nomineeType", nomineeType)
        .putValue("underDiscipline", underDiscipline)
        .putValue("guidanceOnTime", guidanceOnTime)
        .putValue("propagandaDone", propagandaDone)
        .putValue("localitySupported", localitySupported)
        .putValue("tasksCompleted", tasksCompleted)
        .putValue("hasInitiative", hasInitiative);

    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);

    // Hit policy FIRST: exactly one result, from the first matching rule.
    assertThat(result).hasSize(1);
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat(row.<Boolean>getEntry("met")).isEqualTo(expectedMet);
    assertThat(row.<String>getEntry("reason")).contains(reasonPart);
    assertThat(lastMatchedRules).as("matched rules").first().isEqualTo(expectedRule);
    firstHitRules.add(lastMatchedRules.get(0));
  }

  @Test
  void theTableIsFirstHitWithTheEightExpectedRules() throws IOException {
    DecisionTable table = decisionTable();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getRules()).extracting(Rule::getId).containsExactly(
        "ruleUnderDiscipline", "ruleCollectiveGuidance", "ruleCollectivePropaganda", "ruleCollectiveLocality",
        "ruleCollectiveMet", "ruleIndividualTasks", "ruleIndividualInitiative", "ruleIndividualMet");
  }

  /** Runs after the parameterized cases (JUnit runs the class' tests before @AfterAll). */
  @AfterAll
  static void everyRuleWasTheFirstHitOfSomeCase() throws IOException {
    if (firstHitRules.isEmpty()) {
      return; // the parameterized test was filtered out
    }
    Set<String> allRules = decisionTable().getRules().stream().map(Rule::getId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(firstHitRules).as("rules reached by the cases").isEqualTo(allRules);
  }

  private static DecisionTable decisionTable() throws IOException {
    try (InputStream in = Files.newInputStream(DMN_FILE)) {
      DmnModelInstance model = Dmn.readModelFromStream(in);
      return model.getModelElementsByType(DecisionTable.class).iterator().next();
    }
  }
}
