package vn.gov.soctrang.tnmt.tdkt.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production image (Dockerfile): built from the project's jar, layered, run as an unprivileged user, with the
 * fonts and the converter the PDFs need inside it, a class-data-sharing archive made at build time and a health
 * check. The file is checked everywhere; the image itself is built and inspected only where a Docker engine answers
 * and the jar has been packaged, and skipped with the reason otherwise.
 */
class ProductionImageTest {

  private static final Path FILE = Path.of("Dockerfile");

  @Test
  void theImageIsBuiltFromTheJarAndRunsAsAnUnprivilegedUser() throws IOException {
    List<String> lines = instructions();
    assertThat(lines).anyMatch(l -> l.matches("COPY target/tdkt-workflow-\\*\\.jar .*"));
    assertThat(String.join("\n", lines)).as("nothing compiled inside the image").doesNotContain("mvnw")
        .doesNotContain("mvn ").contains("-Djarmode=tools").contains("extract --layers");
    for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
      assertThat(lines).as("layer " + layer).anyMatch(l -> l.startsWith("COPY --from=layers")
          && l.contains("/extracted/" + layer + "/"));
    }
    List<String> users = lines.stream().filter(l -> l.startsWith("USER ")).toList();
    assertThat(users).as("the last USER").isNotEmpty();
    String user = users.get(users.size() - 1).substring(5).trim();
    assertThat(user).isNotIn("root", "0", "0:0");
    assertThat(lastIndexOf(lines, "USER ")).as("the user is set before the entry point")
        .isLessThan(lastIndexOf(lines, "ENTRYPOINT "));
  }

  @Test
  void theFontsTheClassDataArchiveAndTheHealthCheckAreInTheImage() throws IOException {
    String text = String.join("\n", instructions());
    assertThat(text).contains("fonts-dejavu-core").contains("fonts-liberation2").contains("libreoffice-writer-nogui");
    assertThat(text).contains("-XX:ArchiveClassesAtExit=/app/tdkt-workflow.jsa")
        .contains("-Dspring.context.exit=onRefresh");
    assertThat(instructions()).anyMatch(l -> l.startsWith("ENTRYPOINT ")
        && l.contains("-XX:SharedArchiveFile=/app/tdkt-workflow.jsa"));
    assertThat(instructions()).anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("/actuator/health/readiness"));
    assertThat(text).contains("MaxRAMPercentage");
  }

  /** Where a Docker engine answers and `./mvnw package` has left the jar: the image builds and runs as uid 10001. */
  @Test
  void theImageBuildsWhereADockerEngineIsAvailable() throws Exception {
    assumeTrue(run(List.of("docker", "info"), 30) == 0, "no Docker engine answers here (`docker info`): the image "
        + "build is not exercised");
    boolean jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.anyMatch(f -> f.getFileName().toString().matches("tdkt-workflow-.*\\.jar"));
    }
    assumeTrue(jar, "no packaged jar in target/ (run `./mvnw -DskipTests package` first): the image build is not "
        + "exercised");
    assertThat(run(List.of("docker", "build", "-t", "tdkt-workflow:test", "."), 1800)).as("docker build").isZero();
    assertThat(output(List.of("docker", "run", "--rm", "--entrypoint", "id", "tdkt-workflow:test", "-u")).trim())
        .isEqualTo("10001");
  }

  private static List<String> instructions() throws IOException {
    // Continuation lines joined, comments dropped.
    List<String> joined = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
      } else {
        current.append(trimmed);
        joined.add(current.toString().replaceAll("\\s+", " ").trim());
        current.setLength(0);
      }
    }
    return joined;
  }

  private static int lastIndexOf(List<String> lines, String prefix) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }

  private static int run(List<String> command, int seconds) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
      return p.waitFor(seconds, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException notInstalled) {
      return -1;
    }
  }

  private static String output(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(120, TimeUnit.SECONDS);
    return out;
  }
}
