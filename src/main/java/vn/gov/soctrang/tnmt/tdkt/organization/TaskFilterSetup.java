package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each role sees. A filter is visible only with READ on it, so each gets its authorization.
 * Existing filters (found by name) are left as the administrator may have tuned them.
 */
@Component
public class TaskFilterSetup {

  public static final String TO_DO = "Việc cần xử lý";
  public static final String MY_TASKS = "Việc của tôi";
  public static final String UNIT_TASKS = "Việc của đơn vị";
  public static final String OVERDUE = "Quá hạn";
  public static final String ALL_UNITS = "Toàn bộ công việc các đơn vị";

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentitySyncService identitySync;

  public TaskFilterSetup(FilterService filters, TaskService tasks, IdentitySyncService identitySync) {
    this.filters = filters;
    this.tasks = tasks;
    this.identitySync = identitySync;
  }

  /**
   * The first filter (lowest priority), which Tasklist opens after login: everything the person can act on now, their
   * own tasks and the open tasks of their groups that nobody has taken yet, with the count. The filters for what is
   * assigned to them, their groups' work including what colleagues took, the overdue and the Office's and the
   * leadership's view of every unit follow it.
   */
  public void ensureFilters() {
    Filter toDo = ensure(TO_DO, -20, "#ef6c00", "Mọi công việc tôi có thể xử lý ngay: việc đang giao cho tôi và việc "
        + "chưa ai nhận của đơn vị, nhóm tôi tham gia",
        tasks.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateUserExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr());
    Filter mine = ensure(MY_TASKS, -10, "#2e7d32", "Công việc đang giao cho tôi",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    Filter unit = ensure(UNIT_TASKS, -5, "#1565c0", "Công việc của các nhóm tôi tham gia (đơn vị, Văn phòng, Hội đồng)",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    Filter overdue = ensure(OVERDUE, 0, "#c62828", "Công việc của tôi và nhóm đã quá hạn xử lý",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
    Filter all = ensure(ALL_UNITS, 5, "#6a1b9a", "Theo dõi công việc của tất cả đơn vị",
        tasks.createTaskQuery());
    for (Filter shared : List.of(toDo, mine, unit, overdue)) {
      identitySync.grantEveryone(Resources.FILTER, shared.getId(), Permissions.READ);
    }
    identitySync.grantGroup(CamundaGroups.OFFICE, Resources.FILTER, all.getId(), Permissions.READ);
    identitySync.grantGroup(CamundaGroups.LEADERSHIP, Resources.FILTER, all.getId(), Permissions.READ);
  }

  private Filter ensure(String name, int priority, String color, String description, TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(
        Map.of("name", "unitName", "label", "Đơn vị"),
        Map.of("name", "cycleYear", "label", "Năm")));
    Filter filter = filters.newTaskFilter(name).setOwner(null).setProperties(properties).setQuery(query);
    return filters.saveFilter(filter);
  }
}
