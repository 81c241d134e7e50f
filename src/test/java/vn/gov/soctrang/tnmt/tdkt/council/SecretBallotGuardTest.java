package vn.gov.soctrang.tnmt.tdkt.council;

import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.RuntimeServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The ballot reaches the engine only with the completion of the member's own ballot task: setting, patching or
 * removing it through the task, execution or process-instance variable API (what the engine REST API calls), or
 * resolving a delegated ballot, is refused and leaves nothing behind.
 */
class SecretBallotGuardTest extends ProcessTestSupport {

  private static final String BALLOT = CouncilMeetingVariables.BALLOT_APPROVALS.name();
  private static final List<String> PRESENT = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong");

  @Autowired NominationRepository nominations;
  @Autowired FormService forms;

  private ProcessInstance ballotsOpen() {
    ProcessInstance cycle = consolidatedCycle();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong", CouncilMeetingForm.engine(TestClock.today().toString(), PRESENT));
    ballotBoxSealed(cycle);
    return cycle;
  }

  private Task ballotOf(ProcessInstance cycle, String member) {
    return tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskDefinitionKey(UserTask.CAST_BALLOT.id())
        .taskAssignee(member).singleResult();
  }

  private Object choice(String nominationId) {
    return JsonVariables.jsonValue(List.of(nominationId));
  }

  private static void refused(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("chỉ được gửi khi hoàn thành nhiệm vụ «Bỏ phiếu kín»");
  }

  /** Only the prepared empty ballots, one per member still to vote; nothing in the history. */
  private void onlyEmptyBallots(int open) {
    List<VariableInstance> ballots = runtime.createVariableInstanceQuery().variableName(BALLOT).list();
    assertThat(ballots).hasSize(open).allSatisfy(v -> {
      assertThat(v.getValue().toString()).isEqualTo("[]");
      assertThat(v.getTaskId()).isNull();
    });
    assertThat(history.createHistoricVariableInstanceQuery().variableName(BALLOT).list()).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where NAME_ = ?", Long.class, BALLOT))
        .isZero();
  }

  @Test
  void theBallotCannotBeSetOrRemovedWithoutCompletingTheTaskButCompletingStillWorks() {
    ProcessInstance cycle = ballotsOpen();
    String approved = String.valueOf(nominations.findAll().stream().map(Nomination::getId).findFirst()
        .orElseThrow());
    Task ballot = ballotOf(cycle, "giamdoc");
    String execution = ballot.getExecutionId();
    onlyEmptyBallots(PRESENT.size());

    // The member, through what the REST API's variable endpoints call.
    as("giamdoc");
    try {
      refused(() -> tasks.setVariable(ballot.getId(), BALLOT, choice(approved)));
      refused(() -> tasks.setVariableLocal(ballot.getId(), BALLOT, choice(approved)));
      refused(() -> tasks.setVariables(ballot.getId(), Map.of(BALLOT, choice(approved))));
      refused(() -> tasks.setVariablesLocal(ballot.getId(), Map.of(BALLOT, choice(approved), "note", "x")));
      refused(() -> ((TaskServiceImpl) tasks).updateVariables(ballot.getId(), Map.of(BALLOT, choice(approved)), List.of()));
      refused(() -> ((TaskServiceImpl) tasks).updateVariablesLocal(ballot.getId(), Map.of(), List.of(BALLOT)));
      refused(() -> tasks.removeVariable(ballot.getId(), BALLOT));
      refused(() -> tasks.removeVariablesLocal(ballot.getId(), List.of(BALLOT)));
      refused(() -> runtime.setVariableLocal(execution, BALLOT, choice(approved)));
      refused(() -> runtime.setVariable(councilId(cycle), BALLOT, choice(approved)));
      refused(() -> runtime.setVariables(councilId(cycle), Map.of(BALLOT, approved)));
      refused(() -> runtime.removeVariableLocal(execution, BALLOT));
      refused(() -> ((RuntimeServiceImpl) runtime).updateVariables(councilId(cycle), Map.of(BALLOT, choice(approved)),
          List.of()));
      refused(() -> tasks.resolveTask(ballot.getId(), Map.of(BALLOT, choice(approved))));
    } finally {
      identity.clearAuthentication();
    }
    // An administrator (no authorization checks) fares no better, nor does an asynchronous batch.
    refused(() -> runtime.setVariableLocal(execution, BALLOT, choice(approved)));
    refused(() -> runtime.setVariablesAsync(List.of(councilId(cycle)), Map.of(BALLOT, choice(approved))));
    // The box's passphrases are as secret as the ballot: only a holder's own task carries one, and never stores it.
    for (String passphrase : List.of(CouncilMeetingVariables.SEAL_PASSPHRASE.name(),
        CouncilMeetingVariables.CHAIR_PASSPHRASE.name(),
        CouncilMeetingVariables.SECRETARY_PASSPHRASE.name())) {
      refused(() -> runtime.setVariable(councilId(cycle), passphrase, "Đoán mật khẩu 2026!"));
    }
    // Whose ballot it is (the security review's attack): not changed by anyone, through any variable door.
    for (ThrowingCallable holder : List.<ThrowingCallable>of(
        () -> runtime.setVariableLocal(execution, CouncilMeetingVariables.COUNCIL_MEMBER.name(), "admin"),
        () -> tasks.setVariable(ballot.getId(), CouncilMeetingVariables.COUNCIL_MEMBER.name(), "admin"),
        () -> tasks.setVariableLocal(ballot.getId(), CouncilMeetingVariables.COUNCIL_MEMBER.name(), "admin"),
        () -> runtime.removeVariableLocal(execution, CouncilMeetingVariables.COUNCIL_MEMBER.name()),
        () -> runtime.createProcessInstanceModification(councilId(cycle)).startBeforeActivity(UserTask.CAST_BALLOT.id())
            .setVariableLocal(CouncilMeetingVariables.COUNCIL_MEMBER.name(), "admin").execute())) {
      assertThatThrownBy(holder).isInstanceOf(ForbiddenException.class).hasMessageContaining("councilMember");
    }
    assertThat(runtime.getVariableLocal(execution, CouncilMeetingVariables.COUNCIL_MEMBER.name())).isEqualTo("giamdoc");
    // A delegated ballot: submitting its form resolves the task instead of completing it, so the choice would stay.
    Task other = ballotOf(cycle, "phogiamdoc");
    tasks.delegateTask(other.getId(), "vanphong");
    as("vanphong");
    try {
      refused(() -> forms.submitTaskForm(other.getId(), Map.of(BALLOT, choice(approved))));
    } finally {
      identity.clearAuthentication();
    }
    onlyEmptyBallots(PRESENT.size());
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG where PROPERTY_ = ?", Long.class, BALLOT))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from ballot_cast", Long.class)).isZero();

    // Completing the task with the ballot works, from Tasklist's form submission and from the task API alike.
    as("giamdoc");
    try {
      forms.submitTaskForm(ballot.getId(), Map.of(BALLOT, choice(approved)));
    } finally {
      identity.clearAuthentication();
    }
    Task third = ballotOf(cycle, "chanhvanphong");
    as("chanhvanphong");
    try {
      tasks.complete(third.getId(), Map.of(BALLOT, JsonVariables.jsonValue(List.of())));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(jdbc.queryForList("select member_username from ballot_cast", String.class))
        .containsExactlyInAnyOrder("giamdoc", "chanhvanphong");
    // Two ballots in the box, counted only when it is opened.
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Long.class)).isEqualTo(2L);
    onlyEmptyBallots(PRESENT.size() - 2);
  }
}
