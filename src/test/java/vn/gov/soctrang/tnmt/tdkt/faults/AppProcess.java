package vn.gov.soctrang.tnmt.tdkt.faults;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;
import vn.gov.soctrang.tnmt.tdkt.testclock.ChildJvmClock;

/**
 * The application as a separate JVM, started the way an administrator starts it (its main class, the default
 * profile), so that it can be killed for real while the test JVM — and the database it owns — lives on.
 */
final class AppProcess {

  static final Path LOGS = Path.of("target", "crash-restart").toAbsolutePath();

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the application in {@code workDir} (its relative {@code ./data} folder lands there) with the given
   * command-line arguments on top of the default profile. Output goes to {@code target/crash-restart/<name>.log}.
   */
  static AppProcess start(String name, Path workDir, List<String> arguments) throws IOException {
    int port = freePort();
    Files.createDirectories(LOGS);
    Path log = LOGS.resolve(name + ".log");
    // Quick start-up on a small shared machine: the quick compiler only, one serial collector instead of G1's
    // helper threads (two children may run side by side), no perf-data file.
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Dfile.encoding=UTF-8"));
    command.addAll(ChildJvmClock.jvmOptions());
    command.addAll(List.of("-cp", applicationClassPath() + File.pathSeparator + ChildJvmClock.classPathEntry(),
        TdktApplication.class.getName(), "--server.port=" + port));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("TDKT_")
        || key.equals("PORT"));
    return new AppProcess(name, builder.start(), port, log);
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** Waits until the health answer is UP and the demo accounts log in (the seed has run). */
  void awaitReady(Duration patience) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " ended during start-up (exit " + process.exitValue() + ")\n" + tail(80));
      }
      if (answers(http, "/actuator/health", null) && answers(http, "/api/me", "vanphong")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(name + " not ready after " + patience + "\n" + tail(80));
  }

  private boolean answers(HttpClient http, String path, String user) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
          .timeout(Duration.ofSeconds(10));
      if (user != null) {
        request.header("Authorization", Rest.basic(user));
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && (user != null || response.body().contains("UP"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook, no pool close, no database close.
   *
   * @return the exit code (137 = 128 + SIGKILL)
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " still alive 60 s after SIGKILL");
    }
    return process.exitValue();
  }

  /** SIGTERM: the ordinary, graceful stop. */
  int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      throw new AssertionError(name + " did not stop within 90 s of SIGTERM\n" + tail(40));
    }
    return process.exitValue();
  }

  /** Waits for the application to end by itself (a refused start-up); empty if it still runs after the patience. */
  java.util.OptionalInt awaitExit(Duration patience) throws InterruptedException {
    return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) ? java.util.OptionalInt.of(process.exitValue())
        : java.util.OptionalInt.empty();
  }

  /** For @AfterAll: whatever happened, no child outlives the test. */
  void ensureDead() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "----- last lines of " + log + " -----\n"
          + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  String name() {
    return name;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * The test's own classpath minus the test classes: the application's classes and every dependency. (Surefire
   * puts the real classpath into java.class.path of the forked test JVM.)
   */
  private static String applicationClassPath() {
    String classPath = System.getProperty("java.class.path");
    return Arrays.stream(classPath.split(File.pathSeparator))
        .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
