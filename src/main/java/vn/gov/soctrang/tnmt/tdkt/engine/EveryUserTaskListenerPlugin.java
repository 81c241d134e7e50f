package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.gov.soctrang.tnmt.tdkt.process.EveryUserTaskListener;

/**
 * Gives every user task of every deployed model the application's {@link EveryUserTaskListener}s (the task mails),
 * without a line in the BPMN files: a model added later is covered too. The listeners (Spring beans using JPA) are
 * looked up when a task fires, so the engine's configuration does not depend on them.
 */
@Component
class EveryUserTaskListenerPlugin extends AbstractProcessEnginePlugin {

  /** The task events a listener may ask for. */
  static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
      TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

  private final ObjectProvider<EveryUserTaskListener> listeners;

  public EveryUserTaskListenerPlugin(ObjectProvider<EveryUserTaskListener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new AddListeners(new Delegating(listeners)));
    configuration.setCustomPostBPMNParseListeners(parseListeners);
  }

  /** Adds the listener after the model's own listeners, so it sees the task as they left it. */
  static final class AddListeners extends AbstractBpmnParseListener {

    private final TaskListener listener;

    AddListeners(TaskListener listener) {
      this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        TaskDefinition definition = behavior.getTaskDefinition();
        for (String event : EVENTS) {
          definition.addTaskListener(event, listener);
        }
      }
    }
  }

  /**
   * Hands the event to each listener that asked for it. The beans are looked up once, at the first task event (not
   * while the engine is configured); after that an event costs a map lookup.
   */
  private static final class Delegating implements TaskListener {

    private final ObjectProvider<EveryUserTaskListener> beans;
    private volatile Map<String, List<EveryUserTaskListener>> byEvent;

    Delegating(ObjectProvider<EveryUserTaskListener> beans) {
      this.beans = beans;
    }

    @Override
    public void notify(DelegateTask task) {
      Map<String, List<EveryUserTaskListener>> listeners = byEvent;
      if (listeners == null) {
        listeners = EVENTS.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
            event -> beans.orderedStream().filter(l -> l.events().contains(event)).toList()));
        byEvent = listeners;
      }
      for (EveryUserTaskListener listener : listeners.getOrDefault(task.getEventName(), List.of())) {
        listener.notify(task);
      }
    }
  }
}
