package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;

/**
 * Refuses to start with a missing or well-known administrator password unless demo data is on. The message says
 * exactly what to set.
 */
@Component
public class AdminPasswordPolicy {

  private static final Set<String> DEFAULTS = Set.of("admin", "demo", "password", "camunda", "123456", "changeme");

  private final boolean demo;

  public AdminPasswordPolicy(@Value("${tdkt.seed.demo-people:false}") boolean demo) {
    this.demo = demo;
  }

  public void check(TdktProperties.Admin admin) {
    if (demo) {
      return;
    }
    String password = admin.password();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("Chưa đặt mật khẩu quản trị: hãy đặt biến môi trường TDKT_ADMIN_PASSWORD "
          + "(ít nhất 12 ký tự) trước khi khởi động. / The administrator password is missing: set TDKT_ADMIN_PASSWORD.");
    }
    if (DEFAULTS.contains(password.toLowerCase()) || password.equalsIgnoreCase(admin.username())
        || password.length() < 12) {
      throw new IllegalStateException("Mật khẩu quản trị quá đơn giản hoặc là mật khẩu mặc định: hãy đặt "
          + "TDKT_ADMIN_PASSWORD dài ít nhất 12 ký tự, khác tên đăng nhập. / The administrator password is a default "
          + "or too short.");
    }
  }
}
