package vn.gov.soctrang.tnmt.tdkt.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** A forgotten piece of a user task's wiring stops the start-up, naming the task and what is missing. */
class UserTaskWiringTest {

  @Test
  void aTaskWithoutItsHandlerStopsTheStartUp() {
    List<TaskSubmissionHandler> allButOne = Arrays.stream(UserTask.values()).filter(t -> t != UserTask.CONFIRM_MINUTES)
        .map(t -> TaskSubmissionHandler.of(t, (task, actor) -> { })).toList();
    assertThatThrownBy(() -> new UserTaskWiring(allButOne, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CONFIRM_MINUTES");
    List<TaskSubmissionHandler> all = Arrays.stream(UserTask.values())
        .map(t -> TaskSubmissionHandler.of(t, (task, actor) -> { })).toList();
    new UserTaskWiring(all, null);
  }

  @Test
  void aModelTaskUnknownOrWithoutItsListenersIsNamed() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("toy").startEvent()
        .userTask("confirmMinutes").camundaTaskListenerDelegateExpression("create", UserTaskWiring.CREATE_LISTENER)
        .userTask("toyStage")
          .camundaTaskListenerDelegateExpression("create", UserTaskWiring.CREATE_LISTENER)
          .camundaTaskListenerDelegateExpression("complete", UserTaskWiring.COMPLETE_LISTENER)
        .endEvent().done();
    assertThat(UserTaskWiring.problems("toy", model)).containsExactlyInAnyOrder(
        "toy/confirmMinutes: no complete listener ${formSubmissionListener}",
        "toy/toyStage: not in the UserTask enum (no handler can be found for it)");
  }

  @Test
  void everyShippedModelIsWired() throws Exception {
    for (String file : List.of("annual-cycle", "difficulty-report", "province-submission", "award-revocation",
        "thematic-movement")) {
      try (InputStream in = getClass().getResourceAsStream("/processes/" + file + ".bpmn")) {
        assertThat(in).as(file).isNotNull();
        assertThat(UserTaskWiring.problems(file, Bpmn.readModelFromStream(in))).as(file).isEmpty();
      }
    }
  }
}
