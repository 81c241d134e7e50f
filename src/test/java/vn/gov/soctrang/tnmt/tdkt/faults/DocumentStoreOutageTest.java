package vn.gov.soctrang.tnmt.tdkt.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.SharedVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * On a real PostgreSQL, the document store refuses every write (a trigger on its content table raises an error, as
 * a full disk or a broken tablespace would) when the minutes of the Council's meeting are written: the tally itself
 * writes no document and is kept, and the minutes are written by «Soạn biên bản họp Hội đồng», a job of its own that
 * is retried and then becomes an incident at that task, seen as an operator sees it in Cockpit, with nothing of the
 * minutes stored. Once the store accepts writes again, the operator's retry writes the minutes once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DocumentStoreOutageTest extends ProcessTestSupport {

  /** «Soạn biên bản họp Hội đồng», the service task that writes the minutes after the tally. */
  private static final String MINUTES_TASK = "writeCouncilMinutes";
  private static final String REFUSAL = "Kho văn bản không nhận ghi (sự cố thử nghiệm)";
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgresSupport.register(registry, "tdkt_document_outage");
  }

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  @AfterEach
  void theStoreAcceptsWritesAgain() {
    acceptDocumentWrites();
  }

  @Test
  void minutesThatCannotBeWrittenBecomeAnIncidentAndAreWrittenOnceWhenTheOperatorRetries() {
    ProcessInstance cycle = consolidatedCycle();
    councilMeetsInFull(cycle);
    everyMemberApprovesEverything(cycle);
    // The ballots' join and the box opened: what is left is the tally's own job.
    for (Job ballot : management.createJobQuery().processInstanceId(councilId(cycle))
        .activityId(UserTask.CAST_BALLOT.id()).list()) {
      management.executeJob(ballot.getId());
    }
    ballotBoxOpenedLeavingTheTallyToItsJob(cycle);
    refuseDocumentWrites();

    // The tally writes no document: it runs and is kept, and leaves the minutes to their own job.
    Job tally = management.createJobQuery().processInstanceId(councilId(cycle)).activityId(Activities.TALLY_VOTES)
        .singleResult();
    assertThat(tally).as("the tally's job").isNotNull();
    management.executeJob(tally.getId());
    List<Map<String, Object>> countsBefore = counts();
    assertThat(countsBefore).hasSize(3).allSatisfy(c -> assertThat(c).containsEntry("approvals", COUNCIL.size()));
    Job minutes = management.createJobQuery().processInstanceId(councilId(cycle)).activityId(MINUTES_TASK)
        .singleResult();
    assertThat(minutes).as("the minutes' job").isNotNull();

    // The job executor's attempts (R3/PT5M): each one fails and is rolled back; the retries go down to none.
    for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
      assertThatThrownBy(() -> management.executeJob(minutes.getId())).hasStackTraceContaining(REFUSAL);
      Job failed = management.createJobQuery().jobId(minutes.getId()).singleResult();
      assertThat(failed.getRetries()).isEqualTo(retriesLeft);
      assertThat(failed.getExceptionMessage()).isNotBlank();
      assertThat(failed.getDuedate()).as("next attempt").isAfter(Date.from(TestClock.now()));
      nothingOfTheMinutesWasKept(cycle, countsBefore);
    }
    assertThat(management.createJobQuery().jobId(minutes.getId()).executable().count()).isZero();

    // What Cockpit shows the operator: an incident at «Soạn biên bản họp Hội đồng» with the store's error.
    // The task is in the Council the cycle calls (ADR 0019); the cycle shows the incident at its call, caused by it.
    List<Map<String, Object>> incidents = get("admin", "/engine-rest/incident?processInstanceId=" + councilId(cycle),
        LIST);
    assertThat(incidents).singleElement().satisfies(incident -> assertThat(incident)
        .containsEntry("incidentType", "failedJob").containsEntry("activityId", MINUTES_TASK)
        .containsEntry("configuration", minutes.getId()));
    assertThat(get("admin", "/engine-rest/incident?processInstanceId=" + cycle.getId(), LIST)).singleElement()
        .satisfies(incident -> assertThat(incident).containsEntry("activityId", Activities.COUNCIL_VOTE)
            .containsEntry("rootCauseIncidentId", incidents.get(0).get("id")));
    assertThat(get("admin", "/engine-rest/job/" + minutes.getId() + "/stacktrace", String.class)).contains(REFUSAL);
    assertThat(get("admin", "/engine-rest/process-instance/" + councilId(cycle) + "/activity-instances", MAP)
        .toString()).contains("incidentIds=[" + incidents.get(0).get("id") + "]");
    CockpitSession cockpit = CockpitSession.logIn(port, "admin");
    assertThat(cockpit.get("/camunda/api/engine/engine/default/incident?processInstanceId=" + councilId(cycle)))
        .contains("\"activityId\":\"" + MINUTES_TASK + "\"", "\"incidentType\":\"failedJob\"");
    assertThat(cockpit.get("/camunda/api/cockpit/plugin/base/default/incident?processInstanceIdIn=" + councilId(cycle)))
        .contains(MINUTES_TASK, "failedJob");

    // The fault is gone; the operator retries as Cockpit's «Retry» does, and the job executor writes the minutes.
    acceptDocumentWrites();
    ResponseEntity<String> retried = send("admin", HttpMethod.PUT, "/engine-rest/job/" + minutes.getId()
        + "/retries", Map.of("retries", 1));
    assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(204);
    Job again = management.createJobQuery().jobId(minutes.getId()).singleResult();
    assertThat(again.getRetries()).isEqualTo(1);
    assertThat(again.getDuedate()).as("picked up by the job executor within the retry interval")
        .isBefore(Date.from(TestClock.now().plus(Duration.ofMinutes(6))));
    assertThat(get("admin", "/engine-rest/incident?processInstanceId=" + councilId(cycle), LIST)).isEmpty();
    assertThat(get("admin", "/engine-rest/incident?processInstanceId=" + cycle.getId(), LIST)).isEmpty();
    management.executeJob(minutes.getId());

    assertThat(management.createJobQuery().processInstanceId(councilId(cycle)).messages().count()).isZero();
    assertThat(history.createHistoricIncidentQuery().processInstanceId(councilId(cycle)).resolved().count())
        .isEqualTo(1);
    assertThat(counts()).as("the counts, untouched by the failed attempts").isEqualTo(countsBefore);
    assertThat(minutesVersions()).isEqualTo(1);
    assertThat(jdbc.queryForList("select status from council_meeting", String.class)).containsExactly("TALLIED");
    assertThat(jdbc.queryForList("select status from nomination where status like 'COUNCIL%'", String.class))
        .hasSize(3).containsOnly("COUNCIL_APPROVED");
    assertThat(tasks.createTaskQuery().processInstanceId(councilId(cycle))
        .taskDefinitionKey(UserTask.CONFIRM_MINUTES.id()).count()).isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(councilId(cycle))
        .activityId(Activities.TALLY_VOTES).finished().count()).isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(councilId(cycle))
        .activityId(MINUTES_TASK).finished().count()).isEqualTo(1);
  }

  /** The tally stays as it was; no minutes, no confirmation task, no link to minutes for the forms. */
  private void nothingOfTheMinutesWasKept(ProcessInstance cycle, List<Map<String, Object>> countsBefore) {
    assertThat(counts()).isEqualTo(countsBefore);
    assertThat(minutesVersions()).isZero();
    assertThat(jdbc.queryForList("select status from council_meeting", String.class)).containsExactly("TALLIED");
    assertThat(jdbc.queryForList("select status from nomination where status like 'COUNCIL%'", String.class))
        .hasSize(3).containsOnly("COUNCIL_APPROVED");
    assertThat(tasks.createTaskQuery().processInstanceId(councilId(cycle))
        .taskDefinitionKey(UserTask.CONFIRM_MINUTES.id()).count()).isZero();
    assertThat(String.valueOf(runtime.getVariable(cycle.getId(), SharedVariables.DOCUMENTS_TEXT.name())))
        .doesNotContain("Biên bản họp Hội đồng");
  }

  private List<Map<String, Object>> counts() {
    return jdbc.queryForList("select nomination_id, approvals, rejections from ballot_count order by nomination_id");
  }

  private int minutesVersions() {
    return jdbc.queryForObject("select count(*) from generated_document where kind = 'COUNCIL_MINUTES'",
        Integer.class);
  }

  // The fault: PostgreSQL itself refuses to store any document content.

  private void refuseDocumentWrites() {
    jdbc.execute("create or replace function refuse_document_content() returns trigger language plpgsql as $$ "
        + "begin raise exception '" + REFUSAL + "'; end $$");
    jdbc.execute("create trigger refuse_document_content before insert or update on generated_document_content "
        + "for each row execute function refuse_document_content()");
  }

  private void acceptDocumentWrites() {
    jdbc.execute("drop trigger if exists refuse_document_content on generated_document_content");
    jdbc.execute("drop function if exists refuse_document_content()");
  }

  // The engine REST API as the administrator, as Cockpit calls it.

  private <T> T get(String user, String path, ParameterizedTypeReference<T> type) {
    ResponseEntity<T> response = rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, type);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  private String get(String user, String path, Class<String> type) {
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(path, type);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response.getBody();
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** An operator logged into Cockpit in a browser: the session cookie and Camunda's CSRF token. */
  static final class CockpitSession {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken = "";

    private CockpitSession(int port) {
      this.base = "http://localhost:" + port;
    }

    static CockpitSession logIn(int port, String user) {
      CockpitSession session = new CockpitSession(port);
      session.get("/camunda/app/cockpit/default/");
      HttpResponse<String> login = session.send(HttpRequest.newBuilder(
              URI.create(session.base + "/camunda/api/admin/auth/user/default/login/cockpit"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
      assertThat(login.statusCode()).as("Cockpit login: %s", login.body()).isEqualTo(200);
      return session;
    }

    String get(String path) {
      HttpResponse<String> response = send(HttpRequest.newBuilder(
          URI.create(base + path)).GET());
      assertThat(response.statusCode()).as("%s: %s", path, response.body()).isLessThan(400);
      return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      if (!cookies.isEmpty()) {
        request.header("Cookie", String.join("; ", cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      try {
        HttpResponse<String> response = client.send(request.build(),
            HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
          String pair = cookie.split(";", 2)[0];
          cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
        return response;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
