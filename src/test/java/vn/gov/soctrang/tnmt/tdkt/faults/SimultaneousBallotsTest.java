package vn.gov.soctrang.tnmt.tdkt.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilService;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/**
 * Council members' ballots arrive at the same moment through the engine REST API (as Tasklist sends them): every
 * member is answered 204, and the vote closes exactly once, with the real job executor running the continuations
 * after the ballots: one box to open, one tally, one minutes document, one «Xác nhận biên bản» task, every ballot counted once. One
 * member's ballot arriving several times at once is counted once.
 */
class SimultaneousBallotsTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How many of the seven members approve the 1st, 2nd, 3rd … nomination: approved, approved, rejected (70%). */
  private static final int[] APPROVALS = {7, 5, 2};

  @Autowired TestRestTemplate rest;
  @Autowired CouncilService council;

  @Test
  void theLastTwoBallotsArrivingTogetherCloseTheVoteOnce() throws Exception {
    ProcessInstance cycle = consolidatedCycle();
    councilMeetsInFull(cycle);
    Map<String, List<String>> ballots = ballots();

    withTheJobExecutor(() -> {
      for (String member : COUNCIL.subList(0, COUNCIL.size() - 2)) {
        assertThat(cast(cycle, member, ballots.get(member)).getStatusCode().value()).isEqualTo(204);
      }
      assertThat(atTheSameMoment(cycle, COUNCIL.subList(COUNCIL.size() - 2, COUNCIL.size()), ballots))
          .containsOnly(204);
      waitForTheBox(cycle);
    });
    ballotBoxOpened(cycle);

    theVoteClosedOnce(cycle, ballots);
  }

  @Test
  void allSevenBallotsArrivingTogetherCloseTheVoteOnce() throws Exception {
    ProcessInstance cycle = consolidatedCycle();
    councilMeetsInFull(cycle);
    Map<String, List<String>> ballots = ballots();

    withTheJobExecutor(() -> {
      assertThat(atTheSameMoment(cycle, COUNCIL, ballots)).hasSize(COUNCIL.size()).containsOnly(204);
      waitForTheBox(cycle);
    });
    ballotBoxOpened(cycle);

    theVoteClosedOnce(cycle, ballots);
  }

  @Test
  void oneMembersBallotSentFourTimesAtOnceCountsOnce() throws Exception {
    ProcessInstance cycle = consolidatedCycle();
    councilMeetsInFull(cycle);
    long meetingId = (Long) runtime.getVariable(councilId(cycle), CouncilMeetingVariables.MEETING_ID.name());
    List<String> approved = metNominations().stream().map(String::valueOf).toList();

    // The domain's own guard, below the engine's task: whichever check the late ones meet (the earlier row, or the
    // unique (meeting, member) constraint while the first is not yet committed), they are refused.
    int copies = 4;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(copies);
    List<Future<String>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < copies; i++) {
        sent.add(pool.submit(() -> {
          go.await();
          try {
            council.castBallot(meetingId, "giamdoc", approved);
            return "counted";
          } catch (ConflictException e) {
            return e.getMessage();
          }
        }));
      }
      go.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : sent) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(outcomes).containsOnlyOnce("counted")
          .filteredOn(o -> !o.equals("counted")).hasSize(copies - 1)
          .allMatch(o -> o.equals("Thành viên đã bỏ phiếu trong phiên họp này."));
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from ballot_cast", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Integer.class)).isEqualTo(1);
  }

  /** Each member's choice: the k-th nomination is approved by the first APPROVALS[k % 3] members. */
  private Map<String, List<String>> ballots() {
    List<Long> nominations = metNominations();
    assertThat(nominations).hasSize(3);
    Map<String, List<String>> ballots = new LinkedHashMap<>();
    for (int m = 0; m < COUNCIL.size(); m++) {
      List<String> approved = new ArrayList<>();
      for (int k = 0; k < nominations.size(); k++) {
        if (m < APPROVALS[k % APPROVALS.length]) {
          approved.add(String.valueOf(nominations.get(k)));
        }
      }
      ballots.put(COUNCIL.get(m), approved);
    }
    return ballots;
  }

  private List<Long> metNominations() {
    return jdbc.queryForList("select id from nomination where status = 'MET' order by id", Long.class);
  }

  private void theVoteClosedOnce(ProcessInstance cycle, Map<String, List<String>> ballots) {
    assertThat(runtime.createIncidentQuery().processInstanceId(councilId(cycle)).list()).isEmpty();
    assertThat(management.createJobQuery().processInstanceId(councilId(cycle)).messages().count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskDefinitionKey(UserTask.CAST_BALLOT.id())
        .count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(councilId(cycle))
        .taskDefinitionKey(UserTask.CONFIRM_MINUTES.id()).count()).as("«Xác nhận biên bản» tasks").isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(councilId(cycle))
        .activityId(Activities.TALLY_VOTES).count()).as("tallies").isEqualTo(1);
    assertThat(jdbc.queryForList("select status from council_meeting", String.class)).containsExactly("TALLIED");
    assertThat(jdbc.queryForObject("select count(*) from ballot_cast", Integer.class)).isEqualTo(COUNCIL.size());
    assertThat(jdbc.queryForObject("select count(*) from generated_document where kind = 'COUNCIL_MINUTES'",
        Integer.class)).as("minutes versions").isEqualTo(1);

    List<Long> nominations = metNominationsOfTheMeeting();
    List<Map<String, Object>> counts = jdbc.queryForList(
        "select nomination_id, approvals, rejections from ballot_count order by nomination_id");
    assertThat(counts).hasSize(nominations.size());
    for (int k = 0; k < nominations.size(); k++) {
      String id = String.valueOf(nominations.get(k));
      long approvals = ballots.values().stream().filter(b -> b.contains(id)).count();
      assertThat(approvals).isEqualTo(APPROVALS[k % APPROVALS.length]);
      assertThat(counts.get(k)).as("counts of nomination %s", id)
          .containsEntry("NOMINATION_ID", nominations.get(k))
          .containsEntry("APPROVALS", (int) approvals)
          .containsEntry("REJECTIONS", COUNCIL.size() - (int) approvals);
    }
    assertThat(jdbc.queryForList("select status from nomination order by id", String.class))
        .containsExactly("COUNCIL_APPROVED", "COUNCIL_APPROVED", "COUNCIL_REJECTED");

    // The asynchronous join carried no ballot anywhere.
    for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail")) {
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where name_ = ?", Integer.class,
          CouncilMeetingVariables.BALLOT_APPROVALS.name())).as("ballots in %s", table).isZero();
    }
  }

  private List<Long> metNominationsOfTheMeeting() {
    return jdbc.queryForList("select nomination_id from ballot_count order by nomination_id", Long.class);
  }

  // The ballots, through the engine REST API as each member.

  /** Sends the members' ballots from one thread each, released together; returns the HTTP statuses. */
  private List<Integer> atTheSameMoment(ProcessInstance cycle, List<String> members,
      Map<String, List<String>> ballots) throws Exception {
    Map<String, String> taskIds = new LinkedHashMap<>();
    members.forEach(m -> taskIds.put(m, ballotTask(cycle, m)));
    CountDownLatch ready = new CountDownLatch(members.size());
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(members.size());
    try {
      List<Future<ResponseEntity<String>>> sent = new ArrayList<>();
      for (String member : members) {
        sent.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return submit(member, taskIds.get(member), ballots.get(member));
        }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> f : sent) {
        ResponseEntity<String> response = f.get(60, TimeUnit.SECONDS);
        statuses.add(response.getStatusCode().value());
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private ResponseEntity<String> cast(ProcessInstance cycle, String member, List<String> approved) {
    return submit(member, ballotTask(cycle, member), approved);
  }

  private String ballotTask(ProcessInstance cycle, String member) {
    return tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskDefinitionKey(UserTask.CAST_BALLOT.id())
        .taskAssignee(member).singleResult().getId();
  }

  private ResponseEntity<String> submit(String member, String taskId, List<String> approved) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> body = Map.of("variables", Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
        Map.of("value", json(approved), "type", "Json")));
    return rest.withBasicAuth(member, "demo").exchange("/engine-rest/task/" + taskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // The real job executor, as in production, for the time of the ballots.

  private interface Step {
    void run() throws Exception;
  }

  private void withTheJobExecutor(Step step) throws Exception {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    executor.start();
    try {
      step.run();
    } finally {
      executor.shutdown();
    }
  }

  /** Waits until the ballots' continuations are done and the box waits for its key holders (or a job failed). */
  private void waitForTheBox(ProcessInstance cycle) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      boolean jobsLeft = management.createJobQuery().processInstanceId(councilId(cycle)).messages().count() > 0;
      boolean minutes = tasks.createTaskQuery().processInstanceId(councilId(cycle))
          .taskDefinitionKey(UserTask.OPEN_BALLOT_BOX.id()).count() > 0;
      boolean failed = runtime.createIncidentQuery().processInstanceId(councilId(cycle)).count() > 0;
      if (!jobsLeft && (minutes || failed)) {
        return;
      }
      Thread.sleep(100);
    }
  }
}
