package vn.gov.soctrang.tnmt.tdkt.organization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The four webapps' {@code config.js} with the name of the issuing body in force today in their header: the project's
 * file (which shadows the webjar's) with its {@code vendor} replaced, so a reorganisation entered as a dated row
 * ({@code POST /api/admin/issuing-bodies}) renames Tasklist, Cockpit, Admin and Welcome on its date without a
 * release (the project's files leave it empty). Served before the login like the static file it replaces, and not cached by the browser.
 */
@RestController
class WebappBrandController {

  private static final Set<String> APPS = Set.of("admin", "cockpit", "tasklist", "welcome");
  private static final Pattern VENDOR = Pattern.compile("vendor:\\s*'[^'\\n]*'");

  private final OrganizationHistoryService history;
  private final Clock clock;

  WebappBrandController(OrganizationHistoryService history, Clock clock) {
    this.history = history;
    this.clock = clock;
  }

  @GetMapping("/camunda/app/{app}/scripts/config.js")
  ResponseEntity<String> config(@PathVariable String app) throws IOException {
    if (!APPS.contains(app)) {
      return ResponseEntity.notFound().build();
    }
    String file;
    try (InputStream in = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js")
        .getInputStream()) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String branded = VENDOR.matcher(file).replaceFirst(Matcher.quoteReplacement("vendor: '"
        + javaScriptText(vendorToday()) + "'"));
    return ResponseEntity.ok().contentType(new MediaType("application", "javascript", StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noCache()).body(branded);
  }

  /** Without the database (an outage) the header shows the app's name alone rather than no webapp at all. */
  private String vendorToday() {
    try {
      return vendor(history.issuingBodyOn(LocalDate.now(clock)));
    } catch (DataAccessException | IllegalStateException e) {
      return "";
    }
  }

  /** «Sở Nông nghiệp và Môi trường Cần Thơ ·»: the body's name and its place, before the app's name. */
  static String vendor(IssuingBody body) {
    return body.getName() + " " + body.getPlace() + " ·";
  }

  /** The text inside a single-quoted JavaScript string. */
  static String javaScriptText(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '<' -> out.append("\\u003c");
        case '\n', '\r', '\u2028', '\u2029' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
