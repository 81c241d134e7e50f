package vn.gov.soctrang.tnmt.tdkt.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.organization.DepartmentPasswordPolicy;

/**
 * Gives the engine the Department's password rules ({@link DepartmentPasswordPolicy}) instead of Camunda's built-in
 * ones. Whether the engine enforces them is Camunda's own switch, {@code enable-password-policy} under
 * {@code camunda.bpm.generic-properties}: off in the default (demo) profile, on in prod.
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  private final DepartmentPasswordPolicy policy;

  public PasswordPolicyPlugin(DepartmentPasswordPolicy policy) {
    this.policy = policy;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setPasswordPolicy(policy);
  }
}
