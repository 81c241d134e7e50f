package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;

/**
 * Refuses to start with a missing or weak administrator password unless demo data is on. With the password policy on
 * (prod) the password must meet the same rules as every account ({@link DepartmentPasswordPolicy}); the message names
 * the broken rule in Vietnamese and English and never shows the password.
 */
@Component
class AdminPasswordPolicy {

  private static final Set<String> DEFAULTS = Set.of("admin", "demo", "password", "camunda", "123456", "changeme");
  static final String WEAK = "Mật khẩu quản trị quá đơn giản hoặc là mật khẩu mặc định";

  private final boolean demo;
  private final PasswordRules rules;

  public AdminPasswordPolicy(@Value("${tdkt.seed.demo-people:false}") boolean demo, PasswordRules rules) {
    this.demo = demo;
    this.rules = rules;
  }

  public void check(TdktProperties.Admin admin) {
    if (demo) {
      return;
    }
    String password = admin.password();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("Chưa đặt mật khẩu quản trị: hãy đặt biến môi trường TDKT_ADMIN_PASSWORD "
          + "(ít nhất " + DepartmentPasswordPolicy.MIN_LENGTH + " ký tự, có chữ hoa, chữ thường, chữ số và ký tự "
          + "đặc biệt) trước khi khởi động. / The administrator password is missing: set TDKT_ADMIN_PASSWORD.");
    }
    var broken = rules.violation(password, admin.username());
    if (broken.isPresent()) {
      throw new IllegalStateException(WEAK + ": mật khẩu (TDKT_ADMIN_PASSWORD) " + broken.get().vietnamese()
          + ". " + rules.policy().describe() + " / The administrator password (TDKT_ADMIN_PASSWORD) breaks the "
          + "password policy: it " + broken.get().english() + ".");
    }
    if (DEFAULTS.contains(password.toLowerCase()) || password.equalsIgnoreCase(admin.username())
        || password.length() < DepartmentPasswordPolicy.MIN_LENGTH) {
      throw new IllegalStateException(WEAK + ": hãy đặt TDKT_ADMIN_PASSWORD dài ít nhất "
          + DepartmentPasswordPolicy.MIN_LENGTH + " ký tự, khác tên đăng nhập. / The administrator password is a "
          + "default or too short.");
    }
  }
}
