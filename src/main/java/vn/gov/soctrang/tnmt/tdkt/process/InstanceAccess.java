package vn.gov.soctrang.tnmt.tdkt.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** Lets a unit's group see one process instance (its own report or difficulty), and no other. */
@Component
public class InstanceAccess {

  private final AuthorizationService authorizations;
  private final SystemAccess system;

  public InstanceAccess(AuthorizationService authorizations, SystemAccess system) {
    this.authorizations = authorizations;
    this.system = system;
  }

  public void grantRead(String processInstanceId, String groupId) {
    system.run(() -> {
      Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(Resources.PROCESS_INSTANCE);
      auth.setResourceId(processInstanceId);
      auth.addPermission(ProcessInstancePermissions.READ);
      authorizations.saveAuthorization(auth);
    });
  }
}
