package vn.gov.soctrang.tnmt.tdkt.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Gives every new user task, whatever its stage, something another module owns (e.g. the address of the task's
 * evidence upload page): the process module calls it without knowing that module.
 */
public interface EveryTaskPreparer {

  void prepare(DelegateTask task);
}
