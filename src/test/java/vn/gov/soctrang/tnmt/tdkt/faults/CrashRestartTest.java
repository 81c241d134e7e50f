package vn.gov.soctrang.tnmt.tdkt.faults;

import vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;
import vn.gov.soctrang.tnmt.tdkt.FormVariables;
import vn.gov.soctrang.tnmt.tdkt.faults.DbSnapshot.Task;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The application killed with SIGKILL in the middle of a year — while people are completing tasks — and started
 * again on the same database loses nothing and carries on: on the H2 file database of the default set-up and on
 * PostgreSQL. The application runs as a child JVM so that it can really die; the test JVM keeps the database
 * (PostgreSQL is embedded in the test JVM) and reads it with plain JDBC.
 *
 * <p>The moment of the kill: the current year's cycle has every unit's report accepted, the consolidated list
 * confirmed (the consolidated report written) and the Council voting, three or four ballots counted and the next
 * on its way; next year's cycle has its unit-report instances registering and drafting, with deadline timers.
 * Every completion the application answered with 2xx must be in the database after the kill, every other one
 * entirely absent, and the cycle must go on from exactly there after the restart.
 *
 * <p>On H2 this found acknowledged ballots missing after the kill: H2 kept commits in memory for up to 500 ms
 * (WRITE_DELAY), now 0 in application.yaml.
 *
 * <p>Heavy by nature: four start-ups of the application, the two databases' runs side by side.
 */
class CrashRestartTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int YEAR = TestClock.startYear();
  private static final int NEXT_YEAR = YEAR + 1;
  private static final String KEY = "TDKT-" + YEAR;
  private static final String NEXT_KEY = "TDKT-" + NEXT_YEAR;
  /**
   * The units that take part. The administrator first sets the demo organisation's seven others inactive (an
   * ordinary admin action) to keep the run short; these five hold every Council member.
   */
  private static final List<String> UNITS = List.of("vp", "ttr", "khtc", "qldd", "ccbvmt");
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");
  private static final String BALLOT = "ballotApprovals";
  private static final String PG_DATABASE = "tdkt_crash_restart";
  private static final Duration START_PATIENCE = Duration.ofSeconds(240);
  private static final Duration STEP_PATIENCE = Duration.ofSeconds(120);
  /** Ballots answered 2xx before the kill; the next one is on its way when it comes (or just answered). */
  private static final int BALLOTS_BEFORE_KILL = 3;

  /**
   * On top of the default profile. A job the killed node had locked stays locked for the lock time (Camunda's
   * default 5 minutes) and is then taken by a live node — delayed, not lost; shortened here, with the idle
   * acquisition back-off, so that the continuation after the restart does not wait minutes.
   */
  private static final List<String> JOB_EXECUTOR = List.of("--camunda.bpm.job-execution.lock-time-in-millis=10000",
      "--camunda.bpm.job-execution.max-wait=2000");

  private static final List<AppProcess> CHILDREN = new CopyOnWriteArrayList<>();
  private static volatile boolean postgresUsed;

  private Rest rest;

  /** Where the database lives and how the test reads it while the application is dead. */
  private interface Database {
    List<String> arguments();

    DbSnapshot snapshot(String label) throws Exception;
  }

  @AfterAll
  static void noChildOutlivesTheTest() throws SQLException {
    CHILDREN.forEach(AppProcess::ensureDead);
    if (!postgresUsed) {
      return;
    }
    try (Connection c = EmbeddedPostgresSupport.server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + PG_DATABASE + " with (force)");
    }
  }

  /**
   * Both databases at once: each run has its own child JVM, folder, port and database and is mostly waiting (on HTTP
   * answers, the child's job executor, the start-up), so side by side they take little more than the longer one
   * instead of the sum. Each run is driven from its own instance of this class (its own {@link #rest}); the test
   * clock is set once for both, as for one test. A failure of either fails the test, the other one attached.
   */
  @Test
  void neitherAnH2FileDatabaseNorAPostgresDatabaseLosesAnythingWhenTheApplicationIsKilledMidCycle()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "crash-restart"));
    try {
      Future<?> h2 = pool.submit(() -> {
        new CrashRestartTest().anH2FileDatabaseLosesNothingWhenTheApplicationIsKilledMidCycle();
        return null;
      });
      Future<?> postgres = pool.submit(() -> {
        new CrashRestartTest().aPostgresDatabaseLosesNothingWhenTheApplicationIsKilledMidCycle();
        return null;
      });
      Throwable h2Failure = failureOf(h2);
      Throwable postgresFailure = failureOf(postgres);
      if (h2Failure != null && postgresFailure != null) {
        h2Failure.addSuppressed(postgresFailure);
      }
      Throwable failure = h2Failure != null ? h2Failure : postgresFailure;
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure instanceof Exception exception) {
        throw exception;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Throwable failureOf(Future<?> run) throws InterruptedException {
    try {
      run.get();
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    }
  }

  private void anH2FileDatabaseLosesNothingWhenTheApplicationIsKilledMidCycle() throws Exception {
    Path work = freshDirectory("h2");
    // The shipped default URL (application.yaml, relative ./data/tdkt) resolves inside the child's working
    // directory. No FILE_LOCK option is needed to reopen the file after SIGKILL: H2 2.x locks the open database
    // with an operating-system file lock, which the kernel releases when the process dies (the second start
    // below opens the very file the killed process left).
    runCrashAndRestart("h2", work, new Database() {
      @Override
      public List<String> arguments() {
        return List.of();
      }

      /** Reads a byte-for-byte copy, so the restart opens the file exactly as the killed process left it. */
      @Override
      public DbSnapshot snapshot(String label) throws Exception {
        Path copy = Files.createDirectories(work.resolve("snapshot-" + label));
        try (Stream<Path> files = Files.list(work.resolve("data"))) {
          for (Path file : files.filter(f -> f.getFileName().toString().startsWith("tdkt.")).toList()) {
            Files.copy(file, copy.resolve(file.getFileName()));
          }
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("tdkt"), "sa", "")) {
          return DbSnapshot.read(c, NEXT_YEAR);
        }
      }
    });
  }

  private void aPostgresDatabaseLosesNothingWhenTheApplicationIsKilledMidCycle() throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    postgresUsed = true;
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + PG_DATABASE + " with (force)");
      s.execute("create database " + PG_DATABASE);
    }
    String url = pg.getJdbcUrl("postgres", PG_DATABASE);
    runCrashAndRestart("postgres", freshDirectory("postgres"), new Database() {
      @Override
      public List<String> arguments() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres");
      }

      @Override
      public DbSnapshot snapshot(String label) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
          return DbSnapshot.read(c, NEXT_YEAR);
        }
      }
    });
  }

  private void runCrashAndRestart(String name, Path work, Database db) throws Exception {
    List<AppProcess> mine = new ArrayList<>();
    long start = System.nanoTime();
    try {
      AppProcess first = launch(name + "-1", work, db, mine);
      progress(name, start, "started");
      Map<String, String> ballots = currentYearUpToTheCouncilVote();
      List<String> ballotIds = ballotOptionIds(ballots.get(COUNCIL.get(0)));
      assertThat(ballotIds).as("nominations on the ballot").hasSize(3);
      Map<String, String> registrations = nextYearStarted();
      progress(name, start, "driven to the middle of the year");

      List<Attempt> attempts = completeTasksWhileTheApplicationIsKilled(first, ballots, registrations, ballotIds);
      DbSnapshot killed = db.snapshot("killed");
      nothingAcknowledgedIsLostAndNothingIsHalfDone(killed, attempts, ballotIds);
      progress(name, start, "killed and checked");

      AppProcess second = launch(name + "-2", work, db, mine);
      progress(name, start, "restarted");
      theRestartedApplicationShowsTheSameState(killed);
      theCycleContinuesFromThere(killed, ballotIds);
      second.stop();
      theFinalStateIsComplete(killed, db.snapshot("final"), ballotIds);
      progress(name, start, "continued and stopped");
    } catch (Throwable failure) {
      mine.forEach(child -> System.err.println(child.tail(60)));
      throw failure;
    } finally {
      mine.forEach(AppProcess::ensureDead);
    }
  }

  private static void progress(String name, long start, String what) {
    System.out.printf("[%s] %s after %d s%n", name, what, (System.nanoTime() - start) / 1_000_000_000);
  }

  private AppProcess launch(String name, Path work, Database db, List<AppProcess> mine) throws Exception {
    List<String> arguments = new ArrayList<>(JOB_EXECUTOR);
    arguments.addAll(db.arguments());
    AppProcess child = AppProcess.start(name, work, arguments);
    CHILDREN.add(child);
    mine.add(child);
    child.awaitReady(START_PATIENCE);
    rest = new Rest(child.baseUrl());
    return child;
  }

  // Before the kill: this year up to the Council's ballot, next year's unit reports under way.

  /** @return each Council member's open ballot task */
  private Map<String, String> currentYearUpToTheCouncilVote() {
    for (JsonNode unit : rest.read("admin", "/api/admin/units")) {
      if (!UNITS.contains(unit.path("code").asText())) {
        Rest.Answer saved = call(() -> rest.put("admin", "/api/admin/units", Map.of("code", unit.path("code")
            .asText(), "shortName", unit.path("shortName").asText(), "name", unit.path("name").asText(),
            "active", false)));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
      }
    }
    startCycle(YEAR);
    for (String unit : UNITS) {
      submit(unit + "cv", KEY, "registerCommitment", "", registration());
      submit(unit + "cv", KEY, "draftReport", "", report(unit));
      submit(unit + "truong", KEY, "approveReport", "", Map.of("headDecision", "APPROVE"));
      submit("vanphong", KEY, "reviewReport", "&processVariables=unitCode_eq_" + unit,
          Map.of("officeDecision", "ACCEPT"));
    }
    submit("vanphong", KEY, "confirmNominationList", "", Map.of("confirmList", true));
    submit("vanphong", KEY, "decideInspection", "", Map.of("inspectionNeeded", "NO"));
    submit("chanhvanphong", KEY, "openCouncilMeeting", "", CouncilMeetingForm.rest(TestClock.today().toString(), COUNCIL));
    for (String holder : List.of("giamdoc", "chanhvanphong")) {
      submit(holder, KEY, "sealBallotBox", "&assignee=" + holder, BallotBoxKeys.seal(holder));
    }
    Map<String, String> ballots = new LinkedHashMap<>();
    COUNCIL.forEach(member -> ballots.put(member, awaitTask(member, KEY, "castBallot", "&assignee=" + member)));
    return ballots;
  }

  /** @return each unit's open registration task in next year's cycle */
  private Map<String, String> nextYearStarted() {
    startCycle(NEXT_YEAR);
    Map<String, String> tasks = new LinkedHashMap<>();
    UNITS.forEach(unit -> tasks.put(unit, awaitTask(unit + "cv", NEXT_KEY, "registerCommitment", "")));
    return tasks;
  }

  private void startCycle(int year) {
    Rest.Answer started = call(() -> rest.post("vanphong", "/engine-rest/process-definition/key/annual-cycle/"
        + "submit-form", Map.of("variables", FormVariables.of(Map.of("cycleYear", year, "reportDeadline",
            TestClock.today().plusDays(20).toString(), "finalSummary", false)))));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
  }

  private static Map<String, Object> registration() {
    return Map.of("commitment", "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", "localityCode", "x-phutam",
        "supportPlan", "Hướng dẫn thủ tục đất đai cho người dân");
  }

  private static Map<String, Object> report(String unit) {
    Map<String, Object> report = new HashMap<>(Map.of("guidanceOnTime", true, "propagandaDone", true,
        "localitySupported", true, "reportSummary", "Hoàn thành nhiệm vụ năm"));
    if (unit.equals("qldd")) {
      report.putAll(Map.of("collectiveProposed", true, "collectiveAward", "GIAY_KHEN",
          "collectiveAchievements", "Hỗ trợ xã Phú Tâm đạt chuẩn nông thôn mới nâng cao"));
      report.putAll(individual(1, "qlddcv", "GIAY_KHEN"));
      report.putAll(individual(2, "qlddtruong", "BANG_KHEN_UBND"));
    }
    return report;
  }

  private static Map<String, Object> individual(int slot, String person, String award) {
    String p = "individual" + slot;
    return Map.of(p + "Person", person, p + "Award", award, p + "TasksCompleted", true,
        p + "Achievements", "Tham mưu tháo gỡ vướng mắc đất đai cho cơ sở", p + "Initiatives", "Số hóa hồ sơ");
  }

  private List<String> ballotOptionIds(String ballotTask) {
    JsonNode options = rest.read(COUNCIL.get(0), "/engine-rest/task/" + ballotTask
        + "/form-variables?variableNames=ballotOptions").path("ballotOptions").path("value");
    List<String> ids = new ArrayList<>();
    parse(options).forEach(o -> ids.add(o.path("value").asText()));
    return ids;
  }

  /**
   * The member's secret choice; different members choose differently so that every nomination ends with its own
   * count: the first 7/0, the second 6/1, the third 5/2.
   */
  private static List<String> choiceOf(String member, List<String> ballotIds) {
    int k = COUNCIL.indexOf(member);
    return ballotIds.stream().filter(id -> !(k == 0 && id.equals(ballotIds.get(1)))
        && !((k == 1 || k == 2) && id.equals(ballotIds.get(2)))).toList();
  }

  private static List<Integer> expectedCount(String nominationId, Set<String> casters, List<String> ballotIds) {
    int approvals = (int) casters.stream().filter(m -> choiceOf(m, ballotIds).contains(nominationId)).count();
    return List.of(approvals, casters.size() - approvals);
  }

  // The kill.

  enum Outcome { ACKNOWLEDGED, NO_ANSWER, REFUSED }

  /** One completion sent to the application and what came back. */
  record Attempt(String kind, String who, String taskId, Outcome outcome, String detail) {
  }

  /**
   * Two people keep completing tasks (one Council member after the other votes; next year's units register and
   * draft) and the application is killed with SIGKILL once the third ballot is answered, at a random moment
   * within the fourth ballot's usual duration — before, during or just after its commit — with the units' next
   * request in flight too.
   */
  private List<Attempt> completeTasksWhileTheApplicationIsKilled(AppProcess app, Map<String, String> ballots,
      Map<String, String> registrations, List<String> ballotIds) throws Exception {
    List<Attempt> attempts = new CopyOnWriteArrayList<>();
    AtomicInteger unitAnswers = new AtomicInteger();
    CountDownLatch nextBallotSent = new CountDownLatch(1);
    Thread units = new Thread(() -> {
      for (String unit : UNITS) {
        if (!attempt(attempts, "registerCommitment", unit + "cv", unit, registrations.get(unit), registration())) {
          return;
        }
        unitAnswers.incrementAndGet();
      }
      for (String unit : UNITS) {
        String task;
        try {
          task = taskIds(rest.get(unit + "cv", "/engine-rest/task?processInstanceBusinessKey=" + NEXT_KEY
              + "&taskDefinitionKey=draftReport")).stream().findFirst().orElse(null);
        } catch (IOException e) {
          return;
        }
        if (task == null || !attempt(attempts, "draftReport", unit + "cv", unit, task, report(unit))) {
          return;
        }
      }
    }, "units");
    List<Long> ballotMillis = new CopyOnWriteArrayList<>();
    Thread council = new Thread(() -> {
      for (String member : COUNCIL) {
        if (ballotMillis.size() == BALLOTS_BEFORE_KILL) {
          nextBallotSent.countDown();
        }
        long start = System.nanoTime();
        if (!attempt(attempts, "castBallot", member, member, ballots.get(member),
            Map.of(BALLOT, choiceOf(member, ballotIds)))) {
          return;
        }
        ballotMillis.add((System.nanoTime() - start) / 1_000_000);
      }
    }, "council");
    units.start();
    await("two unit steps answered", () -> unitAnswers.get() >= 2 || !units.isAlive());
    council.start();
    assertThat(nextBallotSent.await(STEP_PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("ballots answered").isTrue();
    // Somewhere inside the next ballot's usual duration: before, during or just after its commit.
    long typical = ballotMillis.stream().mapToLong(Long::longValue).min().orElse(50);
    Thread.sleep(ThreadLocalRandom.current().nextLong(typical + 1));
    int exit = app.kill();
    units.join(STEP_PATIENCE.toMillis());
    council.join(STEP_PATIENCE.toMillis());

    System.out.println("Completions around the kill (ballots took " + ballotMillis + " ms): " + attempts);
    assertThat(exit).as("exit code of a JVM killed by SIGKILL").isEqualTo(137);
    assertThat(app.logText()).as("no shutdown hook ran: the pool and JPA were never closed")
        .doesNotContain("Closing JPA EntityManagerFactory").doesNotContain("Shutdown initiated");
    assertThat(attempts).as("nothing refused before the kill").noneMatch(a -> a.outcome() == Outcome.REFUSED);
    assertThat(attempts).as("the ballots were cut off by the kill")
        .filteredOn(a -> a.outcome() == Outcome.NO_ANSWER).extracting(Attempt::kind)
        .contains("castBallot");
    return attempts;
  }

  /** @return whether the application answered 2xx (so the worker goes on) */
  private boolean attempt(List<Attempt> attempts, String kind, String user, String who, String taskId,
      Map<String, Object> values) {
    Attempt attempt;
    try {
      Rest.Answer answer = rest.post(user, "/engine-rest/task/" + taskId + "/submit-form",
          Map.of("variables", FormVariables.of(values)));
      attempt = new Attempt(kind, who, taskId, answer.ok() ? Outcome.ACKNOWLEDGED : Outcome.REFUSED,
          answer.status() + " " + answer.text());
    } catch (IOException e) {
      attempt = new Attempt(kind, who, taskId, Outcome.NO_ANSWER, e.toString());
    }
    attempts.add(attempt);
    return attempt.outcome() == Outcome.ACKNOWLEDGED;
  }

  // Straight after the kill, from the database alone.

  private void nothingAcknowledgedIsLostAndNothingIsHalfDone(DbSnapshot db, List<Attempt> attempts,
      List<String> ballotIds) {
    for (Attempt a : attempts) {
      if (a.outcome() == Outcome.ACKNOWLEDGED) {
        assertThat(db.tasks()).as("acknowledged %s is no longer open", a).doesNotContainKey(a.taskId());
        assertThat(db.finishedTasks()).as("acknowledged %s is completed in history", a).contains(a.taskId());
      }
      // A completion without an answer is all or nothing: the task open, or completed in history.
      assertThat(db.tasks().containsKey(a.taskId())).as("%s is either still open or completed", a)
          .isNotEqualTo(db.finishedTasks().contains(a.taskId()));
    }

    // Process instances: this year's cycle, next year's cycle and its units' reports.
    assertThat(db.processInstances().values().stream().filter("annual-cycle"::equals)).hasSize(2);
    assertThat(db.processInstances().values().stream().filter("unit-report"::equals)).hasSize(UNITS.size());
    assertThat(db.tasks().values()).as("every open task belongs to a live process instance")
        .allSatisfy(t -> assertThat(db.processInstances()).containsKey(t.processInstanceId()));
    assertThat(db.jobs().values()).as("no failed job").allSatisfy(j -> assertThat(j.retries()).isPositive());

    // The ballot: each member has either an open ballot or a cast one, never both, never neither; every cast ballot
    // is in the box exactly once, and nothing is counted before the box is opened.
    Set<String> open = db.tasksOf("castBallot").stream().map(Task::assignee).collect(Collectors.toSet());
    assertThat(db.ballotCasters()).as("members who voted").doesNotContainAnyElementsOf(open);
    assertThat(union(open, db.ballotCasters())).containsExactlyInAnyOrderElementsOf(COUNCIL);
    assertThat(db.ballotCasters()).containsAll(attempts.stream().filter(a -> a.kind().equals("castBallot")
        && a.outcome() == Outcome.ACKNOWLEDGED).map(Attempt::who).toList());
    long acknowledged = attempts.stream().filter(a -> a.kind().equals("castBallot")
        && a.outcome() == Outcome.ACKNOWLEDGED).count();
    assertThat(db.ballotCasters().size()).as("ballots counted").isBetween((int) acknowledged, (int) acknowledged + 1);
    assertThat(db.sealedBallots()).as("ballots in the box").isEqualTo(db.ballotCasters().size());
    assertThat(db.ballotCounts()).as("counts before the box is opened").isEmpty();
    ballotIds.forEach(id -> assertThat(db.nominations().get(id)).isEqualTo("MET"));

    // Next year's units: the status, the open task, the registration and the deadline timers agree.
    assertThat(db.reportsOfB().keySet()).containsExactlyInAnyOrderElementsOf(UNITS);
    db.reportsOfB().forEach((unit, report) -> {
      List<Task> tasks = db.tasksIn(report.processInstanceId());
      assertThat(tasks).as("open task of %s", unit).hasSize(1);
      String expectedTask = switch (report.status()) {
        case "REGISTERING" -> "registerCommitment";
        case "DRAFTING" -> "draftReport";
        case "SUBMITTED" -> "approveReport";
        default -> throw new AssertionError("unexpected status of " + unit + ": " + report.status());
      };
      assertThat(tasks.get(0).key()).as("task of %s in status %s", unit, report.status()).isEqualTo(expectedTask);
      assertThat(db.registeredInB().contains(unit)).as("registration of %s", unit)
          .isEqualTo(!report.status().equals("REGISTERING"));
      assertThat(db.jobsIn(report.processInstanceId())).as("deadline timers of %s", unit)
          .hasSize(report.status().equals("DRAFTING") ? 2 : 0);
    });
    attempts.stream().filter(a -> a.outcome() == Outcome.ACKNOWLEDGED).forEach(a -> {
      switch (a.kind()) {
        case "registerCommitment" -> assertThat(db.registeredInB()).contains(a.who());
        case "draftReport" -> assertThat(db.reportsOfB().get(a.who()).status()).isEqualTo("SUBMITTED");
        default -> { }
      }
    });

    // The consolidated report written when the list was confirmed, its bytes intact.
    assertThat(db.documents().values()).filteredOn(d -> d.kind().equals("CONSOLIDATED_REPORT")).singleElement()
        .satisfies(d -> assertThat(d.version()).isOne());
    assertThat(db.documents().values()).allSatisfy(d -> assertThat(d.contentSha256()).as("content of %s", d)
        .isEqualTo(d.sha256()));
    assertThat(db.awards()).isZero();
  }

  // After the restart.

  private void theRestartedApplicationShowsTheSameState(DbSnapshot killed) {
    // Jobs that were due (continuations committed just before the kill) run now; then nothing else moves.
    await("due jobs executed", () -> rest.read("admin", "/engine-rest/job/count?executable=true").path("count")
        .asInt() == 0);
    assertThat(ids(rest.read("admin", "/engine-rest/process-instance"))).as("process instances")
        .containsExactlyInAnyOrderElementsOf(killed.processInstances().keySet());
    Set<String> executions = ids(rest.read("admin", "/engine-rest/execution"));
    if (killed.jobs().values().stream().noneMatch(DbSnapshot.Job::due)) {
      assertThat(executions).as("executions").containsExactlyInAnyOrderElementsOf(killed.executions());
    } else {
      assertThat(executions).as("executions (due jobs may have ended some)").isSubsetOf(killed.executions());
    }
    Map<String, List<String>> tasks = new TreeMap<>();
    rest.read("admin", "/engine-rest/task").forEach(t -> tasks.put(t.path("id").asText(),
        List.of(t.path("name").asText(), t.path("assignee").asText(""))));
    Map<String, List<String>> before = new TreeMap<>();
    killed.tasks().values().forEach(t -> before.put(t.id(), List.of(t.name(), t.assignee() == null ? ""
        : t.assignee())));
    assertThat(tasks).as("open tasks with their names and assignees").isEqualTo(before);
    Set<String> jobs = ids(rest.read("admin", "/engine-rest/job"));
    assertThat(jobs).as("jobs").isSubsetOf(killed.jobs().keySet());
    killed.jobs().values().forEach(j -> {
      if (!jobs.contains(j.id())) {
        assertThat(j.due()).as("only a due job may be gone: %s", j).isTrue();
        assertThat(rest.read("admin", "/engine-rest/history/job-log?successLog=true&jobId=" + j.id()))
            .as("job %s ran after the restart", j).isNotEmpty();
      }
    });

    Map<String, String> statuses = new TreeMap<>();
    rest.read("vanphong", "/api/cycles/" + YEAR + "/nominations").forEach(n -> statuses.put(n.path("id").asText(),
        n.path("status").asText()));
    assertThat(statuses).isEqualTo(killed.nominations());

    DbSnapshot.Document report = killed.documents().values().stream()
        .filter(d -> d.kind().equals("CONSOLIDATED_REPORT")).findFirst().orElseThrow();
    Rest.Answer download = call(() -> rest.get("vanphong", "/api/documents/" + report.id()));
    assertThat(download.status()).isEqualTo(200);
    assertThat(DbSnapshot.sha256(download.body())).as("downloaded consolidated report").isEqualTo(report.sha256());
  }

  private void theCycleContinuesFromThere(DbSnapshot killed, List<String> ballotIds) {
    // The members whose ballot the kill left open vote now; the tally then counts all seven.
    for (Task ballot : killed.tasksOf("castBallot")) {
      complete(ballot.assignee(), ballot.id(), Map.of(BALLOT, choiceOf(ballot.assignee(), ballotIds)));
    }
    // The chair and the secretary open the box the node sealed before it was killed.
    submit("giamdoc", KEY, "openBallotBox", "", BallotBoxKeys.open("giamdoc", "chanhvanphong"));
    String minutesTask = awaitTask("chanhvanphong", KEY, "confirmMinutes", "");
    String minutes = rest.read("chanhvanphong", "/engine-rest/task/" + minutesTask
        + "/form-variables?variableNames=minutesText").path("minutesText").path("value").asText();
    assertThat(minutes).contains("số phiếu thu về: " + COUNCIL.size() + "; số phiếu hợp lệ: " + COUNCIL.size());
    List<List<Integer>> counted = new ArrayList<>();
    Matcher m = Pattern.compile("(\\d+) đồng ý, (\\d+) không đồng ý").matcher(minutes);
    while (m.find()) {
      counted.add(List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
    assertThat(counted).as("counts in the minutes").containsExactly(List.of(7, 0), List.of(6, 1), List.of(5, 2));

    // Next year's units go on from where each one was.
    for (String unit : UNITS) {
      String status = killed.reportsOfB().get(unit).status();
      if (status.equals("REGISTERING")) {
        submit(unit + "cv", NEXT_KEY, "registerCommitment", "", registration());
      }
      if (!status.equals("SUBMITTED")) {
        submit(unit + "cv", NEXT_KEY, "draftReport", "", report(unit));
      }
      awaitTask(unit + "truong", NEXT_KEY, "approveReport", "");
    }
  }

  private void theFinalStateIsComplete(DbSnapshot killed, DbSnapshot db, List<String> ballotIds) {
    assertThat(db.ballotCasters()).containsExactlyInAnyOrderElementsOf(COUNCIL);
    assertThat(db.sealedBallots()).as("the box, emptied at the tally").isZero();
    ballotIds.forEach(id -> assertThat(db.ballotCounts().get(id)).as("final count of nomination %s", id)
        .isEqualTo(expectedCount(id, db.ballotCasters(), ballotIds)));
    assertThat(db.registeredInB()).containsExactlyInAnyOrderElementsOf(UNITS);
    assertThat(db.reportsOfB().values()).allSatisfy(r -> assertThat(r.status()).isEqualTo("SUBMITTED"));
    assertThat(db.finishedTasks()).containsAll(killed.finishedTasks());
    assertThat(db.documents()).as("documents written before the kill, unchanged")
        .containsAllEntriesOf(killed.documents());
    assertThat(db.documents().values()).filteredOn(d -> d.kind().equals("COUNCIL_MINUTES")).singleElement()
        .satisfies(d -> assertThat(d.contentSha256()).isEqualTo(d.sha256()));
  }

  // Tasks through the engine's REST API, as Tasklist uses it.

  private void submit(String user, String businessKey, String taskKey, String filter, Map<String, Object> values) {
    complete(user, awaitTask(user, businessKey, taskKey, filter), values);
  }

  private void complete(String user, String taskId, Map<String, Object> values) {
    Rest.Answer done = call(() -> rest.post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", FormVariables.of(values))));
    assertThat(done.status()).as("completing %s as %s: %s", taskId, user, done.text()).isEqualTo(204);
  }

  /** The one open task of that kind the user sees; waits for it, since a step may continue asynchronously. */
  private String awaitTask(String user, String businessKey, String taskKey, String filter) {
    String path = "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey
        + filter;
    List<String> found = new ArrayList<>();
    await(taskKey + " of " + user, () -> {
      found.clear();
      found.addAll(ids(rest.read(user, path)));
      return !found.isEmpty();
    });
    assertThat(found).as("%s of %s", taskKey, user).hasSize(1);
    return found.get(0);
  }

  private static List<String> taskIds(Rest.Answer answer) {
    return answer.ok() ? List.copyOf(ids(answer.json())) : List.of();
  }

  private static Set<String> ids(JsonNode list) {
    Set<String> ids = new HashSet<>();
    list.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }


  private static JsonNode parse(JsonNode value) {
    try {
      return value.isTextual() ? Rest.JSON.readTree(value.asText()) : value;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private interface Call {
    Rest.Answer run() throws IOException;
  }

  private static Rest.Answer call(Call call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(String what, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + STEP_PATIENCE.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + STEP_PATIENCE + " for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  private static Path freshDirectory(String name) throws IOException {
    Path dir = AppProcess.LOGS.resolve(name);
    if (Files.exists(dir)) {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> p.toFile().delete());
      }
    }
    return Files.createDirectories(dir);
  }
}
