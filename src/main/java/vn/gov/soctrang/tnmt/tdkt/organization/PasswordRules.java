package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * The app's side of the password policy: whether it is on (the engine's {@code enablePasswordPolicy}, prod only)
 * and, if so, the broken rule said in Vietnamese before the engine would refuse the password in English.
 */
@Component
class PasswordRules {

  private final DepartmentPasswordPolicy policy;
  private final ProcessEngine engine;

  public PasswordRules(DepartmentPasswordPolicy policy, ProcessEngine engine) {
    this.policy = policy;
    this.engine = engine;
  }

  public boolean enforced() {
    return engine.getProcessEngineConfiguration().isEnablePasswordPolicy();
  }

  /** The first broken rule when the policy is on; empty when the password may be used (or the policy is off). */
  public Optional<DepartmentPasswordPolicy.Rule> violation(String password, String userId) {
    return enforced() ? policy.firstViolation(password, userId) : Optional.empty();
  }

  /** The Vietnamese message for a refused password. */
  public static String message(DepartmentPasswordPolicy.Rule broken) {
    return "Mật khẩu chưa đạt yêu cầu: mật khẩu " + broken.vietnamese() + ".";
  }

  public DepartmentPasswordPolicy policy() {
    return policy;
  }
}
