package vn.gov.soctrang.tnmt.tdkt.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine call: the authenticated user, else the task's assignee, else the system. */
public final class Actors {

  public static final String SYSTEM = "system";

  private Actors() {
  }

  public static String of(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
  }

  public static String of(DelegateExecution execution) {
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : SYSTEM;
  }

}
