package vn.gov.soctrang.tnmt.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The default (demo) profile, read on the raw {@code Set-Cookie} headers: the session cookie from the Tasklist login
 * and Camunda's CSRF cookie each carry exactly one SameSite attribute (Spring's session cookie settings and Camunda's
 * webapp cookie filter must not both add one), and the session cookie is HttpOnly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CookieAttributesTest {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @LocalServerPort
  int port;

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
