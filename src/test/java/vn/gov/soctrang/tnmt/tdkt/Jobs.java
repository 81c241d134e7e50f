package vn.gov.soctrang.tnmt.tdkt;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's asynchronous continuations in tests, where the job executor is off: one at a time, as the job
 * executor would, until none is due. Timers are left alone (a test fires the timer it means to).
 */
public final class Jobs {

  /** More continuations than one step of a cycle ever leaves: reaching it means a loop in the model. */
  static final int LIMIT = 500;

  /**
   * The service tasks that write documents (asynchronous, see document/DocumentDelegates). By the time a user opens
   * the next task, the job executor has run them: test helpers that look for a task or complete one run their due
   * jobs with {@link #runDocumentTasks}.
   */
  public static final java.util.Set<String> DOCUMENT_TASKS = java.util.Set.of("writeConsolidatedReport",
      "writeCouncilMinutes", "draftAwardDecision", "writeAwardDecision", "writeFinalSummary", "writePublicList",
      "writeProvinceDossier", "finalizeProvinceDossier", "writeTitlesDecision", "writeAdHocDecision",
      "writeThematicDecision", "writeThematicSummaryReport");

  /**
   * The per-unit start of the unit-report sub-process (the annual cycle's call activity, asynchronous before each
   * instance): the Office's start only creates one job per unit; the job executor starts the units' instances.
   */
  public static final java.util.Set<String> UNIT_STARTS =
      java.util.Set.of(vn.gov.soctrang.tnmt.tdkt.process.Activities.UNIT_PARTICIPATION);

  private Jobs() {
  }

  /**
   * Starts the units' report instances a cycle's start left as jobs ({@link #UNIT_STARTS}), as the job executor
   * would; every other job is left for the test. The one helper the tests with the job executor off use after a
   * cycle starts.
   *
   * @return how many units' instances it started
   */
  public static int startUnitReports(ManagementService management) {
    return runAt(management, UNIT_STARTS);
  }

  /**
   * Where the job executor runs (the app started with job execution on): waits until it has started every unit's
   * report instance of the given cycle, i.e. no job of {@link #UNIT_STARTS} remains for it, polling the job table
   * every 100 ms, and fails after the timeout with how many are still pending.
   */
  public static void awaitUnitReports(ManagementService management, String cycleInstanceId,
      java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long pending = UNIT_STARTS.stream().mapToLong(id -> management.createJobQuery()
          .processInstanceId(cycleInstanceId).activityId(id).count()).sum();
      if (pending == 0) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(pending + " units' report instances still not started after " + timeout);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for the units' report instances", e);
      }
    }
  }

  /** Runs the due jobs of the document-writing service tasks only ({@link #DOCUMENT_TASKS}). */
  public static int runDocumentTasks(ManagementService management) {
    return runAt(management, DOCUMENT_TASKS);
  }

  /**
   * Executes every due asynchronous continuation, including the ones that executing the others creates. A failing
   * job fails the caller with its cause (its retries go down, as with the job executor).
   *
   * @return how many jobs ran
   */
  public static int runAll(ManagementService management) {
    for (int ran = 0; ran < LIMIT; ran++) {
      List<Job> due = management.createJobQuery().messages().executable().orderByJobId().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return ran;
      }
      management.executeJob(due.get(0).getId());
    }
    throw new AssertionError("Still asynchronous continuations to run after " + LIMIT + " jobs: a loop in a model?");
  }

  /**
   * Executes the due continuations of the given activities only (e.g. the document-writing service tasks), including
   * the ones that executing them creates; every other job is left for the test to run.
   *
   * @return how many jobs ran
   */
  public static int runAt(ManagementService management, java.util.Set<String> activityIds) {
    for (int ran = 0; ran < LIMIT; ran++) {
      java.util.Optional<Job> due = activityIds.stream()
          .flatMap(id -> management.createJobQuery().messages().executable().activityId(id).list().stream())
          .min(java.util.Comparator.comparing(Job::getId));
      if (due.isEmpty()) {
        return ran;
      }
      management.executeJob(due.get().getId());
    }
    throw new AssertionError("Still continuations to run at " + activityIds + " after " + LIMIT + " jobs");
  }
}
