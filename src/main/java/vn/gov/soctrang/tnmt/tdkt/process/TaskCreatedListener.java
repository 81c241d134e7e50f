package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidencePages;

/**
 * The one create-listener of every user task: gives the task a Vietnamese description naming the unit and the year
 * (Tasklist shows it in the list, so staff see at a glance whose work it is), then lets the task's preparer, if it
 * has one, add what its form needs. Every task also gets the address of its evidence upload page (a task-local
 * variable that the forms show as a link, since Tasklist forms cannot upload files).
 */
@Component("taskCreatedListener")
public class TaskCreatedListener implements TaskListener {

  private final Map<UserTask, TaskPreparer> preparers = new EnumMap<>(UserTask.class);
  private final TdktProperties properties;

  public TaskCreatedListener(List<TaskPreparer> preparerList, TdktProperties properties) {
    preparerList.forEach(p -> preparers.put(p.task(), p));
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(Vars.EVIDENCE_UPLOAD_URL.name(),
        EvidencePages.uploadUrl(properties.publicUrl(), task.getId()));
    UserTask.byId(task.getTaskDefinitionKey()).map(preparers::get).ifPresent(p -> p.prepare(task));
    List<String> parts = new ArrayList<>();
    Vars.UNIT_NAME.find(task).ifPresent(unit -> parts.add("Đơn vị: " + unit));
    Vars.INSPECTION_UNIT_NAME.find(task).ifPresent(unit -> parts.add("Đơn vị được kiểm tra: " + unit));
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
