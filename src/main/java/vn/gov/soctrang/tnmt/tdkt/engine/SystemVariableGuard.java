package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * Keeps users' hands off the variables the system sets. Those variables decide who works on a task and which record
 * a submission writes ({@code headGroup}, {@code staffGroup}, {@code unitReportId}, {@code councilMember}, …); a
 * candidate of a task holds the engine's UPDATE permission on it, so without this check a unit's staff member could
 * send {@code headGroup} with a form, or through the task's variable endpoints, and approve their own report.
 *
 * <p>The system variables are those declared {@link ProcessVariable.Kind#SYSTEM} (with {@link ProcessVariable#system})
 * in any declaration class of the {@link ProcessVariableCatalogue}, the nomination and finding slots included. A
 * logged-in user may not send them when completing or submitting a task, starting a process or correlating a
 * message, or through any other door of the engine (a variable endpoint, a process-instance modification, a restart,
 * a migration, a signal: see {@link CommandVariables#carried}) — administrators included, since a system variable
 * such as {@code councilMember} decides whose work a task is. A refusal is recorded in the audit trail. The
 * application's own code, with no user logged in, is not affected.
 */
@Component
class SystemVariableGuard extends AbstractProcessEnginePlugin {

  static final Set<String> SYSTEM_VARIABLES = systemVariables();

  private final ObjectProvider<AuditService> audit;
  private ProcessEngineConfigurationImpl configuration;

  public SystemVariableGuard(ObjectProvider<AuditService> audit) {
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new RefuseSystemVariables()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new RefuseSystemVariables()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    all.add(added);
    return all;
  }

  /** The names of the variables declared as set by the system only: read from their kind, never their Java type. */
  static Set<String> systemVariables() {
    return ProcessVariableCatalogue.systemVariableNames();
  }

  /** The variable names a command would write on behalf of a user, through any door of the engine. */
  static Collection<String> written(Command<?> command) {
    return CommandVariables.carried(command);
  }

  final class RefuseSystemVariables extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
      if (auth != null && auth.getUserId() != null) {
        List<String> refused = written(command).stream().filter(SYSTEM_VARIABLES::contains)
            .distinct().sorted().toList();
        if (!refused.isEmpty()) {
          audit.getObject().recordRefused(auth.getUserId(), AuditedObject.PROCESS_INSTANCE, "*",
              Map.of("thaoTac", "Gửi hoặc sửa dữ liệu do hệ thống quản lý", "bien", refused));
          throw new InvalidInputException("Không được gửi hoặc sửa dữ liệu do hệ thống quản lý: "
              + String.join(", ", refused) + ". Hãy chỉ gửi các trường của biểu mẫu.");
        }
      }
      return next.execute(command);
    }
  }
}
