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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/**
 * A running cycle moves to a new version of its model: the Office's open task, the variables and the unit's data
 * survive, and the cycle then runs on under the new version (with its own forms, since forms bind by deployment).
 */
class CycleMigrationTest extends ProcessTestSupport {

  private static final String RENAMED = "Họp Hội đồng: điểm danh (phiên bản 2)";
  private static final String COUNCIL_RENAMED = "Hội đồng Thi đua – Khen thưởng họp, bỏ phiếu kín (phiên bản 2)";

  @Autowired RepositoryService repository;
  private Deployment version2;

  @AfterEach
  void removeVersion2() {
    if (version2 != null) {
      repository.deleteDeployment(version2.getId(), true);
    }
  }

  /** The same resources as the running version, with one task renamed in the cycle's model. */
  private Deployment deployVersion2() throws IOException {
    DeploymentBuilder deployment = repository.createDeployment().name("annual-cycle v2 (test)");
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String pattern : List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
        "classpath*:forms/**/*.form")) {
      for (Resource resource : resolver.getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          // The Council's meeting is in the called council-vote.bpmn (ADR 0019), bound by deployment: the cycle's
          // next version calls the Council of its own deployment.
          if ("council-vote.bpmn".equals(resource.getFilename())) {
            text = text.replaceFirst("id=\"openCouncilMeeting\" name=\"[^\"]*\"",
                "id=\"openCouncilMeeting\" name=\"" + RENAMED + "\"");
          }
          if ("annual-cycle.bpmn".equals(resource.getFilename())) {
            text = text.replaceFirst("id=\"councilVote\" name=\"[^\"]*\"",
                "id=\"councilVote\" name=\"" + COUNCIL_RENAMED + "\"");
          }
          deployment.addString(resource.getFilename(), text);
        }
      }
    }
    return deployment.deploy();
  }

  @Test
  void aCycleWaitingForTheOfficeMigratesToTheNextVersionAndRunsOn() throws IOException {
    ProcessInstance cycle = consolidatedCycle();
    assertThat(cycle).isWaitingAt(UserTask.DECIDE_INSPECTION.id());
    String v1 = cycle.getProcessDefinitionId();

    version2 = deployVersion2();
    ProcessDefinition v2 = repository.createProcessDefinitionQuery().deploymentId(version2.getId())
        .processDefinitionKey(ProcessKeys.ANNUAL_CYCLE).singleResult();
    assertThat(v2.getVersion()).isGreaterThan(repository.getProcessDefinition(v1).getVersion());
    MigrationPlan plan = runtime.createMigrationPlan(v1, v2.getId()).mapEqualActivities().updateEventTriggers()
        .build();
    runtime.newMigration(plan).processInstanceIds(cycle.getId()).execute();

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(task(cycle, UserTask.DECIDE_INSPECTION).getProcessDefinitionId()).isEqualTo(v2.getId());
    assertThat(runtime.getVariable(cycle.getId(), AnnualCycleVariables.CYCLE_ID.name())).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from nomination where status = 'MET'", Integer.class))
        .isEqualTo(3);

    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    assertThat(cycle).isWaitingAt(Activities.COUNCIL_VOTE);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(Activities.COUNCIL_VOTE).singleResult().getActivityName()).as("the new version's call")
        .isEqualTo(COUNCIL_RENAMED);
    assertThat(task(cycle, UserTask.OPEN_COUNCIL_MEETING).getName()).as("a task of the new version's Council")
        .isEqualTo(RENAMED);
    assertThat(repository.getProcessDefinition(councilInstance(cycle).getProcessDefinitionId()).getDeploymentId())
        .isEqualTo(version2.getId());
  }
}
