package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;

/**
 * A cycle started before the documents became tasks of their own still runs on its model version, which calls
 * {@code ${documentListener}}: every place those versions call it (the models as main deployed them until then,
 * kept under {@code earlier-models/}) is mapped to a delegate that exists.
 */
class EarlierModelDocumentListenerTest {

  @Test
  void everyStepOfTheEarlierModelsThatWroteDocumentsStillWritesThem() throws Exception {
    Set<String> calledAt = new TreeSet<>();
    for (String model : new String[] {"annual-cycle-before-document-tasks.bpmn",
        "province-submission-before-document-tasks.bpmn"}) {
      try (InputStream in = getClass().getResourceAsStream("/earlier-models/" + model)) {
        BpmnModelInstance instance = Bpmn.readModelFromStream(in);
        for (CamundaExecutionListener listener : instance.getModelElementsByType(CamundaExecutionListener.class)) {
          if ("${documentListener}".equals(listener.getCamundaDelegateExpression())) {
            FlowNode node = (FlowNode) listener.getParentElement().getParentElement();
            calledAt.add(node.getId() + ":" + listener.getCamundaEvent());
          }
        }
      }
    }
    assertThat(calledAt).hasSize(8);
    assertThat(EarlierModelDocumentListener.EARLIER_STEPS.keySet()).containsExactlyInAnyOrderElementsOf(calledAt);

    Set<String> delegates = Arrays.stream(DocumentDelegates.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Bean.class)).map(Method::getName).collect(Collectors.toSet());
    assertThat(delegates).containsAll(EarlierModelDocumentListener.EARLIER_STEPS.values());
  }
}
