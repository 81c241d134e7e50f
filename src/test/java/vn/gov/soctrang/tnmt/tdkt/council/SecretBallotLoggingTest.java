package vn.gov.soctrang.tnmt.tdkt.council;

import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * With the engine's loggers, MyBatis' SQL loggers (statements, parameters and, at TRACE, result rows) and the app's
 * own at their finest level, casting ballots leaves nothing in the log that tells how a member voted: the ballot
 * variable, created empty when the task was, is only ever deleted, so its value never reaches an SQL statement.
 */
class SecretBallotLoggingTest extends ProcessTestSupport {

  private static final String BALLOT = CouncilMeetingVariables.BALLOT_APPROVALS.name();
  private static final List<String> PRESENT = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong");

  @Autowired NominationRepository nominations;

  @Test
  void votesLeaveNoTraceOfTheChoiceInTheLogEvenWithTheEngineAndItsSqlAtTrace() {
    // Nomination ids that no other number in the log can be mistaken for.
    jdbc.execute("alter table nomination alter column id restart with 7340001");
    ProcessInstance cycle = consolidatedCycle();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong", CouncilMeetingForm.engine(TestClock.today().toString(), PRESENT));
    // The chair and the secretary seal the box: their passphrases never reach the log either.
    List<String> sealLog;
    try (FinestLog capture = new FinestLog("org.camunda", "org.apache.ibatis", "vn.gov.soctrang")) {
      ballotBoxSealed(cycle);
      sealLog = capture.lines();
    }
    assertThat(sealLog).as("the sealing was logged at all").isNotEmpty();
    for (String holder : List.of("giamdoc", "chanhvanphong")) {
      String passphrase = vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys.passphrase(holder);
      assertThat(sealLog).as("log lines holding a passphrase").noneMatch(line -> line.contains(passphrase));
    }
    List<String> ids = nominations.findAll().stream().map(n -> String.valueOf(n.getId())).sorted().toList();
    assertThat(ids).hasSize(3).allMatch(id -> id.startsWith("734000"));

    // Three members vote, each the way a client may send a ballot: Tasklist's JSON value, a JSON text through the
    // REST API, a plain list through the Java API. Two ballots stay open, so the tally does not run.
    Map<String, Object> votes = new LinkedHashMap<>();
    votes.put("giamdoc", JsonVariables.jsonValue(List.of(ids.get(0), ids.get(2))));
    votes.put("phogiamdoc", "[\"" + ids.get(1) + "\",\"" + ids.get(2) + "\"]");
    votes.put("chanhvanphong", new ArrayList<>(List.of(ids.get(0), ids.get(1))));
    Map<String, String> ballotRows = new HashMap<>();
    votes.keySet().forEach(member -> {
      String variable = runtime.createVariableInstanceQuery().variableName(BALLOT)
          .executionIdIn(ballotOf(cycle, member).getExecutionId()).singleResult().getId();
      ballotRows.put(variable, "ACT_RU_VARIABLE");
      ballotRows.put(jdbc.queryForObject("select BYTEARRAY_ID_ from ACT_RU_VARIABLE where ID_ = ?", String.class,
          variable), "ACT_GE_BYTEARRAY");
    });

    List<String> log;
    try (FinestLog capture = new FinestLog("org.camunda", "org.apache.ibatis", "vn.gov.soctrang")) {
      votes.forEach((member, ballot) -> vote(cycle, member, ballot));
      log = capture.lines();
    }

    // The three ballots are in the box, nothing is counted yet.
    assertThat(jdbc.queryForObject("select count(*) from sealed_ballot", Long.class)).isEqualTo(3L);
    assertThat(jdbc.queryForObject("select count(*) from ballot_count", Long.class)).isZero();
    // No ballot row was inserted or updated: the choices never reached the database ...
    assertThat(log.stream().filter(line -> (line.contains(".insert") || line.contains(".update"))
        && ballotRows.keySet().stream().anyMatch(line::contains)).toList()).as("writes of a ballot").isEmpty();
    // ... and nothing anywhere names a nomination, let alone who chose it.
    assertThat(log.stream().filter(line -> ids.stream().anyMatch(line::contains)).toList())
        .as("log lines naming a nomination on the ballot").isEmpty();
    // The capture did see the SQL with its parameters: each ballot row was deleted, and that was logged.
    ballotRows.forEach((row, table) -> assertThat(log.stream().anyMatch(line -> line.contains(".delete")
        && line.contains("Parameters: " + row))).as("deletion of %s %s logged", table, row).isTrue());
  }

  private Task ballotOf(ProcessInstance cycle, String member) {
    return tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskDefinitionKey(UserTask.CAST_BALLOT.id())
        .taskAssignee(member).singleResult();
  }

  private void vote(ProcessInstance cycle, String member, Object ballot) {
    Task task = ballotOf(cycle, member);
    as(member);
    try {
      tasks.complete(task.getId(), Map.of(BALLOT, ballot));
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Sets the given logger trees (and every logger configured below them) to TRACE and collects what they log instead
   * of printing it; closing restores levels and appenders as they were.
   */
  static final class FinestLog implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<Logger, Level> levels = new LinkedHashMap<>();
    private final Map<Logger, Boolean> trees = new LinkedHashMap<>();

    FinestLog(String... treeNames) {
      appender.setContext(context);
      appender.start();
      for (String name : treeNames) {
        Logger top = context.getLogger(name);
        trees.put(top, top.isAdditive());
        levels.put(top, top.getLevel());
        for (Logger logger : context.getLoggerList()) {
          if (logger.getName().startsWith(name + ".") && logger.getLevel() != null) {
            levels.put(logger, logger.getLevel());
          }
        }
      }
      levels.keySet().forEach(logger -> logger.setLevel(Level.TRACE));
      trees.keySet().forEach(top -> {
        top.addAppender(appender);
        top.setAdditive(false);
      });
    }

    List<String> lines() {
      return appender.list.stream().map(e -> e.getLoggerName() + " | " + e.getFormattedMessage()
          + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
          .toList();
    }

    @Override
    public void close() {
      trees.forEach((top, additive) -> {
        top.detachAppender(appender);
        top.setAdditive(additive);
      });
      levels.forEach(Logger::setLevel);
      appender.stop();
    }
  }
}
