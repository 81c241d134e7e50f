package vn.gov.soctrang.tnmt.tdkt.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import vn.gov.soctrang.tnmt.tdkt.TdktApplication;

/**
 * One start of the application, measured: wall time from {@code SpringApplication.run} to «ready» (the line
 * «Started TdktApplication in X seconds» reports the same span up to «started»), the JVM's uptime then, Spring's
 * start-up steps by their own (exclusive) time, and the processor time the start cost, per kind of thread — on two
 * processors the just-in-time compilers compete with the main thread, so their share decides the wall time as
 * much as the work itself.
 *
 * <p>A cold start (empty database: Flyway creates the application's and the engine's tables, every model, form and
 * decision is deployed, the organisation is seeded) runs in a child JVM through {@link #main}, which closes the
 * application and exits (the smoke run of {@code ./mvnw verify} starts it in its own JVM instead,
 * {@link #inThisJvm}); the warm start (the same database afterwards: the normal restart in production) then runs in
 * the benchmark's own JVM, whose application the benchmark goes on to use.
 */
final class StartupMeasurement {

  private static final String OUTPUT = "bench.startup.out";

  private final BufferingApplicationStartup steps = new BufferingApplicationStartup(100_000);
  private final Map<String, Long> marks = new LinkedHashMap<>();
  private Map<String, Long> threadCpuBefore = Map.of();
  private long processCpuBefore;
  private long classesBefore;
  private long gcBefore;
  private long start;
  private long end;
  private ConfigurableApplicationContext context;

  /** Starts the application with these arguments and the given extra initializers, measuring the start. */
  ConfigurableApplicationContext start(List<String> arguments,
      List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers) {
    threadCpuBefore = threadCpuMs();
    processCpuBefore = processCpuMs();
    classesBefore = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
    gcBefore = gcMs();
    start = System.nanoTime();
    SpringApplicationBuilder builder = new SpringApplicationBuilder(TdktApplication.class)
        .applicationStartup(steps)
        .listeners(event -> {
          if (event instanceof ContextRefreshedEvent || event instanceof ApplicationStartedEvent
              || event instanceof ApplicationReadyEvent) {
            marks.putIfAbsent(event.getClass().getSimpleName(), System.nanoTime());
          }
        });
    initializers.forEach(builder::initializers);
    context = builder.run(arguments.toArray(String[]::new));
    end = System.nanoTime();
    return context;
  }

  /** What the start took; call right after {@link #start}. */
  Map<String, Object> figures() {
    long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("totalMs", ms(end - start));
    f.put("jvmUptimeAtReadyMs", jvmUptime);
    Long refreshed = marks.get(ContextRefreshedEvent.class.getSimpleName());
    Long started = marks.get(ApplicationStartedEvent.class.getSimpleName());
    Long ready = marks.get(ApplicationReadyEvent.class.getSimpleName());
    if (refreshed != null) {
      f.put("untilContextRefreshedMs", ms(refreshed - start));
    }
    if (started != null && ready != null) {
      f.put("runnersMs (seed, identity sync, filters, indexes)", ms(ready - started));
    }
    f.put("processCpuMs", processCpuMs() - processCpuBefore);
    Map<String, Long> threads = threadCpuMs();
    Map<String, Object> byKind = new LinkedHashMap<>();
    Map<String, Long> kinds = new TreeMap<>();
    threads.forEach((name, cpu) -> kinds.merge(kind(name), cpu - threadCpuBefore.getOrDefault(name, 0L),
        Long::sum));
    kinds.entrySet().stream().filter(e -> e.getValue() >= 50)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> byKind.put(e.getKey(), e.getValue()));
    f.put("cpuMsByThread", byKind);
    f.put("gcPauseMs", gcMs() - gcBefore);
    f.put("classesLoaded", ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesBefore);
    f.put("longestStepsOwnTimeMs", ownTimes(12));
    f.put("longestBeanCreationsMs (nested, not additive)", beanCreations(8));
    return f;
  }

  /**
   * Spring's start-up steps by their own time: a step's duration less that of the steps inside it. These add up
   * (to the time spent inside steps), so they say where the main thread went.
   */
  private Map<String, Object> ownTimes(int limit) {
    List<TimelineEvent> events = steps.getBufferedTimeline().getEvents();
    Map<Long, Long> inner = new HashMap<>();
    for (TimelineEvent e : events) {
      Long parent = e.getStartupStep().getParentId();
      if (parent != null) {
        inner.merge(parent, e.getDuration().toMillis(), Long::sum);
      }
    }
    Map<String, Long> own = new HashMap<>();
    for (TimelineEvent e : events) {
      long self = e.getDuration().toMillis() - inner.getOrDefault(e.getStartupStep().getId(), 0L);
      own.merge(label(e), self, Long::sum);
    }
    Map<String, Object> top = new LinkedHashMap<>();
    own.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private Map<String, Object> beanCreations(int limit) {
    Map<String, Long> beans = new HashMap<>();
    for (TimelineEvent e : steps.getBufferedTimeline().getEvents()) {
      if (e.getStartupStep().getName().equals("spring.beans.instantiate")) {
        beans.merge(tag(e, "beanName"), e.getDuration().toMillis(), Math::max);
      }
    }
    Map<String, Object> top = new LinkedHashMap<>();
    beans.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return top;
  }

  private static String label(TimelineEvent e) {
    String name = e.getStartupStep().getName();
    return switch (name) {
      case "spring.beans.instantiate" -> "bean " + tag(e, "beanName");
      case "spring.data.repository.proxy" -> "repository " + shortName(tag(e, "repository"));
      case "spring.data.repository.init" -> "repository init";
      default -> name;
    };
  }

  private static String tag(TimelineEvent e, String key) {
    for (var t : e.getStartupStep().getTags()) {
      if (t.getKey().equals(key)) {
        return t.getValue();
      }
    }
    return "?";
  }

  private static String shortName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** JIT compiler threads, the garbage collector's, the main thread and the rest (pools, Tomcat, Hikari). */
  private static String kind(String threadName) {
    if (threadName.startsWith("C2 Compiler")) {
      return "jit C2 (optimising compiler)";
    }
    if (threadName.startsWith("C1 Compiler")) {
      return "jit C1";
    }
    if (threadName.startsWith("GC ") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
      return "gc and vm";
    }
    if (threadName.equals("main") || threadName.equals("java")) {
      return "main";
    }
    return "other";
  }

  /** CPU time per thread of this process by name, from /proc (empty where there is no /proc). */
  private static Map<String, Long> threadCpuMs() {
    Map<String, Long> cpu = new HashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return cpu;
    }
    long tick = 10; // USER_HZ is 100 on Linux
    try (Stream<Path> list = Files.list(tasks)) {
      for (Path task : list.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("[0-9#]+$", "").strip();
          String stat = Files.readString(task.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          cpu.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick, Long::sum);
        } catch (IOException | RuntimeException ignored) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      return cpu;
    }
    return cpu;
  }

  private static long processCpuMs() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1_000_000;
    }
    return 0;
  }

  private static long gcMs() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** Starts the application in this JVM with these arguments, measures the start, closes it again. */
  static Map<String, Object> inThisJvm(List<String> arguments) {
    StartupMeasurement measurement = new StartupMeasurement();
    try (ConfigurableApplicationContext context = measurement.start(arguments, List.of())) {
      return measurement.figures();
    }
  }

  /**
   * Starts the application in a child JVM (this JVM's heap and compiler options and the extra ones, its
   * classpath) with these arguments, waits until it has started, closed and exited, and returns what it measured.
   */
  static Map<String, Object> inChildJvm(List<String> arguments, List<String> extraJvmOptions, Path outputDir,
      String name) throws IOException, InterruptedException {
    Files.createDirectories(outputDir);
    Path result = outputDir.resolve("startup-" + name + ".json").toAbsolutePath();
    Path log = outputDir.resolve("startup-" + name + ".log").toAbsolutePath();
    Files.deleteIfExists(result);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions());
    command.addAll(extraJvmOptions);
    command.add("-D" + OUTPUT + "=" + result);
    command.add("-cp");
    // Without empty entries: Surefire's class path has one, which the JVM would read as the working directory —
    // the project root, whose processes/ and forms/ would then be deployed a second time.
    command.add(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).collect(java.util.stream.Collectors.joining(File.pathSeparator)));
    command.add(StartupMeasurement.class.getName());
    command.addAll(arguments);
    Files.writeString(outputDir.resolve("startup-" + name + ".command"), String.join("\n", command));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!child.waitFor(10, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new IllegalStateException("The " + name + " start-up did not end within 10 minutes; see " + log);
    }
    if (child.exitValue() != 0 || !Files.exists(result)) {
      throw new IllegalStateException("The " + name + " start-up failed (exit " + child.exitValue() + "); see " + log
          + "\n" + tail(log, 40));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> figures = new ObjectMapper().readValue(result.toFile(), LinkedHashMap.class);
    return figures;
  }

  /**
   * The options this JVM was started with that shape a start-up (heap, compiler, garbage collector, encoding,
   * time zone), without the benchmark's own settings or a flight recording.
   */
  static List<String> jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> (a.startsWith("-X") || a.startsWith("-Dfile.encoding") || a.startsWith("-Duser.timezone") || a.startsWith("-Dtdkt.test.now"))
            && !a.contains("FlightRecord") && !a.startsWith("-Xlog"))
        .toList();
  }

  private static String tail(Path log, int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The child: start, write the figures to {@code -Dbench.startup.out}, close the application, exit. */
  public static void main(String[] args) throws Exception {
    int status = 0;
    try {
      StartupMeasurement measurement = new StartupMeasurement();
      ConfigurableApplicationContext context = measurement.start(List.of(args), List.of());
      Map<String, Object> figures = measurement.figures();
      context.close();
      new ObjectMapper().writeValue(new File(System.getProperty(OUTPUT)), figures);
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }
}
