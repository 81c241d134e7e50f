package vn.gov.soctrang.tnmt.tdkt.notification;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Makes a message the outbox gave up on visible where operators watch the processes: an incident of type
 * {@value #TYPE} on the process instance it is about, shown in Cockpit with the recipient, the subject and the
 * error. It is resolved when an administrator's retry delivers the message. Messages about no running instance are
 * only in the outbox's FAILED list.
 */
@Service
class MailIncidents {

  /** The incident type Cockpit shows. */
  public static final String TYPE = "tdktMailFailed";

  private static final int MAX_MESSAGE = 3900;

  private final RuntimeService runtime;
  private final TaskService tasks;

  public MailIncidents(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** Raises the incident for a message given up on, once. */
  public void raise(OutboxMail mail) {
    if (mail.getProcessInstanceId() == null || open(mail.getId()) != null) {
      return;
    }
    String execution = executionFor(mail);
    if (execution == null) {
      return;
    }
    String message = "Thư «" + mail.getSubject() + "» gửi " + mail.getRecipientEmail() + " không gửi được sau "
        + mail.getAttempts() + " lần: " + mail.getLastError() + ". Khi máy chủ thư hoạt động lại, quản trị viên gửi "
        + "lại bằng POST /api/admin/mail-outbox/" + mail.getId() + "/retry.";
    runtime.createIncident(TYPE, execution, configuration(mail.getId()),
        message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
  }

  /** Resolves the message's incident, if it has one. */
  public void resolve(Long mailId) {
    Incident incident = open(mailId);
    if (incident != null) {
      runtime.resolveIncident(incident.getId());
    }
  }

  /**
   * Where the incident shows: the task the message is about while it is open, otherwise the instance's first
   * current step (an incident belongs to an execution at an activity).
   */
  private String executionFor(OutboxMail mail) {
    if (mail.getTaskId() != null) {
      Task task = tasks.createTaskQuery().taskId(mail.getTaskId()).singleResult();
      if (task != null) {
        return task.getExecutionId();
      }
    }
    ActivityInstance tree = runtime.getActivityInstance(mail.getProcessInstanceId());
    while (tree != null && tree.getChildActivityInstances().length > 0) {
      tree = tree.getChildActivityInstances()[0];
    }
    return tree == null || tree.getExecutionIds().length == 0 || tree.getParentActivityInstanceId() == null ? null
        : tree.getExecutionIds()[0];
  }

  private Incident open(Long mailId) {
    return runtime.createIncidentQuery().incidentType(TYPE).configuration(configuration(mailId)).singleResult();
  }

  private static String configuration(Long mailId) {
    return "mail-outbox:" + mailId;
  }
}
