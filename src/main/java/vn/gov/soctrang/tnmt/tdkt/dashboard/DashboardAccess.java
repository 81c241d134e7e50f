package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;

/** Who may read the dashboard, the statistics and whose award history (the API filter has authenticated them). */
@Component
class DashboardAccess {

  static final Set<String> OVERVIEW_GROUPS = Set.of(CamundaGroups.OFFICE, CamundaGroups.LEADERSHIP,
      CamundaGroups.ADMIN);

  private final IdentityService identity;
  private final OrganizationService organization;

  public DashboardAccess(IdentityService identity, OrganizationService organization) {
    this.identity = identity;
    this.organization = organization;
  }

  public Caller caller() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Vui lòng đăng nhập để xem dữ liệu này.");
    }
    Set<String> groups = auth.getGroupIds() == null ? Set.of() : new HashSet<>(auth.getGroupIds());
    String unit = organization.person(auth.getUserId()).map(Person::getUnit).map(u -> u.getCode()).orElse(null);
    return new Caller(auth.getUserId(), unit, Caller.overview(groups));
  }

  /** The dashboard and the statistics are for the Office, the leadership and administrators. */
  public Caller requireOverview() {
    Caller caller = caller();
    if (!caller.seesAll()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ Văn phòng Sở và Lãnh đạo Sở được xem bảng theo dõi và thống kê thi đua, khen thưởng.");
    }
    return caller;
  }
}
