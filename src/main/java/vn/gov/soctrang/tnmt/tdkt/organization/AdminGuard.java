package vn.gov.soctrang.tnmt.tdkt.organization;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Lets only system administrators (group camunda-admin) change the organisation and the settings. */
@Component
public class AdminGuard {

  private final IdentityService identity;

  public AdminGuard(IdentityService identity) {
    this.identity = identity;
  }

  public void require() {
    var auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getGroupIds() == null || !auth.getGroupIds().contains(CamundaGroups.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị hệ thống được sửa dữ liệu này.");
    }
  }
}
