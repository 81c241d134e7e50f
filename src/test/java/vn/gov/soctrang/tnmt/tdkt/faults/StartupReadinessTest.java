package vn.gov.soctrang.tnmt.tdkt.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The application is up when it says so: from the moment its port opens, someone logging in with a right password
 * (the webapps' login form, or HTTP Basic on the app API) either waits on a 503 «Hệ thống đang khởi động…» or gets
 * in, never a 401 that reads as a wrong password; readiness says OUT_OF_SERVICE until the organisation is in
 * Camunda, then UP. The application starts in a JVM of its own on an empty H2 database (the demo organisation).
 */
class StartupReadinessTest {

  private static final Duration PATIENCE = Duration.ofMinutes(4);
  private static AppProcess app;

  /** One attempt of each kind, in the order it was made, with what came back (or "-" when the port was closed). */
  private record Attempt(String what, int status, String body) {
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.ensureDead();
    }
  }

  @Test
  void aLoginWhileTheApplicationStartsWaitsOrSucceedsButIsNeverRefused() throws Exception {
    Path work = Files.createTempDirectory("tdkt-startup-gate");
    app = AppProcess.start("startup-gate", work, List.of());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<Attempt> attempts = new ArrayList<>();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    boolean apiIn = false;
    boolean webappIn = false;
    while (!(apiIn && webappIn)) {
      assertThat(System.nanoTime()).as("both logins succeed within %s\n%s", PATIENCE, app.tail(60))
          .isLessThan(deadline);
      assertThat(app.isAlive()).as("the application runs\n%s", app.tail(60)).isTrue();
      Optional<Attempt> readiness = send(http, "readiness", HttpRequest.newBuilder(uri("/actuator/health/readiness")));
      readiness.ifPresent(attempts::add);
      Optional<Attempt> api = send(http, "api", HttpRequest.newBuilder(uri("/api/me"))
          .header("Authorization", Rest.basic("vanphong")).header("Accept", "application/json"));
      api.ifPresent(attempts::add);
      apiIn |= api.map(a -> a.status() == 200).orElse(false);
      Optional<Attempt> webapp = webappLogin();
      webapp.ifPresent(attempts::add);
      webappIn |= webapp.map(a -> a.status() == 200).orElse(false);
      if (readiness.isEmpty()) {
        Thread.sleep(20);
      }
    }

    // Once in, the readiness probe says so too.
    send(http, "readiness", HttpRequest.newBuilder(uri("/actuator/health/readiness"))).ifPresent(attempts::add);

    assertThat(attempts).as("no right password refused during start-up")
        .filteredOn(a -> !a.what().equals("readiness"))
        .allSatisfy(a -> assertThat(a.status()).as("%s: %s", a.what(), a.body()).isIn(200, 503));
    List<Attempt> refusedWhileStarting = attempts.stream().filter(a -> a.status() == 503 && !a.what()
        .equals("readiness")).toList();
    assertThat(refusedWhileStarting).as("the window between the port opening and the organisation being ready "
        + "was met (and gated)").isNotEmpty();
    assertThat(refusedWhileStarting).allSatisfy(a -> assertThat(a.body()).contains("Hệ thống đang khởi động"));
    assertThat(attempts).as("readiness before and after").filteredOn(a -> a.what().equals("readiness"))
        .extracting(Attempt::status).startsWith(503).endsWith(200);
    assertThat(attempts).filteredOn(a -> a.what().equals("readiness") && a.status() == 503).first()
        .extracting(Attempt::body).asString().contains("OUT_OF_SERVICE");

    // A browser opening a page in the window gets the Vietnamese page that reloads itself; once ready, the page.
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/"))
        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(app.stop()).as("graceful stop").isIn(0, 143);
  }

  @Test
  void theStartingPageIsVietnameseAndReloadsItself() {
    var filter = new vn.gov.soctrang.tnmt.tdkt.security.StartupGateFilter(
        new org.springframework.boot.availability.ApplicationAvailabilityBean());
    var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/camunda/app/tasklist/");
    request.addHeader("Accept", "text/html,application/xhtml+xml");
    var response = new org.springframework.mock.web.MockHttpServletResponse();
    try {
      filter.doFilter(request, response, (rq, rs) -> {
        throw new AssertionError("passed on while starting");
      });
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeader("Retry-After")).isEqualTo("5");
      assertThat(response.getContentAsString()).contains("<html lang=\"vi\"", "Hệ thống đang khởi động",
          "http-equiv=\"refresh\"");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Optional<Attempt> webappLogin() throws InterruptedException {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(2)).build();
    Optional<Attempt> opened = send(browser, "tasklist page", HttpRequest.newBuilder(
        uri("/camunda/app/tasklist/default/")).header("Accept", "application/json"));
    if (opened.isEmpty() || opened.get().status() != 200) {
      return opened;
    }
    String token = lastToken;
    return send(browser, "webapp login", HttpRequest.newBuilder(
        uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
        .header("X-XSRF-TOKEN", token == null ? "" : token)
        .POST(HttpRequest.BodyPublishers.ofString("username=vanphong&password=demo")));
  }

  private String lastToken;

  private Optional<Attempt> send(HttpClient client, String what, HttpRequest.Builder request)
      throws InterruptedException {
    try {
      HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> lastToken = t);
      return Optional.of(new Attempt(what, response.statusCode(), response.body()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static URI uri(String path) {
    return URI.create(app.baseUrl() + path);
  }
}
