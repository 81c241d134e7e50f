package vn.gov.soctrang.tnmt.tdkt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Gives a new task what its form shows that the process does not already hold (task-local variables). */
public interface TaskPreparer {

  UserTask task();

  void prepare(DelegateTask task);

  /** A preparer from a function, for adapters declared as beans. */
  static TaskPreparer of(UserTask userTask, java.util.function.Consumer<DelegateTask> prepare) {
    return new TaskPreparer() {
      @Override
      public UserTask task() {
        return userTask;
      }

      @Override
      public void prepare(DelegateTask task) {
        prepare.accept(task);
      }
    };
  }
}
