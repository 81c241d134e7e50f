package vn.gov.soctrang.tnmt.tdkt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The first half of the cycle as the Department's real users would run it through the REST API, with HTTP Basic
 * authentication and engine authorizations on: the Office starts the year, each unit registers, reports and has its
 * head approve, the Office accepts and consolidates. Units see only their own work and are refused another's.
 */
@SharedApplication
class FirstHalfRestTest {

  private static final int YEAR = TestClock.startYear();
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate rest;
  @Autowired OrganizationService organization;
  @Autowired AuthorizationService authorizations;
  /** The job executor is off in tests: the test runs the asynchronous continuations where it would. */
  @Autowired ManagementService management;

  @Test
  @SuppressWarnings("unchecked")
  void theFirstHalfRunsThroughRestAsTheRealUsers() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("thanhtra", "sai-mat-khau").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // The Office starts the year from the start form.
    Map<String, Object> start = form(Map.of("cycleYear", YEAR, "reportDeadline", TestClock.today().plusDays(20)
        .toString(), "finalSummary", false));
    ResponseEntity<Map<String, Object>> started = post("vanphong",
        "/engine-rest/process-definition/key/annual-cycle/submit-form", start, MAP);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String cycleId = (String) started.getBody().get("id");
    // The start only leaves one job per unit on «Đăng ký và báo cáo của đơn vị»: no unit has a task yet, and the
    // cycle's list says the units are registering; the job executor (run here) starts the units' instances.
    assertThat(get("qlddcv", "/engine-rest/task", LIST).getBody()).isEmpty();
    assertThat(get("vanphong", "/api/cycles", LIST).getBody()).anySatisfy(c ->
        assertThat(c).containsEntry("year", YEAR).containsEntry("status", "REPORTING"));
    assertThat(Jobs.startUnitReports(management))
        .isEqualTo(organization.activeUnits().size());
    assertThat(get("vanphong", "/engine-rest/process-instance/" + cycleId, MAP).getBody())
        .containsEntry("businessKey", "TDKT-" + YEAR);

    ResponseEntity<Map<String, Object>> again = post("vanphong",
        "/engine-rest/process-definition/key/annual-cycle/submit-form", start, MAP);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("message").toString()).contains("đã được khởi tạo");
    ResponseEntity<Map<String, Object>> viaApi = post("vanphong", "/api/cycles",
        Map.of("year", YEAR, "reportDeadline", TestClock.today().plusDays(20).toString()), MAP);
    assertThat(viaApi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(post("qlddcv", "/engine-rest/process-definition/key/annual-cycle/submit-form", start, MAP)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // A unit sees only its own task and instance.
    List<Map<String, Object>> qlddTasks = get("qlddcv", "/engine-rest/task", LIST).getBody();
    assertThat(qlddTasks).singleElement().satisfies(t -> assertThat(t.get("name")).isEqualTo("Đăng ký thi đua"));
    String qlddTask = (String) qlddTasks.get(0).get("id");
    assertThat(get("qlddcv", "/engine-rest/process-instance", LIST).getBody()).hasSize(1);
    assertThat(get("vanphong", "/engine-rest/task", LIST).getBody()).hasSize(organization.activeUnits().size());

    // Another unit can neither read nor complete it.
    assertThat(get("ccbvmtcv", "/engine-rest/task/" + qlddTask, String.class).getStatusCode().is4xxClientError())
        .isTrue();
    assertThat(get("ccbvmtcv", "/engine-rest/task/" + qlddTask + "/form-variables", String.class).getStatusCode()
        .is4xxClientError()).isTrue();
    assertThat(post("ccbvmtcv", "/engine-rest/task/" + qlddTask + "/submit-form", form(registration()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("vanphong", "/engine-rest/task/" + qlddTask + "/submit-form", form(registration()), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Bad input: 400 with a Vietnamese message, the task stays open.
    Map<String, Object> missing = new HashMap<>(registration());
    missing.remove("commitment");
    ResponseEntity<Map<String, Object>> refused = post("qlddcv", "/engine-rest/task/" + qlddTask + "/submit-form",
        form(missing), MAP);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("Vui lòng nhập «Nội dung đăng ký thi đua»");
    assertThat(get("qlddcv", "/engine-rest/task/" + qlddTask, MAP).getStatusCode()).isEqualTo(HttpStatus.OK);

    for (Unit unit : organization.activeUnits()) {
      runUnit(unit.getCode(), unit.getCode().equals("qldd"));
    }

    // The list is evaluated in a job after the last unit; the Office then sees it and confirms it.
    Jobs.runAll(management);
    List<Map<String, Object>> office = get("vanphong", "/engine-rest/task?taskDefinitionKey=confirmNominationList",
        LIST).getBody();
    assertThat(office).hasSize(1);
    String confirm = (String) office.get(0).get("id");
    Map<String, Object> formVariables = get("vanphong", "/engine-rest/task/" + confirm + "/form-variables?deserializeValues=false", MAP)
        .getBody();
    assertThat(formVariables).containsKeys("consolidationResults", "consolidationSummaryText");
    assertThat(formVariables.get("consolidationResults").toString()).contains("Đạt", "Không đạt");
    Map<String, Object> deserialized = (Map<String, Object>) get("vanphong", "/engine-rest/task/" + confirm
        + "/form-variables?variableNames=consolidationResults", MAP).getBody().get("consolidationResults");
    assertThat(deserialized.get("value")).asList().hasSize(2).first().asString().contains("resultLabel=");
    assertThat(post("vanphong", "/engine-rest/task/" + confirm + "/submit-form",
        form(Map.of("confirmList", true)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runAll(management);
    assertThat(get("vanphong", "/engine-rest/task?taskDefinitionKey=decideInspection&processInstanceId=" + cycleId,
        LIST).getBody()).hasSize(1);
    List<Map<String, Object>> ownUnit = get("qlddcv", "/api/cycles/" + YEAR + "/nominations", LIST).getBody();
    assertThat(ownUnit).hasSize(2).allSatisfy(n -> assertThat(n).containsEntry("unit", "Phòng Quản lý đất đai")
        .containsKeys("statusLabel", "reason"));
    assertThat(get("ccbvmtcv", "/api/cycles/" + YEAR + "/nominations", LIST).getBody()).isEmpty();
    assertThat(get("vanphong", "/api/cycles/" + YEAR + "/nominations", LIST).getBody()).hasSize(2);
    assertThat(get("vanphong", "/api/cycles/1999/nominations", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("vanphong", "/api/cycles", LIST).getBody()).anySatisfy(c ->
        assertThat(c).containsEntry("year", YEAR).containsEntry("status", "CONSOLIDATED"));
  }

  @Test
  void eachRoleSeesItsTaskFiltersAndOnlyAdminsUseAdmin() {
    List<Object> unitFilters = names(get("qlddcv", "/engine-rest/filter", LIST).getBody());
    assertThat(unitFilters).contains("Việc của tôi", "Việc của đơn vị", "Quá hạn")
        .doesNotContain("Toàn bộ công việc các đơn vị");
    assertThat(names(get("vanphong", "/engine-rest/filter", LIST).getBody())).contains("Việc của tôi",
        "Việc của đơn vị", "Quá hạn", "Toàn bộ công việc các đơn vị");

    assertThat(authorizations.isUserAuthorized("admin", List.of("camunda-admin"), Permissions.ACCESS,
        Resources.APPLICATION, "admin")).isTrue();
    for (String user : List.of("vanphong", "giamdoc", "qlddcv", "qlddtruong", "thanhtra")) {
      List<String> groups = groupsOf(user);
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "admin"))
          .as(user).isFalse();
      assertThat(authorizations.isUserAuthorized(user, groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
          .as(user).isTrue();
    }
    assertThat(authorizations.isUserAuthorized("vanphong", groupsOf("vanphong"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized("qlddcv", groupsOf("qlddcv"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();

    Map<String, Object> me = get("qlddtruong", "/api/me", MAP).getBody();
    assertThat(me).containsEntry("unit", "Phòng Quản lý đất đai");
    assertThat(me.get("groups").toString()).contains("donviqldd", "truongqldd", "hoidongtdkt");
    assertThat(rest.getForEntity("/api/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @SuppressWarnings("unchecked")
  private List<String> groupsOf(String user) {
    return List.copyOf((List<String>) get(user, "/api/me", MAP).getBody().get("groups"));
  }

  private static List<Object> names(List<Map<String, Object>> filters) {
    return filters.stream().map(f -> f.get("name")).toList();
  }

  private void runUnit(String code, boolean withNominations) {
    String staff = code + "cv";
    complete(staff, "registerCommitment", registration());
    Map<String, Object> report = new HashMap<>();
    report.put("guidanceOnTime", true);
    report.put("propagandaDone", true);
    report.put("localitySupported", true);
    report.put("reportSummary", "Hoàn thành nhiệm vụ năm " + YEAR);
    if (withNominations) {
      report.put("collectiveProposed", true);
      report.put("collectiveAward", "GIAY_KHEN");
      report.put("collectiveAchievements", "Hỗ trợ xã Phú Tâm đạt chuẩn nông thôn mới nâng cao");
      report.put("individual1Person", staff);
      report.put("individual1Award", "GIAY_KHEN");
      report.put("individual1TasksCompleted", true);
      report.put("individual1Achievements", "Tham mưu tháo gỡ vướng mắc đất đai");
    }
    complete(staff, "draftReport", vars(report), true);
    complete(code + "truong", "approveReport", Map.of("headDecision", "APPROVE"));
    complete("vanphong", "reviewReport", Map.of("officeDecision", "ACCEPT"), code);
  }

  private void complete(String user, String taskKey, Map<String, Object> values) {
    complete(user, taskKey, vars(values), true);
  }

  private void complete(String user, String taskKey, Map<String, Object> values, String unitCode) {
    List<Map<String, Object>> open = get(user, "/engine-rest/task?taskDefinitionKey=" + taskKey
        + "&processVariables=unitCode_eq_" + unitCode, LIST).getBody();
    assertThat(open).as("%s for %s", taskKey, unitCode).hasSize(1);
    assertThat(post(user, "/engine-rest/task/" + open.get(0).get("id") + "/submit-form", form(values), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void complete(String user, String taskKey, Map<String, Object> variables, boolean alreadyWrapped) {
    List<Map<String, Object>> open = get(user, "/engine-rest/task?taskDefinitionKey=" + taskKey, LIST).getBody();
    assertThat(open).as("%s of %s", taskKey, user).hasSize(1);
    ResponseEntity<String> done = post(user, "/engine-rest/task/" + open.get(0).get("id") + "/submit-form",
        Map.of("variables", variables), String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static Map<String, Object> registration() {
    return Map.of("commitment", "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", "localityCode", "x-phutam",
        "supportPlan", "Hướng dẫn thủ tục đất đai cho người dân");
  }

  /** A form submission body: {"variables": {...}}. */
  private static Map<String, Object> form(Map<String, Object> values) {
    return Map.of("variables", vars(values));
  }

  /** Variables as the REST API takes them: {"name": {"value": ...}}. */
  private static Map<String, Object> vars(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return variables;
  }

  private static String json(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private TestRestTemplate as(String user, String password) {
    return rest.withBasicAuth(user, password);
  }

  private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
    return as(user, "demo").exchange(path, HttpMethod.GET, null, type);
  }

  private ResponseEntity<String> get(String user, String path, Class<String> type) {
    return as(user, "demo").getForEntity(path, type);
  }

  private <T> ResponseEntity<T> post(String user, String path, Object body, ParameterizedTypeReference<T> type) {
    return as(user, "demo").exchange(path, HttpMethod.POST, jsonEntity(body), type);
  }

  private ResponseEntity<String> post(String user, String path, Object body, Class<String> type) {
    return as(user, "demo").exchange(path, HttpMethod.POST, jsonEntity(body), type);
  }

  private static HttpEntity<Object> jsonEntity(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
