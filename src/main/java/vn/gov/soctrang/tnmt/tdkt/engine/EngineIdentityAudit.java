package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganisationMirroring;

/**
 * Puts into the audit trail what an administrator changes directly in Camunda Admin (or through the engine's
 * identity and authorization API): accounts, groups, group memberships and authorizations, with who and when (the
 * engine's user operation log, read as it is written, in the same transaction as the change).
 *
 * <p>The app's own mirroring of the organisation into Camunda is left out: the person, unit or Council change that
 * caused it is already in the trail with its fields before and after. Passwords never reach the trail: the engine
 * does not log them and the account's snapshot names only its id, names and e-mail.
 */
@Component
class EngineIdentityAudit extends AbstractProcessEnginePlugin {


  private final ObjectProvider<AuditService> audit;

  public EngineIdentityAudit(ObjectProvider<AuditService> audit) {
    this.audit = audit;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Handler(configuration.getHistoryEventHandler()));
  }

  private void record(List<HistoryEvent> events) {
    if (OrganisationMirroring.inProgress()) {
      return;
    }
    Map<String, List<UserOperationLogEntryEventEntity>> operations = new LinkedHashMap<>();
    for (HistoryEvent event : events) {
      if (event instanceof UserOperationLogEntryEventEntity entry && audited(entry.getEntityType()) != null) {
        operations.computeIfAbsent(entry.getOperationId(), id -> new ArrayList<>()).add(entry);
      }
    }
    operations.values().forEach(this::recordOperation);
  }

  private void recordOperation(List<UserOperationLogEntryEventEntity> entries) {
    UserOperationLogEntryEventEntity first = entries.get(0);
    AuditedObject type = audited(first.getEntityType());
    AuditAction action = switch (first.getOperationType()) {
      case UserOperationLogEntry.OPERATION_TYPE_CREATE -> AuditAction.CREATED;
      case UserOperationLogEntry.OPERATION_TYPE_DELETE -> AuditAction.DELETED;
      default -> AuditAction.UPDATED;
    };
    Map<String, String> before = new LinkedHashMap<>();
    Map<String, String> after = new LinkedHashMap<>();
    for (UserOperationLogEntryEventEntity entry : entries) {
      if (entry.getOrgValue() != null) {
        before.put(entry.getProperty(), entry.getOrgValue());
      }
      if (entry.getNewValue() != null) {
        after.put(entry.getProperty(), entry.getNewValue());
      }
    }
    if (action != AuditAction.DELETED) {
      after.putAll(currentState(type, after));
    }
    audit.getObject().record(first.getUserId(), type, objectId(type, before, after), action,
        before.isEmpty() ? null : before, after.isEmpty() ? null : after);
  }

  private static AuditedObject audited(String entityType) {
    if (entityType == null) {
      return null;
    }
    return switch (entityType) {
      case EntityTypes.USER -> AuditedObject.ACCOUNT;
      case EntityTypes.GROUP -> AuditedObject.ACCOUNT_GROUP;
      case EntityTypes.GROUP_MEMBERSHIP -> AuditedObject.GROUP_MEMBERSHIP;
      case EntityTypes.AUTHORIZATION -> AuditedObject.AUTHORIZATION;
      default -> null;
    };
  }

  /** The account's or group's fields as they stand after the change (the log itself names only the id). */
  private static Map<String, String> currentState(AuditedObject type, Map<String, String> after) {
    CommandContext command = Context.getCommandContext();
    Map<String, String> state = new LinkedHashMap<>();
    if (command == null) {
      return state;
    }
    if (type == AuditedObject.ACCOUNT && after.get("userId") != null) {
      UserEntity user = command.getDbEntityManager().selectById(UserEntity.class, after.get("userId"));
      if (user != null) {
        state.put("firstName", user.getFirstName());
        state.put("lastName", user.getLastName());
        state.put("email", user.getEmail());
      }
    } else if (type == AuditedObject.ACCOUNT_GROUP && after.get("groupId") != null) {
      GroupEntity group = command.getDbEntityManager().selectById(GroupEntity.class, after.get("groupId"));
      if (group != null) {
        state.put("name", group.getName());
        state.put("type", group.getType());
      }
    }
    state.values().removeIf(v -> v == null);
    return state;
  }

  private static String objectId(AuditedObject type, Map<String, String> before, Map<String, String> after) {
    Map<String, String> fields = new LinkedHashMap<>(before);
    fields.putAll(after);
    return switch (type) {
      case ACCOUNT -> fields.getOrDefault("userId", "?");
      case ACCOUNT_GROUP -> fields.getOrDefault("groupId", "?");
      case GROUP_MEMBERSHIP -> fields.getOrDefault("userId", "?") + " → " + fields.getOrDefault("groupId", "?");
      default -> fields.getOrDefault("resource", "?") + ":" + fields.getOrDefault("resourceId", "*") + " → "
          + (fields.get("userId") != null ? fields.get("userId") : fields.getOrDefault("groupId", "?"));
    };
  }

  private final class Handler implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    private Handler(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      delegate.handleEvent(event);
      record(List.of(event));
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      delegate.handleEvents(events);
      record(events);
    }
  }
}
