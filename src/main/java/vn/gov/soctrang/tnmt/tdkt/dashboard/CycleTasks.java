package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UnrestrictedReads;

/**
 * The open tasks of a year's cycle (the annual instance and its called unit and province instances share the
 * business key TDKT-year). Read for counting only, never who holds a task: a ballot's assignee would tell who has
 * not voted yet.
 */
@Component
class CycleTasks {

  /** What the dashboard keeps of a task. */
  public record OpenTask(String taskKey, String name, String processInstanceId, Instant due) {

    public boolean overdueAt(Instant now) {
      return due != null && due.isBefore(now);
    }
  }

  private final TaskService tasks;
  private final IdentityService identity;

  public CycleTasks(TaskService tasks, IdentityService identity) {
    this.tasks = tasks;
    this.identity = identity;
  }

  /** Every open task of the year's cycle; the caller has been checked already, so the counts cover every unit. */
  public List<OpenTask> open(int year) {
    return unrestricted(() -> tasks.createTaskQuery()
        .processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(year))
        .orderByTaskCreateTime().asc()
        .list().stream()
        .map(CycleTasks::openTask)
        .toList());
  }

  private static OpenTask openTask(Task t) {
    return new OpenTask(t.getTaskDefinitionKey(), t.getName(), t.getProcessInstanceId(),
        t.getDueDate() == null ? null : t.getDueDate().toInstant());
  }

  private <T> T unrestricted(Supplier<T> query) {
    return UnrestrictedReads.read(identity, query);
  }
}
