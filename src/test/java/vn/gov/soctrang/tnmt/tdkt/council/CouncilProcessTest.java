package vn.gov.soctrang.tnmt.tdkt.council;

import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.StageFixtures;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/** The Council: quorum (no quorum, no vote), the secret ballot, the tally against thresholds, the minutes. */
class CouncilProcessTest extends ProcessTestSupport {

  private static final List<String> ALL_SEVEN = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");

  @Autowired NominationRepository nominations;
  @Autowired CouncilService council;

  /**
   * The list of {@link #consolidatedCycle()} confirmed (built by {@link StageFixtures}, the cycle started where the
   * list is closed), then no inspection: the Council's meeting is next.
   */
  private ProcessInstance atCouncil() {
    ProcessInstance cycle = startCycleBefore(StageFixtures.CLOSE_CONSOLIDATION,
        stages.consolidated(YEAR, false, qlddNominations()));
    runJobs();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    return cycle;
  }

  private void meet(ProcessInstance cycle, List<String> present) {
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong", CouncilMeetingForm.engine(TestClock.today().toString(), present));
    ballotBoxSealed(cycle);
  }

  private Nomination nominee(String username) {
    return nominations.findAll().stream().filter(n -> username == null ? n.getPerson() == null
        : n.getPerson() != null && n.getPerson().getUsername().equals(username)).findFirst().orElseThrow();
  }

  private void vote(ProcessInstance cycle, String member, List<Nomination> approve) {
    Task ballot = tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskAssignee(member)
        .taskDefinitionKey(UserTask.CAST_BALLOT.id()).singleResult();
    as(member);
    try {
      tasks.complete(ballot.getId(), Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
          JsonVariables.jsonValue(approve.stream().map(n -> String.valueOf(n.getId())).toList())));
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void noBallotEntersABoxThatBothHoldersHaveNotSealed() {
    ProcessInstance cycle = atCouncil();
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong",
        CouncilMeetingForm.engine(TestClock.today().toString(), ALL_SEVEN));
    long meetingId = (Long) runtime.getVariable(councilId(cycle), CouncilMeetingVariables.MEETING_ID.name());
    assertThatThrownBy(() -> council.castBallot(meetingId, "giamdoc", List.of()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("chưa được niêm phong đủ");
    Task chairs = tasks.createTaskQuery().processInstanceId(councilId(cycle))
        .taskDefinitionKey(UserTask.SEAL_BALLOT_BOX.id()).taskAssignee("giamdoc").singleResult();
    as("giamdoc");
    try {
      tasks.complete(chairs.getId(), vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys.seal("giamdoc"));
    } finally {
      identity.clearAuthentication();
    }
    // Half sealed is not sealed: still nothing goes in, nothing is recorded as cast.
    assertThatThrownBy(() -> council.castBallot(meetingId, "giamdoc", List.of()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("chưa được niêm phong đủ");
    assertThat(jdbc.queryForObject("select count(*) from ballot_cast", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Long.class)).isZero();
  }

  @Test
  void withoutQuorumThereIsNoVoteAndTheMeetingIsReconvened() {
    ProcessInstance cycle = atCouncil();
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_COUNCIL_MEETING.id());

    meet(cycle, List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong"));

    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_COUNCIL_MEETING.id()).hasNotPassed(UserTask.CAST_BALLOT.id());
    assertThat(runtime.getVariable(councilId(cycle), CouncilMeetingVariables.QUORUM_NOTICE.name()).toString())
        .contains("4/7", "không đủ số", "ngày " + vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(
            TestClock.today()));
    vn.gov.soctrang.tnmt.tdkt.IsoDates.assertNone("the quorum notice",
        runtime.getVariable(councilId(cycle), CouncilMeetingVariables.QUORUM_NOTICE.name()).toString());
    assertThatThrownBy(() -> meet(cycle, List.of("giamdoc", "qlddcv"))).hasMessageContaining(
        "«qlddcv» không phải thành viên Hội đồng");

    meet(cycle, ALL_SEVEN.subList(0, 5));
    assertThat(tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskDefinitionKey(UserTask.CAST_BALLOT.id())
        .list()).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(ALL_SEVEN.subList(0, 5));
  }

  @Test
  void theTallyAppliesTheThresholdOfAllMembersAndTheMinutesHoldOnlyCounts() {
    ProcessInstance cycle = atCouncil();
    meet(cycle, ALL_SEVEN.subList(0, 6));
    Nomination collective = nominee(null);
    Nomination staff = nominee("qlddcv");
    Nomination head = nominee("qlddtruong");
    // 70% of 7 members is 4.9: five approvals pass, four do not.
    for (int i = 0; i < 6; i++) {
      String member = ALL_SEVEN.get(i);
      vote(cycle, member, i < 4 ? List.of(collective, staff, head) : i < 5 ? List.of(collective, staff)
          : List.of(collective));
    }
    assertThatThrownBy(() -> council.castBallot((Long) runtime.getVariable(councilId(cycle),
        CouncilMeetingVariables.MEETING_ID.name()),
        "giamdoc", List.of())).isInstanceOf(ConflictException.class);

    // The last ballot leaves the join to the job executor; the box then waits for its two key holders. Until they
    // open it there are sealed ballots and no counts.
    runJobs();
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_BALLOT_BOX.id()).hasNotPassed(Activities.TALLY_VOTES);
    assertThat(jdbc.queryForObject("select count(*) from ballot_count", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Long.class)).isEqualTo(6);
    Task open = tasks.createTaskQuery().processInstanceId(councilId(cycle))
        .taskDefinitionKey(UserTask.OPEN_BALLOT_BOX.id()).singleResult();
    assertThat(open.getAssignee()).as("the chair opens the box, the secretary beside them").isEqualTo("giamdoc");
    // One wrong passphrase: nothing opens, nothing is counted, the task stays with both passphrases to enter again.
    assertThatThrownBy(() -> tasks.complete(open.getId(), vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys.open("giamdoc",
        "giamdoc"))).hasMessageContaining("Mật khẩu niêm phong của thư ký phiên họp không đúng");
    assertThat(jdbc.queryForObject("select count(*) from ballot_count", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Long.class)).isEqualTo(6);
    assertThat(runtime.createVariableInstanceQuery().variableName(CouncilMeetingVariables.SECRETARY_PASSPHRASE.name()).list())
        .allSatisfy(v -> assertThat(v.getValue()).isEqualTo(""));
    ballotBoxOpened(cycle);
    assertThat(councilInstance(cycle)).hasPassed(Activities.TALLY_VOTES).isWaitingAt(UserTask.CONFIRM_MINUTES.id());
    // Opened, counted, destroyed: the counts stay, the ballots and the keys do not.
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Long.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ballot_key", Long.class)).isZero();
    assertThat(nominations.findById(collective.getId()).orElseThrow().getStatus())
        .isEqualTo(NominationStatus.COUNCIL_APPROVED);
    assertThat(nominations.findById(staff.getId()).orElseThrow().getStatus())
        .isEqualTo(NominationStatus.COUNCIL_APPROVED);
    Nomination rejected = nominations.findById(head.getId()).orElseThrow();
    assertThat(rejected.getStatus()).isEqualTo(NominationStatus.COUNCIL_REJECTED);
    assertThat(rejected.getEvaluationReason()).contains("4 đồng ý, 2 không đồng ý / 7 thành viên (cần từ 70% trở lên, "
        + "tức ít nhất 5 phiếu đồng ý)");
    String minutes = runtime.getVariable(councilId(cycle), CouncilMeetingVariables.MINUTES_TEXT.name()).toString();
    assertThat(minutes).contains("Có mặt 6/7 thành viên", "Số phiếu phát ra: 6; số phiếu thu về: 6; số phiếu hợp lệ: 6",
        "6 đồng ý, 0 không đồng ý", "→ **Không đồng ý**", "Vắng mặt, không gửi phiếu: Dương Minh Thắng",
        "Chủ trì: Phạm Hữu Hùng; thư ký: Lê Quốc Trung", "Ban kiểm phiếu: Lê Quốc Trung",
        "Thời gian: 08 giờ 30, ngày " + vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(TestClock.today()),
        "Địa điểm: Phòng họp số 1, trụ sở Sở");
    assertThat(minutes).doesNotContainIgnoringCase("hệ thống").doesNotContain("Biên bản chỉ ghi");
    for (String member : ALL_SEVEN) {
      assertThat(minutes).doesNotContain(member);
    }

    assertThatThrownBy(() -> complete(cycle, UserTask.CONFIRM_MINUTES, "chanhvanphong", Map.of()))
        .hasMessageContaining("Xác nhận biên bản");
    complete(cycle, UserTask.CONFIRM_MINUTES, "chanhvanphong", Map.of(CouncilMeetingVariables.CONFIRM_MINUTES.name(),
        true));
    assertThat(cycle).isWaitingAt(Activities.DISCLOSURE_PERIOD);
  }

  @Test
  void howAMemberVotedCannotBeFoundInTheEngineItsHistoryOrTheDomain() {
    ProcessInstance cycle = atCouncil();
    meet(cycle, ALL_SEVEN.subList(0, 5));
    Nomination head = nominee("qlddtruong");
    List<String> ids = nominations.findAll().stream().map(n -> String.valueOf(n.getId())).toList();
    vote(cycle, "giamdoc", List.of(head));
    vote(cycle, "phogiamdoc", List.of());
    String secret = CouncilMeetingVariables.BALLOT_APPROVALS.name();

    // The three members still to vote hold an empty ballot; nothing of the two cast ones is left.
    assertThat(runtime.createVariableInstanceQuery().variableName(secret).list()).hasSize(3)
        .allSatisfy(v -> assertThat(v.getValue().toString()).isEqualTo("[]"));
    assertThat(history.createHistoricVariableInstanceQuery().variableName(secret).list()).isEmpty();
    assertThat(history.createHistoricDetailQuery().list()).noneSatisfy(d -> assertThat(d.toString()).contains(secret));
    for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      assertThat(jdbc.queryForList("select ID_ from " + table + " where NAME_ = ?", secret)).as(table).isEmpty();
    }
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG where PROPERTY_ = ?", Long.class, secret))
        .isZero();
    String choiceOfGiamdoc = "\"" + head.getId() + "\"";
    for (String table : List.of("ACT_HI_DETAIL", "ACT_HI_VARINST", "ACT_RU_VARIABLE")) {
      assertThat(jdbc.queryForList("select TEXT_ from " + table + " where TEXT_ like ?", String.class,
          "%" + choiceOfGiamdoc + "%")).as(table).isEmpty();
    }
    assertThat(jdbc.queryForList("select * from ballot_cast")).allSatisfy(row ->
        assertThat(row.keySet()).map(String::toLowerCase).containsExactlyInAnyOrder("id", "meeting_id",
            "member_username", "written"));
    // Before the tally no count exists; the box holds two ballots of one length, without voter, time or order.
    assertThat(jdbc.queryForObject("select count(*) from ballot_count", Long.class)).isZero();
    List<Map<String, Object>> box = jdbc.queryForList("select * from sealed_ballot");
    assertThat(box).hasSize(2).allSatisfy(row -> assertThat(row.keySet()).map(String::toLowerCase)
        .containsExactlyInAnyOrder("id", "meeting_id", "sealed"));
    assertThat(box).extracting(row -> ((byte[]) row.get("SEALED")).length).containsOnly(
        ((byte[]) box.get(0).get("SEALED")).length);
    assertThat(ids).isNotEmpty();
  }
}
