package vn.gov.soctrang.tnmt.tdkt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilMember;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilMemberRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilRole;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.PersonRepository;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The Council's quorum and approval are exact shares of all members, absent members may send a written ballot that
 * counts like any other and stays as secret, and the minutes hold what minutes hold.
 */
class CouncilSharesAndWrittenBallotsTest extends ProcessTestSupport {

  private static final List<String> SEVEN = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");

  @Autowired CouncilService council;
  @Autowired CouncilMemberRepository seats;
  @Autowired PersonRepository people;
  @Autowired NominationRepository nominations;
  @Autowired SettingsService settings;
  @Autowired CouncilMeetingRepository meetings;

  private Long meetingId(ProcessInstance cycle) {
    return (Long) runtime.getVariable(councilInstance(cycle).getId(), CouncilMeetingVariables.MEETING_ID.name());
  }

  @Test
  void exactlyTwoThirdsOfSixNineTwelveAndFifteenMembersIsAQuorumAndOneFewerIsNot() {
    ProcessInstance cycle = consolidatedCycle();
    long cycleId = (Long) runtime.getVariable(cycle.getId(), AnnualCycleVariables.CYCLE_ID.name());
    LocalDate today = TestClock.today();
    List<CouncilMember> added = new ArrayList<>();
    CouncilMember ended = seats.findAll().stream().filter(m -> m.getPerson().getUsername().equals("khtctruong"))
        .findFirst().orElseThrow();
    try {
      // Six: one member's seat ended yesterday.
      ended.end(today.minusDays(1));
      seats.save(ended);
      quorumAtTheBoundary(cycleId, 6);
      ended.end(null);
      seats.save(ended);
      List<Person> others = people.findByActiveTrue().stream()
          .filter(p -> !SEVEN.contains(p.getUsername()) && !p.getUsername().equals("admin")).toList();
      int next = 0;
      for (int size : new int[] {9, 12, 15}) {
        while (council(today).size() < size) {
          added.add(seats.save(new CouncilMember(others.get(next++), CouncilRole.MEMBER, today.minusDays(1))));
        }
        quorumAtTheBoundary(cycleId, size);
      }
    } finally {
      ended.end(null);
      seats.save(ended);
      seats.deleteAll(added);
    }
  }

  private List<String> council(LocalDate on) {
    return seats.findAll().stream().filter(m -> m.isSeatedOn(on)).map(m -> m.getPerson().getUsername()).toList();
  }

  private void quorumAtTheBoundary(long cycleId, int size) {
    List<String> members = council(TestClock.today());
    assertThat(members).hasSize(size);
    int twoThirds = size * 2 / 3;
    assertThat(twoThirds * 3).as("a multiple of three").isEqualTo(size * 2);
    CouncilMeeting exact = council.open(cycleId, opening(members.subList(0, twoThirds)), new Problems());
    assertThat(exact.isQuorumReached()).as(twoThirds + "/" + size + " có mặt").isTrue();
    assertThat(exact.getTotalMembers()).isEqualTo(size);
    CouncilMeeting fewer = council.open(cycleId, opening(members.subList(0, twoThirds - 1)), new Problems());
    assertThat(fewer.isQuorumReached()).as((twoThirds - 1) + "/" + size + " có mặt").isFalse();
  }

  private static CouncilService.Opening opening(List<String> present) {
    return new CouncilService.Opening(TestClock.today(), LocalTime.of(8, 30), "Phòng họp", present, List.of(),
        present.get(0), present.get(1), List.of(present.get(1)));
  }

  @Test
  void fiveOfSevenPresentAndTwoWrittenBallotsCountSevenBallotsAndTheWrittenChoicesStaySecret() {
    ProcessInstance cycle = consolidatedCycle();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    List<String> present = SEVEN.subList(0, 5);
    List<String> written = SEVEN.subList(5, 7);
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong",
        CouncilMeetingForm.engine(TestClock.today().toString(), present, written));
    ballotBoxSealed(cycle);

    List<Task> ballots = tasks.createTaskQuery().processInstanceId(councilId(cycle))
        .taskDefinitionKey(UserTask.CAST_BALLOT.id()).list();
    assertThat(ballots).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(SEVEN);
    Task writtenBallot = ballots.stream().filter(t -> t.getAssignee().equals("khtctruong")).findFirst().orElseThrow();
    assertThat(tasks.getVariable(writtenBallot.getId(), CouncilMeetingVariables.BALLOT_KIND_TEXT.name()).toString())
        .contains("phiếu bầu bằng văn bản");

    List<Nomination> all = nominations.findAll();
    Nomination secret = all.get(0);
    for (String member : SEVEN) {
      // The two written ballots approve only the first nomination: what they chose must leave no trace.
      List<Nomination> approve = written.contains(member) ? List.of(secret) : all;
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
    assertThat(jdbc.queryForList("select member_username from ballot_cast where written = true", String.class))
        .containsExactlyInAnyOrderElementsOf(written);
    assertThat(history.createHistoricVariableInstanceQuery().variableName(CouncilMeetingVariables.BALLOT_APPROVALS.name()).list())
        .isEmpty();
    for (String table : List.of("ACT_HI_DETAIL", "ACT_HI_VARINST", "ACT_RU_VARIABLE")) {
      assertThat(jdbc.queryForList("select TEXT_ from " + table + " where TEXT_ like ?", String.class,
          "%\"" + secret.getId() + "\"%")).as(table).isEmpty();
    }
    runJobs();
    ballotBoxOpened(cycle);

    // Every nomination but the first has 5 approvals of 7: 70 % of 7 needs 5. The first has all 7.
    assertThat(nominations.findById(secret.getId()).orElseThrow().getEvaluationReason())
        .contains("7 đồng ý, 0 không đồng ý / 7 thành viên");
    all.stream().filter(n -> !n.getId().equals(secret.getId())).forEach(n -> assertThat(
        nominations.findById(n.getId()).orElseThrow().getEvaluationReason()).contains("5 đồng ý, 2 không đồng ý"));
    String minutes = runtime.getVariable(councilId(cycle), CouncilMeetingVariables.MINUTES_TEXT.name()).toString();
    assertThat(minutes).contains("Có mặt 5/7 thành viên",
        "Vắng mặt, gửi phiếu bầu bằng văn bản: Dương Minh Thắng, Phạm Thanh Hùng",
        "Vắng mặt, không gửi phiếu: không có",
        "Số phiếu phát ra: 7; số phiếu thu về: 7; số phiếu hợp lệ: 7; số phiếu không hợp lệ: 0");
    CouncilMeeting meeting = meetings.findById(meetingId(cycle)).orElseThrow();
    assertThat(meeting.getBallotsIssued()).isEqualTo(7);
    assertThat(meeting.getBallotsReturned()).isEqualTo(7);
  }

  @Test
  void aWrittenBallotThatHasNotArrivedWhenTheBallotClosesIsNotReturnedAndTheCommitteeCountsTheRest() {
    ProcessInstance cycle = consolidatedCycle();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong",
        CouncilMeetingForm.engine(TestClock.today().toString(), SEVEN.subList(0, 5), SEVEN.subList(5, 7)));
    ballotBoxSealed(cycle);
    List<String> all = nominations.findAll().stream().map(n -> String.valueOf(n.getId())).toList();
    for (String member : SEVEN.subList(0, 6)) {
      Task ballot = tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskAssignee(member)
          .taskDefinitionKey(UserTask.CAST_BALLOT.id()).singleResult();
      as(member);
      try {
        tasks.complete(ballot.getId(), Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
            JsonVariables.jsonValue(all)));
      } finally {
        identity.clearAuthentication();
      }
    }
    runJobs();
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.CAST_BALLOT.id());

    // The ballot closes at the end of the second working day after the meeting (setting council.ballotWorkingDays).
    var timer = management.createJobQuery().processInstanceId(councilId(cycle)).timers().singleResult();
    java.time.ZonedDateTime closes = timer.getDuedate().toInstant().atZone(TestClock.ZONE);
    assertThat(closes.toLocalTime()).isEqualTo(java.time.LocalTime.of(17, 0));
    assertThat(closes.toLocalDate()).isAfter(TestClock.today());
    TestClock.freezeAt(timer.getDuedate().toInstant().plusSeconds(60));
    management.executeJob(timer.getId());
    runJobs();
    // The committee counts what came in: the key holders open the box.
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_BALLOT_BOX.id());
    ballotBoxOpened(cycle);

    assertThat(tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskDefinitionKey(UserTask.CAST_BALLOT.id())
        .count()).isZero();
    String minutes = runtime.getVariable(councilId(cycle), CouncilMeetingVariables.MINUTES_TEXT.name()).toString();
    assertThat(minutes).contains("Số phiếu phát ra: 7; số phiếu thu về: 6; số phiếu hợp lệ: 6");
    // Six approvals of seven members still reach 70 %.
    assertThat(nominations.findAll()).allMatch(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED);
  }

  private CouncilMeeting jdbcMeeting(long id) {
    return meetings.findById(id).orElseThrow();
  }

  @Test
  void theSecretaryAndEachMemberOfTheCountingCommitteeConfirmTheMinutes() {
    ProcessInstance cycle = consolidatedCycle();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    Map<String, Object> form = new java.util.HashMap<>(CouncilMeetingForm.engine(TestClock.today().toString(), SEVEN));
    form.put(CouncilMeetingVariables.COUNTING_COMMITTEE.name(), JsonVariables.jsonValue(List.of("ttrtruong",
        "qlddtruong")));
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong", form);
    ballotBoxSealed(cycle);
    everyMemberApprovesEverything(cycle);
    runJobs();
    ballotBoxOpened(cycle);

    List<Task> confirmations = tasks.createTaskQuery().processInstanceId(councilId(cycle))
        .taskDefinitionKey(UserTask.CONFIRM_MINUTES.id()).list();
    assertThat(confirmations).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("chanhvanphong", "ttrtruong", "qlddtruong");
    assertThat(runtime.getVariable(councilId(cycle), CouncilMeetingVariables.MINUTES_TEXT.name()).toString())
        .contains("Ban kiểm phiếu: Hồ Mỹ Yến, Thạch Kim Phương");
    assertThatThrownBy(() -> council.confirmMinutes(meetingId(cycle), "giamdoc"))
        .hasMessageContaining("Chỉ thư ký và Ban kiểm phiếu");

    confirm(cycle, "ttrtruong");
    confirm(cycle, "chanhvanphong");
    assertThat(jdbcMeeting(meetingId(cycle)).getStatus()).isEqualTo(CouncilMeeting.TALLIED);
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.CONFIRM_MINUTES.id());
    confirm(cycle, "qlddtruong");
    assertThat(jdbcMeeting(meetingId(cycle)).getStatus()).isEqualTo(CouncilMeeting.MINUTES_CONFIRMED);
    assertThat(council.attendance(meetingId(cycle))).filteredOn(a -> a.getMinutesConfirmedAt() != null)
        .extracting(CouncilAttendance::getMemberUsername)
        .containsExactlyInAnyOrder("chanhvanphong", "ttrtruong", "qlddtruong");
    assertThat(nominations.findAll()).allMatch(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED);
  }

  private void confirm(ProcessInstance cycle, String member) {
    Task task = tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskAssignee(member)
        .taskDefinitionKey(UserTask.CONFIRM_MINUTES.id()).singleResult();
    as(member);
    try {
      tasks.complete(task.getId(), Map.of(CouncilMeetingVariables.CONFIRM_MINUTES.name(), true));
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @AtDate("2026-11-16")
  void aChienSiThiDuaCoSoTitleNeedsEightyPercentOfAllMembersAndEveryDefaultCitesItsSource() {
    LocalDate on = TestClock.today();
    var share = council.approvalShare("CHIEN_SI_THI_DUA_CO_SO", on);
    assertThat(share.label()).isEqualTo("từ 80% trở lên");
    assertThat(share.reachedBy(8, 10)).isTrue();
    assertThat(share.reachedBy(7, 10)).isFalse();
    // Seven members: 5.6 means six approvals; five are not enough even though five of seven is 71 %.
    assertThat(share.reachedBy(6, 7)).isTrue();
    assertThat(share.reachedBy(5, 7)).isFalse();
    assertThat(council.approvalShare("CHIEN_SI_THI_DUA_CAP_TINH", on).label()).isEqualTo("từ 90% trở lên");

    for (SettingKey key : SettingKey.values()) {
      if (!key.isRatio()) {
        continue;
      }
      var row = settings.inForce(key, on);
      assertThat(row.getNote()).as(key.key()).matches("(?s).*(Nghị định|Luật|quy chế|Quy chế|quy định).*");
      if (!row.getNote().contains("Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7 (từ")) {
        assertThat(row.isToConfirm()).as(key.key() + ": a default the law leaves open is flagged to confirm")
            .isTrue();
      }
    }
  }
}
