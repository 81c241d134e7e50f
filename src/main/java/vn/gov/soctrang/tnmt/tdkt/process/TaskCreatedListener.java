package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives every new task a Vietnamese description naming the unit, the year and the deadline, which Tasklist shows
 * in the task list so staff see at a glance whose work it is.
 */
@Component("taskCreatedListener")
public class TaskCreatedListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> parts = new ArrayList<>();
    Vars.UNIT_NAME.find(task).ifPresent(unit -> parts.add("Đơn vị: " + unit));
    Vars.REPORTER_UNIT_NAME.find(task).ifPresent(unit -> parts.add("Đơn vị phản ánh: " + unit));
    Object year = Vars.CYCLE_YEAR.raw(task);
    if (year != null) {
      parts.add("Năm thi đua: " + year);
    }
    Object title = Vars.DIFFICULTY_TITLE.raw(task);
    if (title != null) {
      parts.add("Nội dung: " + title);
    }
    if (!parts.isEmpty()) {
      task.setDescription(String.join(" · ", parts));
    }
  }
}
