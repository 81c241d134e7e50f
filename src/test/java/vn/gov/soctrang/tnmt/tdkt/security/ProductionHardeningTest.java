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
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;

/**
 * The prod profile on a real PostgreSQL, checked on real HTTP responses: security headers (HSTS, content security
 * policy, no sniffing) on the webapps and on the app's own responses, Secure + HttpOnly + SameSite session cookies
 * from the Tasklist login, Camunda's CSRF protection on, {@code /engine-rest} and {@code /api} authenticated, the
 * actuator limited to health (status only) and metrics (administrators), hashed passwords, and no demo accounts.
 */
class ProductionHardeningTest {

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
    if (app != null) {
      app.close();
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
          "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-eval");
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

    assertThat(jdbc.queryForList("select ID_ from ACT_ID_USER", String.class)).containsExactly("admin");
    for (String demo : List.of("vanphong", "giamdoc", "qlddcv")) {
      assertThat(send(get("/api/me").header("Authorization", basic(demo, "demo"))).statusCode()).as(demo)
          .isEqualTo(401);
    }
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private static HttpRequest.Builder form(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
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
