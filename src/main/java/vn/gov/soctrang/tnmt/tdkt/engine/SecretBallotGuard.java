package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * Keeps a member's ballot out of the engine's runtime tables. The ballot field may reach the engine only with the
 * completion of the member's own ballot task ({@code TaskService.complete}, {@code FormService.submitTaskForm}, which
 * Tasklist uses), whose listener counts it and removes it in the same transaction. Two guards:
 *
 * <ul>
 *   <li>before any transaction, the commands that set, patch or remove variables without completing a task (the
 *       engine REST API's task, execution and process-instance variable endpoints, task resolution, asynchronous
 *       variable batches) are refused when they name the ballot field;</li>
 *   <li>just before every transaction writes to the database, whatever path it took (a delegated task's form
 *       submission, which resolves rather than completes, a message, a modification …), a ballot variable that is
 *       about to stay must be an empty ballot; otherwise the whole transaction is refused.</li>
 * </ul>
 */
@Component
class SecretBallotGuard extends AbstractProcessEnginePlugin {

  static final String REFUSED = "Phiếu bầu kín chỉ được gửi khi hoàn thành nhiệm vụ «Bỏ phiếu kín» của chính thành "
      + "viên; không thể ghi, sửa hay xóa phiếu bầu theo cách khác.";

  static final String HOLDER_REFUSED = "Thành viên được phát phiếu bầu kín do hệ thống ghi nhận khi phát phiếu; không "
      + "thể đổi người giữ phiếu (councilMember) bằng bất kỳ cách nào, kể cả quản trị hệ thống.";

  private final ObjectProvider<AuditService> audit;
  private ProcessEngineConfigurationImpl configuration;

  public SecretBallotGuard(ObjectProvider<AuditService> audit) {
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new RefuseBallotCommands()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new RefuseBallotCommands()));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new CheckBeforeFlush()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new CheckBeforeFlush()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    all.add(added);
    return all;
  }

  /** The variable names a command would set or remove without completing a task; empty for other commands. */
  static Collection<String> variablesTouchedOutsideCompletion(Command<?> command) {
    List<String> names = new ArrayList<>(CommandVariables.setOrRemoved(command));
    if (command instanceof ResolveTaskCmd) {
      // A subclass of CompleteTaskCmd that leaves the task (and what was submitted) open.
      names.addAll(CommandVariables.keys(CommandVariables.read(command, "variables")));
    }
    return names;
  }

  /** Whether a ballot variable holds no choice: what the ballot task starts with, and all that may be stored. */
  static boolean isEmptyBallot(TypedValue value) {
    if (value == null) {
      return true;
    }
    String text;
    if (value instanceof SerializableValue serializable) {
      text = serializable.getValueSerialized();
      if (text == null && serializable.isDeserialized()) {
        text = String.valueOf(serializable.getValue());
      }
    } else {
      text = value.getValue() == null ? null : String.valueOf(value.getValue());
    }
    return text == null || text.isBlank() || text.replaceAll("\\s", "").equals("[]");
  }

  /**
   * Refuses, before any transaction, the commands that would set or remove the ballot outside completion, and any
   * command, through whatever door, that would write the ballot's holder ({@code councilMember}): only the engine sets
   * it, when it issues the ballots. Both refusals are recorded in the audit trail (variable names only).
   */
  final class RefuseBallotCommands extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (variablesTouchedOutsideCompletion(command).stream().anyMatch(CouncilMeetingVariables.SECRET_FIELDS::contains)) {
        recordRefusal("Ghi, sửa hoặc xóa phiếu bầu kín ngoài việc hoàn thành nhiệm vụ bỏ phiếu");
        throw new InvalidInputException(REFUSED);
      }
      if (CommandVariables.carried(command).contains(CouncilMeetingVariables.COUNCIL_MEMBER.name())) {
        recordRefusal("Đổi thành viên giữ phiếu bầu kín (councilMember)");
        throw new ForbiddenException(HOLDER_REFUSED);
      }
      return next.execute(command);
    }

    private void recordRefusal(String what) {
      Authentication auth = configuration == null ? null
          : configuration.getIdentityService().getCurrentAuthentication();
      String actor = auth == null || auth.getUserId() == null ? AuditService.SYSTEM : auth.getUserId();
      audit.getObject().recordRefused(actor, AuditedObject.SECRET_BALLOT, "*", Map.of("thaoTac", what));
    }
  }

  /** Registers, inside every command context, the check that runs just before the context is flushed. */
  static final class CheckBeforeFlush extends CommandInterceptor {

    private static final CommandContextListener CHECK = new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext commandContext) {
        refuseStoredChoices(commandContext.getDbEntityManager());
      }

      @Override
      public void onCommandFailed(CommandContext commandContext, Throwable t) {
        // nothing is written
      }
    };

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (context != null) {
        // The context keeps one instance of a listener, however many commands it runs.
        context.registerCommandContextListener(CHECK);
      }
      return next.execute(command);
    }
  }

  /** Refuses the transaction if a ballot variable that is about to be written (not deleted) holds a choice. */
  static void refuseStoredChoices(DbEntityManager entities) {
    for (VariableInstanceEntity variable : entities.getCachedEntitiesByType(VariableInstanceEntity.class)) {
      if (CouncilMeetingVariables.SECRET_FIELDS.contains(variable.getName()) && !entities.getDbEntityCache().isDeleted(variable)
          && !isEmptyBallot(variable.getTypedValue(false))) {
        throw new InvalidInputException(REFUSED);
      }
    }
  }
}
