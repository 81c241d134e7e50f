package vn.gov.soctrang.tnmt.tdkt.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The database goes away for a while and comes back, with the application left running (job executor on, as in
 * production). A real PostgreSQL server of this test's own is stopped and started again on the same data directory
 * and port. While it is down every kind of request (app API, engine REST, the webapps' own API behind a Tasklist
 * session, the webapps' login, the public page, the health check) answers quickly with 503 and the Vietnamese
 * message, never a stack trace, and a form submitted meanwhile leaves nothing behind. Once it is back the same
 * requests succeed without restarting the application, the task can be submitted, the job executor runs the job that
 * fell due during the outage, and the log of the outage is a handful of lines rather than a flood.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    // Short idle waits so that the test sees a due job picked up within seconds (production: 5 s, up to 60 s).
    "camunda.bpm.job-execution.wait-time-in-millis=500",
    "camunda.bpm.job-execution.max-wait=3000"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(DatabaseOutageTest.class);
  private static final String DATABASE = "tdkt_outage";
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int YEAR = TestClock.startYear();
  private static final String KEY = ProcessKeys.cycleBusinessKey(YEAR);
  private static final String OUTAGE_MESSAGE = "Cơ sở dữ liệu tạm thời không truy cập được";
  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  /** How long a request may take to fail while the database is down (the pool waits 5 s for a connection). */
  private static final Duration FAILS_WITHIN = Duration.ofSeconds(10);
  /** How long the application may take to notice that the database is back. */
  private static final Duration RECOVERS_WITHIN = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Hikari's default maximum pool size (the test profile does not set one). */
  private static final int POOL_SIZE = 10;

  private static Path dataDirectory;
  private static int databasePort;
  private static EmbeddedPostgres server;

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @DynamicPropertySource
  static void ownPostgres(DynamicPropertyRegistry registry) throws Exception {
    dataDirectory = Files.createTempDirectory("tdkt-outage-pg");
    try (ServerSocket socket = new ServerSocket(0)) {
      databasePort = socket.getLocalPort();
    }
    server = startServer();
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + DATABASE);
    }
    registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", DATABASE));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  /** Starts (or starts again) the server on the same data directory and port: what was committed stays. */
  private static EmbeddedPostgres startServer() throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
        .setPort(databasePort).start();
  }

  @AfterAll
  static void removeServer() throws IOException {
    if (server != null) {
      server.close();
    }
    if (dataDirectory != null) {
      try (Stream<Path> files = Files.walk(dataDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void anOutageIsAnsweredCleanlyAndTheAppRecoversByItself() throws Exception {
    // Some work before the outage: the Office opens the year, one unit registers, another has its task open.
    HttpResponse<String> started = post("vanphong", "/api/cycles", Map.of("year", YEAR, "reportDeadline",
        TestClock.today().plusDays(30).toString(), "finalSummary", false));
    assertThat(started.statusCode()).isEqualTo(201);
    // The job executor (on here) starts the units' report instances the start left as jobs.
    vn.gov.soctrang.tnmt.tdkt.Jobs.awaitUnitReports(managementService,
        JSON.readTree(started.body()).path("processInstanceId").asText(), java.time.Duration.ofMinutes(2));
    String qlddTask = awaitTask("qlddcv", UserTask.REGISTER_COMMITMENT);
    assertThat(submitForm("qlddcv", qlddTask, commitment()).statusCode()).isEqualTo(204);
    String ddbdTask = awaitTask("ddbdcv", UserTask.REGISTER_COMMITMENT);
    Map<String, String> ddbdVariablesBefore = variablesOf(ddbdTask);
    String qlddInstance = taskService.createTaskQuery().taskId(awaitTask("qlddcv", UserTask.DRAFT_REPORT))
        .singleResult().getProcessInstanceId();
    Job reminder = managementService.createJobQuery().processInstanceId(qlddInstance)
        .activityId(Activities.REPORT_REMINDER_TIMER).singleResult();
    assertThat(reminder).as("the unit's reminder timer").isNotNull();
    WebappSession tasklist = WebappSession.logIn(this, "ddbdcv");
    assertThat(tasklist.get(WEBAPP_ENGINE + "/task?taskDefinitionKey=" + UserTask.REGISTER_COMMITMENT.id())
        .statusCode()).isEqualTo(200);
    assertThat(health().statusCode()).isEqualTo(200);
    // A browser showing the login page when the database goes away (the page hands out the CSRF token).
    WebappSession loginPage = WebappSession.open(this);

    // The reminder falls due while the database is down.
    assertThat(get("qlddcv", "/api/me/notifications").body()).doesNotContain("Nhắc hạn");
    managementService.setJobDuedate(reminder.getId(), Date.from(TestClock.now().plusSeconds(3)));

    ListAppender<ILoggingEvent> outageLog = captureLog();
    long outageStarted = System.nanoTime();
    server.close();
    LOG.info("Database stopped");

    Map<String, Callable<HttpResponse<String>>> calls = new LinkedHashMap<>();
    calls.put("GET /api/cycles", () -> get("vanphong", "/api/cycles"));
    calls.put("POST /api/cycles/{year}/objections", () -> post("qlddcv", "/api/cycles/" + YEAR + "/objections",
        Map.of("nominationId", 1, "content", "Thành tích chưa đúng thực tế")));
    calls.put("GET /engine-rest/task", () -> get("vanphong", "/engine-rest/task"));
    calls.put("POST /engine-rest/task/{id}/submit-form", () -> submitForm("ddbdcv", ddbdTask, commitment()));
    calls.put("Tasklist GET task", () -> tasklist.get(WEBAPP_ENGINE + "/task"));
    calls.put("Tasklist POST submit-form", () -> tasklist.post(WEBAPP_ENGINE + "/task/" + ddbdTask + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", variables(commitment())))));
    calls.put("POST login", () -> loginPage.login("vanphong"));
    calls.put("GET the Tasklist page", () -> send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/"))
        .header("Accept", "text/html")));
    calls.put("GET /cong-bo", () -> send(HttpRequest.newBuilder(uri("/cong-bo")).header("Accept", "text/html")));
    calls.put("GET /api/me with a browser", () -> send(HttpRequest.newBuilder(uri("/api/me"))
        .header("Accept", "text/html").header("Authorization", basic("vanphong"))));

    Map<String, Timed> down = runAll(calls);
    for (Map.Entry<String, Timed> call : down.entrySet()) {
      String name = call.getKey();
      Timed timed = call.getValue();
      HttpResponse<String> response = timed.response();
      LOG.info("During the outage {} -> {} in {} ms: {}", name, response.statusCode(), timed.millis(),
          response.body());
      assertThat(response.statusCode()).as("%s: %s", name, response.body()).isEqualTo(503);
      assertThat(Duration.ofMillis(timed.millis())).as("%s answered within", name).isLessThan(FAILS_WITHIN);
      assertThat(response.body()).as(name).contains(OUTAGE_MESSAGE).doesNotContain("Exception", "\tat ", "SQL",
          "postgres", "Hikari");
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (name.contains("/cong-bo") || name.contains("browser") || name.contains("page")) {
        assertThat(type).as(name).startsWith("text/html");
      } else {
        assertThat(type).as(name).startsWith("application/json");
        assertThat(JSON.readTree(response.body()).path("message").asText()).as(name).startsWith(OUTAGE_MESSAGE);
      }
    }
    Timed healthDown = timed(this::health);
    assertThat(healthDown.response().statusCode()).isEqualTo(503);
    assertThat(healthDown.response().body()).contains("DOWN");
    // The health check asks the database and then the mail outbox, each waiting up to 5 s for a connection.
    assertThat(Duration.ofMillis(healthDown.millis())).isLessThan(FAILS_WITHIN.multipliedBy(2));

    // Down long enough for the job executor to try (and fail) a few times while the reminder is due.
    Thread.sleep(8_000);

    server = startServer();
    long restarted = System.nanoTime();
    LOG.info("Database started again after {} s", (restarted - outageStarted) / 1_000_000_000);

    HttpResponse<String> cycles = await("GET /api/cycles answers again", () -> get("vanphong", "/api/cycles"),
        r -> r.statusCode() == 200);
    LOG.info("The app answered again {} ms after the database was back", (System.nanoTime() - restarted) / 1_000_000);
    Map<String, List<ILoggingEvent>> byLogger = stopCapturing(outageLog);
    assertThat(JSON.readTree(cycles.body()).findValuesAsText("year")).as("the data survived the restart")
        .contains(String.valueOf(YEAR));
    await("health UP again", this::health, r -> r.statusCode() == 200 && r.body().contains("UP"));

    // Nothing was stored by the submissions refused during the outage: the task is open with its old variables.
    assertThat(taskService.createTaskQuery().taskId(ddbdTask).count()).isOne();
    assertThat(variablesOf(ddbdTask)).isEqualTo(ddbdVariablesBefore);

    // The same requests succeed again.
    assertThat(get("vanphong", "/engine-rest/task").statusCode()).isEqualTo(200);
    assertThat(tasklist.get(WEBAPP_ENGINE + "/task").statusCode()).isEqualTo(200);
    assertThat(WebappSession.open(this).login("vanphong").statusCode()).isEqualTo(200);
    assertThat(send(HttpRequest.newBuilder(uri("/cong-bo")).header("Accept", "text/html")).statusCode())
        .isEqualTo(200);
    HttpResponse<String> objection = post("qlddcv", "/api/cycles/" + YEAR + "/objections",
        Map.of("nominationId", 1, "content", "Thành tích chưa đúng thực tế"));
    assertThat(objection.statusCode()).as("the app's own answer again: %s", objection.body()).isBetween(400, 499);
    assertThat(objection.body()).doesNotContain(OUTAGE_MESSAGE);
    assertThat(submitForm("ddbdcv", ddbdTask, commitment()).statusCode()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(ddbdTask).count()).isZero();
    awaitTask("ddbdcv", UserTask.DRAFT_REPORT);

    // The job executor runs again: the reminder that fell due during the outage reaches the unit.
    await("the reminder job ran", () -> get("qlddcv", "/api/me/notifications"),
        r -> r.statusCode() == 200 && r.body().contains("Nhắc hạn"));
    assertThat(managementService.createJobQuery().processInstanceId(qlddInstance)
        .activityId(Activities.REPORT_REMINDER_TIMER).count()).isZero();
    assertThat(managementService.createJobQuery().withException().count()).as("no job failed for good").isZero();

    // The outage's log: a few lines per source, not one per request or per acquisition attempt.
    long outageSeconds = Math.max(1, (System.nanoTime() - outageStarted) / 1_000_000_000);
    byLogger.forEach((logger, events) -> LOG.info("Outage log ({} s): {} × {} {}", outageSeconds, events.size(),
        logger, events.stream().map(e -> e.getLevel() + " " + firstLine(e.getFormattedMessage()))
            .distinct().limit(3).toList()));
    int total = byLogger.values().stream().mapToInt(List::size).sum();
    long withTraces = byLogger.values().stream().flatMap(List::stream).filter(e -> e.getThrowableProxy() != null)
        .count();
    LOG.info("Outage log: {} warnings and errors, {} with a stack trace", total, withTraces);
    // Each source at most twice in the half minute; the pool once per connection the restart broke.
    byLogger.forEach((logger, events) -> assertThat(events).as("warnings and errors of %s", logger)
        .hasSizeLessThanOrEqualTo(logger.startsWith("com.zaxxer.hikari.pool.") ? POOL_SIZE : 2));
    assertThat(total).as("warnings and errors logged during the outage").isLessThan(30);
  }

  // ---- the work

  private static Map<String, Object> commitment() {
    return Map.of("commitment", "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", "localityCode", "x-phutam",
        "supportPlan", "Hướng dẫn thủ tục đất đai cho người dân");
  }

  private String awaitTask(String user, UserTask task) {
    HttpResponse<String> found = await(task.id() + " of " + user, () -> get(user, "/engine-rest/task?"
        + "processInstanceBusinessKey=" + KEY + "&taskDefinitionKey=" + task.id()), r -> r.statusCode() == 200
        && !r.body().equals("[]"));
    try {
      JsonNode tasks = JSON.readTree(found.body());
      assertThat(tasks).as("%s of %s", task, user).hasSize(1);
      return tasks.get(0).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, String> variablesOf(String taskId) {
    return new TreeMap<>(taskService.getVariables(taskId).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))));
  }

  private HttpResponse<String> submitForm(String user, String taskId, Map<String, Object> values) throws IOException {
    return post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables(values)));
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  private HttpResponse<String> health() {
    return send(HttpRequest.newBuilder(uri("/actuator/health")));
  }

  // ---- HTTP

  private HttpResponse<String> get(String user, String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
        .header("Accept", "application/json"));
  }

  private HttpResponse<String> post(String user, String path, Object body) throws IOException {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(http, request);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Timed(HttpResponse<String> response, long millis) {
  }

  private static Timed timed(Callable<HttpResponse<String>> call) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response = call.call();
    return new Timed(response, (System.nanoTime() - start) / 1_000_000);
  }

  /** Sends the calls at once, as users would, each timed on its own. */
  private static Map<String, Timed> runAll(Map<String, Callable<HttpResponse<String>>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      Map<String, Future<Timed>> futures = new LinkedHashMap<>();
      calls.forEach((name, call) -> futures.put(name, pool.submit(() -> timed(call))));
      Map<String, Timed> results = new LinkedHashMap<>();
      for (Map.Entry<String, Future<Timed>> f : futures.entrySet()) {
        results.put(f.getKey(), f.getValue().get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static HttpResponse<String> await(String what, Supplier<HttpResponse<String>> call,
      java.util.function.Predicate<HttpResponse<String>> done) {
    long deadline = System.nanoTime() + RECOVERS_WITHIN.toNanos();
    HttpResponse<String> last = null;
    while (System.nanoTime() < deadline) {
      last = call.get();
      if (done.test(last)) {
        return last;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(what + " within " + RECOVERS_WITHIN + "; last answer " + (last == null ? "none"
        : last.statusCode() + " " + last.body()));
  }

  // ---- the log

  private static ListAppender<ILoggingEvent> captureLog() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
    return appender;
  }

  private static Map<String, List<ILoggingEvent>> stopCapturing(ListAppender<ILoggingEvent> appender) {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
    appender.stop();
    return new ArrayList<>(appender.list).stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .filter(e -> !e.getLoggerName().equals(DatabaseOutageTest.class.getName()))
        .collect(Collectors.groupingBy(ILoggingEvent::getLoggerName, TreeMap::new, Collectors.toList()));
  }

  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  /** A browser on Tasklist: its cookies, and Camunda's CSRF token, sent back on every change. */
  private static final class WebappSession {

    private final DatabaseOutageTest test;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrfToken = "";

    private WebappSession(DatabaseOutageTest test) {
      this.test = test;
    }

    /** A new browser that has opened the Tasklist page (which hands out the CSRF token). */
    static WebappSession open(DatabaseOutageTest test) {
      WebappSession session = new WebappSession(test);
      session.get("/camunda/app/tasklist/default/");
      return session;
    }

    static WebappSession logIn(DatabaseOutageTest test, String user) {
      WebappSession session = open(test);
      assertThat(session.login(user).statusCode()).isEqualTo(200);
      // The session changes at login; a read hands out the token that goes with it.
      session.get("/camunda/api/admin/auth/user/default");
      return session;
    }

    HttpResponse<String> login(String user) {
      return send(HttpRequest.newBuilder(test.uri(LOGIN))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=demo")));
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(test.uri(path)).header("Accept", "application/json"));
    }

    HttpResponse<String> post(String path, String json) {
      return send(HttpRequest.newBuilder(test.uri(path)).header("Content-Type", "application/json")
          .header("Accept", "application/json").header("X-XSRF-TOKEN", csrfToken)
          .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      HttpResponse<String> response = DatabaseOutageTest.send(client, request);
      if (response.statusCode() < 400) {
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrfToken = t);
      }
      return response;
    }
  }
}
