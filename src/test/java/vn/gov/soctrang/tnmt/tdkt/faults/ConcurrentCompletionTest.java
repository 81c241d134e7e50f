package vn.gov.soctrang.tnmt.tdkt.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Two people complete the same task at the same moment: exactly one outcome; the other is told, in Vietnamese,
 * that the work is already done; nothing is doubled.
 */
@SharedApplication
class ConcurrentCompletionTest {

  private static final int YEAR = TestClock.startYear();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoPeopleAcceptingTheSameReportGetOneOutcome() throws Exception {
    rest.withBasicAuth("vanphong", "demo").exchange("/engine-rest/process-definition/key/annual-cycle/submit-form",
        HttpMethod.POST, json(Map.of("variables", Map.of("cycleYear", Map.of("value", YEAR), "reportDeadline",
            Map.of("value", TestClock.today().plusDays(20).toString())))), Map.class);
    vn.gov.soctrang.tnmt.tdkt.Jobs.startUnitReports(management);
    String task = taskOf("qlddcv", "registerCommitment");
    assertThat(submit("qlddcv", task, Map.of("commitment", v("Cam kết"), "localityCode", v("x-phutam"),
        "supportPlan", v("Hỗ trợ"))).getStatusCode().value()).isEqualTo(204);
    task = taskOf("qlddcv", "draftReport");
    assertThat(submit("qlddcv", task, Map.of("guidanceOnTime", v(true), "propagandaDone", v(true),
        "localitySupported", v(true), "reportSummary", v("Hoàn thành"))).getStatusCode().value()).isEqualTo(204);

    // The unit's head and a second head of the same unit (same group) approve at once.
    String approval = taskOf("qlddtruong", "approveReport");
    Map<String, Object> approve = Map.of("headDecision", v("APPROVE"));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<ResponseEntity<Map>>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Callable<ResponseEntity<Map>> call = () -> {
        start.await();
        return submit("qlddtruong", approval, approve);
      };
      results.add(pool.submit(call));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    List<Object> messages = new ArrayList<>();
    for (Future<ResponseEntity<Map>> r : results) {
      ResponseEntity<Map> response = r.get();
      statuses.add(response.getStatusCode().value());
      if (response.getBody() != null) {
        messages.add(response.getBody().get("message"));
      }
    }
    pool.shutdown();

    assertThat(statuses).as("bodies %s", messages).containsExactlyInAnyOrder(204, 409);
    // Whichever check the late one meets (the engine's lock, or the report's own state), it is told why.
    assertThat(messages).singleElement().asString()
        .containsAnyOf("đã được xử lý bởi người khác", "đã được xử lý xong", "đang ở trạng thái «Chờ Văn phòng tiếp nhận»");
    ResponseEntity<Map> late = submit("qlddtruong", approval, approve);
    assertThat(late.getStatusCode().value()).as("a click after the task is done").isEqualTo(409);
    assertThat(late.getBody().get("message").toString()).contains("đã được xử lý");
    assertThat(jdbc.queryForObject("select count(*) from unit_report where status = 'HEAD_APPROVED'", Integer.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'reviewReport'",
        Integer.class)).isEqualTo(1);
  }

  private static Map<String, Object> v(Object value) {
    return Map.of("value", value);
  }

  @SuppressWarnings("unchecked")
  private String taskOf(String user, String key) {
    List<Map<String, Object>> list = rest.withBasicAuth(user, "demo").getForObject(
        "/engine-rest/task?taskDefinitionKey=" + key + "&processInstanceBusinessKey=TDKT-" + YEAR
            + "&processVariables=unitCode_eq_qldd", List.class);
    return (String) list.get(0).get("id");
  }

  @SuppressWarnings("rawtypes")
  private ResponseEntity<Map> submit(String user, String task, Map<String, Object> variables) {
    return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + task + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", variables)), Map.class);
  }
}
