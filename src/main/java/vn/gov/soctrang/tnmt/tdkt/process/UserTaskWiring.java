package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks at start-up that every user task is wired, so a forgotten piece stops the application instead of failing
 * the first user who completes the task: every task of the {@link vn.gov.soctrang.tnmt.tdkt.process.UserTask} enum
 * has its submission handler, and every user task in the deployed models is one of them and carries the create and
 * complete listeners that prepare it and hand its form to the handler.
 */
@Component
class UserTaskWiring {

  static final String CREATE_LISTENER = "${taskCreatedListener}";
  static final String COMPLETE_LISTENER = "${formSubmissionListener}";
  private static final List<String> PROCESSES = List.of(ProcessKeys.ANNUAL_CYCLE, ProcessKeys.UNIT_REPORT,
      ProcessKeys.DIFFICULTY_REPORT, ProcessKeys.PROVINCE_SUBMISSION, ProcessKeys.AWARD_REVOCATION,
      ProcessKeys.YEAR_END_TITLES, ProcessKeys.AD_HOC_AWARD, ProcessKeys.THEMATIC_MOVEMENT,
      ProcessKeys.COUNCIL_VOTE);

  private final RepositoryService repository;

  UserTaskWiring(List<TaskSubmissionHandler> handlers, RepositoryService repository) {
    this.repository = repository;
    Set<vn.gov.soctrang.tnmt.tdkt.process.UserTask> missing = EnumSet.allOf(
        vn.gov.soctrang.tnmt.tdkt.process.UserTask.class);
    handlers.forEach(h -> missing.remove(h.task()));
    if (!missing.isEmpty()) {
      throw new IllegalStateException("User tasks without a submission handler (TaskSubmissionHandler): " + missing);
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void checkDeployedModels() {
    List<String> problems = new ArrayList<>();
    for (String key : PROCESSES) {
      ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().withoutTenantId().singleResult();
      if (definition != null) {
        problems.addAll(problems(key, repository.getBpmnModelInstance(definition.getId())));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("User tasks not wired: " + problems);
    }
  }

  /** What is missing in one model: unknown user tasks, and listeners left out. */
  static List<String> problems(String key, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = key + "/" + task.getId();
      if (vn.gov.soctrang.tnmt.tdkt.process.UserTask.byId(task.getId()).isEmpty()) {
        problems.add(where + ": not in the UserTask enum (no handler can be found for it)");
      }
      Set<String> listeners = task.getExtensionElements() == null ? Set.of() : task.getExtensionElements()
          .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
          .map(l -> l.getCamundaEvent() + " " + l.getCamundaDelegateExpression()).collect(Collectors.toSet());
      if (!listeners.contains("create " + CREATE_LISTENER)) {
        problems.add(where + ": no create listener " + CREATE_LISTENER);
      }
      if (!listeners.contains("complete " + COMPLETE_LISTENER)) {
        problems.add(where + ": no complete listener " + COMPLETE_LISTENER);
      }
    }
    return problems;
  }
}
