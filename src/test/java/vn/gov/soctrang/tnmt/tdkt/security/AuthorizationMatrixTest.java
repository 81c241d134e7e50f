package vn.gov.soctrang.tnmt.tdkt.security;

import vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.OwnApplication;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Who may read and who may change each kind of object, for every role, over HTTP: the engine REST API
 * ({@code /engine-rest}, HTTP Basic), the app's API ({@code /api}) and the webapps' own engine API (a Tasklist
 * session with Camunda's CSRF token). One year's cycle is driven far enough to have every object: a unit's tasks and
 * report instance, the cycle instance, the nominations, the generated documents, the Council's secret ballots, the
 * award register, the settings and the organisation. Every cell is tried for real; the test fails with the whole
 * table when any cell differs from the product's intent.
 */
@OwnApplication
class AuthorizationMatrixTest {

  // The roles, each played by a demo account of the Phòng Quản lý đất đai (qldd) world.
  private static final String STAFF = "qlddcv";
  private static final String OTHER_UNIT = "ccbvmtcv";
  private static final String HEAD = "qlddtruong";
  private static final String OFFICE = "vanphong";
  private static final String DIRECTOR = "giamdoc";
  private static final String INSPECTOR = "thanhtra";
  private static final String IT_CENTER = "ttcnttcv";
  private static final String ADMIN = "admin";
  private static final List<String> ROLES = List.of(STAFF, OTHER_UNIT, HEAD, OFFICE, DIRECTOR, INSPECTOR, IT_CENTER,
      ADMIN);
  private static final Map<String, String> ROLE_NAMES = Map.of(STAFF, "unit staff", OTHER_UNIT, "other unit's staff",
      HEAD, "unit head", OFFICE, "Office", DIRECTOR, "Director", INSPECTOR, "inspector", IT_CENTER, "IT Center",
      ADMIN, "admin", "", "anonymous");

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int YEAR = TestClock.startYear();
  private static final String KEY = "TDKT-" + YEAR;
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");
  private static final String BALLOT = "ballotApprovals";
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired OrganizationService organization;
  /** The job executor is off in tests: the test runs the asynchronous continuations where it would. */
  @Autowired ManagementService management;
  @LocalServerPort int port;

  private final List<Cell> cells = new ArrayList<>();
  private final Map<String, WebappSession> sessions = new HashMap<>();

  /** One cell of the matrix: what the product intends, and what happened. */
  private record Cell(String object, String operation, String user, boolean expected, Outcome outcome) {

    boolean matches() {
      return !outcome.error() && outcome.allowed() == expected;
    }
  }

  /** Allowed (2xx, or the data was shown), refused (4xx, or nothing shown), or an error (5xx: never acceptable). */
  private record Outcome(boolean allowed, boolean error, String evidence) {

    static Outcome of(int status) {
      return new Outcome(status >= 200 && status < 300, status >= 500, String.valueOf(status));
    }

    static Outcome shown(boolean shown, int status) {
      return new Outcome(shown && status < 300, status >= 500, status + (shown ? " shown" : " not shown"));
    }
  }

  @Test
  void everyRoleMayDoWhatTheProductIntendsAndIsRefusedEverythingElse() {
    try {
      driveTheYearThroughTheMatrix();
    } finally {
      // Also when driving the cycle broke down midway: the cells so far say why.
      System.out.println(table());
    }
    List<Cell> wrong = cells.stream().filter(c -> !c.matches()).toList();
    assertThat(wrong).as("cells that differ from the intended authorization (%d cells in all):%n%s", cells.size(),
        table()).isEmpty();
  }

  private void driveTheYearThroughTheMatrix() {
    anonymousCallersAreRefused();
    String cycle = startTheYear();
    ROLES.forEach(user -> sessions.put(user, WebappSession.logIn(port, user)));

    String unitInstance = processInstanceOf(cycle, "qldd");
    String registration = officeTask("registerCommitment", "qldd");
    aUnitsTaskAndInstance(cycle, unitInstance, registration);
    theUnitsReportIsApprovedOnlyByItsHeadAndAcceptedOnlyByTheOffice();
    organization.activeUnits().stream().map(Unit::getCode).filter(u -> !u.equals("qldd"))
        .forEach(this::reportAndAccept);
    Jobs.runAll(management); // the list is evaluated in a job after the last unit
    submit(OFFICE, taskOf(OFFICE, "confirmNominationList", ""), Map.of("confirmList", true));
    Jobs.runAll(management);

    theNominationsAndTheConsolidatedReport();
    submit(OFFICE, taskOf(OFFICE, "decideInspection", ""), Map.of("inspectionNeeded", "NO"));
    submit("chanhvanphong", taskOf("chanhvanphong", "openCouncilMeeting", ""), CouncilMeetingForm.rest(today(), COUNCIL));
    theBallotBoxIsSealedOnlyByItsHolders();
    theSecretBallot(cycle);
    Jobs.runAll(management);
    theBallotBoxOpensOnlyWithBothPassphrases();
    submit("chanhvanphong", taskOf("chanhvanphong", "confirmMinutes", ""), Map.of("confirmMinutes", true));
    theMinutesAndTheDisclosureTimer(cycle);

    theDirectorsDecision();
    theProvinceSubmissionIsNotMovedNorRewritten();
    theAwardRegisterAndItsAuditTrail();
    theMeritRegister();
    theMinistryStatistics();
    theCommendationView();
    theSettingsAndTheOrganisation();
    theYearEndTitles();
    theAdHocAwards();
    theThematicMovements();
    theCycleInstanceIsDeletedOnlyByAnAdministrator(cycle);
  }

  // Nobody gets in without logging in.

  private void anonymousCallersAreRefused() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/api/awards", "/api/settings",
        "/api/admin/audit", "/api/cycles", "/api/merit-records?year=" + YEAR, WEBAPP_ENGINE + "/task")) {
      record("any", "GET " + path, "", false, Outcome.of(rest.getForEntity(path, String.class).getStatusCode()
          .value()));
    }
    record("public page", "GET /cong-bo", "", true, Outcome.of(rest.getForEntity("/cong-bo", String.class)
        .getStatusCode().value()));
  }

  // A unit's task and its report instance; the cycle instance.

  private void aUnitsTaskAndInstance(String cycle, String unitInstance, String task) {
    Set<String> unitAndWatchers = Set.of(STAFF, HEAD, OFFICE, DIRECTOR, ADMIN);
    check("unit task", "read /engine-rest/task/{id}", ROLES, unitAndWatchers,
        user -> status(call(user, HttpMethod.GET, "/engine-rest/task/" + task, null)));
    check("unit task", "read its form variables", ROLES, unitAndWatchers,
        user -> status(call(user, HttpMethod.GET, "/engine-rest/task/" + task + "/form-variables", null)));
    check("unit task", "find it in the task list", ROLES, unitAndWatchers, user -> {
      ResponseEntity<String> list = call(user, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + unitInstance,
          null);
      return Outcome.shown(list.getBody() != null && list.getBody().contains(task), list.getStatusCode().value());
    });
    check("unit task", "read via webapp engine API (session)", ROLES, unitAndWatchers,
        user -> Outcome.of(sessions.get(user).get(WEBAPP_ENGINE + "/task/" + task).statusCode()));
    check("unit task", "find it in Tasklist's list (session)", ROLES, unitAndWatchers, user -> {
      HttpResponse<String> list = sessions.get(user).get(WEBAPP_ENGINE + "/task?processInstanceId=" + unitInstance);
      return Outcome.shown(list.body().contains(task), list.statusCode());
    });
    // What decides who approves is the system's, not the form's: no one sends it, through any door.
    check("unit task", "set the routing variable headGroup", List.of(STAFF, HEAD, OTHER_UNIT, OFFICE), Set.of(),
        user -> status(call(user, HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/headGroup",
            Map.of("value", "donviqldd"))));
    check("unit task", "submit the form with an extra headGroup", List.of(STAFF, HEAD), Set.of(), user -> {
      Map<String, Object> values = new HashMap<>(registration());
      values.put("headGroup", "donviqldd");
      return status(call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", form(values)));
    });
    check("unit task", "complete via /engine-rest", List.of(OTHER_UNIT, OFFICE, DIRECTOR, INSPECTOR, IT_CENTER),
        Set.of(), user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
            form(registration()))));
    // Camunda ends the session of a request without its CSRF token: each role tries it in a session of its own.
    check("unit task", "complete via webapp API without CSRF token", ROLES, Set.of(),
        user -> Outcome.of(WebappSession.logIn(port, user).send("POST", WEBAPP_ENGINE + "/task/" + task
            + "/submit-form", json(form(registration())), false).statusCode()));
    check("unit task", "complete via webapp API (session + CSRF token)", List.of(OTHER_UNIT, OFFICE, STAFF),
        Set.of(STAFF), user -> Outcome.of(sessions.get(user).send("POST", WEBAPP_ENGINE + "/task/" + task
            + "/submit-form", json(form(registration())), true).statusCode()));
    // An administrator may work any task (Camunda's operator); shown on another unit's registration.
    String ttqt = officeTask("registerCommitment", "ttqt");
    check("unit task", "complete another unit's task via /engine-rest", List.of(STAFF, ADMIN), Set.of(ADMIN),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + ttqt + "/submit-form",
            form(registration()))));

    Set<String> unitInstanceReaders = Set.of(STAFF, HEAD, OFFICE, DIRECTOR, ADMIN);
    check("unit report instance", "read", ROLES, unitInstanceReaders,
        user -> status(call(user, HttpMethod.GET, "/engine-rest/process-instance/" + unitInstance, null)));
    check("unit report instance", "modify variables", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/process-instance/" + unitInstance + "/variables",
            Map.of("modifications", Map.of("ghiChuVanHanh", Map.of("value", "kiểm tra quyền"))))));

    Set<String> cycleReaders = Set.of(OFFICE, DIRECTOR, ADMIN);
    check("cycle instance", "read", ROLES, cycleReaders,
        user -> status(call(user, HttpMethod.GET, "/engine-rest/process-instance/" + cycle, null)));
    check("cycle instance", "read variables", ROLES, cycleReaders,
        user -> status(call(user, HttpMethod.GET, "/engine-rest/process-instance/" + cycle + "/variables", null)));
    check("cycle instance", "read via webapp engine API (session)", ROLES, cycleReaders,
        user -> Outcome.of(sessions.get(user).get(WEBAPP_ENGINE + "/process-instance/" + cycle).statusCode()));
    check("cycle instance", "modify variables", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/process-instance/" + cycle + "/variables",
            Map.of("modifications", Map.of("ghiChuVanHanh", Map.of("value", "kiểm tra quyền"))))));
    check("cycle instance", "delete", ROLES.stream().filter(u -> !u.equals(ADMIN)).toList(), Set.of(),
        user -> status(call(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + cycle, null)));
  }

  /** qldd's report: its head (also staff) drafts it, only the head approves, only the Office accepts. */
  private void theUnitsReportIsApprovedOnlyByItsHeadAndAcceptedOnlyByTheOffice() {
    String draft = officeTask("draftReport", "qldd");
    Map<String, Object> report = new HashMap<>(Map.of("guidanceOnTime", true, "propagandaDone", true,
        "localitySupported", true, "reportSummary", "Hoàn thành nhiệm vụ năm " + YEAR,
        "collectiveProposed", true, "collectiveAward", "GIAY_KHEN",
        "collectiveAchievements", "Hỗ trợ xã Phú Tâm đạt chuẩn nông thôn mới nâng cao"));
    report.putAll(individual(1, STAFF, "GIAY_KHEN", "Sáng kiến số hóa hồ sơ địa chính"));
    report.putAll(individual(2, HEAD, "BANG_KHEN_UBND", "Giải pháp rút ngắn thời gian giải quyết hồ sơ"));
    check("unit task", "complete the report as the unit head", List.of(HEAD), Set.of(HEAD),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + draft + "/submit-form", form(report))));

    String approval = officeTask("approveReport", "qldd");
    check("unit report approval", "complete", List.of(STAFF, OTHER_UNIT, OFFICE, DIRECTOR, INSPECTOR, IT_CENTER,
        HEAD), Set.of(HEAD), user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + approval
            + "/submit-form", form(Map.of("headDecision", "APPROVE")))));
    String review = officeTask("reviewReport", "qldd");
    check("Office acceptance of a report", "complete", List.of(STAFF, HEAD, OTHER_UNIT, DIRECTOR, INSPECTOR,
        IT_CENTER, OFFICE), Set.of(OFFICE), user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + review
            + "/submit-form", form(Map.of("officeDecision", "ACCEPT")))));
  }

  // The nominations and the consolidated report.

  private void theNominationsAndTheConsolidatedReport() {
    String clerk = fullName(STAFF);
    Set<String> unitAndWatchers = Set.of(STAFF, HEAD, OFFICE, DIRECTOR, ADMIN);
    check("nominations of qldd", "read GET /api/cycles/{y}/nominations", ROLES, unitAndWatchers, user -> {
      ResponseEntity<String> list = call(user, HttpMethod.GET, "/api/cycles/" + YEAR + "/nominations", null);
      return Outcome.shown(list.getBody() != null && list.getBody().contains(clerk), list.getStatusCode().value());
    });
    String report = download(OFFICE, "CONSOLIDATED_REPORT");
    Set<String> officeAndLeaders = Set.of(OFFICE, DIRECTOR, ADMIN);
    check("consolidated report (document)", "download GET /api/documents/{id}", ROLES, officeAndLeaders,
        user -> status(call(user, HttpMethod.GET, report, null)));
    check("consolidated report (document)", "regenerate", ROLES, Set.of(OFFICE),
        user -> status(call(user, HttpMethod.POST, "/api/cycles/" + YEAR + "/documents/CONSOLIDATED_REPORT", null)));
  }

  // The Council's secret ballot.

  /** The chair (the Director) and the secretary each seal their own half; nobody seals in their place. */
  private void theBallotBoxIsSealedOnlyByItsHolders() {
    String chairs = taskOf(DIRECTOR, "sealBallotBox", "&assignee=" + DIRECTOR);
    check("ballot box (the chair's seal)", "seal it in the chair's place", List.of(OFFICE, HEAD, ADMIN), Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + chairs + "/submit-form",
            form(BallotBoxKeys.seal(user)))));
    check("ballot box (the chair's seal)", "seal own half", List.of(DIRECTOR), Set.of(DIRECTOR),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + chairs + "/submit-form",
            form(BallotBoxKeys.seal(user)))));
    submit("chanhvanphong", taskOf("chanhvanphong", "sealBallotBox", "&assignee=chanhvanphong"),
        BallotBoxKeys.seal("chanhvanphong"));
    Jobs.runAll(management);
  }

  /** Opening needs both holders' passphrases; the administrator who guesses one of them opens nothing. */
  private void theBallotBoxOpensOnlyWithBothPassphrases() {
    String open = taskOf(DIRECTOR, "openBallotBox", "");
    check("ballot box", "open it without both passphrases", List.of(ADMIN, DIRECTOR), Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + open + "/submit-form",
            form(BallotBoxKeys.open(DIRECTOR, user)))));
    check("ballot box", "open it with both passphrases (chair and secretary together)", List.of(DIRECTOR),
        Set.of(DIRECTOR), user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + open + "/submit-form",
            form(BallotBoxKeys.open(DIRECTOR, "chanhvanphong")))));
    Jobs.runAll(management);
  }

  private void theSecretBallot(String cycle) {
    String ballot = taskOf(HEAD, "castBallot", "&assignee=" + HEAD);
    theBallotStaysTheMembersAndTheCycleStaysPut(cycle, ballot);
    List<String> all = ballotOptions(HEAD, ballot);
    assertThat(all).hasSize(3);
    Map<String, Object> vote = Map.of("variables", Map.of(BALLOT, Map.of("value", json(all), "type", "Json")));
    check("vote (qlddtruong's ballot)", "write the ballot variable without completing",
        List.of(HEAD, DIRECTOR, OFFICE, ADMIN), Set.of(), user -> status(call(user, HttpMethod.PUT,
            "/engine-rest/task/" + ballot + "/variables/" + BALLOT, Map.of("value", json(all), "type", "Json"))));
    check("vote (qlddtruong's ballot)", "complete it for the member", List.of(STAFF, OTHER_UNIT, OFFICE, DIRECTOR,
        INSPECTOR, IT_CENTER, ADMIN), Set.of(), user -> status(call(user, HttpMethod.POST, "/engine-rest/task/"
            + ballot + "/submit-form", vote)));
    check("vote (qlddtruong's ballot)", "complete it for the member via webapp API", List.of(DIRECTOR, ADMIN),
        Set.of(), user -> Outcome.of(sessions.get(user).send("POST", WEBAPP_ENGINE + "/task/" + ballot
            + "/submit-form", json(vote), true).statusCode()));
    check("vote (qlddtruong's ballot)", "complete own ballot", List.of(HEAD), Set.of(HEAD),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + ballot + "/submit-form", vote)));
    for (String member : COUNCIL) {
      if (!member.equals(HEAD)) {
        submit(member, taskOf(member, "castBallot", "&assignee=" + member), Map.of(BALLOT, all));
      }
    }
    List<String> readers = List.of(HEAD, OFFICE, DIRECTOR, ADMIN);
    for (String path : List.of("/engine-rest/variable-instance?variableName=" + BALLOT,
        "/engine-rest/history/variable-instance?variableName=" + BALLOT)) {
      check("vote (any ballot)", "read how a member voted: " + path.substring(0, path.indexOf('?')), readers,
          Set.of(), user -> {
            ResponseEntity<String> found = call(user, HttpMethod.GET, path, null);
            return Outcome.shown(found.getBody() != null && !found.getBody().strip().equals("[]"),
                found.getStatusCode().value());
          });
    }
    check("vote (any ballot)", "read how a member voted: history details", readers, Set.of(), user -> {
      ResponseEntity<String> found = call(user, HttpMethod.GET, "/engine-rest/history/detail?deserializeValues=false",
          null);
      return Outcome.shown(found.getBody() != null && found.getBody().contains("\"" + BALLOT + "\""),
          found.getStatusCode().value());
    });
    check("vote (any ballot)", "read how a member voted via webapp engine API", readers, Set.of(), user -> {
      HttpResponse<String> found = sessions.get(user).get(WEBAPP_ENGINE + "/history/variable-instance?variableName="
          + BALLOT);
      return Outcome.shown(!found.body().strip().equals("[]"), found.statusCode());
    });
  }

  /**
   * The security review's attack: the administrator made a member's ballot theirs through the ballot's execution
   * variable, then cast it. Whose ballot it is cannot be changed through any door, by anyone; nor can the cycle be
   * moved while the ballot is open.
   */
  private void theBallotStaysTheMembersAndTheCycleStaysPut(String cycle, String ballot) {
    String execution = (String) map(call(ADMIN, HttpMethod.GET, "/engine-rest/task/" + ballot, null).getBody())
        .get("executionId");
    List<String> tried = List.of(HEAD, OFFICE, DIRECTOR, ADMIN);
    check("vote (qlddtruong's ballot)", "PUT /execution/{id}/localVariables/councilMember", tried, Set.of(),
        user -> status(call(user, HttpMethod.PUT, "/engine-rest/execution/" + execution
            + "/localVariables/councilMember", Map.of("value", user, "type", "String"))));
    check("vote (qlddtruong's ballot)", "PUT /task/{id}/variables/councilMember", tried, Set.of(),
        user -> status(call(user, HttpMethod.PUT, "/engine-rest/task/" + ballot + "/variables/councilMember",
            Map.of("value", user, "type", "String"))));
    check("vote (qlddtruong's ballot)", "set its assignee", tried, Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + ballot + "/assignee",
            Map.of("userId", user))));
    check("vote (qlddtruong's ballot)", "claim it", List.of(OFFICE, ADMIN), Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + ballot + "/claim", Map.of("userId", user))));
    check("vote (qlddtruong's ballot)", "delegate it", tried, Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + ballot + "/delegate",
            Map.of("userId", OFFICE))));
    check("vote (qlddtruong's ballot)", "set its owner", List.of(HEAD, ADMIN), Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + ballot + "/identity-links",
            Map.of("userId", user, "type", "owner"))));
    check("cycle instance (ballot open)", "modification: cancel the ballots", tried, Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/process-instance/" + cycle + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "castBallot"))))));
    check("cycle instance (ballot open)", "suspend", tried, Set.of(),
        user -> status(call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + cycle + "/suspended",
            Map.of("suspended", true))));
  }

  /**
   * The security review's other attack: the Office, holding UPDATE_INSTANCE on the province's proposal, overwrote a
   * system variable and skipped the Director's signature by a modification. Nobody writes a system variable; only the
   * administrator moves a process.
   */
  private void theProvinceSubmissionIsNotMovedNorRewritten() {
    List<Map<String, Object>> submissions = list(ADMIN,
        "/engine-rest/process-instance?processDefinitionKey=province-submission");
    assertThat(submissions).as("province submissions after the Director's decision").isNotEmpty();
    String submission = (String) submissions.get(0).get("id");
    List<String> tried = List.of(OFFICE, DIRECTOR, ADMIN);
    check("province submission instance", "modification with a system variable, skipping the signature", tried,
        Set.of(), user -> status(call(user, HttpMethod.POST, "/engine-rest/process-instance/" + submission
            + "/modification", Map.of("instructions", List.of(
                Map.of("type", "cancel", "activityId", "signProvinceProposal"),
                Map.of("type", "startBeforeActivity", "activityId", "recordProvinceDispatch", "variables",
                    Map.of("awardTypeName", Map.of("value", "Bằng khen giả", "local", false))))))));
    check("province submission instance", "modification (the Office)", List.of(OFFICE, DIRECTOR), Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/process-instance/" + submission + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "signProvinceProposal"))))));
    check("province submission instance", "suspend", List.of(OFFICE, DIRECTOR), Set.of(),
        user -> status(call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + submission + "/suspended",
            Map.of("suspended", true))));
    check("province submission instance", "set the system variable awardTypeName", tried, Set.of(),
        user -> status(call(user, HttpMethod.PUT, "/engine-rest/process-instance/" + submission
            + "/variables/awardTypeName", Map.of("value", "Bằng khen giả", "type", "String"))));
    check("province submission instance", "message other than the province's answer", List.of(OFFICE), Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "anyMessage",
            "businessKey", KEY))));
    check("province submission instance", "signal", List.of(OFFICE, DIRECTOR), Set.of(),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/signal", Map.of("name", "anySignal"))));
  }

  private void theMinutesAndTheDisclosureTimer(String cycle) {
    String minutes = download(OFFICE, "COUNCIL_MINUTES");
    check("Council minutes (document)", "download", ROLES, Set.of(HEAD, OFFICE, DIRECTOR, ADMIN),
        user -> status(call(user, HttpMethod.GET, minutes, null)));
    List<Map<String, Object>> timers = list(ADMIN, "/engine-rest/job?processInstanceId=" + cycle
        + "&activityId=disclosurePeriod");
    assertThat(timers).hasSize(1);
    String job = (String) timers.get(0).get("id");
    check("disclosure timer (job)", "execute it now", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/job/" + job + "/execute", null)));
  }

  private void theDirectorsDecision() {
    String decision = taskOf(DIRECTOR, "decideAwards", "");
    check("Director's decision (task)", "complete", List.of(HEAD, OFFICE, ADMIN, DIRECTOR), Set.of(DIRECTOR),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + decision + "/submit-form",
            form(Map.of("decisionNumber", "125/QĐ-STNMT", "decisionDate", today())))));
  }

  // The award register, revocation, and the audit trail it leaves.

  private void theAwardRegisterAndItsAuditTrail() {
    List<Map<String, Object>> register = list(OFFICE, "/api/awards?year=" + YEAR);
    assertThat(register).hasSize(2);
    Object awardId = register.get(0).get("id");
    check("award register", "read GET /api/awards", ROLES, Set.copyOf(ROLES), user -> {
      ResponseEntity<String> found = call(user, HttpMethod.GET, "/api/awards?year=" + YEAR, null);
      return Outcome.shown(found.getBody() != null && found.getBody().contains("125/QĐ-STNMT"),
          found.getStatusCode().value());
    });
    check("award register", "read an award's history", ROLES, Set.copyOf(ROLES),
        user -> status(call(user, HttpMethod.GET, "/api/awards/" + awardId + "/history", null)));
    check("award", "revoke POST /api/admin/awards/{id}/revocation", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.POST, "/api/admin/awards/" + awardId + "/revocation",
            Map.of("ground", "KE_KHAI_GIAN_DOI", "reason", "Kê khai thành tích không trung thực",
                "evidence", "Kết luận thanh tra số 12/KL-TTr", "decisionNumber", "15/QĐ-STNMT",
                "decisionDate", today(), "signer", "Giám đốc Sở", "authority", "Giám đốc Sở"))));
    check("audit trail", "read GET /api/admin/audit", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/admin/audit?objectType=AWARD", null)));

    List<Map<String, Object>> trail = list(ADMIN, "/api/admin/audit?objectType=AWARD&objectId=" + awardId);
    assertThat(trail).extracting(e -> e.get("action")).containsExactly("REVOKED", "ENTERED");
    assertThat(trail).extracting(e -> e.get("actor")).containsExactly(ADMIN, DIRECTOR);
    assertThat(trail.get(0).get("before")).asString().contains("status=ACTIVE");
    assertThat(trail.get(0).get("after")).asString().contains("status=REVOKED",
        "Quyết định số 15/QĐ-STNMT", "Lý do: Kê khai thành tích không trung thực");
    assertThat(trail.get(1).get("after")).asString().contains("decisionNumber=125/QĐ-STNMT");
  }

  // The year-end titles: only the Office opens a year; a unit's proposal is made by that unit only.

  private void theYearEndTitles() {
    check("year-end titles", "open POST /api/year-end-titles/{year}", ROLES, Set.of(OFFICE),
        user -> status(call(user, HttpMethod.POST, "/api/year-end-titles/" + YEAR, null)));
    List<Map<String, Object>> open = list(OFFICE, "/engine-rest/task?processDefinitionKey=year-end-titles"
        + "&taskDefinitionKey=proposeTitles&candidateGroup=donviqldd");
    assertThat(open).hasSize(1);
    String task = (String) open.get(0).get("id");
    check("year-end titles", "propose POST /engine-rest/task/{id}/submit-form",
        List.of(OTHER_UNIT, INSPECTOR, IT_CENTER, OFFICE, DIRECTOR, STAFF), Set.of(STAFF),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
            form(Map.of("collectiveTitle", "NONE")))));
  }

  // Ad-hoc awards: any unit's staff propose for their unit; its head approves; the Office checks; the Director decides.

  private void theAdHocAwards() {
    String recent = TestClock.today().minusDays(2).toString();
    check("ad-hoc award", "propose POST /api/ad-hoc-awards", ROLES, Set.of(STAFF, OTHER_UNIT, HEAD, IT_CENTER),
        user -> status(call(user, HttpMethod.POST, "/api/ad-hoc-awards", Map.of("collective", true,
            "achievement", "Thành tích đột xuất do " + user + " đề nghị", "achievementDate", recent,
            "result", "Kết quả cụ thể"))));
    String approve = adHocTask("approveAdHocAward", "truongqldd", STAFF);
    check("ad-hoc award", "approve as the unit's head POST /engine-rest/task/{id}/submit-form",
        List.of(OTHER_UNIT, STAFF, OFFICE, DIRECTOR, HEAD), Set.of(HEAD),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + approve + "/submit-form",
            form(Map.of("adHocHeadDecision", "APPROVE")))));
    String officeCheck = adHocTask("checkAdHocAward", "vanphongso", STAFF);
    check("ad-hoc award", "check as the Office POST /engine-rest/task/{id}/submit-form",
        List.of(STAFF, HEAD, DIRECTOR, OFFICE), Set.of(OFFICE),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + officeCheck + "/submit-form",
            form(Map.of("adHocOfficeDecision", "FORWARD")))));
    String decide = adHocTask("decideAdHocAward", "lanhdaoso", STAFF);
    check("ad-hoc award", "decide as the Director POST /engine-rest/task/{id}/submit-form",
        List.of(STAFF, HEAD, OFFICE, DIRECTOR), Set.of(DIRECTOR),
        user -> status(call(user, HttpMethod.POST, "/engine-rest/task/" + decide + "/submit-form",
            form(Map.of("adHocDirectorDecision", "AWARD", "adHocDecisionNumber", "150/QĐ-STNMT",
                "adHocDecisionDate", TestClock.today().toString())))));
  }

  // Thematic movements: only the Office and the administrator declare one and start its run.

  private void theThematicMovements() {
    check("thematic movement", "declare POST /api/thematic-movements", ROLES, Set.of(OFFICE, ADMIN),
        user -> status(call(user, HttpMethod.POST, "/api/thematic-movements", thematicMovement("CD-AUTH-" + user))));
    check("thematic movement", "start POST /api/thematic-movements/{code}/run", ROLES, Set.of(OFFICE, ADMIN),
        user -> status(call(user, HttpMethod.POST, "/api/thematic-movements/CD-AUTH-" + user + "/run", null)));
  }

  private static Map<String, Object> thematicMovement(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "Thi đua chuyên đề " + code);
    body.put("shortName", code);
    body.put("description", "Đợt thi đua kiểm thử phân quyền");
    body.put("startsOn", TestClock.today().plusDays(1).toString());
    body.put("endsOn", TestClock.today().plusDays(60).toString());
    body.put("launchDocNumber", "1/KH-SNNMT");
    body.put("launchDocDate", TestClock.today().toString());
    body.put("launchDocIssuer", "Sở Nông nghiệp và Môi trường");
    body.put("legalBasisNote", "Luật Thi đua, khen thưởng 2022");
    body.put("awardCode", "GIAY_KHEN");
    body.put("awardAuthority", "Giám đốc Sở");
    body.put("sourceNote", "Kiểm thử");
    body.put("criteria", List.of(Map.of("text", "Hoàn thành kế hoạch của đợt")));
    return body;
  }

  /** An open ad-hoc award task of that step and group, on a proposal the given user's unit made. */
  private String adHocTask(String step, String group, String proposer) {
    List<Map<String, Object>> open = list(ADMIN, "/engine-rest/task?processDefinitionKey=ad-hoc-award"
        + "&taskDefinitionKey=" + step + "&candidateGroup=" + group);
    // The unit's staff and its head both proposed: either proposal will do for the rights checked here.
    assertThat(open).as("%s of %s's unit", step, proposer).isNotEmpty();
    return (String) open.get(0).get("id");
  }

  // The register of titles, assessments and awards: everyone reads; only the Office enters, removes and imports.

  private void theMeritRegister() {
    check("merit register", "enter a row POST /api/merit-records", ROLES, Set.of(OFFICE),
        user -> status(call(user, HttpMethod.POST, "/api/merit-records",
            meritEntry(STAFF, YEAR - 1 - ROLES.indexOf(user)))));
    check("merit register", "read GET /api/merit-records", ROLES, Set.copyOf(ROLES), user -> {
      ResponseEntity<String> found = call(user, HttpMethod.GET, "/api/merit-records?nominee=" + STAFF, null);
      return Outcome.shown(found.getBody() != null && found.getBody().contains("10/QĐ-STNMT"),
          found.getStatusCode().value());
    });
    check("merit register", "read GET /api/merit-records/codes", ROLES, Set.copyOf(ROLES),
        user -> status(call(user, HttpMethod.GET, "/api/merit-records/codes", null)));
    List<String> others = ROLES.stream().filter(u -> !u.equals(OFFICE)).toList();
    long entered = list(OFFICE, "/api/merit-records?nominee=" + STAFF).stream()
        .filter(r -> "10/QĐ-STNMT".equals(r.get("decisionNumber"))).map(r -> ((Number) r.get("id")).longValue())
        .findFirst().orElseThrow();
    check("merit register", "remove a row DELETE /api/merit-records/{id}", others, Set.of(),
        user -> status(call(user, HttpMethod.DELETE, "/api/merit-records/" + entered,
            Map.of("reason", "Kiểm tra quyền"))));
    check("merit register", "remove a row DELETE /api/merit-records/{id}", List.of(OFFICE), Set.of(OFFICE),
        user -> status(call(user, HttpMethod.DELETE, "/api/merit-records/" + entered,
            Map.of("reason", "Kiểm tra quyền"))));
    check("merit register", "import POST /api/merit-records/import", ROLES, Set.of(OFFICE), user -> {
      String csv = "Năm;Danh hiệu;Tên đăng nhập;Số quyết định;Ngày quyết định;Cơ quan quyết định\n"
          + (YEAR - 20 - ROLES.indexOf(user)) + ";LAO_DONG_TIEN_TIEN;" + HEAD + ";01/QĐ-STNMT;"
          + "15/01/" + (YEAR - 19 - ROLES.indexOf(user)) + ";Giám đốc Sở\n";
      org.springframework.util.MultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
      parts.add("file", new org.springframework.core.io.ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
          return "so-theo-doi.csv";
        }
      });
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      return status(rest.withBasicAuth(user, "demo").exchange("/api/merit-records/import", HttpMethod.POST,
          new HttpEntity<>(parts, headers), String.class));
    });
    check("unit under review", "mark PUT /api/admin/units/{code}/under-review", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.PUT, "/api/admin/units/ttqt/under-review", Map.of("underReview",
            false, "note", "Kiểm tra quyền"))));
  }

  // The ministry's statistical forms: the Office and the administrators only.

  private void theMinistryStatistics() {
    check("ministry statistics", "list GET /api/statistics/{year}", ROLES, Set.of(OFFICE, ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/statistics/" + YEAR, null)));
    check("ministry statistics", "download GET /api/statistics/{year}/{form}.xlsx", ROLES, Set.of(OFFICE, ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/statistics/" + YEAR + "/0602.N.xlsx", null)));
    check("ministry statistics", "download GET /api/statistics/{year}/{form}.csv", ROLES, Set.of(OFFICE, ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/statistics/" + YEAR + "/0602.N.csv", null)));
  }

  // Every kind of commendation together: a person and their unit see their own; the Office, the leadership and the
  // administrators see everyone and the Department's totals.

  private void theCommendationView() {
    check("commendation view", "a person GET /api/dashboard/commendations?person=", ROLES,
        Set.of(STAFF, OFFICE, DIRECTOR, ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/dashboard/commendations?person=" + STAFF, null)));
    check("commendation view", "a unit GET /api/dashboard/commendations?unit=", ROLES,
        Set.of(STAFF, HEAD, OFFICE, DIRECTOR, ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/dashboard/commendations?unit=qldd", null)));
    check("commendation view", "Department totals GET /api/dashboard/commendations", ROLES,
        Set.of(OFFICE, DIRECTOR, ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/dashboard/commendations?from=" + (YEAR - 1), null)));
    check("commendation view", "download GET /api/dashboard/commendations.csv?unit=", ROLES,
        Set.of(STAFF, HEAD, OFFICE, DIRECTOR, ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/dashboard/commendations.csv?unit=qldd", null)));
  }

  private static Map<String, Object> meritEntry(String username, int year) {
    // A title the demo register does not hold for this person in these years.
    return Map.of("year", year, "code", "CHIEN_SI_THI_DUA_CO_SO", "username", username, "decisionNumber",
        "10/QĐ-STNMT", "decisionDate", "20/01/" + (year + 1), "authority", "Giám đốc Sở");
  }

  // Settings and the organisation: everyone reads the settings; only administrators change anything.

  private void theSettingsAndTheOrganisation() {
    check("settings", "read GET /api/settings", ROLES, Set.copyOf(ROLES),
        user -> status(call(user, HttpMethod.GET, "/api/settings", null)));
    check("settings", "read via the Tasklist session", ROLES, Set.copyOf(ROLES),
        user -> Outcome.of(sessions.get(user).get("/api/settings").statusCode()));
    check("settings", "change POST /api/admin/settings", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.POST, "/api/admin/settings", setting("2098-01-01"))));
    // A browser session may change data only with the session's CSRF token, which another site cannot read.
    check("settings", "change via session without the CSRF token", List.of(ADMIN), Set.of(),
        user -> Outcome.of(sessions.get(user).sendApi("POST", "/api/admin/settings", json(setting("2098-02-01")),
            false).statusCode()));
    check("settings", "change via session with the CSRF token", List.of(OFFICE, ADMIN), Set.of(ADMIN),
        user -> Outcome.of(sessions.get(user).sendApi("POST", "/api/admin/settings", json(setting("2098-03-01")),
            true).statusCode()));
    check("holidays", "change PUT /api/admin/holidays/{date}", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.PUT, "/api/admin/holidays/2098-09-02", Map.of("name", "Nghỉ bù"))));
    check("organisation", "read GET /api/admin/people", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.GET, "/api/admin/people", null)));
    check("organisation", "change a person PUT /api/admin/people", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.PUT, "/api/admin/people", Map.of("username", "kiemtra02",
            "fullName", "Lâm Thị Kiểm", "unitCode", "qldd", "position", "Chuyên viên", "gender", "FEMALE",
            "roles", List.of("UNIT_STAFF", "OFFICE")))));
    check("organisation", "seat someone on the Council POST /api/admin/council", ROLES, Set.of(ADMIN),
        user -> status(call(user, HttpMethod.POST, "/api/admin/council", Map.of("username", "kiemtra02",
            "councilRole", "MEMBER", "validFrom", "2098-01-01"))));
  }

  private void theCycleInstanceIsDeletedOnlyByAnAdministrator(String cycle) {
    check("cycle instance", "delete (at the end)", List.of(OFFICE, ADMIN), Set.of(ADMIN),
        user -> status(call(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + cycle, null)));
  }

  // The matrix.

  private void check(String object, String operation, List<String> users, Set<String> allowed,
      Function<String, Outcome> attempt) {
    for (String user : users) {
      record(object, operation, user, allowed.contains(user), attempt.apply(user));
    }
  }

  private void record(String object, String operation, String user, boolean expected, Outcome outcome) {
    cells.add(new Cell(object, operation, user, expected, outcome));
  }

  /** Rows: object and operation; columns: the roles; "✓"/"✗" what happened, "!" where it differs from the intent. */
  private String table() {
    List<String> columns = new ArrayList<>(ROLES);
    columns.add("");
    Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
    cells.forEach(c -> rows.computeIfAbsent(c.object() + " | " + c.operation(), k -> new LinkedHashMap<>())
        .put(c.user(), c));
    int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10);
    StringBuilder t = new StringBuilder(String.format("%-" + width + "s", "object | operation"));
    columns.forEach(u -> t.append(String.format(" %-13s", ROLE_NAMES.get(u))));
    t.append('\n');
    rows.forEach((row, byUser) -> {
      t.append(String.format("%-" + width + "s", row));
      for (String user : columns) {
        Cell c = byUser.get(user);
        String mark = c == null ? "-" : (c.outcome().allowed() ? "✓" : "✗") + c.outcome().evidence()
            + (c.matches() ? "" : "!");
        t.append(String.format(" %-13s", mark));
      }
      t.append('\n');
    });
    long wrong = cells.stream().filter(c -> !c.matches()).count();
    t.append(cells.size()).append(" cells, ").append(wrong).append(" differ from the intent (marked !)\n");
    return t.toString();
  }

  // Driving the cycle.

  private String startTheYear() {
    ResponseEntity<String> started = call(OFFICE, HttpMethod.POST,
        "/engine-rest/process-definition/key/annual-cycle/submit-form", form(Map.of("cycleYear", YEAR,
            "reportDeadline", TestClock.today().plusDays(20).toString(), "finalSummary", false)));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    Jobs.startUnitReports(management);
    return (String) map(started.getBody()).get("id");
  }

  private void reportAndAccept(String unit) {
    String staff = unit + "cv";
    if (!unit.equals("ttqt")) {
      submit(staff, taskOf(staff, "registerCommitment", ""), registration());
    }
    submit(staff, taskOf(staff, "draftReport", ""), Map.of("guidanceOnTime", true, "propagandaDone", true,
        "localitySupported", true, "reportSummary", "Hoàn thành nhiệm vụ năm " + YEAR));
    submit(unit + "truong", taskOf(unit + "truong", "approveReport", ""), Map.of("headDecision", "APPROVE"));
    submit(OFFICE, officeTask("reviewReport", unit), Map.of("officeDecision", "ACCEPT"));
  }

  private String processInstanceOf(String cycle, String unit) {
    List<Map<String, Object>> found = list(OFFICE, "/engine-rest/process-instance?superProcessInstance=" + cycle
        + "&variables=unitCode_eq_" + unit);
    assertThat(found).as("report instance of %s", unit).hasSize(1);
    return (String) found.get(0).get("id");
  }

  /** A unit's open task of a kind, found by the Office (who sees every unit's work). */
  private String officeTask(String taskKey, String unit) {
    return taskOf(OFFICE, taskKey, "&processVariables=unitCode_eq_" + unit);
  }

  private String taskOf(String user, String taskKey, String filter) {
    Jobs.runDocumentTasks(management); // documents the step before left to their own jobs
    List<Map<String, Object>> open = list(user, "/engine-rest/task?processInstanceBusinessKey=" + KEY
        + "&taskDefinitionKey=" + taskKey + filter);
    assertThat(open).as("%s of %s", taskKey, user).hasSize(1);
    return (String) open.get(0).get("id");
  }

  private void submit(String user, String taskId, Map<String, Object> values) {
    ResponseEntity<String> done = call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
        form(values));
    assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    Jobs.runDocumentTasks(management); // the documents this step leaves to their own jobs
  }

  @SuppressWarnings("unchecked")
  private List<String> ballotOptions(String member, String taskId) {
    Map<String, Object> variables = map(call(member, HttpMethod.GET, "/engine-rest/task/" + taskId
        + "/form-variables?variableNames=ballotOptions", null).getBody());
    List<Map<String, Object>> options = (List<Map<String, Object>>) ((Map<String, Object>) variables
        .get("ballotOptions")).get("value");
    return options.stream().map(o -> (String) o.get("value")).toList();
  }

  private String download(String user, String kind) {
    return list(user, "/api/cycles/" + YEAR + "/documents").stream().filter(d -> kind.equals(d.get("kind")))
        .map(d -> (String) d.get("download")).findFirst().orElseThrow(() -> new AssertionError("no " + kind));
  }

  private String fullName(String user) {
    return (String) map(call(user, HttpMethod.GET, "/api/me", null).getBody()).get("fullName");
  }

  private static Map<String, Object> registration() {
    return Map.of("commitment", "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", "localityCode", "x-phutam",
        "supportPlan", "Hướng dẫn thủ tục đất đai cho người dân");
  }

  private static Map<String, Object> individual(int slot, String person, String award, String initiative) {
    String p = "individual" + slot;
    return Map.of(p + "Person", person, p + "Award", award, p + "TasksCompleted", true,
        p + "Achievements", "Tham mưu tháo gỡ vướng mắc đất đai cho cơ sở", p + "Initiatives", initiative);
  }

  private static Map<String, Object> setting(String from) {
    return Map.of("key", "council.quorum", "value", "3/4", "effectiveFrom", from, "note", "Kiểm tra quyền");
  }

  /** A form submission as Tasklist sends it; a list goes as a JSON variable. */
  private static Map<String, Object> form(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, value instanceof List<?> list
        ? Map.of("value", json(list), "type", "Json") : Map.of("value", value)));
    return Map.of("variables", variables);
  }

  private static String today() {
    return TestClock.today().toString();
  }

  // HTTP as a demo user (HTTP Basic; every password is "demo").

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static Outcome status(ResponseEntity<String> response) {
    return Outcome.of(response.getStatusCode().value());
  }

  private List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<String> response = call(user, HttpMethod.GET, path, null);
    assertThat(response.getStatusCode().value()).as(path + ": " + response.getBody()).isEqualTo(200);
    try {
      return JSON.readValue(response.getBody(), new TypeReference<List<Map<String, Object>>>() {
      });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> map(String body) {
    try {
      return JSON.readValue(body, new TypeReference<Map<String, Object>>() {
      });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(body, e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A browser logged into Tasklist: its cookies, and Camunda's CSRF token, which the webapps send back in the
   * X-XSRF-TOKEN header on every change.
   */
  static final class WebappSession {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    private WebappSession(int port) {
      this.base = "http://localhost:" + port;
    }

    static WebappSession logIn(int port, String user) {
      WebappSession session = new WebappSession(port);
      session.get("/camunda/app/tasklist/default/");
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
      HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri(
          "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", session.csrfToken == null ? "" : session.csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString(form)));
      assertThat(login.statusCode()).as("login of %s: %s", user, login.body()).isEqualTo(200);
      // The session changes at login; a read hands out the token that goes with it.
      session.get("/camunda/api/admin/auth/user/default");
      return session;
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A change through the webapps' engine API, with or without the CSRF token the webapps send. */
    HttpResponse<String> send(String method, String path, String json, boolean withToken) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
      if (withToken && csrfToken != null) {
        request.header("X-XSRF-TOKEN", csrfToken);
      }
      return send(request);
    }

    /**
     * A change through the app's API with the session, with or without the API's CSRF token that its pages send
     * (read, like a page does, from the cookie a first read through the API hands out).
     */
    HttpResponse<String> sendApi(String method, String path, String json, boolean withToken) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .header("X-Requested-With", "XMLHttpRequest")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
      if (withToken) {
        if (!cookies.containsKey("TDKT-XSRF-TOKEN")) {
          get("/api/me");
        }
        request.header("X-TDKT-XSRF-TOKEN", cookies.get("TDKT-XSRF-TOKEN"));
      }
      return send(request);
    }

    private URI uri(String path) {
      return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      if (!cookies.isEmpty()) {
        request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; ")));
      }
      try {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").forEach(this::keep);
        if (response.statusCode() < 400) {
          response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
        }
        return response;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private void keep(String setCookie) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
    }
  }
}
