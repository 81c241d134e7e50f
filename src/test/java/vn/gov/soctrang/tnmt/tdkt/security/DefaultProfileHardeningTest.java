package vn.gov.soctrang.tnmt.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;

/**
 * The default (demo) profile: read on the raw {@code Set-Cookie} headers, the session cookie from the Tasklist login
 * and Camunda's CSRF cookie each carry exactly one SameSite attribute (Spring's session cookie settings and Camunda's
 * webapp cookie filter must not both add one); an engine error in the webapps' engine API and in {@code /engine-rest}
 * is answered without the engine's text; the password policy stays off for the demo accounts; and the app's own
 * pages (public pages, dashboard) work under a content security policy without {@code 'unsafe-inline'}.
 */
@SharedApplication
class DefaultProfileHardeningTest {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static final Pattern INTERNALS = Pattern.compile("\\$\\{|ENGINE-\\d|Exception|java\\.|org\\.|"
      + "\\bat [a-z]+\\.|SQL|noSuchBean|Unknown property|Cannot ");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void theSessionAndCsrfCookiesCarryOneSameSiteAttributeEach() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    String csrf = onlyCookie(page, "XSRF-TOKEN");
    assertThat(sameSiteCount(csrf)).as(csrf).isEqualTo(1);
    assertThat(csrf).containsIgnoringCase("SameSite=Lax");
    String firstSession = onlyCookie(page, "JSESSIONID");
    assertThat(sameSiteCount(firstSession)).as(firstSession).isEqualTo(1);

    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri(LOGIN))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", "JSESSIONID=" + value(firstSession) + "; XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    for (String setCookie : login.headers().allValues("Set-Cookie")) {
      assertThat(sameSiteCount(setCookie)).as(setCookie).isEqualTo(1);
    }
    String session = onlyCookie(login, "JSESSIONID");
    assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void anEngineErrorInTheWebappsEngineApiAndInEngineRestShowsNoEngineText() throws Exception {
    assertThat(engine.getProcessEngineConfiguration().isEnablePasswordPolicy()).as("demo profile").isFalse();
    engine.getRepositoryService().createDeployment().name("default-profile-hardening-probe").addModelInstance(
        "default-hardening-probe.bpmn", Bpmn.createExecutableProcess("defaultHardeningProbe")
            .camundaHistoryTimeToLive(1).startEvent().userTask("wait").serviceTask("broken")
            .camundaExpression("${noSuchBean.run()}").endEvent().done()).deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("defaultHardeningProbe").getId();
    String modification = "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"broken\"}]}";

    // Cockpit's way: the webapps' engine API, logged in with the session and the CSRF token.
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).GET());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String cookies = "JSESSIONID=" + value(onlyCookie(page, "JSESSIONID")) + "; XSRF-TOKEN=" + token;
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
        .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // The login starts a new session, which gets its own CSRF token (as Cockpit reads it on its next request).
    String sessionId = "JSESSIONID=" + value(onlyCookie(login, "JSESSIONID"));
    HttpResponse<String> next = send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/"))
        .header("Cookie", sessionId).GET());
    String sessionToken = next.headers().firstValue("X-XSRF-TOKEN").orElse(token);
    HttpResponse<String> webapp = send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/process-instance/"
        + instance + "/modification")).header("Content-Type", "application/json")
        .header("Cookie", sessionId + "; XSRF-TOKEN=" + sessionToken).header("X-XSRF-TOKEN", sessionToken)
        .POST(HttpRequest.BodyPublishers.ofString(modification)));
    HttpResponse<String> rest = send(HttpRequest.newBuilder(uri("/engine-rest/process-instance/" + instance
        + "/modification")).header("Content-Type", "application/json").header("Authorization", "Basic "
        + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(modification)));
    for (HttpResponse<String> failed : List.of(webapp, rest)) {
      assertThat(failed.statusCode()).as(failed.uri() + " " + failed.body()).isEqualTo(500);
      assertThat(failed.body()).contains("Không thực hiện được thao tác (mã tham chiếu: ",
          "Vui lòng liên hệ quản trị hệ thống.");
      assertThat(INTERNALS.matcher(failed.body()).find()).as(failed.body()).isFalse();
    }
    engine.getRuntimeService().deleteProcessInstance(instance, "kiểm thử xong");
  }

  @Test
  void theAppsOwnPagesAllowNoInlineStyleOrScriptAndNeedNone() throws Exception {
    Pattern files = Pattern.compile("(?:href|src)=\"([^\"]+\\.(?:css|js))\"");
    for (String path : List.of("/cong-bo", "/cong-bo/1999", "/cong-bo/abc", "/dashboard/", "/dashboard/du-lieu.html")) {
      HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
      assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
      assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
          .contains("default-src 'self'", "script-src 'self';", "style-src 'self';")
          .doesNotContain("unsafe-inline", "unsafe-eval");
      // What the policy would block: an inline style element or attribute, an inline script, an event attribute.
      assertThat(page.body()).as(path).doesNotContain("<style", " style=", "<script>", " onclick=", " onload=")
          .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
      Matcher linked = files.matcher(page.body());
      int found = 0;
      while (linked.find()) {
        URI file = uri(path).resolve(linked.group(1));
        HttpResponse<String> loaded = send(HttpRequest.newBuilder(file).GET());
        assertThat(loaded.statusCode()).as(file.toString()).isEqualTo(200);
        assertThat(loaded.headers().firstValue("Content-Type").orElse("")).as(file.toString())
            .matches(linked.group(1).endsWith(".css") ? "text/css.*" : "(text|application)/javascript.*");
        found++;
      }
      assertThat(found).as("%s links its stylesheet", path).isPositive();
    }
  }

  @Test
  void theBrowsersIconIsServedWithoutLogin() throws Exception {
    // Browsers ask for /favicon.ico on every page of the app's own (the published list, the dashboard).
    HttpResponse<String> icon = send(HttpRequest.newBuilder(uri("/favicon.ico")).GET());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type").orElse("")).matches("image/(x-icon|vnd\\.microsoft\\.icon)");
  }

  static int sameSiteCount(String setCookie) {
    return setCookie.split("(?i)samesite=", -1).length - 1;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The single Set-Cookie header of the named cookie (a second header for the same cookie would be a defect too). */
  private static String onlyCookie(HttpResponse<?> response, String name) {
    List<String> found = response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "=")).toList();
    assertThat(found).as("Set-Cookie %s in %s", name, response.headers().allValues("Set-Cookie")).hasSize(1);
    return found.get(0);
  }

  private static String value(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    return pair.substring(pair.indexOf('=') + 1);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
