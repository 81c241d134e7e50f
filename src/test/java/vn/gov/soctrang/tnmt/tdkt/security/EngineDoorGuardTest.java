package vn.gov.soctrang.tnmt.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.DomainException;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * The security review's attacks, through the engine's Java API (what {@code /engine-rest}, Tasklist and Cockpit
 * call): the administrator cannot take a member's ballot, by its holder variable, its assignee, or by moving the
 * process while the ballot is open; the Office cannot move a process or write a system variable; every refusal is in
 * the audit trail. The same doors over HTTP are in {@link AuthorizationMatrixTest}.
 */
class EngineDoorGuardTest extends ProcessTestSupport {

  @Autowired AuthorizationService authorizations;

  private Task ballotOf(ProcessInstance cycle, String member) {
    return tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskDefinitionKey(UserTask.CAST_BALLOT.id())
        .taskAssignee(member).singleResult();
  }

  private void asUser(String user, Runnable call) {
    as(user);
    try {
      call.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void refused(String user, Class<? extends DomainException> kind, ThrowingCallable call) {
    as(user);
    try {
      // Whatever the engine wraps it in (a task listener's, a job's failure), the app's refusal is what answers.
      assertThatThrownBy(call).satisfies(e -> {
        Throwable refusal = e;
        while (refusal != null && !(refusal instanceof DomainException)) {
          refusal = refusal.getCause();
        }
        assertThat(refusal).as("the app's refusal in %s", e).isInstanceOf(kind);
        assertThat(refusal.getMessage()).doesNotContain("Exception", "${", "org.camunda");
      });
    } finally {
      identity.clearAuthentication();
    }
  }

  private long refusalsBy(String user) {
    return jdbc.queryForObject("select count(*) from audit_entry where action = 'REFUSED' and actor = ?", Long.class,
        user);
  }

  @Test
  void aBallotBelongsToTheMemberItWasIssuedToWhateverTheEngineIsTold() {
    ProcessInstance cycle = consolidatedCycle();
    councilMeetsInFull(cycle);
    assertThat(jdbc.queryForList("select member_username from ballot_issue", String.class))
        .containsExactlyInAnyOrderElementsOf(COUNCIL);
    Task ballot = ballotOf(cycle, "giamdoc");
    String member = CouncilMeetingVariables.COUNCIL_MEMBER.name();

    // The holder variable, through the execution's and the task's variables: refused for the administrator too.
    refused("admin", DomainException.class, () -> runtime.setVariableLocal(ballot.getExecutionId(), member, "admin"));
    refused("admin", DomainException.class, () -> runtime.setVariable(ballot.getExecutionId(), member, "admin"));
    refused("admin", DomainException.class, () -> tasks.setVariable(ballot.getId(), member, "admin"));
    refused("admin", DomainException.class, () -> tasks.setVariableLocal(ballot.getId(), member, "admin"));
    refused("admin", DomainException.class, () -> runtime.removeVariableLocal(ballot.getExecutionId(), member));
    // The ballot's assignee, owner, delegation and identity links; ending it by an error.
    refused("admin", ForbiddenException.class, () -> tasks.setAssignee(ballot.getId(), "admin"));
    refused("admin", ForbiddenException.class, () -> tasks.claim(ballot.getId(), "admin"));
    refused("admin", ForbiddenException.class, () -> tasks.delegateTask(ballot.getId(), "admin"));
    refused("admin", ForbiddenException.class, () -> tasks.setOwner(ballot.getId(), "admin"));
    refused("admin", ForbiddenException.class,
        () -> tasks.addUserIdentityLink(ballot.getId(), "admin", IdentityLinkType.ASSIGNEE));
    refused("admin", ForbiddenException.class,
        () -> tasks.deleteUserIdentityLink(ballot.getId(), "giamdoc", IdentityLinkType.ASSIGNEE));
    refused("admin", ForbiddenException.class, () -> tasks.handleBpmnError(ballot.getId(), "X"));
    refused("vanphong", ForbiddenException.class, () -> tasks.setAssignee(ballot.getId(), "vanphong"));
    // Moving the cycle while the ballot is open: a modification, a suspension, the closing timer run early. The ballot
    // is open in the Council the cycle calls (ADR 0019): moving the cycle's own instance, which would move or cancel
    // that call, is refused as moving the Council's instance is.
    String council = councilId(cycle);
    assertThat(council).isNotEqualTo(cycle.getId());
    refused("admin", ForbiddenException.class, () -> runtime.createProcessInstanceModification(cycle.getId())
        .cancelAllForActivity(Activities.COUNCIL_VOTE).execute());
    refused("admin", ForbiddenException.class, () -> runtime.createProcessInstanceModification(council)
        .cancelAllForActivity(UserTask.CAST_BALLOT.id()).execute());
    refused("admin", ForbiddenException.class, () -> runtime.suspendProcessInstanceById(cycle.getId()));
    refused("admin", ForbiddenException.class, () -> runtime.suspendProcessInstanceById(council));
    refused("admin", ForbiddenException.class, () -> management.executeJob(management.createJobQuery()
        .processInstanceId(council).timers().list().get(0).getId()));
    // Submitting the member's ballot as the administrator.
    Object choice = JsonVariables.jsonValue(List.of());
    refused("admin", ForbiddenException.class, () -> tasks.complete(ballot.getId(),
        Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(), choice)));

    // Even if the engine's variable were changed behind its back, the ballot stays the member's it was issued to.
    Task other = ballotOf(cycle, "phogiamdoc");
    jdbc.update("update ACT_RU_VARIABLE set TEXT_ = 'admin' where NAME_ = ? and EXECUTION_ID_ = ?", member,
        other.getExecutionId());
    refused("admin", ForbiddenException.class, () -> tasks.complete(other.getId(),
        Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(), choice)));

    assertThat(tasks.createTaskQuery().taskId(ballot.getId()).singleResult().getAssignee()).isEqualTo("giamdoc");
    assertThat(jdbc.queryForObject("select count(*) from ballot_cast", Long.class)).isZero();
    assertThat(refusalsBy("admin")).isGreaterThanOrEqualTo(17);
    assertThat(refusalsBy("vanphong")).isEqualTo(1);

    // The member still votes.
    asUser("giamdoc", () -> tasks.complete(ballot.getId(), Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
        choice)));
    assertThat(jdbc.queryForList("select member_username from ballot_cast", String.class)).containsExactly("giamdoc");
  }

  @Test
  void onlyTheAdministratorMovesAProcessNobodyWritesSystemVariablesAndEveryAttemptIsAudited() {
    ProcessInstance cycle = startCycle(YEAR, false);
    ProcessInstance unit = unitInstance(cycle, "qldd");

    // The Office no longer holds UPDATE_INSTANCE on any process.
    assertThat(authorizations.isUserAuthorized("vanphong", List.of(CamundaGroups.OFFICE),
        ProcessDefinitionPermissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, ProcessKeys.PROVINCE_SUBMISSION))
        .isFalse();

    // The Office cannot move tokens, however it asks.
    refused("vanphong", ForbiddenException.class, () -> runtime.createProcessInstanceModification(unit.getId())
        .startBeforeActivity(UserTask.REGISTER_COMMITMENT.id()).execute());
    refused("vanphong", ForbiddenException.class, () -> runtime.suspendProcessInstanceById(unit.getId()));
    refused("vanphong", ForbiddenException.class, () -> runtime.signalEventReceived("anySignal"));
    refused("vanphong", ForbiddenException.class, () -> runtime.createProcessInstanceByKey(ProcessKeys.UNIT_REPORT)
        .startBeforeActivity(UserTask.REGISTER_COMMITMENT.id()).execute());
    // Nor send a message other than the province's, or the province's with anything but its fields.
    refused("vanphong", ForbiddenException.class, () -> runtime.createMessageCorrelation("anyMessage")
        .processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(YEAR)).correlate());
    refused("vanphong", ForbiddenException.class, () -> runtime.createMessageCorrelation(
        ProcessKeys.PROVINCE_ANSWER_MESSAGE).processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(YEAR))
        .setVariable("ghiChu", "x").correlate());
    // System variables: refused to everyone through every door, the administrator included.
    refused("vanphong", DomainException.class, () -> runtime.createMessageCorrelation(
        ProcessKeys.PROVINCE_ANSWER_MESSAGE).processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(YEAR))
        .setVariable(ProvinceSubmissionVariables.AWARD_TYPE_NAME.name(), "x").correlate());
    refused("admin", InvalidInputException.class, () -> runtime.createProcessInstanceModification(unit.getId())
        .startBeforeActivity(UserTask.REGISTER_COMMITMENT.id()).setVariable(UnitReportVariables.HEAD_GROUP.name(),
            "donviqldd")
        .execute());
    refused("admin", InvalidInputException.class, () -> runtime.setVariable(unit.getId(),
        UnitReportVariables.HEAD_GROUP.name(),
        "donviqldd"));
    refused("admin", InvalidInputException.class, () -> runtime.signalEventReceived("anySignal",
        Map.of(ProvinceSubmissionVariables.AWARD_TYPE_NAME.name(), "x")));
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.HEAD_GROUP.name())).isEqualTo("truongqldd");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(unit.getId()).singleResult().isSuspended())
        .isFalse();
    assertThat(refusalsBy("vanphong")).isEqualTo(7);
    assertThat(refusalsBy("admin")).isEqualTo(3);

    // The administrator may move a process (no ballot open), and it is in the audit trail with who and what.
    asUser("admin", () -> runtime.suspendProcessInstanceById(unit.getId()));
    asUser("admin", () -> runtime.activateProcessInstanceById(unit.getId()));
    List<Map<String, Object>> moved = jdbc.queryForList(
        "select actor, object_id, after_json from audit_entry where action = 'MOVED'");
    assertThat(moved).hasSize(2).allSatisfy(row -> {
      assertThat(row.get("ACTOR")).isEqualTo("admin");
      assertThat(row.get("OBJECT_ID")).isEqualTo(unit.getId());
      assertThat((String) row.get("AFTER_JSON")).contains("Tạm dừng");
    });
  }
}
