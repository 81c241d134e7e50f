package vn.gov.soctrang.tnmt.tdkt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Drives the Council's vote a feature's process calls (council-vote.bpmn) through the engine as the demo Council:
 * the meeting with every member present, the sealed box, seven ballots, the box opened by the chair and the secretary,
 * the minutes confirmed. What each member approves is the test's choice.
 */
public final class CouncilVoteDriver {

  /** The seven members of the demo Council. */
  public static final List<String> MEMBERS = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;

  public CouncilVoteDriver(RuntimeService runtime, TaskService tasks, IdentityService identity,
      ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
  }

  /** The Council's instance the caller waits on, or null when the caller is not at its Council. */
  public ProcessInstance councilOf(ProcessInstance caller) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(caller.getId()).singleResult();
  }

  /** Every member approves every item on the agenda; nothing happens when the caller is not at its Council. */
  public void approveEverything(ProcessInstance caller) {
    vote(caller, item -> true);
  }

  /**
   * Every member approves the agenda items (the ballot's option values) the predicate accepts and no other; nothing
   * happens when the caller is not at its Council.
   */
  public void vote(ProcessInstance caller, Predicate<String> approve) {
    ProcessInstance council = councilOf(caller);
    if (council == null) {
      return;
    }
    completeEach(council, UserTask.OPEN_COUNCIL_MEETING, assignee -> CouncilMeetingForm.engine(
        TestClock.today().toString(), MEMBERS), "chanhvanphong");
    completeEach(council, UserTask.SEAL_BALLOT_BOX, BallotBoxKeys::seal, null);
    List<String> items = new ArrayList<>();
    try {
      new ObjectMapper().readTree(String.valueOf(runtime.getVariable(council.getId(),
          CouncilMeetingVariables.BALLOT_OPTIONS.name()))).forEach(o -> items.add(o.path("value").asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    List<String> approved = items.stream().filter(approve).toList();
    completeEach(council, UserTask.CAST_BALLOT, member -> Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
        JsonVariables.jsonValue(approved)), null);
    completeEach(council, UserTask.OPEN_BALLOT_BOX, chair -> BallotBoxKeys.open("giamdoc", "chanhvanphong"), null);
    completeEach(council, UserTask.CONFIRM_MINUTES, who -> Map.of(CouncilMeetingVariables.CONFIRM_MINUTES.name(),
        true), null);
  }

  /** Completes every open task of that step as its assignee (or {@code user} when unassigned), then the jobs. */
  private void completeEach(ProcessInstance instance, UserTask step, Function<String, Map<String, Object>> form,
      String user) {
    for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(step.id()).list()) {
      String who = task.getAssignee() != null ? task.getAssignee() : user;
      as(who, () -> {
        tasks.complete(task.getId(), form.apply(who));
        return null;
      });
    }
    Jobs.runAll(management);
  }

  private <T> T as(String user, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
