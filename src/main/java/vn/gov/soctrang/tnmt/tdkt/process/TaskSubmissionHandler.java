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
}
