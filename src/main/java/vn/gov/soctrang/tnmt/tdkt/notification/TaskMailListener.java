package vn.gov.soctrang.tnmt.tdkt.notification;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.EveryUserTaskListener;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;

/**
 * On every user task (an {@link EveryUserTaskListener}): on create, mails the members of the candidate groups (and
 * candidate users); on assignment, mails the new assignee, unless they took the task from their group themselves.
 * It only queues messages in the step's transaction; mail trouble never fails the step.
 */
@Component
class TaskMailListener implements EveryUserTaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskMailListener.class);

  private final MailOutbox outbox;
  private final MailRecipients recipients;

  public TaskMailListener(MailOutbox outbox, MailRecipients recipients) {
    this.outbox = outbox;
    this.recipients = recipients;
  }

  @Override
  public Set<String> events() {
    return Set.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT);
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      if (EVENTNAME_CREATE.equals(task.getEventName())) {
        created(task);
      } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
        assigned(task);
      }
    } catch (DataAccessException | PersistenceException e) {
      // The database refused: the transaction is lost anyway, let the step report it.
      throw e;
    } catch (RuntimeException e) {
      LOG.warn("Không xếp được thư về công việc {} ({}): {}", task.getName(), task.getId(), e.toString());
    }
  }

  private void created(DelegateTask task) {
    List<String> groups = candidates(task, true);
    List<String> users = candidates(task, false);
    if (groups.isEmpty() && users.isEmpty()) {
      return;
    }
    List<Recipient> to = recipients.of(groups, users).stream()
        // Someone assigned at creation gets the assignment mail instead.
        .filter(r -> !Objects.equals(r.username(), task.getAssignee())).toList();
    outbox.enqueue(MailKind.TASK_FOR_GROUP, describe(task), to);
  }

  private void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    if (assignee.equals(authenticatedUser(task)) && !task.getCandidates().isEmpty()) {
      // The assignee claimed it from their group's list: they know.
      return;
    }
    outbox.enqueue(MailKind.TASK_ASSIGNED, describe(task), recipients.users(List.of(assignee)));
  }

  private static List<String> candidates(DelegateTask task, boolean groups) {
    return task.getCandidates().stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(groups ? IdentityLink::getGroupId : IdentityLink::getUserId)
        .filter(Objects::nonNull).distinct().toList();
  }

  private static String authenticatedUser(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** Reads only the task's name, due date, cycle and unit: nothing a form submitted. */
  static MailTask describe(DelegateTask task) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    return new MailTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        MailTask.yearOf(task.getVariable(AnnualCycleVariables.CYCLE_YEAR.name()), businessKey), unitName(task),
        task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }

  private static String unitName(DelegateTask task) {
    for (String name : TaskContextVariables.UNIT_NAMES) {
      Object value = task.getVariable(name);
      if (value != null && !String.valueOf(value).isBlank()) {
        return String.valueOf(value);
      }
    }
    return null;
  }
}
