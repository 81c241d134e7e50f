package vn.gov.soctrang.tnmt.tdkt.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;

/**
 * Who may call what, for the whole of the app's own API: the one place the role rules live. A call not named here
 * needs a logged-in user only; what that user may then see or do inside it (their unit's documents, their own tasks,
 * the engine's authorizations) is decided by the feature itself, on the data.
 *
 * <p>Each rule names the Camunda groups that pass and the Vietnamese sentence a refused caller reads.
 */
final class AccessRules {

  /** One rule: requests matching {@code method} (any when null) and {@code path} need one of {@code groups}. */
  record Rule(HttpMethod method, String path, Set<String> groups, String refusal) {

    Rule(HttpMethod method, String path, String refusal, String... groups) {
      this(method, path, Set.copyOf(Arrays.asList(groups)), refusal);
    }

    RequestMatcher matcher() {
      return PathPatternRequestMatcher.withDefaults().matcher(method, path);
    }

    /** Whether a user with these groups passes: one of the groups, or any unit's staff group if the rule says so. */
    boolean allows(java.util.Collection<String> userGroups) {
      return userGroups.stream().anyMatch(g -> groups.contains(g)
          || (groups.contains(ANY_UNIT_STAFF) && CamundaGroups.isStaffGroup(g)));
    }

    boolean needsUnitStaff() {
      return groups.contains(ANY_UNIT_STAFF);
    }

    String[] authorities() {
      return groups.stream().sorted().toArray(String[]::new);
    }
  }

  /** Stands in a rule's groups for the staff group of any unit (donvi…): the units are data, not constants. */
  static final String ANY_UNIT_STAFF = "<donvi*>";

  static final String LOGIN_REQUIRED = "Vui lòng đăng nhập (tài khoản Camunda) để dùng chức năng này.";
  static final String NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này.";
  static final String CSRF_REFUSED = "Yêu cầu thay đổi dữ liệu từ trình duyệt thiếu mã xác nhận của phiên làm việc. "
      + "Hãy tải lại trang rồi thực hiện lại.";

  static final String REJECTED_ADDRESS = "Địa chỉ yêu cầu có ký tự không hợp lệ. Vui lòng kiểm tra lại đường dẫn.";

  static final String ACTUATOR_LOGIN_REQUIRED = "Vui lòng đăng nhập bằng tài khoản quản trị.";
  static final String ACTUATOR_REFUSED = "Chỉ quản trị hệ thống được xem số liệu vận hành.";

  /** The API's role rules, first match wins. */
  static final List<Rule> API = List.of(
      new Rule(null, "/api/admin/**", "Chỉ quản trị hệ thống được sửa dữ liệu này.", CamundaGroups.ADMIN),
      new Rule(HttpMethod.GET, "/api/cycles/*/dossiers/*", "Chỉ Văn phòng và lãnh đạo Sở tải được hồ sơ đề nghị.",
          CamundaGroups.OFFICE, CamundaGroups.LEADERSHIP, CamundaGroups.ADMIN),
      new Rule(HttpMethod.POST, "/api/cycles/*/documents/*", "Chỉ Văn phòng Sở tạo lại được văn bản.",
          CamundaGroups.OFFICE),
      new Rule(HttpMethod.POST, "/api/merit-records/**",
          "Chỉ Văn phòng Sở được ghi, xóa hoặc nhập dữ liệu sổ theo dõi danh hiệu, khen thưởng.", CamundaGroups.OFFICE),
      new Rule(HttpMethod.DELETE, "/api/merit-records/**",
          "Chỉ Văn phòng Sở được ghi, xóa hoặc nhập dữ liệu sổ theo dõi danh hiệu, khen thưởng.", CamundaGroups.OFFICE),
      new Rule(HttpMethod.POST, "/api/year-end-titles/**",
          "Chỉ Văn phòng Sở được mở đợt bình xét danh hiệu thi đua cuối năm.", CamundaGroups.OFFICE),
      new Rule(HttpMethod.POST, "/api/thematic-movements/**", "Chỉ Văn phòng Sở và quản trị hệ thống được khai báo "
          + "và phát động phong trào thi đua theo chuyên đề.", CamundaGroups.OFFICE, CamundaGroups.ADMIN),
      new Rule(HttpMethod.POST, "/api/ad-hoc-awards", "Chỉ cán bộ của đơn vị thuộc Sở được đề nghị khen thưởng đột "
          + "xuất cho người của đơn vị mình hoặc cho đơn vị mình.", ANY_UNIT_STAFF),
      new Rule(null, "/api/national-export/**", "Chỉ Văn phòng Sở và quản trị hệ thống được xem, lập, gửi và ghi "
          + "nhận phản hồi các lô xuất dữ liệu thi đua, khen thưởng lên cơ sở dữ liệu quốc gia.",
          CamundaGroups.OFFICE, CamundaGroups.ADMIN),
      new Rule(null, "/api/statistics/**", "Chỉ Văn phòng Sở và quản trị hệ thống được xem và tải các biểu báo cáo "
          + "thống kê thi đua, khen thưởng gửi cơ quan cấp trên.", CamundaGroups.OFFICE, CamundaGroups.ADMIN));

  private AccessRules() {
  }

  /** The rule a request falls under, if any. */
  static Optional<Rule> ruleFor(HttpServletRequest request) {
    return API.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
  }
}
