package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;

/**
 * The filter Tasklist opens after login (the one with the lowest priority the person may read) lists everything they
 * can act on now: what is assigned to them, what is offered to them by name, and what their groups were offered and
 * nobody has taken yet; not a colleague's taken task, nor another unit's.
 */
class FirstFilterTest extends ProcessTestSupport {

  @Autowired FilterService filters;

  @Test
  void theFirstFilterListsEverythingThePersonCanActOnNow() {
    String qldd = CamundaGroups.staffGroup("qldd");
    String otherUnit = organizationService.activeUnits().stream().map(Unit::getCode).filter(c -> !c.equals("qldd"))
        .findFirst().orElseThrow();
    String offeredToTheUnit = start("offeredToTheUnit", t -> t.camundaCandidateGroups(qldd));
    String takenByAColleague = start("takenByAColleague", t -> t.camundaCandidateGroups(qldd));
    tasks.claim(takenByAColleague, "qlddtruong");
    String assignedToTheClerk = start("assignedToTheClerk", t -> t.camundaAssignee("qlddcv"));
    String offeredToTheClerkByName = start("offeredToTheClerkByName", t -> t.camundaCandidateUsers("qlddcv"));
    String anotherUnits = start("anotherUnits", t -> t.camundaCandidateGroups(CamundaGroups.staffGroup(otherUnit)));

    List<Filter> readable = asUser("qlddcv", () -> filters.createFilterQuery().list());
    Filter first = readable.stream().min(Comparator.comparingInt(FirstFilterTest::priority)).orElseThrow();
    assertThat(first.getName()).as("the filter Tasklist opens first").isEqualTo(TaskFilterSetup.TO_DO);

    List<String> listed = asUser("qlddcv", () -> filters.<Task>list(first.getId()).stream().map(Task::getId).toList());
    assertThat(listed).containsExactlyInAnyOrder(offeredToTheUnit, assignedToTheClerk, offeredToTheClerkByName)
        .doesNotContain(takenByAColleague, anotherUnits);
    assertThat(asUser("qlddcv", () -> filters.count(first.getId()))).as("the count beside its name")
        .isEqualTo(listed.size());

    // Once the clerk takes the unit's task it stays in the list, now as theirs.
    asUser("qlddcv", () -> {
      tasks.claim(offeredToTheUnit, "qlddcv");
      return null;
    });
    assertThat(asUser("qlddcv", () -> filters.<Task>list(first.getId()).stream().map(Task::getId).toList()))
        .contains(offeredToTheUnit);
  }

  private String start(String key, java.util.function.UnaryOperator<UserTaskBuilder> who) {
    String model = "firstFilterProbe_" + key;
    engine.getRepositoryService().createDeployment().name(model).enableDuplicateFiltering(true)
        .addModelInstance(model + ".bpmn", who.apply(Bpmn.createExecutableProcess(model).camundaHistoryTimeToLive(1)
            .startEvent().userTask("open").name("Việc thử")).endEvent().done())
        .deploy();
    String instance = runtime.startProcessInstanceByKey(model, Map.of()).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private static int priority(Filter filter) {
    Object value = filter.getProperties() == null ? null : filter.getProperties().get("priority");
    return value instanceof Number n ? n.intValue() : 0;
  }
}
