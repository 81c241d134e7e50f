package vn.gov.soctrang.tnmt.tdkt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Camunda webapps speak Vietnamese by default: each app has a complete {@code vi.json} next to the webjar's
 * {@code en.json}, and its {@code config.js} (ours, which shadows the webjar's) offers Vietnamese first.
 */
class WebappLocaleTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:a|b|br|code|em|i|li|p|span|strong|ul)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern VI_FIRST =
      Pattern.compile("availableLocales\\s*:\\s*\\[\\s*['\"]vi['\"]\\s*[,\\]]");
  private static final Pattern VI_FALLBACK = Pattern.compile("fallbackLocale\\s*:\\s*['\"]vi['\"]");
  private static final Pattern CUSTOM_SCRIPTS = Pattern.compile("customScripts\\s*:\\s*\\[([^\\]]*)]");
  private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void vietnameseLocaleHasEveryEnglishKey(String app) {
    JsonNode en = readJson(webjarResource(APP + app + "/locales/en.json"));
    JsonNode vi = readJson(projectResource(APP + app + "/locales/vi.json"));

    List<String> missing = new ArrayList<>();
    compareStructure(en, vi, "", missing);
    assertThat(missing).as("keys of %s en.json missing or of another shape in vi.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void vietnameseTextsAreFilledTranslatedAndKeepPlaceholders(String app) {
    Map<String, String> en = texts(readJson(webjarResource(APP + app + "/locales/en.json")));
    Map<String, String> vi = texts(readJson(projectResource(APP + app + "/locales/vi.json")));

    // An empty text shows the key instead; a single space is how an English plural "s" is left out.
    assertThat(vi.entrySet()).as("empty values in %s vi.json", app)
        .filteredOn(entry -> entry.getValue().isEmpty()).isEmpty();

    List<String> lost = new ArrayList<>();
    int same = 0;
    for (Map.Entry<String, String> entry : en.entrySet()) {
      String english = entry.getValue();
      String vietnamese = vi.getOrDefault(entry.getKey(), "");
      for (Pattern kept : List.of(PLACEHOLDER, HTML_TAG)) {
        Matcher matcher = kept.matcher(english);
        while (matcher.find()) {
          if (!vietnamese.contains(matcher.group())) {
            lost.add(entry.getKey() + ": " + matcher.group());
          }
        }
      }
      if (english.equals(vietnamese)) {
        same++;
      }
    }
    assertThat(lost).as("placeholders or HTML tags of %s en.json lost in vi.json", app).isEmpty();
    assertThat(en.size() - same).as("values of %s vi.json that differ from English, out of %d", app, en.size())
        .isGreaterThanOrEqualTo((int) Math.ceil(en.size() * 0.9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void configOffersVietnameseFirstAndByDefault(String app) {
    String config = readText(projectResource(APP + app + "/scripts/config.js"));

    assertThat(config).as("%s config.js availableLocales", app).containsPattern(VI_FIRST);
    assertThat(config).as("%s config.js fallbackLocale", app).containsPattern(VI_FALLBACK);

    // The script that makes Vietnamese the default for every browser must be where the app looks for it.
    Matcher scripts = CUSTOM_SCRIPTS.matcher(config);
    assertThat(scripts.find()).as("%s config.js customScripts", app).isTrue();
    Matcher names = QUOTED.matcher(scripts.group(1));
    int count = 0;
    while (names.find()) {
      count++;
      String name = names.group(1).endsWith(".js") ? names.group(1) : names.group(1) + ".js";
      String path = Path.of(APP + app + "/" + name).normalize().toString().replace('\\', '/');
      assertThat(getClass().getClassLoader().getResource(path)).as("custom script %s of %s", path, app)
          .isNotNull();
    }
    assertThat(count).as("%s config.js custom scripts", app).isPositive();
  }

  private static void compareStructure(JsonNode en, JsonNode vi, String path, List<String> missing) {
    if (vi == null || vi.isMissingNode()) {
      missing.add(path);
    } else if (en.isObject()) {
      if (!vi.isObject()) {
        missing.add(path + " (not an object)");
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> fields = en.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        compareStructure(field.getValue(), vi.get(field.getKey()), path + "/" + field.getKey(), missing);
      }
    } else if (en.isArray()) {
      if (!vi.isArray() || vi.size() != en.size()) {
        missing.add(path + " (not an array of " + en.size() + ")");
        return;
      }
      for (int i = 0; i < en.size(); i++) {
        compareStructure(en.get(i), vi.get(i), path + "[" + i + "]", missing);
      }
    } else if (en.isTextual() != vi.isTextual()) {
      missing.add(path + " (not a " + (en.isTextual() ? "text" : "number or flag") + ")");
    }
  }

  /** Every text value by its path; numbers (week settings) are not texts. */
  private static Map<String, String> texts(JsonNode root) {
    Map<String, String> texts = new LinkedHashMap<>();
    collectTexts(root, "", texts);
    return texts;
  }

  private static void collectTexts(JsonNode node, String path, Map<String, String> texts) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> collectTexts(field.getValue(), path + "/" + field.getKey(), texts));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectTexts(node.get(i), path + "[" + i + "]", texts);
      }
    } else if (node.isTextual()) {
      texts.put(path, node.asText());
    }
  }

  /** The webjar's file (the project does not override it). */
  private URL webjarResource(String path) {
    List<URL> found = resources(path);
    URL fromJar = found.stream().filter(url -> "jar".equals(url.getProtocol())).findFirst().orElse(null);
    assertThat(fromJar).as("%s in the Camunda webjar", path).isNotNull();
    return fromJar;
  }

  /** The project's file, which must be the one served (first on the classpath, before the webjar). */
  private URL projectResource(String path) {
    List<URL> found = resources(path);
    assertThat(found).as("%s on the classpath", path).isNotEmpty();
    assertThat(found.get(0).getProtocol()).as("%s must come from the project, not a jar", path)
        .isNotEqualTo("jar");
    return found.get(0);
  }

  private List<URL> resources(String path) {
    try {
      return Collections.list(getClass().getClassLoader().getResources(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode readJson(URL url) {
    try (InputStream in = url.openStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new AssertionError("cannot parse " + url + ": " + e.getMessage(), e);
    }
  }

  private static String readText(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
