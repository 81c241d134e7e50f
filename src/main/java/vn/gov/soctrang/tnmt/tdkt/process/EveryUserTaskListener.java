package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener that every user task of every deployed model gets, without a line in the BPMN files (a model
 * added later is covered too). A Spring bean implementing this is attached by the engine adapter when a model is
 * parsed, after the model's own listeners, so it sees the task as they left it; it is looked up when a task fires.
 */
public interface EveryUserTaskListener extends TaskListener {

  /** The task events it listens to ({@link TaskListener#EVENTNAME_CREATE} and the like). */
  Set<String> events();
}
