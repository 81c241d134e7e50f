package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The one create-listener of every user task: gives the task a Vietnamese description naming the unit and the year
 * (Tasklist shows it in the list, so staff see at a glance whose work it is), then lets the task's preparer, if it
 * has one, add what its form needs. The preparers for every task (other modules' contributions, e.g. the evidence
 * module's upload link) run first.
 */
@Component("taskCreatedListener")
class TaskCreatedListener implements TaskListener {

  private final Map<UserTask, TaskPreparer> preparers = new EnumMap<>(UserTask.class);
  private final List<EveryTaskPreparer> forEveryTask;

  public TaskCreatedListener(List<TaskPreparer> preparerList, List<EveryTaskPreparer> forEveryTask) {
    preparerList.forEach(p -> preparers.put(p.task(), p));
    this.forEveryTask = List.copyOf(forEveryTask);
  }

  @Override
  public void notify(DelegateTask task) {
    forEveryTask.forEach(p -> p.prepare(task));
    UserTask.byId(task.getTaskDefinitionKey()).map(preparers::get).ifPresent(p -> p.prepare(task));
    List<String> parts = new ArrayList<>();
    TaskContextVariables.UNIT_NAME.find(task).ifPresent(unit -> parts.add("Đơn vị: " + unit));
    TaskContextVariables.INSPECTION_UNIT_NAME.find(task).ifPresent(unit -> parts.add("Đơn vị được kiểm tra: " + unit));
    TaskContextVariables.REPORTER_UNIT_NAME.find(task).ifPresent(unit -> parts.add("Đơn vị phản ánh: " + unit));
    Object year = AnnualCycleVariables.CYCLE_YEAR.raw(task);
    if (year != null) {
      parts.add("Năm thi đua: " + year);
    }
    Object titlesYear = TaskContextVariables.TITLES_YEAR.raw(task);
    if (titlesYear != null) {
      // A number field of a Camunda Form may arrive as a double: 2026, not 2026.0.
      parts.add("Năm bình xét: " + (titlesYear instanceof Number n
          ? new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : titlesYear));
    }
    Object title = TaskContextVariables.DIFFICULTY_TITLE.raw(task);
    if (title != null) {
      parts.add("Nội dung: " + title);
    }
    if (!parts.isEmpty()) {
      task.setDescription(String.join(" · ", parts));
    }
  }
}
