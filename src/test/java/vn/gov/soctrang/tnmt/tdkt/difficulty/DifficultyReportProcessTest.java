package vn.gov.soctrang.tnmt.tdkt.difficulty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;

/** difficulty-report: the unit reports, the Office routes, the resolver answers, the unit accepts or reopens. */
class DifficultyReportProcessTest extends ProcessTestSupport {

  @Autowired DifficultyReportRepository difficulties;
  @Autowired vn.gov.soctrang.tnmt.tdkt.notification.NotificationRepository notifications;

  private ProcessInstance report(String user, Map<String, Object> form) {
    as(user);
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.DIFFICULTY_REPORT, form);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Map<String, Object> form() {
    Map<String, Object> form = new HashMap<>();
    form.put(TaskContextVariables.DIFFICULTY_TITLE.name(), "Vướng mắc xác định nguồn gốc đất");
    form.put(DifficultyReportVariables.DIFFICULTY_FIELD.name(), "DAT_DAI");
    form.put(DifficultyReportVariables.DIFFICULTY_CONTENT.name(), "Xã chưa có bản đồ địa chính chính quy");
    form.put(DifficultyReportVariables.PROPOSAL.name(), "Đề nghị Sở hướng dẫn");
    return form;
  }

  @Test
  void theOfficeRoutesTheResolverAnswersAndTheUnitReopensThenAccepts() {
    ProcessInstance instance = report("ccbvmtcv", form());
    assertThat(instance).isWaitingAt(UserTask.ROUTE_DIFFICULTY.id());
    assertThat(instance).task().hasCandidateGroup("vanphongso");
    DifficultyReport recorded = difficulties.findAll().get(0);
    assertThat(recorded.getUnit().getCode()).isEqualTo("ccbvmt");
    assertThat(recorded.getReporter()).isEqualTo("ccbvmtcv");

    complete(instance, UserTask.ROUTE_DIFFICULTY, "vanphong",
        Map.of(DifficultyReportVariables.RESOLVER_GROUP.name(), "donviqldd",
            DifficultyReportVariables.ROUTING_NOTE.name(), "Phòng QLĐĐ trả lời"));
    assertThat(instance).task().hasCandidateGroup("donviqldd").hasDueDate(
        (java.util.Date) runtime.getVariable(instance.getId(), DifficultyReportVariables.ANSWER_DUE_DATE.name()));
    complete(instance, UserTask.ANSWER_DIFFICULTY, "qlddcv", Map.of(DifficultyReportVariables.ANSWER.name(),
        "Áp dụng Điều 137 Luật Đất đai"));
    assertThat(instance).task().hasCandidateGroup("donviccbvmt");

    assertThatThrownBy(() -> complete(instance, UserTask.REVIEW_DIFFICULTY_ANSWER, "ccbvmtcv",
        Map.of(DifficultyReportVariables.SATISFIED.name(), "NO"))).hasMessageContaining("ghi ý kiến");
    complete(instance, UserTask.REVIEW_DIFFICULTY_ANSWER, "ccbvmtcv",
        Map.of(DifficultyReportVariables.SATISFIED.name(), "NO", DifficultyReportVariables.FEEDBACK.name(),
            "Chưa rõ trường hợp đất không giấy tờ"));
    assertThat(instance).isWaitingAt(UserTask.ROUTE_DIFFICULTY.id());
    assertThat(difficulties.findById(recorded.getId()).orElseThrow().getStatus()).isEqualTo(DifficultyStatus.REOPENED);

    complete(instance, UserTask.ROUTE_DIFFICULTY, "vanphong", Map.of(DifficultyReportVariables.RESOLVER_GROUP.name(),
        "lanhdaoso"));
    complete(instance, UserTask.ANSWER_DIFFICULTY, "giamdoc", Map.of(DifficultyReportVariables.ANSWER.name(),
        "Sở sẽ tổ chức tập huấn"));
    complete(instance, UserTask.REVIEW_DIFFICULTY_ANSWER, "ccbvmtcv", Map.of(DifficultyReportVariables.SATISFIED.name(),
        "YES"));

    assertThat(instance).isEnded().hasPassed(Activities.DIFFICULTY_RESOLVED);
    DifficultyReport resolved = difficulties.findById(recorded.getId()).orElseThrow();
    assertThat(resolved.getStatus()).isEqualTo(DifficultyStatus.RESOLVED);
    assertThat(resolved.getAnswer()).isEqualTo("Sở sẽ tổ chức tập huấn");
    assertThat(resolved.getAnsweredBy()).isEqualTo("giamdoc");
  }

  @Test
  void aLateAnswerRemindsTheResolverAndTellsTheOfficeWhileTheTaskStaysOpen() {
    ProcessInstance instance = report("ccbvmtcv", form());
    complete(instance, UserTask.ROUTE_DIFFICULTY, "vanphong", Map.of(DifficultyReportVariables.RESOLVER_GROUP.name(),
        "donviqldd"));

    management.executeJob(timer(instance, Activities.ANSWER_OVERDUE_TIMER).getId());
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId())
        .activityId(Activities.REMIND_DIFFICULTY_ANSWER).singleResult().getId());

    assertThat(instance).isWaitingAt(UserTask.ANSWER_DIFFICULTY.id()).hasPassed(Activities.ANSWER_REMINDED);
    assertThat(notifications.findByProcessInstanceId(instance.getId()))
        .extracting(n -> n.getRecipientGroup()).containsExactlyInAnyOrder("donviqldd", "vanphongso");
  }

  @Test
  void theReportingUnitAloneCanFollowItsDifficulty() {
    ProcessInstance instance = report("ccbvmtcv", form());
    as("ccbvmtcv");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    as("qlddcv");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    identity.clearAuthentication();
  }

  @Test
  void badReportsAreRefusedAndNothingIsStored() {
    Map<String, Object> noTitle = form();
    noTitle.remove(TaskContextVariables.DIFFICULTY_TITLE.name());
    Map<String, Object> unknownField = form();
    unknownField.put(DifficultyReportVariables.DIFFICULTY_FIELD.name(), "<script>alert(1)</script>");
    Map<String, Object> longTitle = form();
    longTitle.put(TaskContextVariables.DIFFICULTY_TITLE.name(), "T".repeat(201));

    assertThatThrownBy(() -> report("ccbvmtcv", noTitle)).hasMessageContaining("Vui lòng nhập «Tiêu đề»");
    assertThatThrownBy(() -> report("ccbvmtcv", unknownField)).hasMessageContaining("«Lĩnh vực» có giá trị không hợp lệ");
    assertThatThrownBy(() -> report("ccbvmtcv", longTitle)).hasMessageContaining("tối đa 200 ký tự");
    assertThatThrownBy(() -> report("giamdoc", form())).isInstanceOf(AuthorizationException.class);

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DIFFICULTY_REPORT).count())
        .isZero();
    assertThat(difficulties.count()).isZero();
  }

  @Test
  void theOfficeCannotRouteToAnUnknownGroup() {
    ProcessInstance instance = report("ccbvmtcv", form());
    assertThatThrownBy(() -> complete(instance, UserTask.ROUTE_DIFFICULTY, "vanphong",
        Map.of(DifficultyReportVariables.RESOLVER_GROUP.name(), "camunda-admin"))).hasMessageContaining("không hợp lệ");
    assertThat(instance).isWaitingAt(UserTask.ROUTE_DIFFICULTY.id());
  }
}
