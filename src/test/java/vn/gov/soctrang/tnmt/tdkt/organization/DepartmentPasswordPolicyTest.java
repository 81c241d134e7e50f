package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The production password rules, one broken rule at a time (no Spring, no engine). */
class DepartmentPasswordPolicyTest {

  private final DepartmentPasswordPolicy policy = new DepartmentPasswordPolicy();

  @Test
  void eachRuleIsNamedWhenItIsTheFirstBroken() {
    Map<String, String> firstBroken = Map.ofEntries(
        Map.entry("Ngan-1a", "PASSWORD_POLICY_LENGTH"),
        Map.entry("aaaaaaaaaaaa", "PASSWORD_POLICY_UPPERCASE"),
        Map.entry("KHONG-CO-CHU-THUONG-2026", "PASSWORD_POLICY_LOWERCASE"),
        Map.entry("Khong-co-chu-so-nao", "PASSWORD_POLICY_DIGIT"),
        Map.entry("KhongCoKyTuDacBiet2026", "PASSWORD_POLICY_SPECIAL"),
        Map.entry("Cua-Trangnt-2026", "PASSWORD_POLICY_USER_DATA"),
        Map.entry("Matkhau@2026", "PASSWORD_POLICY_TDKT_NOT_COMMON"),
        Map.entry("Mật Khẩu 2026!", "PASSWORD_POLICY_TDKT_NOT_COMMON"),
        Map.entry("Soc-Trang-2026", "PASSWORD_POLICY_TDKT_NOT_COMMON"),
        Map.entry("Sở-TNMT-2026!", "PASSWORD_POLICY_TDKT_NOT_COMMON"),
        Map.entry("Password123!", "PASSWORD_POLICY_TDKT_NOT_COMMON"),
        Map.entry("123456789Qq!", "PASSWORD_POLICY_TDKT_NOT_COMMON"));
    firstBroken.forEach((password, rule) -> assertThat(policy.firstViolation(password, "trangnt"))
        .as(password).hasValueSatisfying(r -> assertThat(r.getPlaceholder()).isEqualTo(rule)));
  }

  @Test
  void strongPasswordsPassVietnameseLettersIncluded() {
    for (String strong : new String[] {"Mat-khau-quan-tri-that-dai-2026", "Đồng sen Tháp Mười 2026",
        "Lua-chin-vang-dong-2026", "Hai-nut-mot-co-so-du-lieu-2026"}) {
      assertThat(policy.firstViolation(strong, "admin")).as(strong).isEmpty();
    }
  }

  @Test
  void theUserNameIsFoundWhateverItsCaseAndNeverAnEmptyOne() {
    assertThat(policy.firstViolation("Moi-ADMIN-2026-xx", "admin")).isPresent();
    assertThat(policy.firstViolation("Moi-ADMIN-2026-xx", null)).isEmpty();
    assertThat(policy.firstViolation(null, "admin")).hasValueSatisfying(r ->
        assertThat(r.getPlaceholder()).isEqualTo("PASSWORD_POLICY_LENGTH"));
    assertThat(policy.describe()).startsWith("Mật khẩu phải dài ít nhất 12 ký tự").contains("chữ hoa", "chữ số",
        "ký tự đặc biệt", "tên đăng nhập", "phổ biến");
  }
}
