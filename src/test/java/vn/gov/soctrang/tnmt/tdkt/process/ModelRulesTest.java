package vn.gov.soctrang.tnmt.tdkt.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;

/**
 * House rules for every model in processes/ and every form in forms/ (../shared/DESIGN.md): a new model cannot
 * break them without this test failing.
 */
class ModelRulesTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Map<String, JsonNode> forms() throws IOException {
    Map<String, JsonNode> forms = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path f : files(FORMS, ".form")) {
      JsonNode form = json.readTree(f.toFile());
      forms.put(form.get("id").asText(), form);
    }
    return forms;
  }

  @Test
  void everyProcessFollowsTheHouseRules() throws IOException {
    Map<String, JsonNode> forms = forms();
    List<String> problems = new ArrayList<>();
    List<Path> models = files(PROCESSES, ".bpmn");
    assertThat(models).hasSizeGreaterThanOrEqualTo(3);
    for (Path file : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Bpmn.validateModel(model);
      Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
          .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
      shaped.addAll(model.getModelElementsByType(BpmnEdge.class).stream()
          .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet()));
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(file + ": process " + process.getId() + " has no history time to live");
        }
        if (process.getName() == null || process.getName().isBlank()) {
          problems.add(file + ": process " + process.getId() + " has no name");
        }
      }
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        String where = file.getFileName() + ": " + element.getElementType().getTypeName() + " " + element.getId();
        if (!shaped.contains(element.getId())) {
          problems.add(where + " has no diagram shape");
        }
        if (element instanceof FlowNode && (element.getName() == null || element.getName().isBlank())) {
          problems.add(where + " has no Vietnamese name");
        }
        if (!element.getId().matches("[a-z][A-Za-z0-9]*")) {
          problems.add(where + " id is not camelCase English");
        }
        if (element instanceof SequenceFlow flow && flow.getConditionExpression() == null
            && flow.getSource().getOutgoing().size() > 1 && !(flow.getSource() instanceof org.camunda.bpm.model.bpmn
                .instance.ParallelGateway)) {
          problems.add(where + " leaves a branching element without a condition");
        }
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        String where = file.getFileName() + ": " + node.getElementType().getTypeName() + " " + node.getId();
        boolean async = node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter();
        if (async && extensions(node, CamundaFailedJobRetryTimeCycle.class).isEmpty()) {
          problems.add(where + " is asynchronous without a retry cycle (camunda:failedJobRetryTimeCycle)");
        }
        // On a multi-instance activity, the loop characteristics' async attributes are those of each instance.
        if (node instanceof Activity activity
            && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop
            && (loop.isCamundaAsyncBefore() || loop.isCamundaAsyncAfter())
            && extensions(loop, CamundaFailedJobRetryTimeCycle.class).isEmpty()) {
          problems.add(where + " has asynchronous instances without a retry cycle (camunda:failedJobRetryTimeCycle)");
        }
        // Side effects are explicit service tasks (documents: see everyDocumentIsWrittenByAnAsynchronousServiceTask),
        // never an execution listener that Cockpit does not show and whose failure lands on the step before.
        for (CamundaExecutionListener listener : extensions(node, CamundaExecutionListener.class)) {
          problems.add(where + " hides work in an execution listener (" + listener.getCamundaEvent() + " "
              + listener.getCamundaDelegateExpression() + "): model it as a service task");
        }
        if (node instanceof ServiceTask task && DOCUMENT_DELEGATES.contains(task.getCamundaDelegateExpression())
            && !task.isCamundaAsyncBefore()) {
          problems.add(where + " writes documents (outside the engine's own work) but is not asyncBefore");
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file.getFileName() + ": user task " + task.getId();
        checkForm(where, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), forms, problems);
        if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
          problems.add(where + " has no candidate groups");
        }
        Collection<CamundaTaskListener> listeners = task.getExtensionElements() == null ? List.of()
            : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list();
        boolean submits = listeners.stream().anyMatch(l -> "complete".equals(l.getCamundaEvent())
            && "${formSubmissionListener}".equals(l.getCamundaDelegateExpression()));
        if (!submits) {
          problems.add(where + " does not validate its submission on the server (formSubmissionListener)");
        }
        if (vn.gov.soctrang.tnmt.tdkt.process.UserTask.byId(task.getId()).isEmpty()) {
          problems.add(where + " is missing from the typed names (process.UserTask)");
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          checkForm(file.getFileName() + ": start " + start.getId(), start.getCamundaFormRef(),
              start.getCamundaFormRefBinding(), forms, problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * The delegates of the document module that write documents: the {@code JavaDelegate} beans of its
   * {@code DocumentDelegates}, as {@code ${bean}} expressions.
   */
  private static final Set<String> DOCUMENT_DELEGATES = documentDelegates();

  private static Set<String> documentDelegates() {
    try {
      Class<?> delegates = Class.forName("vn.gov.soctrang.tnmt.tdkt.document.DocumentDelegates");
      return Stream.of(delegates.getDeclaredMethods())
          .filter(m -> m.isAnnotationPresent(org.springframework.context.annotation.Bean.class))
          .filter(m -> org.camunda.bpm.engine.delegate.JavaDelegate.class.equals(m.getReturnType()))
          .map(m -> "${" + m.getName() + "}").collect(Collectors.toSet());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every document-writing delegate is used by a service task of a model, and every such task is asynchronous
   * before with a retry cycle: a failed write becomes an incident on that task in Cockpit.
   */
  @Test
  void everyDocumentIsWrittenByAnAsynchronousServiceTask() throws IOException {
    assertThat(DOCUMENT_DELEGATES).hasSizeGreaterThanOrEqualTo(7);
    Set<String> used = new java.util.HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
        if (!DOCUMENT_DELEGATES.contains(task.getCamundaDelegateExpression())) {
          continue;
        }
        used.add(task.getCamundaDelegateExpression());
        String where = file.getFileName() + ": service task " + task.getId();
        if (!task.isCamundaAsyncBefore()) {
          problems.add(where + " writes documents but is not asyncBefore");
        }
        if (extensions(task, CamundaFailedJobRetryTimeCycle.class).isEmpty()) {
          problems.add(where + " writes documents without a retry cycle (camunda:failedJobRetryTimeCycle)");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(used).as("document delegates used by a service task").isEqualTo(DOCUMENT_DELEGATES);
  }

  private static <T extends org.camunda.bpm.model.xml.instance.ModelElementInstance> List<T> extensions(
      BaseElement element, Class<T> type) {
    return element.getExtensionElements() == null ? List.of()
        : element.getExtensionElements().getElementsQuery().filterByType(type).list();
  }

  private static void checkForm(String where, String formRef, String binding, Map<String, JsonNode> forms,
      List<String> problems) {
    if (formRef == null) {
      problems.add(where + " has no camunda:formRef");
      return;
    }
    if (!forms.containsKey(formRef)) {
      problems.add(where + " refers to form " + formRef + ", which does not exist in forms/");
    }
    if (!"deployment".equals(binding)) {
      problems.add(where + " must bind its form with formRefBinding=\"deployment\"");
    }
  }

  @Test
  void everyTypedUserTaskExistsInAModel() throws IOException {
    Set<String> modelled = new java.util.HashSet<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)
          .forEach(t -> modelled.add(t.getId()));
    }
    assertThat(Stream.of(vn.gov.soctrang.tnmt.tdkt.process.UserTask.values()).map(
        vn.gov.soctrang.tnmt.tdkt.process.UserTask::id)).allMatch(modelled::contains);
  }

  @Test
  void everyFormIsForCamunda7WithLabelsUniqueIdsAndNoDynamicLists() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : forms().entrySet()) {
      JsonNode form = entry.getValue();
      if (!"Camunda Platform".equals(form.path("executionPlatform").asText())) {
        problems.add(entry.getKey() + ": executionPlatform is not Camunda Platform");
      }
      Set<String> ids = new java.util.HashSet<>();
      walk(form.get("components"), c -> {
        if (!ids.add(c.path("id").asText())) {
          problems.add(entry.getKey() + ": duplicate component id " + c.path("id").asText());
        }
        if (c.has("key") && !c.hasNonNull("label") && !c.hasNonNull("dateLabel")) {
          problems.add(entry.getKey() + ": field " + c.get("key").asText() + " has no label");
        }
        // Tasklist 7.24 keeps its Complete button disabled once a field inside a form-js dynamic list has been
        // edited or shown (form-js leaves an empty error entry behind), so forms use fixed slots or text instead.
        if ("dynamiclist".equals(c.path("type").asText())) {
          problems.add(entry.getKey() + ": dynamic list " + c.path("path").asText() + " would block Complete in Tasklist");
        }
      });
    }
    assertThat(problems).isEmpty();
  }

  private static void walk(JsonNode components, java.util.function.Consumer<JsonNode> visit) {
    if (components == null) {
      return;
    }
    for (JsonNode c : components) {
      visit.accept(c);
      walk(c.get("components"), visit);
    }
  }

  @Test
  void everyElementIdIsUniqueAcrossItsFile() throws IOException {
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      List<String> ids = model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId)
          .filter(java.util.Objects::nonNull).toList();
      assertThat(ids).doesNotHaveDuplicates();
    }
  }
}
