package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The one complete-listener of every user task: dispatches the submission to the handler for that task. A task
 * without a handler is a modelling error and fails loudly.
 */
@Component("formSubmissionListener")
class FormSubmissionListener implements TaskListener {

  private final Map<UserTask, TaskSubmissionHandler> handlers = new EnumMap<>(UserTask.class);

  public FormSubmissionListener(List<TaskSubmissionHandler> handlerList) {
    for (TaskSubmissionHandler handler : handlerList) {
      if (handlers.put(handler.task(), handler) != null) {
        throw new IllegalStateException("Two submission handlers for task " + handler.task());
      }
    }
  }

  @Override
  public void notify(DelegateTask task) {
    UserTask userTask = UserTask.byId(task.getTaskDefinitionKey())
        .orElseThrow(() -> new IllegalStateException("Unknown user task " + task.getTaskDefinitionKey()));
    TaskSubmissionHandler handler = handlers.get(userTask);
    if (handler == null) {
      throw new IllegalStateException("No submission handler for task " + userTask);
    }
    handler.onSubmit(task, Actors.of(task));
  }
}
