package vn.gov.soctrang.tnmt.tdkt.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import vn.gov.soctrang.tnmt.tdkt.process.UnrestrictedReads;

/**
 * Two people complete the same task: the one a moment late is refused by the engine's permission check, because the
 * task's permissions went with the task. Such a refusal means "already done", not "forbidden"; a refusal on a task
 * that still exists stays a refusal.
 */
final class VanishedTasks {

  private VanishedTasks() {
  }

  static boolean explain(AuthorizationException refused) {
    List<String> taskIds = refused.getMissingAuthorizations().stream()
        .filter(m -> Resources.TASK.resourceName().equals(m.getResourceType()) && m.getResourceId() != null)
        .map(MissingAuthorization::getResourceId).distinct().toList();
    return !taskIds.isEmpty() && taskIds.stream().allMatch(VanishedTasks::gone);
  }

  private static boolean gone(String taskId) {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    return UnrestrictedReads.read(engine.getIdentityService(),
        () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
  }
}
