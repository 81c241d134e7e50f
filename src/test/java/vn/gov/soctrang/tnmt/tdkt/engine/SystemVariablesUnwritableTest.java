package vn.gov.soctrang.tnmt.tdkt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.inspection.FindingSlots;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * Every variable the catalogue declares as the system's is refused when a logged-in user tries to write it, through
 * the engine's Java API (what {@code /engine-rest} and Tasklist call): set on the process instance by the
 * administrator, set on a task by its candidate, and sent with the task's completion. The finding slots' labels and
 * nominations are among them.
 */
class SystemVariablesUnwritableTest extends ProcessTestSupport {

  private static final String SENT = "giá trị do người dùng gửi";

  /**
   * The attempt is refused, and the refusal names the variable: {@link SystemVariableGuard}'s
   * {@link InvalidInputException}, or for {@code councilMember} the ballot guard's refusal, which comes first.
   */
  private String refusal(String user, String door, String name, Runnable attempt) {
    as(user);
    try {
      attempt.run();
      return door + ": " + name + " was written";
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause != null && !(cause instanceof DomainException)) {
        cause = cause.getCause();
      }
      boolean named = cause != null && cause.getMessage().contains(name);
      boolean bySystemVariableGuard = cause instanceof InvalidInputException
          && cause.getMessage().contains("do hệ thống quản lý");
      boolean byBallotGuard = cause instanceof ForbiddenException
          && name.equals(CouncilMeetingVariables.COUNCIL_MEMBER.name());
      if (!named || !(bySystemVariableGuard || byBallotGuard)) {
        return door + ": " + name + " refused for another reason: " + e;
      }
      return null;
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void noLoggedInUserWritesAnySystemVariableThroughAnyOfTheseDoors() {
    ProcessInstance cycle = startCycle(YEAR, false);
    ProcessInstance unit = unitInstance(cycle, "qldd");
    Task task = task(unit, UserTask.REGISTER_COMMITMENT);

    List<String> system = ProcessVariableCatalogue.variables().stream().filter(ProcessVariable::isSystem)
        .map(ProcessVariable::name).toList();
    assertThat(system).as("the system variables, the finding slots' included")
        .contains("headGroup", "unitReportId", "councilMember", "ballotVoters", "unitCodes")
        .contains(FindingSlots.slot(1).label().name(), FindingSlots.slot(1).nominationId().name(),
            FindingSlots.slot(FindingSlots.SLOTS).label().name(),
            FindingSlots.slot(FindingSlots.SLOTS).nominationId().name());

    List<String> problems = new ArrayList<>();
    for (String name : system) {
      problems.add(refusal("admin", "runtime.setVariable", name, () -> runtime.setVariable(unit.getId(), name, SENT)));
      problems.add(refusal("qlddcv", "task.setVariable", name, () -> tasks.setVariable(task.getId(), name, SENT)));
      problems.add(refusal("qlddcv", "task.complete", name,
          () -> tasks.complete(task.getId(), Map.of(name, SENT))));
      if (SENT.equals(runtime.getVariable(unit.getId(), name))) {
        problems.add(name + " holds the value a user sent");
      }
    }
    assertThat(problems.stream().filter(p -> p != null).toList()).isEmpty();
    assertThat(task(unit, UserTask.REGISTER_COMMITMENT).getId()).as("the task is still open").isEqualTo(task.getId());
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REFUSED'", Long.class))
        .as("every refusal is in the audit trail").isGreaterThanOrEqualTo(3L * (system.size() - 1));

    // The same doors let a form field through: the refusals above are the guard's, not a lack of permission.
    as("qlddcv");
    try {
      tasks.setVariable(task.getId(), UnitReportVariables.SUPPORT_PLAN.name(), SENT);
    } finally {
      identity.clearAuthentication();
    }
    as("admin");
    try {
      runtime.setVariable(unit.getId(), UnitReportVariables.COMMITMENT.name(), SENT);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.COMMITMENT.name())).isEqualTo(SENT);
  }
}
