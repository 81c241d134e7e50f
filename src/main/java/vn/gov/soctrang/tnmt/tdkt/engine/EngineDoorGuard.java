package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;

/**
 * The engine's doors that move a process rather than work on it, closed to everyone but the administrator, and the
 * secret ballot's holder kept out of anyone's reach. Checked for every command a logged-in user sends (the engine REST
 * API, Tasklist and Cockpit alike); the application's own code, with no user logged in, is not affected.
 *
 * <ul>
 *   <li>Moving tokens — a process-instance modification, a restart, a migration, a suspension or activation, a job run
 *       early, its due date or retries changed, a signal, an execution's message subscription triggered, a start at
 *       chosen activities or by a start condition — only the administrator may, and each is recorded in the audit
 *       trail with who moved which instance. While a Council ballot is open, nobody may move the cycle's instance
 *       (its ballots would be cancelled or closed early), the administrator included.</li>
 *   <li>A message: the Office may correlate the province's answer ({@code provinceAnswer}) and consultation dates
 *       ({@code provinceConsultation}) with the fields of those answers, nothing else; the engine's UPDATE_INSTANCE
 *       grant that this needed is no longer given to the Office, so the check here is what lets it through.</li>
 *   <li>A «Bỏ phiếu kín» task's assignee, owner, delegation and identity links cannot be changed, nor can it end by a
 *       BPMN error or escalation: a ballot belongs to the member it was issued to.</li>
 * </ul>
 *
 * Every refusal is a 403 with a Vietnamese message and an audit entry «Bị từ chối» (written in its own transaction,
 * since the refused command's is rolled back). System variables are refused by {@link SystemVariableGuard}.
 */
@Component
class EngineDoorGuard extends AbstractProcessEnginePlugin {

  static final String ONLY_ADMIN = "Chỉ quản trị hệ thống được điều chỉnh tiến trình của quy trình (chuyển bước, khởi "
      + "động lại, chuyển phiên bản, tạm dừng, chạy ngay công việc hẹn giờ, gửi tín hiệu). Vui lòng xử lý công việc "
      + "theo đúng quy trình hoặc liên hệ quản trị hệ thống.";
  static final String BALLOT_OPEN = "Hội đồng đang bỏ phiếu kín trong chu trình này: không ai được điều chỉnh tiến "
      + "trình của quy trình cho đến khi việc bỏ phiếu kết thúc, kể cả quản trị hệ thống.";
  static final String BALLOT_HOLDER = "Phiếu bầu kín thuộc về thành viên Hội đồng được phát phiếu: không ai được giao "
      + "lại, nhận thay, ủy quyền hay đổi người xử lý phiếu bầu, kể cả quản trị hệ thống.";
  static final String MESSAGE_REFUSED = "Văn phòng chỉ được gửi kết quả của tỉnh (provinceAnswer) hoặc ngày tỉnh lấy ý "
      + "kiến (provinceConsultation) với các trường của kết quả đó; thông điệp hoặc dữ liệu khác không được chấp nhận.";

  /** What the Office may send with the province's messages: the fields of the answer and of the consultation. */
  static final Set<String> PROVINCE_MESSAGE_FIELDS = Set.of(ProvinceSubmissionVariables.APPROVED_NOMINATIONS.name(),
      ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER.name(),
          ProvinceSubmissionVariables.PROVINCE_DECISION_DATE.name(),
          ProvinceSubmissionVariables.RETURNED_NOMINATIONS.name(),
      ProvinceSubmissionVariables.PROVINCE_RETURN_REASON.name(), ProvinceSubmissionVariables.REFUSED_NOMINATIONS.name(),
          ProvinceSubmissionVariables.PROVINCE_REFUSAL_REASON.name(),
      ProvinceSubmissionVariables.CONSULTATION_REPORT.name(),
          ProvinceSubmissionVariables.CONSULTATION_POSTED_DATE.name(),
          ProvinceSubmissionVariables.CONSULTATION_END_DATE.name());
  static final Set<String> PROVINCE_MESSAGES = Set.of(ProcessKeys.PROVINCE_ANSWER_MESSAGE,
      ProcessKeys.PROVINCE_CONSULTATION_MESSAGE);

  /** How deep in nested engine commands this thread is: only the command a user sent is checked. */
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  /** Set while the Office's province message runs: its correlation skips the engine's permission check. */
  private static final ThreadLocal<Boolean> OFFICE_MESSAGE = new ThreadLocal<>();

  private final ObjectProvider<AuditService> audit;
  private final ObjectProvider<PlatformTransactionManager> transactions;
  private ProcessEngineConfigurationImpl configuration;

  public EngineDoorGuard(ObjectProvider<AuditService> audit, ObjectProvider<PlatformTransactionManager> transactions) {
    this.audit = audit;
    this.transactions = transactions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new Doors()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new Doors()));
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired(), new OfficeMessage()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new OfficeMessage()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
    List<CommandInterceptor> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    all.add(added);
    return all;
  }

  /** What moving a process a command does, in the words of the audit trail; null for a command that moves nothing. */
  static String movement(Command<?> command) {
    if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd
        || command instanceof AbstractModificationCmd) {
      return "Sửa đổi vị trí xử lý của quy trình (process-instance modification)";
    }
    if (command instanceof AbstractRestartProcessInstanceCmd) {
      return "Khởi động lại quy trình đã kết thúc (restart)";
    }
    if (command instanceof AbstractMigrationCmd) {
      return "Chuyển quy trình sang phiên bản khác (migration)";
    }
    if (command instanceof AbstractSetProcessInstanceStateCmd || command instanceof AbstractSetProcessDefinitionStateCmd
        || command instanceof AbstractUpdateProcessInstancesSuspendStateCmd || command instanceof AbstractSetJobStateCmd
        || command instanceof AbstractSetJobDefinitionStateCmd) {
      return "Tạm dừng hoặc kích hoạt lại quy trình, công việc hẹn giờ (suspension)";
    }
    if (command instanceof ExecuteJobsCmd) {
      return "Chạy ngay công việc hẹn giờ hoặc bất đồng bộ (job execution)";
    }
    if (command instanceof SetJobDuedateCmd || command instanceof SetJobRetriesCmd) {
      return "Đổi thời hạn hoặc số lần thử lại của công việc hẹn giờ (job)";
    }
    if (command instanceof SignalCmd || command instanceof SignalEventReceivedCmd) {
      return "Gửi tín hiệu cho quy trình (signal)";
    }
    if (command instanceof MessageEventReceivedCmd) {
      return "Kích hoạt sự kiện chờ thông điệp của một nhánh quy trình";
    }
    if (command instanceof StartProcessInstanceAtActivitiesCmd || command instanceof EvaluateStartConditionCmd
        || (command instanceof StartProcessInstanceCmd && startsAtChosenActivities(command))) {
      return "Khởi tạo quy trình tại bước chỉ định";
    }
    return null;
  }

  private static boolean startsAtChosenActivities(Command<?> command) {
    Object builder = CommandVariables.read(CommandVariables.read(command, "instantiationBuilder"),
        "modificationBuilder");
    return CommandVariables.read(builder, "operations") instanceof Collection<?> operations && !operations.isEmpty();
  }

  /** The task a command would reassign, delegate or end other than by completion; null for other commands. */
  static String taskReassigned(Command<?> command) {
    if (command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd
        || command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd
        || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      return (String) CommandVariables.read(command, "taskId");
    }
    if (command instanceof SaveTaskCmd) {
      TaskEntity task = (TaskEntity) CommandVariables.read(command, "task");
      return task == null ? null : task.getId();
    }
    return null;
  }

  /** The process instances a movement names; empty with {@code all} when it selects them by a query or a definition. */
  record Targets(Set<String> instanceIds, boolean all) {
  }

  Targets targets(Command<?> command) {
    Set<String> ids = new LinkedHashSet<>();
    boolean all = false;
    if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
      ids.add((String) CommandVariables.read(CommandVariables.read(command, "builder"), "processInstanceId"));
    } else if (command instanceof AbstractModificationCmd || command instanceof AbstractRestartProcessInstanceCmd
        || command instanceof AbstractUpdateProcessInstancesSuspendStateCmd) {
      Object builder = CommandVariables.read(command, "builder");
      ids.addAll(CommandVariables.strings(CommandVariables.read(builder, "processInstanceIds")));
      all = !(command instanceof AbstractRestartProcessInstanceCmd) && (hasQuery(builder, "processInstanceQuery")
          || hasQuery(builder, "historicProcessInstanceQuery"));
    } else if (command instanceof AbstractMigrationCmd) {
      Object builder = CommandVariables.read(command, "executionBuilder");
      ids.addAll(CommandVariables.strings(CommandVariables.read(builder, "processInstanceIds")));
      all = hasQuery(builder, "processInstanceQuery");
    } else if (command instanceof AbstractSetProcessInstanceStateCmd) {
      Object id = CommandVariables.read(command, "processInstanceId");
      if (id == null) {
        all = true;
      } else {
        ids.add((String) id);
      }
    } else if (command instanceof ExecuteJobsCmd || command instanceof SetJobDuedateCmd) {
      String jobId = (String) CommandVariables.read(command, "jobId");
      String instance = lookUp(context -> {
        JobEntity job = context.getJobManager().findJobById(jobId);
        return job == null ? null : job.getProcessInstanceId();
      });
      if (instance != null) {
        ids.add(instance);
      }
    } else if (command instanceof SignalCmd || command instanceof MessageEventReceivedCmd) {
      String executionId = (String) CommandVariables.read(command, "executionId");
      String instance = lookUp(context -> {
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
        return execution == null ? null : execution.getProcessInstanceId();
      });
      if (instance != null) {
        ids.add(instance);
      }
    } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd
        || command instanceof EvaluateStartConditionCmd || command instanceof SetJobRetriesCmd) {
      // A new instance, or a failed job's retries: no running ballot is moved.
    } else {
      all = true;
    }
    ids.remove(null);
    return new Targets(ids, all);
  }

  private static boolean hasQuery(Object builder, String field) {
    try {
      return CommandVariables.read(builder, field) != null;
    } catch (IllegalStateException noSuchField) {
      return true;
    }
  }

  /**
   * Whether a Council ballot is open in one of the instances or in an instance they call (in any instance, for a
   * movement by query). The yearly cycle's Council is the called council-vote.bpmn (ADR 0019): its ballot is open in
   * the child instance, and moving the cycle would move (or cancel) that child with it.
   */
  boolean ballotOpen(Targets targets) {
    Boolean open = lookUp(context -> {
      if (targets.all()) {
        TaskQueryImpl ballots = new TaskQueryImpl();
        ballots.taskDefinitionKey(UserTask.CAST_BALLOT.id());
        return ballots.executeCount(context) > 0;
      }
      Deque<String> instances = new ArrayDeque<>(targets.instanceIds());
      Set<String> seen = new HashSet<>();
      while (!instances.isEmpty()) {
        String id = instances.pop();
        if (!seen.add(id)) {
          continue;
        }
        if (context.getTaskManager().findTasksByProcessInstanceId(id).stream()
            .anyMatch(t -> UserTask.CAST_BALLOT.id().equals(t.getTaskDefinitionKey()))) {
          return true;
        }
        ProcessInstanceQueryImpl called = new ProcessInstanceQueryImpl();
        called.superProcessInstanceId(id);
        called.executeList(context, null).forEach(child -> instances.push(child.getId()));
      }
      return false;
    });
    return Boolean.TRUE.equals(open);
  }

  private <T> T lookUp(java.util.function.Function<CommandContext, T> query) {
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> query.apply(context)));
  }

  private RuntimeException refuse(String user, AuditedObject type, Object objectId, String message,
      Map<String, Object> attempted) {
    Map<String, Object> snapshot = new LinkedHashMap<>(attempted);
    snapshot.put("lyDo", message);
    audit.getObject().recordRefused(user, type, objectId, snapshot);
    return new ForbiddenException(message);
  }

  /**
   * A refusal of a job command: the engine's job execution wraps every failure but a missing permission (the REST API
   * would answer 500), so the refusal travels as one, carrying the Vietnamese reason the error mappers show.
   */
  private static RuntimeException asJobRefusal(Command<?> command, RuntimeException refusal) {
    if (command instanceof ExecuteJobsCmd || command instanceof SetJobDuedateCmd || command instanceof SetJobRetriesCmd) {
      AuthorizationException wrapped = new AuthorizationException(refusal.getMessage());
      wrapped.initCause(refusal);
      return wrapped;
    }
    return refusal;
  }

  private static String objectId(Targets targets) {
    String ids = String.join(",", targets.instanceIds());
    if (ids.isEmpty()) {
      return "*";
    }
    return ids.length() > 100 ? ids.substring(0, 97) + "…" : ids;
  }

  final class Doors extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      int[] depth = DEPTH.get();
      Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
      if (depth[0] > 0 || auth == null || auth.getUserId() == null) {
        return nested(command, depth);
      }
      depth[0]++;
      try {
        return check(command, auth);
      } finally {
        depth[0]--;
        OFFICE_MESSAGE.remove();
      }
    }

    private <T> T nested(Command<T> command, int[] depth) {
      depth[0]++;
      try {
        return next.execute(command);
      } finally {
        depth[0]--;
      }
    }

    private <T> T check(Command<T> command, Authentication auth) {
      String user = auth.getUserId();
      List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
      boolean administrator = groups.contains(CamundaGroups.ADMIN);

      String task = taskReassigned(command);
      if (task != null) {
        TaskEntity stored = lookUp(context -> context.getTaskManager().findTaskById(task));
        if (stored != null && UserTask.CAST_BALLOT.id().equals(stored.getTaskDefinitionKey())
            && (!(command instanceof SaveTaskCmd) || reassigns((SaveTaskCmd) command, stored))) {
          throw refuse(user, AuditedObject.SECRET_BALLOT, task, BALLOT_HOLDER,
              Map.of("thaoTac", "Đổi người xử lý phiếu bầu kín"));
        }
      }

      if (command instanceof AbstractCorrelateMessageCmd || command instanceof CorrelateAllMessageBatchCmd) {
        String message = (String) CommandVariables.read(command, "messageName");
        if (!administrator) {
          List<String> names = CommandVariables.carried(command).stream().distinct().sorted().toList();
          boolean allowed = groups.contains(CamundaGroups.OFFICE) && command instanceof AbstractCorrelateMessageCmd
              && PROVINCE_MESSAGES.contains(message) && PROVINCE_MESSAGE_FIELDS.containsAll(names);
          if (!allowed) {
            throw refuse(user, AuditedObject.PROCESS_INSTANCE, "*", MESSAGE_REFUSED,
                Map.of("thaoTac", "Gửi thông điệp cho quy trình", "thongDiep", String.valueOf(message), "bien",
                    names));
          }
          OFFICE_MESSAGE.set(Boolean.TRUE);
        }
        return next.execute(command);
      }

      String movement = movement(command);
      if (movement == null) {
        return next.execute(command);
      }
      Targets targets = targets(command);
      Map<String, Object> attempted = new LinkedHashMap<>();
      attempted.put("thaoTac", movement);
      attempted.put("quyTrinh", targets.all() ? "theo truy vấn / toàn bộ định nghĩa" : List.copyOf(targets.instanceIds()));
      List<String> names = CommandVariables.carried(command).stream().distinct().sorted().toList();
      if (!names.isEmpty()) {
        attempted.put("bien", names);
      }
      if (!administrator) {
        throw asJobRefusal(command, refuse(user, AuditedObject.PROCESS_INSTANCE, objectId(targets), ONLY_ADMIN,
            attempted));
      }
      if (ballotOpen(targets)) {
        throw asJobRefusal(command, refuse(user, AuditedObject.PROCESS_INSTANCE, objectId(targets), BALLOT_OPEN,
            attempted));
      }
      // The movement and its entry in the audit trail share one transaction.
      return new TransactionTemplate(transactions.getObject()).execute(status -> {
        T result = next.execute(command);
        audit.getObject().record(user, AuditedObject.PROCESS_INSTANCE, objectId(targets), AuditAction.MOVED, null,
            attempted);
        return result;
      });
    }
  }

  private static boolean reassigns(SaveTaskCmd command, TaskEntity stored) {
    TaskEntity saved = (TaskEntity) CommandVariables.read(command, "task");
    return !Objects.equals(saved.getAssignee(), stored.getAssignee())
        || !Objects.equals(saved.getOwner(), stored.getOwner())
        || !Objects.equals(saved.getDelegationState(), stored.getDelegationState());
  }

  /** Inside the Office's province message: the engine's permission check is the one made above. */
  static final class OfficeMessage extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (Boolean.TRUE.equals(OFFICE_MESSAGE.get()) && context != null
          && (command instanceof AbstractCorrelateMessageCmd)) {
        OFFICE_MESSAGE.remove();
        context.disableAuthorizationCheck();
      }
      return next.execute(command);
    }
  }
}
