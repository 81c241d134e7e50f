package vn.gov.soctrang.tnmt.tdkt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Gives a new task what its form shows that the process does not already hold (task-local variables). */
public interface TaskPreparer {

  UserTask task();

  void prepare(DelegateTask task);
}
