package vn.gov.soctrang.tnmt.tdkt.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;

/**
 * A cycle started on the model before the Council became a called process (ADR 0019: the Council stage inline in
 * {@code annual-cycle.bpmn}, kept as {@code earlier-models/annual-cycle-inline-council.bpmn}) runs on its own version:
 * the same handlers serve the inline tasks, and its minutes are still written under the cycle. A cycle of that version
 * that has not reached the Council migrates to the current version and then calls the Council.
 */
class InlineCouncilCycleTest extends ProcessTestSupport {

  @Autowired RepositoryService repository;
  private String current;
  private Deployment earlier;

  /** The app's resources as deployed until ADR 0019's switch: the cycle with its inline Council stage. */
  @BeforeEach
  void deployTheInlineModel() throws IOException {
    current = repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.ANNUAL_CYCLE)
        .latestVersion().singleResult().getId();
    DeploymentBuilder deployment = repository.createDeployment().name("annual-cycle with its inline Council (test)");
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String pattern : List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
        "classpath*:forms/**/*.form")) {
      for (Resource resource : resolver.getResources(pattern)) {
        String name = resource.getFilename();
        Resource source = "annual-cycle.bpmn".equals(name)
            ? resolver.getResource("classpath:earlier-models/annual-cycle-inline-council.bpmn") : resource;
        try (InputStream in = source.getInputStream()) {
          deployment.addString(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    earlier = deployment.deploy();
  }

  @AfterEach
  void removeTheInlineModel() {
    if (earlier != null) {
      repository.deleteDeployment(earlier.getId(), true);
    }
  }

  private ProcessDefinition definitionOf(ProcessInstance cycle) {
    return repository.getProcessDefinition(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId())
        .singleResult().getProcessDefinitionId());
  }

  @Test
  void aCycleOfTheInlineModelHoldsItsCouncilInItsOwnInstanceAndWritesItsMinutesUnderTheCycle() {
    ProcessInstance cycle = consolidatedCycle();
    assertThat(definitionOf(cycle).getDeploymentId()).isEqualTo(earlier.getId());

    approvedAndDisclosed(cycle);

    assertThat(cycle).hasPassed(UserTask.OPEN_COUNCIL_MEETING.id(), Activities.TALLY_VOTES,
        Activities.WRITE_COUNCIL_MINUTES, UserTask.CONFIRM_MINUTES.id(), Activities.DISCLOSURE_PERIOD)
        .isWaitingAt(UserTask.DECIDE_AWARDS.id(), Activities.PROVINCE_SUBMISSION);
    assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .processDefinitionKey(ProcessKeys.COUNCIL_VOTE).count()).as("no called Council").isZero();
    long cycleId = (Long) runtime.getVariable(cycle.getId(), AnnualCycleVariables.CYCLE_ID.name());
    assertThat(jdbc.queryForObject("select count(*) from generated_document where kind = 'COUNCIL_MINUTES' "
        + "and cycle_id = ?", Long.class, cycleId)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from nomination where status = 'COUNCIL_APPROVED'", Long.class))
        .isEqualTo(3);
  }

  @Test
  void aCycleOfTheInlineModelBeforeTheCouncilMigratesToTheCurrentVersionAndCallsTheCouncil() {
    ProcessInstance cycle = consolidatedCycle();
    assertThat(cycle).isWaitingAt(UserTask.DECIDE_INSPECTION.id());
    String inline = definitionOf(cycle).getId();

    MigrationPlan plan = runtime.createMigrationPlan(inline, current).mapEqualActivities().updateEventTriggers()
        .build();
    runtime.newMigration(plan).processInstanceIds(cycle.getId()).execute();
    assertThat(definitionOf(cycle).getId()).isEqualTo(current);

    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    assertThat(cycle).isWaitingAt(Activities.COUNCIL_VOTE);
    ProcessInstance council = councilInstance(cycle);
    assertThat(council.getId()).isNotEqualTo(cycle.getId());
    assertThat(repository.getProcessDefinition(council.getProcessDefinitionId()).getDeploymentId())
        .as("the Council of the current version's own deployment")
        .isEqualTo(repository.getProcessDefinition(current).getDeploymentId());
    assertThat(council).isWaitingAt(UserTask.OPEN_COUNCIL_MEETING.id());
  }
}
