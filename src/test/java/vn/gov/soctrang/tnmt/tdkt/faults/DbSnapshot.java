package vn.gov.soctrang.tnmt.tdkt.faults;

import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the database holds, read with plain JDBC (no application involved): the engine's runtime state and the
 * domain tables a cycle writes.
 *
 * @param processInstances process instance id → process definition key
 * @param executions ids of every execution (process instances, scopes, multi-instance children)
 * @param tasks open user tasks by id
 * @param jobs jobs by id
 * @param finishedTasks ids of the task instances history records as completed
 * @param ballotCounts per nomination id: approvals and rejections of the (single) meeting, once its box is opened
 * @param ballotCasters who has cast a ballot
 * @param nominations nomination id → status
 * @param reportsOfB unit code → its report in the second cycle
 * @param registeredInB units registered in the second cycle
 * @param documents generated documents by id
 * @param awards rows of the award register
 * @param sealedBallots ballots in the box, not yet counted
 */
record DbSnapshot(Map<String, String> processInstances, Set<String> executions, Map<String, Task> tasks,
    Map<String, Job> jobs, Set<String> finishedTasks, Map<String, List<Integer>> ballotCounts,
    Set<String> ballotCasters, Map<String, String> nominations, Map<String, Report> reportsOfB, Set<String> registeredInB,
    Map<String, Document> documents, int awards, int sealedBallots) {

  record Task(String id, String name, String key, String assignee, String processInstanceId) {
  }

  record Job(String id, String type, String handler, String processInstanceId, boolean due, String lockOwner,
      int retries) {
  }

  record Report(String status, String processInstanceId) {
  }

  /**
   * @param sha256 the checksum recorded with the document
   * @param contentSha256 the checksum of the bytes actually stored
   */
  record Document(String id, String kind, int version, String sha256, String contentSha256) {
  }

  static DbSnapshot read(Connection c, int yearB) throws SQLException {
    Map<String, String> instances = new TreeMap<>();
    rows(c, "select e.id_, d.key_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_ "
        + "where e.id_ = e.proc_inst_id_", r -> instances.put(r.getString(1), r.getString(2)));
    Set<String> executions = new HashSet<>();
    rows(c, "select id_ from act_ru_execution", r -> executions.add(r.getString(1)));
    Map<String, Task> tasks = new TreeMap<>();
    rows(c, "select id_, name_, task_def_key_, assignee_, proc_inst_id_ from act_ru_task", r -> tasks.put(
        r.getString(1), new Task(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5))));
    Map<String, Job> jobs = new TreeMap<>();
    rows(c, "select id_, type_, handler_type_, process_instance_id_, duedate_, lock_owner_, retries_ "
        + "from act_ru_job", r -> jobs.put(r.getString(1), new Job(r.getString(1), r.getString(2), r.getString(3),
            r.getString(4), r.getTimestamp(5) == null || r.getTimestamp(5).getTime() <= TestClock.now().toEpochMilli(),
            r.getString(6), r.getInt(7))));
    Set<String> finished = new HashSet<>();
    rows(c, "select id_ from act_hi_taskinst where end_time_ is not null", r -> finished.add(r.getString(1)));
    Map<String, List<Integer>> counts = new TreeMap<>();
    rows(c, "select nomination_id, approvals, rejections from ballot_count", r -> counts.put(r.getString(1),
        List.of(r.getInt(2), r.getInt(3))));
    Set<String> casters = new HashSet<>();
    rows(c, "select member_username from ballot_cast", r -> casters.add(r.getString(1)));
    Map<String, String> nominations = new TreeMap<>();
    rows(c, "select id, status from nomination", r -> nominations.put(r.getString(1), r.getString(2)));
    Map<String, Report> reports = new TreeMap<>();
    rows(c, "select u.code, r.status, r.process_instance_id from unit_report r join unit u on u.id = r.unit_id "
        + "join cycle y on y.id = r.cycle_id where y.cycle_year = " + yearB, r -> reports.put(r.getString(1),
            new Report(r.getString(2), r.getString(3))));
    Set<String> registered = new HashSet<>();
    rows(c, "select u.code from registration g join unit u on u.id = g.unit_id join cycle y on y.id = g.cycle_id "
        + "where y.cycle_year = " + yearB, r -> registered.add(r.getString(1)));
    Map<String, Document> documents = new TreeMap<>();
    rows(c, "select d.id, d.kind, d.version, d.sha256, x.content from generated_document d "
        + "left join generated_document_content x on x.document_id = d.id", r -> documents.put(r.getString(1),
            new Document(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), sha256(r.getBytes(5)))));
    int[] awards = new int[1];
    rows(c, "select count(*) from award", r -> awards[0] = r.getInt(1));
    int[] sealed = new int[1];
    rows(c, "select count(*) from sealed_ballot", r -> sealed[0] = r.getInt(1));
    return new DbSnapshot(instances, executions, tasks, jobs, finished, counts, casters, nominations, reports,
        registered, documents, awards[0], sealed[0]);
  }

  /** The open tasks of one kind, by assignee (ballots) or by process instance. */
  List<Task> tasksOf(String key) {
    return new ArrayList<>(tasks.values().stream().filter(t -> t.key().equals(key)).toList());
  }

  List<Task> tasksIn(String processInstanceId) {
    return tasks.values().stream().filter(t -> t.processInstanceId().equals(processInstanceId)).toList();
  }

  List<Job> jobsIn(String processInstanceId) {
    return jobs.values().stream().filter(j -> processInstanceId.equals(j.processInstanceId())).toList();
  }

  static String sha256(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private static void rows(Connection c, String sql, RowReader reader) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql); ResultSet r = statement.executeQuery()) {
      while (r.next()) {
        reader.read(r);
      }
    }
  }
}
