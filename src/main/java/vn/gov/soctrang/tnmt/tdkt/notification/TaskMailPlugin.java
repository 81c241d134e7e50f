package vn.gov.soctrang.tnmt.tdkt.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed model the mail listener for its create and assignment events, without a
 * line in the BPMN files: a model added later is covered too. The listener (a Spring bean using JPA) is looked up
 * when a task fires, so the engine's configuration does not depend on it.
 */
@Component
class TaskMailPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskMailListener> listener;

  public TaskMailPlugin(ObjectProvider<TaskMailListener> listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AddMailListener(new Delegating(listener)));
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  /** Adds the listener after the model's own listeners, so it sees the task as they left it. */
  static final class AddMailListener extends AbstractBpmnParseListener {

    private final TaskListener mail;

    AddMailListener(TaskListener mail) {
      this.mail = mail;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        TaskDefinition definition = behavior.getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, mail);
        definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, mail);
      }
    }
  }

  private record Delegating(ObjectProvider<TaskMailListener> listener) implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      listener.getObject().notify(task);
    }
  }
}
