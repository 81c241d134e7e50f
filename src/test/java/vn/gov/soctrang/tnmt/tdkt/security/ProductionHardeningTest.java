package vn.gov.soctrang.tnmt.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;
import vn.gov.soctrang.tnmt.tdkt.RunsLast;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;

/**
 * The prod profile on a real PostgreSQL, checked on real HTTP responses: security headers (HSTS, content security
 * policy, no sniffing) on the webapps and on the app's own responses, Secure + HttpOnly + SameSite session cookies
 * from the Tasklist login, Camunda's CSRF protection on, {@code /engine-rest} and {@code /api} authenticated, the
 * actuator limited to health (status only) and metrics (administrators), hashed passwords, no demo accounts, the
 * Department's password policy on every way a password is set, one SameSite attribute per cookie, and engine errors
 * answered without the engine's internals.
 */
@ExtendWith(OutputCaptureExtension.class)
@RunsLast("starts and closes applications of its own inside the test JVM, outside Spring's test context cache: "
    + "they set JVM-wide state (Camunda's engine registry and webapp delegates, which ProcessEngineOfTheRunningTest "
    + "restores, and whatever else a start sets) under the shared application's feet")
class ProductionHardeningTest {

  /** What an error body must never show: an expression, an engine code, a Java class or frame, SQL. */
  private static final Pattern INTERNALS = Pattern.compile("\\$\\{|#\\{|ENGINE-\\d|Exception|java\\.|org\\.|"
      + "\\bat [a-z]+\\.|SQL|select |noSuchBean|Unknown property|Cannot ");
  private static final Pattern REFERENCE = Pattern.compile("mã tham chiếu: ([0-9A-F]{8})");

  private static final String ADMIN_PASSWORD = "Mat-khau-quan-tri-that-dai-2026";
  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  private static ConfigurableApplicationContext app;
  private static String base;
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void startInProduction() throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists tdkt_prod_hardening");
      s.execute("create database tdkt_prod_hardening");
    }
    // Command-line arguments, as the environment gives them in production.
    app = new SpringApplicationBuilder(TdktApplication.class).profiles("prod").run(
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--TDKT_DB_URL=" + pg.getJdbcUrl("postgres", "tdkt_prod_hardening"),
        "--TDKT_DB_USER=postgres",
        "--TDKT_DB_PASSWORD=postgres",
        "--TDKT_ADMIN_PASSWORD=" + ADMIN_PASSWORD);
    base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    // Closed and let go: JUnit keeps the test class (and so its static fields) until the end of the run.
    if (app != null) {
      app.close();
      app = null;
    }
  }

  @Test
  void theWebappsSendHstsTheirContentSecurityPolicyAndSecureSameSiteCookies() {
    HttpResponse<String> page = send(get("/camunda/app/tasklist/default/"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(header(page, "Strict-Transport-Security")).startsWith("max-age=31536000");
    assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    // Camunda's own policy for its webapps (AngularJS and form-js need 'unsafe-eval'); framing refused.
    assertThat(header(page, "Content-Security-Policy")).contains("default-src 'self'", "'unsafe-eval'",
        "frame-ancestors 'none'", "object-src 'none'");
    String csrfCookie = cookie(page, "XSRF-TOKEN");
    assertThat(csrfCookie).contains("Secure").containsIgnoringCase("SameSite=Strict");

    // CSRF protection is on: a login without the token is refused (and Camunda ends that session).
    HttpResponse<String> forged = send(form(LOGIN, "username=admin&password=" + ADMIN_PASSWORD)
        .header("Cookie", "JSESSIONID=" + cookieValue(cookie(page, "JSESSIONID"))));
    assertThat(forged.statusCode()).isEqualTo(403);

    HttpResponse<String> fresh = send(get("/camunda/app/tasklist/default/"));
    String token = header(fresh, "X-XSRF-TOKEN");
    String session = cookieValue(cookie(fresh, "JSESSIONID"));
    HttpResponse<String> login = send(form(LOGIN, "username=admin&password=" + ADMIN_PASSWORD)
        .header("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String sessionCookie = cookie(login, "JSESSIONID");
    assertThat(sessionCookie).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(sessionCookie.split("(?i)samesite=", -1)).as("one SameSite attribute").hasSize(2);

    // Logged in, a change through the webapps' engine API without the token is still refused.
    String loggedIn = cookieValue(sessionCookie);
    HttpResponse<String> claim = send(HttpRequest.newBuilder(URI.create(base
        + "/camunda/api/engine/engine/default/task/nope/claim")).header("Content-Type", "application/json")
        .header("Cookie", "JSESSIONID=" + loggedIn).POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"admin\"}")));
    assertThat(claim.statusCode()).isEqualTo(403);
    assertThat(header(claim, "X-XSRF-TOKEN")).isEqualToIgnoringCase("Required");
  }

  @Test
  void theAppsOwnResponsesCarryHstsAndAStrictContentSecurityPolicy() {
    for (HttpResponse<String> response : List.of(send(get("/api/settings").header("Authorization", basic("admin",
        ADMIN_PASSWORD))), send(get("/api/me")), send(get("/cong-bo")), send(get("/engine-rest/task")),
        send(get("/dashboard/")))) {
      String path = response.uri().getPath();
      assertThat(header(response, "Strict-Transport-Security")).as(path).isEqualTo("max-age=31536000");
      assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(header(response, "Content-Security-Policy")).as(path).contains("default-src 'self'",
          "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
          .doesNotContain("unsafe-eval", "unsafe-inline");
    }
    assertThat(send(get("/api/me")).statusCode()).isEqualTo(401);
    assertThat(send(get("/engine-rest/task")).statusCode()).isEqualTo(401);
    // (A wrong password for admin would hold its next logins back for a while: Camunda slows down guessing.)
    assertThat(send(get("/engine-rest/task").header("Authorization", basic("vanphong", "demo"))).statusCode())
        .isEqualTo(401);
    assertThat(send(get("/engine-rest/task").header("Authorization", basic("admin", ADMIN_PASSWORD))).statusCode())
        .isEqualTo(200);
    assertThat(send(get("/cong-bo")).statusCode()).isEqualTo(200);
  }

  @Test
  void theApiDescriptionIsForLoggedInUsersOnly() {
    HttpResponse<String> anonymous = send(get("/v3/api-docs"));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("Vui lòng đăng nhập").doesNotContain("openapi");
    assertThat(send(get("/v3/api-docs/tdkt")).statusCode()).isEqualTo(401);
    HttpResponse<String> loggedIn = send(get("/v3/api-docs").header("Authorization", basic("admin", ADMIN_PASSWORD)));
    assertThat(loggedIn.statusCode()).isEqualTo(200);
    assertThat(loggedIn.body()).contains("\"openapi\"");
  }

  @Test
  void theActuatorShowsOnlyTheHealthStatusAndMetricsToAdministrators() {
    HttpResponse<String> health = send(get("/actuator/health"));
    assertThat(health.statusCode()).isIn(200, 503);
    assertThat(health.body()).contains("\"status\"").doesNotContain("components", "details", "diskSpace", "db");
    assertThat(send(get("/actuator/metrics")).statusCode()).isEqualTo(401);
    String admin = basic("admin", ADMIN_PASSWORD);
    assertThat(send(get("/actuator/metrics").header("Authorization", admin)).statusCode()).isEqualTo(200);
    for (String hidden : List.of("/actuator/info", "/actuator/env", "/actuator/beans", "/actuator/configprops",
        "/actuator/loggers", "/actuator/heapdump", "/actuator/threaddump", "/actuator/mappings")) {
      assertThat(send(get(hidden).header("Authorization", admin)).statusCode()).as(hidden).isEqualTo(404);
    }
  }

  @Test
  void passwordsAreStoredHashedAndThereIsNoDemoAccount() {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    Map<String, Object> admin = jdbc.queryForMap("select PWD_, SALT_ from ACT_ID_USER where ID_ = 'admin'");
    String stored = (String) admin.get("PWD_");
    assertThat(stored).isNotBlank().doesNotContain(ADMIN_PASSWORD).startsWith("{SHA-512}");
    assertThat((String) admin.get("SALT_")).isNotBlank();
    assertThat(app.getBean(IdentityService.class).checkPassword("admin", ADMIN_PASSWORD)).isTrue();

    // (Accounts named kiemtra… are the ones the password tests here create.)
    assertThat(jdbc.queryForList("select ID_ from ACT_ID_USER", String.class).stream()
        .filter(id -> !id.startsWith("kiemtra"))).containsExactly("admin");
    for (String demo : List.of("vanphong", "giamdoc", "qlddcv")) {
      assertThat(send(get("/api/me").header("Authorization", basic(demo, "demo"))).statusCode()).as(demo)
          .isEqualTo(401);
    }
  }

  @Test
  void everySessionAndCsrfCookieCarriesExactlyOneSameSiteAttribute() {
    HttpResponse<String> page = send(get("/camunda/app/tasklist/default/"));
    List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
    assertThat(cookies).anyMatch(c -> c.startsWith("XSRF-TOKEN=")).anyMatch(c -> c.startsWith("JSESSIONID="));
    String token = header(page, "X-XSRF-TOKEN");
    HttpResponse<String> login = send(form(LOGIN, "username=admin&password=" + ADMIN_PASSWORD)
        .header("Cookie", "JSESSIONID=" + cookieValue(cookie(page, "JSESSIONID")) + "; XSRF-TOKEN=" + token)
        .header("X-XSRF-TOKEN", token));
    assertThat(login.statusCode()).isEqualTo(200);
    cookies.addAll(login.headers().allValues("Set-Cookie"));
    for (String setCookie : cookies) {
      assertThat(setCookie.split("(?i)samesite=", -1)).as(setCookie).hasSize(2);
      assertThat(setCookie).as(setCookie).containsIgnoringCase("SameSite=Strict").contains("Secure");
    }
  }

  @Test
  void theEngineRefusesAWeakPasswordForAnyAccount() {
    IdentityService identity = app.getBean(IdentityService.class);
    assertThat(app.getBean(ProcessEngine.class).getProcessEngineConfiguration().isEnablePasswordPolicy()).isTrue();
    for (String weak : List.of("aaaaaaaaaaaa", "Ngan-1", "khongcochuhoa-2026", "KHONGCOCHUTHUONG-2026",
        "Khong-co-chu-so", "KhongCoKyTuDacBiet2026", "Kiemtraa-2026-moi", "Matkhau@2026", "Soc-Trang-2026",
        "Password123!")) {
      User user = identity.newUser("kiemtraa");
      user.setPassword(weak);
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> identity.saveUser(user))).as(weak)
          .isInstanceOf(ProcessEngineException.class);
    }
    assertThat(identity.createUserQuery().userId("kiemtraa").count()).isZero();

    // Camunda Admin and the engine REST API create users through the same command; the answer is Vietnamese.
    String admin = basic("admin", ADMIN_PASSWORD);
    HttpResponse<String> refused = send(json("/engine-rest/user/create", "{\"profile\":{\"id\":\"kiemtrab\","
        + "\"firstName\":\"Kiểm\",\"lastName\":\"Tra\",\"email\":\"kiemtra@example.org\"},"
        + "\"credentials\":{\"password\":\"aaaaaaaaaaaa\"}}").header("Authorization", admin));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Mật khẩu chưa đạt yêu cầu", "ít nhất 12 ký tự", "chữ hoa", "ký tự đặc biệt")
        .doesNotContain("aaaaaaaaaaaa", "Password does not match");
    assertThat(identity.createUserQuery().userId("kiemtrab").count()).isZero();
    HttpResponse<String> accepted = send(json("/engine-rest/user/create", "{\"profile\":{\"id\":\"kiemtrab\","
        + "\"firstName\":\"Kiểm\",\"lastName\":\"Tra\",\"email\":\"kiemtra@example.org\"},"
        + "\"credentials\":{\"password\":\"Lua-chin-vang-dong-2026\"}}").header("Authorization", admin));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(identity.checkPassword("kiemtrab", "Lua-chin-vang-dong-2026")).isTrue();

    // Camunda Admin shows the rules the engine applies (its own words for the built-in placeholders).
    HttpResponse<String> policy = send(get("/engine-rest/identity/password-policy").header("Authorization", admin));
    assertThat(policy.statusCode()).isEqualTo(200);
    assertThat(policy.body()).contains("PASSWORD_POLICY_LENGTH", "\"minLength\":\"12\"", "PASSWORD_POLICY_UPPERCASE",
        "PASSWORD_POLICY_LOWERCASE", "PASSWORD_POLICY_DIGIT", "PASSWORD_POLICY_SPECIAL", "PASSWORD_POLICY_USER_DATA",
        "PASSWORD_POLICY_TDKT_NOT_COMMON");
  }

  @Test
  void theAppsUserAdministrationNamesTheBrokenPasswordRuleInVietnamese() {
    String admin = basic("admin", ADMIN_PASSWORD);
    Map<String, String> refusals = Map.of(
        "Ngan-1", "dài ít nhất 12 ký tự",
        "khong-co-chu-hoa-2026", "chữ hoa",
        "Kiemtrac-2026-moi", "không được chứa tên đăng nhập",
        "Matkhau@2026", "phổ biến");
    refusals.forEach((password, rule) -> {
      HttpResponse<String> refused = send(person("kiemtrac", password).header("Authorization", admin));
      assertThat(refused.statusCode()).as(password + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).as(password).contains("Mật khẩu chưa đạt yêu cầu", rule).doesNotContain(password);
      assertThat(app.getBean(IdentityService.class).createUserQuery().userId("kiemtrac").count()).isZero();
    });
    HttpResponse<String> created = send(person("kiemtrac", "Dong-sen-thap-muoi-2026").header("Authorization", admin));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(send(get("/api/me").header("Authorization", basic("kiemtrac", "Dong-sen-thap-muoi-2026")))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void anEngineErrorAnswersAVietnameseMessageWithAReferenceThatTheLogHasInFull(CapturedOutput output) {
    // A process whose service task calls a bean that does not exist: modifying an instance to start there fails
    // inside the engine, with the expression in the engine's text (the case the security review found).
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    engine.getRepositoryService().createDeployment().name("production-hardening-probe").addModelInstance(
        "hardening-probe.bpmn", Bpmn.createExecutableProcess("hardeningProbe").camundaHistoryTimeToLive(1)
            .startEvent().userTask("wait").serviceTask("broken").camundaExpression("${noSuchBean.run()}")
            .endEvent().done()).deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("hardeningProbe").getId();
    String admin = basic("admin", ADMIN_PASSWORD);

    HttpResponse<String> failed = send(json("/engine-rest/process-instance/" + instance + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"broken\"}]}")
        .header("Authorization", admin));
    assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
    assertThat(failed.body()).contains("Không thực hiện được thao tác (mã tham chiếu: ",
        "Vui lòng liên hệ quản trị hệ thống.");
    assertThat(INTERNALS.matcher(failed.body()).find()).as(failed.body()).isFalse();
    Matcher reference = REFERENCE.matcher(failed.body());
    assertThat(reference.find()).isTrue();
    // The log has the whole exception (the expression included) under the same reference.
    String log = output.getAll();
    int at = log.indexOf("mã tham chiếu " + reference.group(1));
    assertThat(at).as("the reference in the log").isNotNegative();
    assertThat(log.substring(at)).contains("noSuchBean");

    // Requests the engine rejects (no such instance, no such activity): Camunda's status (400, or 500 where the engine
    // throws a plain exception), the same kind of answer.
    for (String path : List.of("/engine-rest/process-instance/khong-co/modification",
        "/engine-rest/process-instance/" + instance + "/modification")) {
      HttpResponse<String> rejected = send(json(path,
          "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"khongCoBuocNay\"}]}")
          .header("Authorization", admin));
      assertThat(rejected.statusCode()).as(rejected.body()).isIn(400, 404, 500);
      assertThat(rejected.body()).contains("Không thực hiện được thao tác", "mã tham chiếu: ");
      assertThat(INTERNALS.matcher(rejected.body()).find()).as(rejected.body()).isFalse();
    }
    engine.getRuntimeService().deleteProcessInstance(instance, "kiểm thử xong");
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private static HttpRequest.Builder form(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder json(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder person(String username, String password) {
    return HttpRequest.newBuilder(URI.create(base + "/api/admin/people")).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"fullName\":\"Nguyễn Văn Kiểm\","
            + "\"unitCode\":\"qldd\",\"position\":\"Chuyên viên\",\"gender\":\"MALE\",\"roles\":[\"UNIT_STAFF\"],"
            + "\"initialPassword\":\"" + password + "\"}"));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** The Set-Cookie header of the named cookie, with all its attributes. */
  private static String cookie(HttpResponse<?> response, String name) {
    List<String> found = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "=")).toList();
    assertThat(found).as("Set-Cookie %s in %s", name, response.headers().allValues("Set-Cookie")).isNotEmpty();
    return found.get(found.size() - 1);
  }

  private static String cookieValue(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    return pair.substring(pair.indexOf('=') + 1);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
