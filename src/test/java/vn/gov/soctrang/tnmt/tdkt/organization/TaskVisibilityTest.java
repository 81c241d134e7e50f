package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskCountByCandidateGroupResult;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;

/**
 * Who sees which task in Tasklist, with one open task per active unit offered to the unit's staff: the Office
 * and the leadership see every unit's task (filter «Toàn bộ công việc các đơn vị», the task itself, its variables
 * and form, Cockpit's task report) without being able to work one they are not candidates for; a unit's staff
 * sees only its own. Their grants say each thing once (TASK * READ, no READ_TASK on every definition), also after a
 * start on a database synchronised by an older version.
 */
class TaskVisibilityTest extends ProcessTestSupport {

  private static final String MODEL = "taskVisibilityProbe";

  @Autowired FilterService filters;
  @Autowired FormService forms;
  @Autowired AuthorizationService authorizations;
  @Autowired IdentitySyncService identitySync;

  /** Unit code → its open task. */
  private final Map<String, String> taskOfUnit = new LinkedHashMap<>();

  @BeforeEach
  void oneOpenTaskPerUnit() {
    engine.getRepositoryService().createDeployment().name("task-visibility-probe").enableDuplicateFiltering(true)
        .addModelInstance("task-visibility-probe.bpmn", Bpmn.createExecutableProcess(MODEL)
            .camundaHistoryTimeToLive(1).startEvent().userTask("open").name("Việc của đơn vị")
            .camundaCandidateGroups("${group}").endEvent().done())
        .deploy();
    for (Unit unit : organizationService.activeUnits()) {
      String instance = runtime.startProcessInstanceByKey(MODEL,
          Map.of("group", CamundaGroups.staffGroup(unit.getCode()), "unitName", unit.getName())).getId();
      taskOfUnit.put(unit.getCode(), tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }
    assertThat(taskOfUnit).hasSizeGreaterThan(1);
  }

  @Test
  void theOfficeAndTheLeadershipSeeEveryUnitsTaskButWorkNoneTheyAreNotCandidatesFor() {
    String allUnits = filterId(TaskFilterSetup.ALL_UNITS);
    for (String watcher : List.of("vanphong", "giamdoc")) {
      List<String> listed = asUser(watcher, () -> filters.<Task>list(allUnits).stream().map(Task::getId).toList());
      assertThat(listed).as("%s's «%s»", watcher, TaskFilterSetup.ALL_UNITS).containsAll(taskOfUnit.values());
      assertThat(asUser(watcher, () -> filters.count(allUnits))).isEqualTo(listed.size());
      for (String task : taskOfUnit.values()) {
        assertThat(asUser(watcher, () -> tasks.getVariables(task))).containsKey("unitName");
        assertThat(asUser(watcher, () -> forms.getTaskFormVariables(task))).isNotNull();
        assertThat(asUser(watcher, () -> tasks.getIdentityLinksForTask(task))).isNotEmpty();
      }
      // Cockpit's task dashboard: open tasks by candidate group, which needs READ on every task.
      List<String> groups = asUser(watcher, () -> tasks.createTaskReport().taskCountByCandidateGroup()).stream()
          .map(TaskCountByCandidateGroupResult::getGroupName).toList();
      assertThat(groups).contains(CamundaGroups.staffGroup("qldd"));

      String qldd = taskOfUnit.get("qldd");
      assertThatThrownBy(() -> asUser(watcher, () -> {
        tasks.complete(qldd);
        return null;
      })).as("%s completes qldd's task", watcher).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> asUser(watcher, () -> {
        tasks.claim(qldd, watcher);
        return null;
      })).as("%s claims qldd's task", watcher).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> asUser(watcher, () -> {
        tasks.setVariable(qldd, "ghiChu", "đổi");
        return null;
      })).as("%s changes qldd's task", watcher).isInstanceOf(AuthorizationException.class);
    }
    assertThat(tasks.createTaskQuery().taskId(taskOfUnit.get("qldd")).count()).isEqualTo(1);
  }

  @Test
  void aUnitsStaffSeesOnlyItsOwnUnitsTaskAndWorksIt() {
    String unitTasks = filterId(TaskFilterSetup.UNIT_TASKS);
    List<String> listed = asUser("qlddcv", () -> filters.<Task>list(unitTasks).stream().map(Task::getId).toList());
    assertThat(listed).containsExactly(taskOfUnit.get("qldd"));
    assertThat(asUser("qlddcv", () -> tasks.createTaskQuery().list()).stream().map(Task::getId))
        .containsExactly(taskOfUnit.get("qldd"));
    String allUnits = filterId(TaskFilterSetup.ALL_UNITS);
    assertThatThrownBy(() -> asUser("qlddcv", () -> filters.list(allUnits)))
        .isInstanceOf(AuthorizationException.class);
    String otherUnit = taskOfUnit.entrySet().stream().filter(e -> !e.getKey().equals("qldd")).findFirst()
        .orElseThrow().getValue();
    assertThatThrownBy(() -> asUser("qlddcv", () -> tasks.getVariables(otherUnit)))
        .isInstanceOf(AuthorizationException.class);

    asUser("qlddcv", () -> {
      tasks.complete(taskOfUnit.get("qldd"));
      return null;
    });
    assertThat(tasks.createTaskQuery().taskId(taskOfUnit.get("qldd")).count()).isZero();
  }

  @Test
  void aGroupWithoutAnyGrantAddsNothingAndTheEngineNoLongerLooksGroupsUp() {
    // The caller's groups reach the queries as they are (AuthorizedGroupsPlugin): one with no grant changes nothing.
    identity.setAuthentication("qlddcv", List.of(CamundaGroups.staffGroup("qldd"), "nhomkhongcoquyen"));
    try {
      assertThat(tasks.createTaskQuery().list()).extracting(Task::getId).containsExactly(taskOfUnit.get("qldd"));
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication("nguoila", List.of("nhomkhongcoquyen"));
    try {
      assertThat(tasks.createTaskQuery().count()).isZero();
      assertThatThrownBy(() -> tasks.getVariables(taskOfUnit.get("qldd"))).isInstanceOf(AuthorizationException.class);
    } finally {
      identity.clearAuthentication();
    }
    AuthorizationManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute((Command<AuthorizationManager>) c -> c.getAuthorizationManager());
    assertThat(manager.getClass().getName())
        .isEqualTo("vn.gov.soctrang.tnmt.tdkt.engine.AuthorizedGroupsPlugin$CallerGroupsAuthorizationManager");
    assertThat(manager.filterAuthenticatedGroupIds(new ArrayList<>(java.util.Arrays.asList("a", null, "b", "a"))))
        .containsExactly("a", "b");
  }

  @Test
  void theSyncTakesTheRedundantDefinitionGrantBackAndKeepsTheRest() {
    for (String group : List.of(CamundaGroups.OFFICE, CamundaGroups.LEADERSHIP)) {
      Authorization definitions = definitionGrant(group);
      assertThat(definitions.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)).as(group).isFalse();
      assertThat(taskGrant(group).isPermissionGranted(TaskPermissions.READ)).as(group).isTrue();
      // As an older version left it.
      definitions.addPermission(ProcessDefinitionPermissions.READ_TASK);
      authorizations.saveAuthorization(definitions);
    }
    identitySync.syncAll(null);
    identitySync.syncAll(null);
    for (String group : List.of(CamundaGroups.OFFICE, CamundaGroups.LEADERSHIP)) {
      Authorization definitions = definitionGrant(group);
      assertThat(definitions.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)).as(group).isFalse();
      assertThat(definitions.isPermissionGranted(ProcessDefinitionPermissions.READ)).as(group).isTrue();
      assertThat(definitions.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).as(group).isTrue();
      assertThat(definitions.isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY)).as(group).isTrue();
      assertThat(taskGrant(group).isPermissionGranted(TaskPermissions.READ)).as(group).isTrue();
    }
    assertThat(definitionGrant(CamundaGroups.OFFICE)
        .isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    // Still every unit's task for the Office, through TASK * READ.
    String allUnits = filterId(TaskFilterSetup.ALL_UNITS);
    assertThat(asUser("vanphong", () -> filters.<Task>list(allUnits)).stream().map(Task::getId))
        .containsAll(taskOfUnit.values());
  }

  private Authorization definitionGrant(String group) {
    return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(Authorization.ANY).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
  }

  private Authorization taskGrant(String group) {
    return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.TASK)
        .resourceId(Authorization.ANY).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }
}
