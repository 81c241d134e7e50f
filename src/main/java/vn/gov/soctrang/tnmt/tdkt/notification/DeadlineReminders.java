package vn.gov.soctrang.tnmt.tdkt.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;

/**
 * Finds open tasks whose due date is within the reminder window (the dated setting
 * {@code mail.remindBeforeWorkingDays}, counted in working days) or already passed, and queues each reminder once:
 * the near-deadline one to the assignee (or the candidates), the overdue one to them and to the Office. What was
 * queued is remembered per task, kind and due date (a moved deadline is reminded again), under a key the database
 * keeps unique, so two nodes checking at the same moment still queue it once.
 */
@Service
class DeadlineReminders {

  private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final CalendarService calendar;
  private final SettingsService settings;
  private final MailRecipients recipients;
  private final MailOutbox outbox;
  private final JdbcTemplate jdbc;
  private final TdktProperties properties;
  private final Clock clock;
  private final TransactionTemplate tx;

  public DeadlineReminders(TaskService tasks, RuntimeService runtime, CalendarService calendar,
      SettingsService settings, MailRecipients recipients, MailOutbox outbox, JdbcTemplate jdbc,
      TdktProperties properties, Clock clock, PlatformTransactionManager transactions) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.calendar = calendar;
    this.settings = settings;
    this.recipients = recipients;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** One pass; returns how many reminders were queued (each to one or more recipients). */
  public int check() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, properties.zone());
    int days = settings.intValue(SettingKey.MAIL_REMIND_BEFORE_WORKING_DAYS, today);
    // Due on or before the last day of the window: today plus the working days.
    LocalDate lastDay = calendar.addWorkingDays(today, days);
    Date windowEnd = Date.from(lastDay.plusDays(1).atStartOfDay(properties.zone()).toInstant());
    int queued = 0;
    for (Task task : tasks.createTaskQuery().active().dueBefore(windowEnd).orderByDueDate().asc().list()) {
      MailKind kind = task.getDueDate().toInstant().isBefore(now) ? MailKind.OVERDUE : MailKind.DEADLINE_NEAR;
      try {
        if (Boolean.TRUE.equals(tx.execute(s -> remind(task, kind, now)))) {
          queued++;
        }
      } catch (DataIntegrityViolationException e) {
        // Another node queued the same reminder a moment ago.
      } catch (RuntimeException e) {
        LOG.warn("Không xếp được thư nhắc hạn về công việc {} ({}): {}", task.getName(), task.getId(), e.toString());
      }
    }
    return queued;
  }

  private boolean remind(Task task, MailKind kind, Instant now) {
    Timestamp due = new Timestamp(task.getDueDate().getTime());
    Integer already = jdbc.queryForObject(
        "select count(*) from mail_reminder where task_id = ? and kind = ? and due_at = ?", Integer.class,
        task.getId(), kind.name(), due);
    if (already != null && already > 0) {
      return false;
    }
    jdbc.update("insert into mail_reminder (task_id, kind, due_at, created_at) values (?, ?, ?, ?)", task.getId(),
        kind.name(), due, Timestamp.from(now));
    List<Recipient> to = responsible(task);
    if (kind == MailKind.OVERDUE) {
      to = MailRecipients.merge(to, recipients.groups(List.of(CamundaGroups.OFFICE)));
    }
    outbox.enqueue(kind, describe(task), to);
    return true;
  }

  /** The assignee if there is one, else the candidate groups' members and candidate users. */
  private List<Recipient> responsible(Task task) {
    if (task.getAssignee() != null) {
      return recipients.users(List.of(task.getAssignee()));
    }
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    return recipients.of(groups, users);
  }

  /** Reads only the task's name, due date, cycle and unit: nothing a form submitted. */
  private MailTask describe(Task task) {
    String businessKey = null;
    Object year = null;
    String unit = null;
    if (task.getProcessInstanceId() != null) {
      ProcessInstance instance = runtime.createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      businessKey = instance == null ? null : instance.getBusinessKey();
      List<String> names = new ArrayList<>(TaskContextVariables.UNIT_NAMES);
      names.add(AnnualCycleVariables.CYCLE_YEAR.name());
      Map<String, Object> values = tasks.getVariables(task.getId(), names);
      year = values.get(AnnualCycleVariables.CYCLE_YEAR.name());
      unit = TaskContextVariables.UNIT_NAMES.stream().map(values::get).filter(Objects::nonNull)
          .map(String::valueOf).filter(s -> !s.isBlank()).findFirst().orElse(null);
    }
    return new MailTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
        MailTask.yearOf(year, businessKey), unit, task.getDueDate().toInstant());
  }
}
