package vn.gov.soctrang.tnmt.tdkt.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The closest thing to the production image's start-up that a machine without a Docker engine can measure: the
 * application laid out as the Dockerfile lays it out (the jar's layers extracted into one directory:
 * {@code tdkt-workflow.jar} and its {@code lib/}), a class-data-sharing archive made by the Dockerfile's training
 * start ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}, an in-memory H2), then the
 * image's own start: {@code java -XX:SharedArchiveFile=… -jar tdkt-workflow.jar} with the image's
 * {@code JAVA_TOOL_OPTIONS} and {@code SPRING_PROFILES_ACTIVE=prod}, on the benchmark's database after its cold start
 * (a restart: schema and deployment in place). Timed from launching the JVM until the readiness health check (the
 * image's HEALTHCHECK) answers 200; then the process is stopped.
 *
 * <p>Differences from the image, reported with the figures: the host's JDK instead of the image's JRE, the host's
 * memory instead of compose's limit (the JVM takes 75 % of either), no container. Without the project's jar (a
 * {@code test}-phase run, before {@code package}) the application jar is assembled from {@code target/classes} and
 * the libraries on the test class path, and the figures say so.
 */
final class ImageStartup {

  /** The Dockerfile's ENV JAVA_TOOL_OPTIONS. */
  static final String JAVA_TOOL_OPTIONS = "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError "
      + "-Duser.timezone=Asia/Ho_Chi_Minh";
  private static final Pattern STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for "
      + "([0-9.]+)\\)");

  private ImageStartup() {
  }

  /**
   * Lays the application out, trains the archive, starts it warm and returns what it measured (or, in
   * {@code notMeasured}, why not).
   */
  static Map<String, Object> measure(Path outputDir, String jdbcUrl, String jdbcUser, String jdbcPassword) {
    Map<String, Object> f = new LinkedHashMap<>();
    Path dir = outputDir.resolve("image-like").toAbsolutePath();
    try {
      deleteTree(dir);
      Path app = dir.resolve("app");
      Files.createDirectories(app);
      Optional<Path> jar = projectJar();
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      if (jar.isPresent()) {
        f.put("layout", "the project's jar " + jar.get().getFileName() + ", layers extracted as the Dockerfile does");
        Path extracted = dir.resolve("extracted");
        run(List.of(java, "-Djarmode=tools", "-jar", jar.get().toAbsolutePath().toString(), "extract", "--layers",
            "--destination", extracted.toString()), dir, Map.of(), dir.resolve("extract.log"), 5);
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
          copyTree(extracted.resolve(layer), app);
        }
        try (Stream<Path> jars = Files.list(app)) {
          Path main = jars.filter(p -> p.toString().endsWith(".jar")).findFirst()
              .orElseThrow(() -> new IOException("no application jar in " + app));
          Files.move(main, app.resolve("tdkt-workflow.jar"), StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        f.put("layout", "no jar built yet (test phase): target/classes as tdkt-workflow.jar with the test class "
            + "path's libraries in lib/ (test libraries included), the image's layout otherwise");
        assemble(app);
      }
      long t = System.nanoTime();
      Path training = dir.resolve("training.log");
      run(List.of(java, "-XX:ArchiveClassesAtExit=" + app.resolve("tdkt-workflow.jsa"),
          "-Dspring.context.exit=onRefresh", "-Dspring.datasource.url=jdbc:h2:mem:training",
          "-Dtdkt.mail.folder=" + dir.resolve("mail"), "-jar", app.resolve("tdkt-workflow.jar").toString()),
          app, Map.of(), training, 10);
      f.put("trainingRunMs", (System.nanoTime() - t) / 1_000_000);
      f.put("archiveMb", Files.size(app.resolve("tdkt-workflow.jsa")) / (1024 * 1024));

      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      // The image's ENTRYPOINT, plus the class-data-sharing log into a file of its own (to tell whether the archive
      // was mapped).
      Path cdsLog = dir.resolve("cds.log");
      List<String> command = List.of(java, "-XX:SharedArchiveFile=" + app.resolve("tdkt-workflow.jsa"),
          "-Xlog:cds=info:file=" + cdsLog, "-jar", app.resolve("tdkt-workflow.jar").toString(), "--server.port=" + port,
          "--tdkt.mail.folder=" + dir.resolve("mail"));
      Map<String, String> env = new LinkedHashMap<>();
      env.put("SPRING_PROFILES_ACTIVE", "prod");
      env.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
      env.put("TDKT_DB_URL", jdbcUrl);
      env.put("TDKT_DB_USER", jdbcUser);
      env.put("TDKT_DB_PASSWORD", jdbcPassword);
      env.put("TDKT_SECRETS_DIR", dir.resolve("no-secrets").toString());
      env.put("TDKT_ADMIN_PASSWORD", "Bm-Kh0i-Dong-" + Long.toString(System.nanoTime(), 36) + "!Xy");
      f.put("command", "JAVA_TOOL_OPTIONS=\"" + JAVA_TOOL_OPTIONS + "\" SPRING_PROFILES_ACTIVE=prod "
          + String.join(" ", command));
      Path log = dir.resolve("warm-start.log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      long launched = System.nanoTime();
      Process child = builder.start();
      try {
        long deadline = launched + TimeUnit.MINUTES.toNanos(5);
        Long readyNanos = null;
        while (System.nanoTime() < deadline && child.isAlive()) {
          if (ready(port)) {
            readyNanos = System.nanoTime() - launched;
            break;
          }
          Thread.sleep(50);
        }
        if (readyNanos == null) {
          f.put("notMeasured", "the image-like start did not become ready (" + (child.isAlive() ? "timeout"
              : "exit " + child.exitValue()) + "); see " + log + "\n" + tail(log, 30));
          return f;
        }
        // Ready must mean this application, not a shell of auto-configuration: its own public page answers.
        int page = status(port, "/cong-bo");
        if (page != 200) {
          f.put("notMeasured", "the image-like start became ready but GET /cong-bo answered " + page
              + " (the application's own beans missing?); see " + log);
          return f;
        }
        f.put("untilReadyMs", readyNanos / 1_000_000);
      } finally {
        child.destroy();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      }
      String text = Files.readString(log, StandardCharsets.UTF_8);
      Matcher m = STARTED.matcher(text);
      if (m.find()) {
        f.put("springStartedInMs", Math.round(Double.parseDouble(m.group(1)) * 1000));
        f.put("jvmRunningAtStartedMs", Math.round(Double.parseDouble(m.group(2)) * 1000));
      }
      String cds = Files.exists(cdsLog) ? Files.readString(cdsLog, StandardCharsets.UTF_8) : "";
      f.put("archiveUsed", cds.contains("Opened archive " + app.resolve("tdkt-workflow.jsa"))
          && !cds.contains("Unable to map") && !cds.contains("Unable to use shared archive")
          && !cds.contains("mismatch"));
      f.put("log", log.toString());
    } catch (IOException | RuntimeException e) {
      f.put("notMeasured", "the image-like start could not be prepared: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.put("notMeasured", "interrupted");
    }
    return f;
  }

  private static int status(int port, String path) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL().openConnection();
      c.setConnectTimeout(2000);
      c.setReadTimeout(10000);
      c.setRequestProperty("Accept", "text/html");
      try {
        return c.getResponseCode();
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return -1;
    }
  }

  private static boolean ready(int port) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + "/actuator/health/readiness")
          .toURL().openConnection();
      c.setConnectTimeout(200);
      c.setReadTimeout(1000);
      try {
        return c.getResponseCode() == 200;
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** target/tdkt-workflow-*.jar, the one Spring Boot repackaged (not a plain or original one). */
  private static Optional<Path> projectJar() throws IOException {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    Optional<Path> jar;
    try (Stream<Path> files = Files.list(target)) {
      jar = files.filter(p -> p.getFileName().toString().matches("tdkt-workflow-.*\\.jar")
          && !p.getFileName().toString().contains("-plain") && !p.getFileName().toString().contains("sources"))
          .findFirst();
    }
    // A jar left by an earlier build holds earlier models: started on the benchmark's database it would deploy them
    // as the newest versions, and the run would measure them instead of today's. Only a jar at least as new as every
    // compiled file is used (after `package`, as in -Pbenchmark); otherwise the layout is assembled from the classes.
    if (jar.isPresent()) {
      FileTime built = Files.getLastModifiedTime(jar.get());
      Path classes = target.resolve("classes");
      if (Files.isDirectory(classes)) {
        try (Stream<Path> compiled = Files.walk(classes)) {
          if (compiled.filter(Files::isRegularFile).anyMatch(f -> newerThan(f, built))) {
            return Optional.empty();
          }
        }
      }
    }
    return jar;
  }

  private static boolean newerThan(Path file, FileTime time) {
    try {
      return Files.getLastModifiedTime(file).compareTo(time) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** The layout {@code extract} makes, from this JVM's class path: an application jar naming lib/*.jar. */
  private static void assemble(Path app) throws IOException {
    Path lib = app.resolve("lib");
    Files.createDirectories(lib);
    List<String> classPath = new ArrayList<>();
    Path classes = null;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path p = Path.of(entry);
      if (Files.isDirectory(p) && p.endsWith(Path.of("target", "classes"))) {
        classes = p;
      } else if (Files.isRegularFile(p) && p.toString().endsWith(".jar") && !p.getFileName().toString()
          .startsWith("surefire")) {
        String name = classPath.size() + "-" + p.getFileName();
        Files.copy(p, lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        classPath.add("lib/" + name);
      }
    }
    if (classes == null) {
      throw new IOException("target/classes is not on the class path");
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "vn.gov.soctrang.tnmt.tdkt.TdktApplication");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    Path root = classes;
    try (OutputStream out = Files.newOutputStream(app.resolve("tdkt-workflow.jar"));
        JarOutputStream jar = new JarOutputStream(out, manifest); Stream<Path> all = Files.walk(root)) {
      // Directories get entries of their own, as in any jar the build makes: without them the class loader finds no
      // package folder, Spring's component scan finds nothing and only the auto-configuration starts.
      for (Path p : (Iterable<Path>) all.filter(p -> !p.equals(root)).sorted()::iterator) {
        String name = root.relativize(p).toString().replace(File.separatorChar, '/');
        if (Files.isDirectory(p)) {
          jar.putNextEntry(new JarEntry(name + "/"));
        } else {
          jar.putNextEntry(new JarEntry(name));
          Files.copy(p, jar);
        }
        jar.closeEntry();
      }
    }
  }

  private static void run(List<String> command, Path dir, Map<String, String> env, Path log, int minutes)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("SPRING_PROFILES_ACTIVE");
    builder.environment().putAll(env);
    Process p = builder.start();
    if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException(command.get(1) + "… did not end within " + minutes + " minutes; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IOException(command.get(1) + "… failed (exit " + p.exitValue() + "); see " + log + "\n"
          + tail(log, 30));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  private static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
