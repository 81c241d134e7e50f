package vn.gov.soctrang.tnmt.tdkt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Takes what a user task's form submitted, validates it on the server and writes the domain. Throwing a
 * {@link vn.gov.soctrang.tnmt.tdkt.shared.DomainException} refuses the submission: the task stays open and nothing
 * is stored.
 */
public interface TaskSubmissionHandler {

  UserTask task();

  void onSubmit(DelegateTask task, String actor);

  /** A handler from a function, for adapters declared as beans. */
  static TaskSubmissionHandler of(UserTask userTask, java.util.function.BiConsumer<DelegateTask, String> onSubmit) {
    return new TaskSubmissionHandler() {
      @Override
      public UserTask task() {
        return userTask;
      }

      @Override
      public void onSubmit(DelegateTask task, String actor) {
        onSubmit.accept(task, actor);
      }
    };
  }
}
