package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UnrestrictedReads;

/**
 * Reads a task's facts from the engine, from the runtime while it is open and from the history once it is done.
 * The reads bypass the engine's authorizations on purpose: whether the user may see the task's evidence is decided by
 * {@link EvidenceAccess}, and a user of another unit must get "forbidden", not "no such task".
 */
@Component
class TaskLookup {

  private static final String ADD = "add";

  private final ProcessEngine engine;

  public TaskLookup(ProcessEngine engine) {
    this.engine = engine;
  }

  public Optional<TaskFacts> find(String taskId) {
    if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
      return Optional.empty();
    }
    return withoutAuthorization(() -> open(taskId).or(() -> finished(taskId)));
  }

  private Optional<TaskFacts> open(String taskId) {
    TaskService tasks = engine.getTaskService();
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        addIfSet(users, link.getUserId());
        addIfSet(groups, link.getGroupId());
      }
    }
    String businessKey = null;
    if (task.getProcessInstanceId() != null) {
      RuntimeService runtime = engine.getRuntimeService();
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      businessKey = instance == null ? null : instance.getBusinessKey();
    }
    Object unitCode = tasks.getVariable(taskId, TaskContextVariables.UNIT_CODE.name());
    return Optional.of(new TaskFacts(task.getId(), task.getName(), task.getProcessInstanceId(), businessKey,
        task.getTaskDefinitionKey(), unitCode instanceof String code ? code : null, true,
        new TaskCandidates(task.getAssignee(), users, groups)));
  }

  private Optional<TaskFacts> finished(String taskId) {
    HistoryService history = engine.getHistoryService();
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    String businessKey = null;
    String unitCode = null;
    if (task.getProcessInstanceId() != null) {
      HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      businessKey = instance == null ? null : instance.getBusinessKey();
      unitCode = history.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .variableName(TaskContextVariables.UNIT_CODE.name()).list().stream().map(HistoricVariableInstance::getValue)
          .filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
    }
    return Optional.of(new TaskFacts(task.getId(), task.getName(), task.getProcessInstanceId(), businessKey,
        task.getTaskDefinitionKey(), unitCode, false, candidatesAtTheEnd(task)));
  }

  /** The candidates a finished task had when it ended: its identity-link log replayed in order. */
  private TaskCandidates candidatesAtTheEnd(HistoricTaskInstance task) {
    List<HistoricIdentityLinkLog> log = engine.getHistoryService().createHistoricIdentityLinkLogQuery()
        .taskId(task.getId()).type(IdentityLinkType.CANDIDATE).orderByTime().asc().list();
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    for (HistoricIdentityLinkLog entry : log) {
      Set<String> target = entry.getGroupId() != null ? groups : users;
      String id = entry.getGroupId() != null ? entry.getGroupId() : entry.getUserId();
      if (id == null) {
        continue;
      }
      if (ADD.equals(entry.getOperationType())) {
        target.add(id);
      } else {
        target.remove(id);
      }
    }
    return new TaskCandidates(task.getAssignee(), users, groups);
  }

  private static void addIfSet(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }

  private <T> T withoutAuthorization(Supplier<T> work) {
    return UnrestrictedReads.read(engine.getIdentityService(), work);
  }
}
