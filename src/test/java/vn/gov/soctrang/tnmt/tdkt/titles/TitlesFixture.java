package vn.gov.soctrang.tnmt.tdkt.titles;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.gov.soctrang.tnmt.tdkt.CouncilVoteDriver;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;

/**
 * Drives a whole year-end titles run through the engine as the demo users, for the tests of other modules that need
 * titles in the register the way the process writes them.
 */
public final class TitlesFixture {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final OrganizationService organization;

  public TitlesFixture(RuntimeService runtime, TaskService tasks, IdentityService identity,
      ManagementService management, OrganizationService organization) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.organization = organization;
  }

  /**
   * The Office opens the year, the unit proposes one person as Chiến sĩ thi đua cơ sở (with an initiative), every
   * other unit proposes nothing, the Council approves everything on its agenda, the Director decides with the given
   * number, and the register task runs.
   */
  public void conferChienSiThiDuaCoSo(int year, String unitCode, String username, String decisionNumber,
      String decisionDate) {
    ProcessInstance run = as("vanphong", () -> runtime.startProcessInstanceByKey(ProcessKeys.YEAR_END_TITLES,
        Map.of(YearEndTitlesVariables.TITLES_YEAR.name(), year)));
    for (var unit : organization.activeUnits()) {
      Map<String, Object> form = unit.getCode().equals(unitCode)
          ? YearEndTitlesProcessTest.proposal(List.<String[]>of(new String[] {username, "CHIEN_SI_THI_DUA_CO_SO",
              "Giải pháp năm " + year + " (đã được Hội đồng sáng kiến công nhận)"}), "NONE", false)
          : YearEndTitlesProcessTest.proposal(List.of(), "NONE", false);
      Task task = tasks.createTaskQuery().processInstanceId(run.getId())
          .taskDefinitionKey(UserTask.PROPOSE_TITLES.id()).taskCandidateGroup("donvi" + unit.getCode()).singleResult();
      as(unit.getCode() + "cv", () -> {
        tasks.complete(task.getId(), form);
        return null;
      });
    }
    Jobs.runAll(management);
    new CouncilVoteDriver(runtime, tasks, identity, management).approveEverything(run);
    Task decision = tasks.createTaskQuery().processInstanceId(run.getId())
        .taskDefinitionKey(UserTask.DECIDE_TITLES.id()).singleResult();
    as("giamdoc", () -> {
      tasks.complete(decision.getId(), Map.of(YearEndTitlesVariables.TITLES_DECISION_NUMBER.name(), decisionNumber,
          YearEndTitlesVariables.TITLES_DECISION_DATE.name(), decisionDate));
      return null;
    });
    Jobs.runAll(management);
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
