package vn.gov.soctrang.tnmt.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Runs the processes on the real application context (H2 in memory, job executor off: tests drive the jobs), as
 * the demo organisation's real users. Each test starts from no cycles, reports or instances. The application is the
 * one the REST tests use too ({@link SharedApplication}), started once for all of them.
 */
@SharedApplication
public abstract class ProcessTestSupport {

  protected static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  protected static final int YEAR = TestClock.startYear();

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected IdentityService identity;
  @Autowired protected ManagementService management;
  @Autowired protected HistoryService history;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService organizationService;
  @Autowired private org.springframework.context.ApplicationContext context;

  /** Builds a half-finished cycle at a stage, for the tests that start there (see {@link #startCycleBefore}). */
  protected StageFixtures stages;

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(engine);
    identity.clearAuthentication();
    stages = new StageFixtures(context);
  }

  @AfterEach
  void removeWhatTheTestCreated() {
    TestData.removeWhatTestsCreated(context);
  }

  /** Acts as the given demo user, with their groups, for the following engine calls. */
  protected void as(String user) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
  }

  /** The work's result as the user (with their groups) sees it through the engine, then no current user again. */
  protected <T> T asUser(String user, Supplier<T> work) {
    as(user);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  protected static String deadline(int daysFromToday) {
    return TestClock.today().plusDays(daysFromToday).toString();
  }

  /**
   * The Office starts the year's cycle, then the job executor starts every unit's report instance (see
   * {@link #startUnitReports()}); {@link #startCycleOnly} stops before that.
   */
  protected ProcessInstance startCycle(int year, boolean finalSummary) {
    ProcessInstance cycle = startCycleOnly(year, finalSummary);
    startUnitReports();
    return cycle;
  }

  /** The Office's start of the year's cycle alone: the units' report instances are still jobs. */
  protected ProcessInstance startCycleOnly(int year, boolean finalSummary) {
    as("vanphong");
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.ANNUAL_CYCLE, Map.of(
          AnnualCycleVariables.CYCLE_YEAR.name(), year,
          AnnualCycleVariables.REPORT_DEADLINE.name(), deadline(30),
          AnnualCycleVariables.FINAL_SUMMARY.name(), finalSummary));
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Runs the jobs that start the units' report instances after a cycle's start ({@link Jobs#startUnitReports}), as
   * the job executor does (off in tests); every other job is left alone.
   */
  protected int startUnitReports() {
    return Jobs.startUnitReports(management);
  }

  /**
   * The annual cycle of a cycle the {@link #stages} built, started before the given activity with the variables the
   * cycle has by then (as the Office's start would; no user logged in, as the engine's own steps run).
   */
  protected ProcessInstance startCycleBefore(String activityId, long cycleId) {
    return runtime.createProcessInstanceByKey(ProcessKeys.ANNUAL_CYCLE).startBeforeActivity(activityId)
        .setVariables(stages.cycleVariables(cycleId))
        .businessKey(ProcessKeys.cycleBusinessKey(stages.year(cycleId))).execute();
  }

  /**
   * One award type's proposal to the province, started on its own from its start event with what the annual cycle's
   * call activity passes to it, for a cycle the {@link #stages} built up to {@link StageFixtures#disclosedWithoutObjections}.
   */
  protected ProcessInstance startProvinceSubmission(long cycleId, String awardType) {
    return runtime.createProcessInstanceByKey(ProcessKeys.PROVINCE_SUBMISSION)
        .setVariables(stages.provinceSubmissionVariables(cycleId, awardType))
        .businessKey(ProcessKeys.cycleBusinessKey(stages.year(cycleId))).execute();
  }

  /** The nominations of {@link #consolidatedCycle()}: qldd's collective and two of its people. */
  protected static Map<String, List<Map<String, Object>>> qlddNominations() {
    return Map.of("qldd", List.of(collective("GIAY_KHEN"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ địa chính"),
        individual("qlddtruong", "BANG_KHEN_UBND", true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ")));
  }

  protected ProcessInstance unitInstance(ProcessInstance cycle, String unitCode) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .variableValueEquals(TaskContextVariables.UNIT_CODE.name(), unitCode).singleResult();
  }

  /**
   * Runs the due jobs of the document-writing service tasks only ({@link Jobs#DOCUMENT_TASKS}). By the time a user
   * opens their next task the job executor has run them, so {@link #task} and {@link #complete} call this: before
   * looking for a task (e.g. the draft decision before «Giám đốc quyết định») and after completing one (e.g. the
   * decision and the certificates after it).
   */
  protected int runDocumentTasks() {
    return Jobs.runDocumentTasks(management);
  }

  /**
   * The instance that runs a cycle's Council: the called council-vote.bpmn (ADR 0019) while it runs, the cycle itself
   * otherwise (a model with the inline stage, or no Council running).
   */
  protected ProcessInstance councilInstance(ProcessInstance cycle) {
    ProcessInstance council = runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .processDefinitionKey(ProcessKeys.COUNCIL_VOTE).singleResult();
    return council == null ? cycle : council;
  }

  /**
   * The id of the cycle's Council instance, running or ended (the latest council-vote.bpmn the cycle called), for
   * runtime and history queries alike; the cycle's own id for a model with the inline stage.
   */
  protected String councilId(ProcessInstance cycle) {
    List<org.camunda.bpm.engine.history.HistoricProcessInstance> called = history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(cycle.getId()).processDefinitionKey(ProcessKeys.COUNCIL_VOTE)
        .orderByProcessInstanceStartTime().desc().list();
    return called.isEmpty() ? cycle.getId() : called.get(0).getId();
  }

  /** A task of the instance, or of the Council it calls (the Council's tasks are in the called instance). */
  protected Task task(ProcessInstance instance, UserTask userTask) {
    runDocumentTasks();
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(userTask.id())
        .singleResult();
    if (task == null) {
      task = tasks.createTaskQuery().processInstanceId(councilInstance(instance).getId()).taskDefinitionKey(userTask.id())
          .singleResult();
    }
    assertThat(task).as("open task %s", userTask).isNotNull();
    return task;
  }

  protected void complete(ProcessInstance instance, UserTask userTask, String user, Map<String, Object> variables) {
    Task task = task(instance, userTask);
    as(user);
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
    runDocumentTasks();
  }

  /**
   * Runs the asynchronous continuations the last steps left (the job executor is off in tests), e.g. closing the
   * consolidated list or the tally after the last ballot.
   */
  protected int runJobs() {
    return Jobs.runAll(management);
  }

  protected Job timer(ProcessInstance instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    if (job == null) {
      job = management.createJobQuery().processInstanceId(councilInstance(instance).getId()).activityId(activityId)
          .singleResult();
    }
    assertThat(job).as("timer on %s", activityId).isNotNull();
    return job;
  }

  // Form submissions as the forms send them.

  protected static Map<String, Object> registration() {
    return Map.of(UnitReportVariables.COMMITMENT.name(),
        "Phấn đấu hoàn thành xuất sắc nhiệm vụ, hỗ trợ xã đạt chuẩn nông thôn mới nâng cao",
        UnitReportVariables.LOCALITY_CODE.name(), "x-phutam", UnitReportVariables.SUPPORT_PLAN.name(),
            "Hướng dẫn cấp giấy chứng nhận quyền sử dụng đất");
  }

  protected static Map<String, Object> report(boolean allCriteria, List<Map<String, Object>> nominations) {
    Map<String, Object> values = new HashMap<>();
    values.put(UnitReportVariables.GUIDANCE_ON_TIME.name(), allCriteria);
    values.put(UnitReportVariables.GUIDANCE_NOTE.name(), "Hướng dẫn số 12/HD-STNMT");
    values.put(UnitReportVariables.PROPAGANDA_DONE.name(), true);
    values.put(UnitReportVariables.PROPAGANDA_NOTE.name(), "3 hội nghị tuyên truyền");
    values.put(UnitReportVariables.LOCALITY_SUPPORTED.name(), true);
    values.put(UnitReportVariables.SUPPORT_RESULT.name(), "Xã Phú Tâm đạt chuẩn nông thôn mới nâng cao");
    values.put(UnitReportVariables.REPORT_SUMMARY.name(), "Đơn vị hoàn thành các nhiệm vụ của phong trào năm " + YEAR);
    values.putAll(slots(nominations));
    return values;
  }

  /**
   * Puts nominations into the form's slots, the collective one then individual 1, 2, … in order, and empties the
   * rest, as Tasklist submits the form.
   */
  protected static Map<String, Object> slots(List<Map<String, Object>> nominations) {
    return NominationFormValues.slots(nominations);
  }

  protected static Map<String, Object> collective(String award) {
    Map<String, Object> n = new HashMap<>();
    n.put("nomineeType", "COLLECTIVE");
    n.put("proposedAward", award);
    n.put("achievements", "Hoàn thành xuất sắc nhiệm vụ năm");
    return n;
  }

  protected static Map<String, Object> individual(String username, String award, boolean tasksCompleted,
      String initiatives) {
    Map<String, Object> n = new HashMap<>();
    n.put("nomineeType", "INDIVIDUAL");
    n.put("personUsername", username);
    n.put("proposedAward", award);
    n.put("tasksCompleted", tasksCompleted);
    n.put("achievements", "Tham mưu tháo gỡ vướng mắc về đất đai cho xã");
    if (initiatives != null) {
      n.put("initiatives", initiatives);
    }
    return n;
  }

  protected static Map<String, Object> decision(String variable, String value, String comment) {
    Map<String, Object> values = new HashMap<>();
    values.put(variable, value);
    if (comment != null) {
      values.put(variable.replace("Decision", "Comment"), comment);
    }
    return values;
  }

  /** Every unit reports: qldd nominates its collective and two people, the others their collective. */
  protected ProcessInstance consolidatedCycle() {
    ProcessInstance cycle = startCycle(YEAR, false);
    reportAndAccept(cycle, "qldd", qlddNominations().get("qldd"));
    for (vn.gov.soctrang.tnmt.tdkt.organization.Unit unit : organizationService.activeUnits()) {
      if (!unit.getCode().equals("qldd")) {
        reportAndAccept(cycle, unit.getCode(), List.of());
      }
    }
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    runJobs();
    return cycle;
  }

  /** The seven members of the demo Council. */
  protected static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");

  /**
   * From the confirmed list: no inspection, all seven members present and approving every nomination, the minutes
   * confirmed, the disclosure period over without objections.
   */
  protected void approvedAndDisclosed(ProcessInstance cycle) {
    councilMeetsInFull(cycle);
    everyMemberApprovesEverything(cycle);
    runJobs();
    ballotBoxOpened(cycle);
    complete(cycle, UserTask.CONFIRM_MINUTES, "chanhvanphong", Map.of(CouncilMeetingVariables.CONFIRM_MINUTES.name(),
        true));
    management.executeJob(timer(cycle, vn.gov.soctrang.tnmt.tdkt.process.Activities.DISCLOSURE_PERIOD).getId());
    // The draft decision and the upward dossiers are written in jobs of their own.
    runDocumentTasks();
  }

  /**
   * From the confirmed list (its closing continuation is run first): no inspection, the Council meets with all seven
   * members present; the ballots open.
   */
  protected void councilMeetsInFull(ProcessInstance cycle) {
    runJobs();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong", CouncilMeetingForm.engine(TestClock.today().toString(), COUNCIL));
    ballotBoxSealed(cycle);
  }

  /**
   * The meeting's chair and secretary each seal their half of the ballot box with their own passphrase
   * ({@link BallotBoxKeys#passphrase}), logged in as themselves; the ballots open after the jobs.
   */
  protected void ballotBoxSealed(ProcessInstance cycle) {
    for (Task seal : tasks.createTaskQuery().processInstanceId(councilInstance(cycle).getId())
        .taskDefinitionKey(UserTask.SEAL_BALLOT_BOX.id()).list()) {
      as(seal.getAssignee());
      try {
        tasks.complete(seal.getId(), BallotBoxKeys.seal(seal.getAssignee()));
      } finally {
        identity.clearAuthentication();
      }
    }
    runJobs();
  }

  /** The chair and the secretary open the box with their passphrases; the minutes follow after the jobs. */
  protected void ballotBoxOpened(ProcessInstance cycle) {
    ballotBoxOpenedLeavingTheTallyToItsJob(cycle);
    runJobs();
  }

  /** As {@link #ballotBoxOpened}, without running the tally's job. */
  protected void ballotBoxOpenedLeavingTheTallyToItsJob(ProcessInstance cycle) {
    ProcessInstance council = councilInstance(cycle);
    Task open = tasks.createTaskQuery().processInstanceId(council.getId())
        .taskDefinitionKey(UserTask.OPEN_BALLOT_BOX.id()).singleResult();
    Map<String, Object> holders = jdbc.queryForMap("select chair_username, secretary_username from council_meeting "
        + "where id = ?", runtime.getVariable(council.getId(), CouncilMeetingVariables.MEETING_ID.name()));
    String chair = (String) holders.get("chair_username");
    as(chair);
    try {
      tasks.complete(open.getId(), BallotBoxKeys.open(chair, (String) holders.get("secretary_username")));
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Each of the seven members completes their ballot approving every nomination on it. The join of the ballots and
   * the tally are left to the jobs (see {@link #runJobs()}).
   */
  protected void everyMemberApprovesEverything(ProcessInstance cycle) {
    List<String> all = jdbc.queryForList("select id from nomination where status = 'MET'", Long.class).stream()
        .map(String::valueOf).toList();
    ProcessInstance council = councilInstance(cycle);
    for (String member : COUNCIL) {
      Task ballot = tasks.createTaskQuery().processInstanceId(council.getId()).taskAssignee(member).singleResult();
      as(member);
      try {
        tasks.complete(ballot.getId(), Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
            vn.gov.soctrang.tnmt.tdkt.process.JsonVariables.jsonValue(all)));
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  /** The proposal to the province of one award type, a child instance of the cycle. */
  protected ProcessInstance provinceInstance(ProcessInstance cycle, String awardType) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
        .variableValueEquals(ProvinceSubmissionVariables.AWARD_TYPE.name(), awardType).singleResult();
  }

  /** Takes a unit from registration to the Office's acceptance. */
  protected void reportAndAccept(ProcessInstance cycle, String unitCode, List<Map<String, Object>> nominations) {
    ProcessInstance unit = unitInstance(cycle, unitCode);
    complete(unit, UserTask.REGISTER_COMMITMENT, unitCode + "cv", registration());
    complete(unit, UserTask.DRAFT_REPORT, unitCode + "cv", report(true, nominations));
    complete(unit, UserTask.APPROVE_REPORT, unitCode + "truong", decision("headDecision", "APPROVE", null));
    complete(unit, UserTask.REVIEW_REPORT, "vanphong", decision("officeDecision", "ACCEPT", null));
    // After the last unit, the list is evaluated in a job of its own.
    runJobs();
  }
}
