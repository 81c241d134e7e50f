package vn.gov.soctrang.tnmt.tdkt.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml, checked without a Docker engine: PostgreSQL, two nodes of the production image on it with the
 * prod profile, a proxy with sticky sessions and health checks in front; nothing built at {@code up}, passwords only
 * as secret files, memory limits, PostgreSQL's minor release pinned.
 */
class ComposeFileTest {

  private static final Path FILE = Path.of("docker-compose.yml");
  private static final List<String> NODES = List.of("app1", "app2");

  private static Map<String, Object> compose;
  private static Map<String, Object> services;

  @BeforeAll
  static void parse() throws IOException {
    try (Reader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
      compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    }
    services = map(compose, "services");
  }

  @Test
  void postgresTwoAppNodesAndAProxy() {
    assertThat(services).containsKeys("postgres", "proxy", "app1", "app2");
    Map<String, Object> first = map(services, "app1");
    Map<String, Object> second = map(services, "app2");
    for (String key : List.of("image", "secrets", "environment", "volumes", "healthcheck", "mem_limit")) {
      assertThat(second.get(key)).as("app2 runs like app1: " + key).isEqualTo(first.get(key)).isNotNull();
    }
    for (String node : NODES) {
      Map<String, Object> env = map(map(services, node), "environment");
      assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("prod");
      assertThat(env.get("TDKT_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/tdkt");
      assertThat(env.get("TDKT_DB_USER")).isEqualTo(map(map(services, "postgres"), "environment").get("POSTGRES_USER"));
      assertThat(map(map(services, node), "depends_on")).containsKey("postgres");
    }
    // Only the first node creates the schema and seeds an empty database; the second waits for it.
    assertThat(map(map(map(services, "app2"), "depends_on"), "app1").get("condition")).isEqualTo("service_healthy");
  }

  @Test
  void theNodesRunTheProductionImageAndNothingIsBuiltAtUp() {
    services.forEach((name, service) -> {
      assertThat(((Map<?, ?>) service).containsKey("build")).as(name + " has a build step").isFalse();
      assertThat(String.valueOf(((Map<?, ?>) service).get("image"))).as(name + "'s image").isNotBlank()
          .doesNotContain("jdk").doesNotContain("maven");
    });
    for (String node : NODES) {
      assertThat(String.valueOf(map(services, node).get("image"))).contains("tdkt-workflow");
      assertThat(map(services, node)).as(node + " runs the image's own entry point").doesNotContainKey("command");
    }
    assertThat(text()).as("nothing installed at start").doesNotContain("apt-get");
  }

  @Test
  void passwordsAreSecretFilesNeverEnvironmentVariables() {
    services.forEach((name, service) -> {
      Object env = ((Map<?, ?>) service).get("environment");
      if (env instanceof Map<?, ?> entries) {
        entries.forEach((key, value) -> {
          if (key.toString().contains("PASSWORD")) {
            assertThat(key.toString()).as(name + "." + key + " names a file").endsWith("_FILE");
            assertThat(value.toString()).as(name + "." + key).startsWith("/run/secrets/");
          }
        });
      } else {
        assertThat(env).as(name + ": environment as a map").isNull();
      }
    });
    assertThat(map(map(services, "postgres"), "environment").get("POSTGRES_PASSWORD_FILE"))
        .isEqualTo("/run/secrets/TDKT_DB_PASSWORD");
    for (String node : NODES) {
      // The secret's name in the container is the property it fills (Spring's config tree, application-prod.yaml).
      assertThat(secretTargets(node)).containsExactlyInAnyOrder("TDKT_DB_PASSWORD", "TDKT_ADMIN_PASSWORD");
    }
    assertThat(secretTargets("postgres")).containsExactly("TDKT_DB_PASSWORD");
    Map<String, Object> secrets = map(compose, "secrets");
    assertThat(secrets).containsOnlyKeys("db_password", "admin_password");
    secrets.values().forEach(secret -> assertThat(((Map<?, ?>) secret).get("file")).as("a file").isNotNull());
    assertThat(text()).doesNotContainIgnoringCase("demo").doesNotContainPattern("PASSWORD\\s*:")
        .doesNotContainPattern("PASSWORD[A-Z_]*:-");
  }

  @Test
  void everyServiceHasAMemoryLimitAndPostgresAPinnedMinorRelease() {
    services.forEach((name, service) -> assertThat(((Map<?, ?>) service).get("mem_limit"))
        .as(name + "'s memory limit").isNotNull());
    assertThat(String.valueOf(map(services, "postgres").get("image"))).matches("postgres:\\d+\\.\\d+(-[a-z0-9]+)?");
  }

  private static List<String> secretTargets(String service) {
    List<String> targets = new ArrayList<>();
    for (Object secret : (List<?>) map(services, service).get("secrets")) {
      targets.add(String.valueOf(((Map<?, ?>) secret).get("target")));
    }
    return targets;
  }

  @Test
  void onlyTheProxyPublishesAPortAndEveryLongRunningServiceHasAHealthCheck() {
    services.keySet().forEach(name -> {
      Map<String, Object> s = map(services, name);
      if (name.equals("proxy")) {
        assertThat((List<?>) s.get("ports")).isNotEmpty();
      } else {
        assertThat(s).as(name + " publishes no port").doesNotContainKey("ports");
      }
    });
    for (String name : List.of("postgres", "app1", "app2", "proxy")) {
      assertThat((List<?>) map(map(services, name), "healthcheck").get("test")).as(name + " health check")
          .isNotEmpty();
    }
    assertThat(map(map(map(services, "proxy"), "depends_on"), "app1").get("condition")).isEqualTo("service_healthy");
  }

  @Test
  void theProxyIsStickyAndChecksBothNodes() {
    Map<?, ?> proxy = map(services, "proxy");
    Map<?, ?> mount = (Map<?, ?>) ((List<?>) proxy.get("configs")).get(0);
    assertThat(mount.get("target")).isEqualTo("/usr/local/etc/haproxy/haproxy.cfg");
    String config = (String) map(map(compose, "configs"), (String) mount.get("source")).get("content");
    assertThat(config)
        .containsPattern("(?m)^\\s*cookie TDKT_NODE insert indirect nocache")
        .containsPattern("(?m)^\\s*option httpchk GET /actuator/health")
        .containsPattern("(?m)^\\s*option redispatch");
    for (String node : NODES) {
      assertThat(config).containsPattern("(?m)^\\s*server " + node + " " + node + ":8080 cookie " + node + "$");
    }
    assertThat(config).containsPattern("(?m)^\\s*default-server .*\\bcheck\\b");
  }

  /** With a Compose v2 CLI (no engine needed), {@code config} must accept the file with the secret files present. */
  @Test
  void dockerComposeAcceptsTheFile(@TempDir Path secrets) throws Exception {
    List<String> cli = composeCli();
    assumeTrue(cli != null, "no Docker Compose v2 CLI here (`docker compose` / `docker-compose` v2): skipped");
    Files.writeString(secrets.resolve("db_password"), "Mat-khau-CSDL-thu-nghiem-2026");
    Files.writeString(secrets.resolve("admin_password"), "Mat-khau-quan-tri-thu-nghiem-2026");
    assertThat(run(cli, secrets)).as("docker compose config with the secret files").isZero();
  }

  private static List<String> composeCli() throws InterruptedException {
    for (List<String> cli : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
      List<String> version = new ArrayList<>(cli);
      version.addAll(List.of("version", "--short"));
      try {
        Process p = new ProcessBuilder(version).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        // The file uses inline configs (Compose 2.23 and later); Compose v1 cannot read it.
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("v?([2-9]|\\d{2,})\\..*")) {
          return cli;
        }
      } catch (IOException notInstalled) {
        // try the next form
      }
    }
    return null;
  }

  private static int run(List<String> cli, Path secrets) throws Exception {
    List<String> command = new ArrayList<>(cli);
    command.addAll(List.of("--env-file", "/dev/null", "-f", FILE.toString(), "config", "-q"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("TDKT_") || k.startsWith("COMPOSE_"));
    builder.environment().put("TDKT_SECRETS_DIR", secrets.toString());
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("docker compose config finished: " + out).isTrue();
    return p.exitValue();
  }

  private static String text() {
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<?, ?> parent, String key) {
    Object value = parent.get(key);
    assertThat(value).as(key).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }
}
