package vn.gov.soctrang.tnmt.tdkt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.inspection.InspectionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Plays the database administrator against the secret ballot (the security review's attack), on a real PostgreSQL.
 *
 * <p>Without the application's help, the DBA of the Department's server can
 * <ul>
 *   <li>read every table, as pg_dump writes it (here {@code COPY … TO STDOUT} of every table, pg_dump's data
 *       section) and with each row's {@code xmin}, the transaction that wrote it;</li>
 *   <li>follow every row change of every committed transaction with its transaction id, what pg_waldump shows
 *       record by record and a replication client receives decoded (here a logical replication slot with the
 *       {@code test_decoding} plugin of the embedded binaries);</li>
 *   <li>read the raw bytes of the WAL files.</li>
 * </ul>
 * A member votes in a transaction of their own, which inserts their {@code ballot_cast} row: the DBA knows which
 * transaction is whose. The DBA's attack ({@link Dba#reconstruct}) then looks, for each voter's transaction, at the
 * {@code ballot_count} rows it changed (replaying every count's values through the stream) and for a plain ballot
 * (as {@link BallotPaper} writes it, or the JSON list the ballot form submits) among its changes, among the rows it
 * wrote and anywhere in the WAL.
 *
 * <p>What the test proves:
 * <ul>
 *   <li>on the design before the ballot box ({@code open(…, false)}: each ballot adds to the counts in the voter's
 *       transaction) the DBA reconstructs every member's ballot exactly: the test can fail, and does on a build that
 *       counts per ballot;</li>
 *   <li>with the ballot box the DBA reconstructs none: no voter's transaction touches {@code ballot_count}, the sealed
 *       ballots all have one length, no plain ballot is anywhere in the stream, the tables, the dump or the WAL, the
 *       transaction that writes the counts has no {@code ballot_cast} row and names no voter but the two key holders
 *       who open the box, and the counts are right.</li>
 * </ul>
 *
 * <p>What it does not claim: the DBA still sees which sealed ballot is whose (its {@code xmin} is the voter's
 * transaction), and the sealed ballots and keys outlive the tally in the WAL and in any backup taken meanwhile. The
 * ballots stay secret as long as the chair's and the secretary's passphrases do.
 *
 * <p>The test runs its own PostgreSQL server (logical WAL, replication slots), not the shared one, and seals the keys
 * at the production strength.
 */
@TestPropertySource(properties = "tdkt.ballot.kdf-iterations=600000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class DbaCannotReadBallotsTest extends ProcessTestSupport {

  private static final String DATABASE = "tdkt_dba";
  /** The five members present: the chair (giamdoc) and the secretary (chanhvanphong) among them. */
  private static final List<String> VOTERS = COUNCIL.subList(0, 5);

  private static EmbeddedPostgres server;

  @Autowired CouncilService council;
  @Autowired ConfigurableApplicationContext context;

  /**
   * The server stops when the application using it has. Spring closes this class's context after the class
   * ({@code @DirtiesContext}), that is after any {@code @AfterAll}: the server is closed then, once the engine (which
   * writes its metrics as it stops) and the data source are.
   */
  @BeforeAll
  void serverStopsWithTheApplication() {
    DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
    beans.registerDisposableBean("dbaPostgres", server::close);
    beans.registerDependentBean("dbaPostgres", "processEngineFactoryBean");
    beans.registerDependentBean("dbaPostgres", "dataSource");
  }

  @DynamicPropertySource
  static void ownPostgres(DynamicPropertyRegistry registry) {
    EmbeddedPostgres pg = server();
    registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", DATABASE));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        // As in production, a commit returns once its WAL is flushed (the embedded server's default does not wait),
        // so the DBA's stream holds every transaction committed so far.
        server = EmbeddedPostgres.builder().setServerConfig("wal_level", "logical")
            .setServerConfig("max_replication_slots", "4").setServerConfig("max_wal_senders", "4")
            .setServerConfig("synchronous_commit", "on").start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("create database " + DATABASE);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the DBA's PostgreSQL", e);
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot create the DBA's database", e);
      }
    }
    return server;
  }

  @Test
  void beforeTheBallotBoxTheDbaReconstructsEveryBallot() throws Exception {
    ProcessInstance cycle = atCouncil();
    long cycleId = (Long) runtime.getVariable(cycle.getId(), AnnualCycleVariables.CYCLE_ID.name());
    List<Long> list = ballotList(cycleId);
    Map<String, Set<Long>> votes = differentVotes(list);
    try (Dba dba = new Dba(server)) {
      dba.startListening();
      // The design a security review broke: zero counts at the opening, each ballot adds to them as it arrives.
      CouncilMeeting meeting = council.open(cycleId, new CouncilService.Opening(TestClock.today(),
          LocalTime.of(8, 30), "Phòng họp số 1, trụ sở Sở", VOTERS, List.of(), "giamdoc", "chanhvanphong",
          List.of("chanhvanphong")), new Problems(), false);
      assertThat(meeting.hasBallotBox()).isFalse();
      votes.forEach((member, approved) -> council.castBallot(meeting.getId(), member,
          approved.stream().map(String::valueOf).toList()));

      Evidence evidence = dba.gather();
      Map<String, Map<Long, Boolean>> guessed = Dba.reconstruct(evidence, meeting.getId(), VOTERS, list);

      assertThat(guessed).as("what the DBA reads of each ballot").isEqualTo(choices(votes, list));
      assertThat(dba.counts(meeting.getId())).isEqualTo(totals(votes, list));
    }
  }

  @Test
  void withTheBallotBoxTheDbaReconstructsNoBallotAndTheCountsAreRight() throws Exception {
    ProcessInstance cycle = atCouncil();
    long cycleId = (Long) runtime.getVariable(cycle.getId(), AnnualCycleVariables.CYCLE_ID.name());
    List<Long> list = ballotList(cycleId);
    Map<String, Set<Long>> votes = differentVotes(list);
    try (Dba dba = new Dba(server)) {
      dba.startListening();
      complete(cycle, UserTask.OPEN_COUNCIL_MEETING, "chanhvanphong",
          CouncilMeetingForm.engine(TestClock.today().toString(), VOTERS));
      long meetingId = (Long) runtime.getVariable(councilId(cycle), CouncilMeetingVariables.MEETING_ID.name());
      ballotBoxSealed(cycle);
      votes.forEach((member, approved) -> vote(cycle, member, approved));
      runJobs();
      assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_BALLOT_BOX.id());

      // The DBA attacks as soon as the ballots are in the box, and again once it has been opened and counted.
      Evidence beforeOpening = dba.gather();
      nothingReconstructed(beforeOpening, meetingId, list);
      ballotBoxOpened(cycle);
      assertThat(councilInstance(cycle)).hasPassed(Activities.TALLY_VOTES).isWaitingAt(UserTask.CONFIRM_MINUTES.id());
      Evidence evidence = dba.gather();
      nothingReconstructed(evidence, meetingId, list);
      Map<String, String> voterXids = Dba.voterTransactions(evidence.stream(), meetingId, VOTERS);

      // What the DBA does see: one sealed ballot per voter, all of one length, each written by its voter's
      // transaction (so the DBA knows whose is whose) and each in the WAL.
      List<DumpedRow> box = beforeOpening.rows().stream().filter(r -> r.table().equals("sealed_ballot")).toList();
      assertThat(box).hasSize(VOTERS.size());
      assertThat(box).extracting(DumpedRow::xmin).containsExactlyInAnyOrderElementsOf(voterXids.values());
      int length = box.get(0).columns().get("sealed").length();
      assertThat(box).extracting(r -> r.columns().get("sealed").length()).as("sealed ballots' lengths")
          .containsOnly(length);
      assertThat(evidence.stream()).filteredOn(c -> c.isOn("sealed_ballot") && c.operation().equals("INSERT"))
          .extracting(c -> c.columns().get("sealed").length()).hasSize(VOTERS.size()).containsOnly(length);
      for (DumpedRow ballot : box) {
        // A record may straddle two WAL pages, whose header then splits the value in two; one split leaves either
        // the first or the last 24 bytes whole.
        String sealed = Dba.bytes(ballot.columns().get("sealed"));
        assertThat(sealed.length()).isGreaterThanOrEqualTo(48);
        assertThat(evidence.walContains(sealed.substring(0, 24))
            || evidence.walContains(sealed.substring(sealed.length() - 24))).as("a sealed ballot in the WAL").isTrue();
      }

      // The counts are written once, by the key holders' transaction, which holds no voter's ballot_cast row and
      // names, besides the key holders (the meeting's chair and secretary, as the minutes do), no voter.
      Set<String> tallies = evidence.stream().stream().filter(c -> c.isOn("ballot_count")).map(Change::xid)
          .collect(Collectors.toSet());
      assertThat(tallies).as("transactions writing the counts").hasSize(1).doesNotContainAnyElementsOf(
          voterXids.values());
      List<Change> tally = evidence.changesOf(tallies.iterator().next());
      assertThat(tally).noneMatch(c -> c.isOn("ballot_cast"));
      assertThat(tally).filteredOn(c -> c.isOn("ballot_count") || c.isOn("sealed_ballot") || c.isOn("ballot_key"))
          .allSatisfy(c -> assertThat(c.data()).doesNotContain(VOTERS.toArray(String[]::new)));
      List<String> holders = council.keyHolders(meetingId);
      for (String member : VOTERS.stream().filter(v -> !holders.contains(v)).toList()) {
        assertThat(tally).as("the tally's transaction").noneMatch(c -> c.data().contains("'" + member + "'"));
      }

      // The counts are right; the ballots and the keys are gone from the tables.
      assertThat(dba.counts(meetingId)).isEqualTo(totals(votes, list));
      assertThat(evidence.rows()).noneMatch(r -> r.table().equals("sealed_ballot") || r.table().equals("ballot_key"));
    }
  }

  /**
   * The DBA's attack finds nothing: no voter's choice on any nomination, from the counts or a plain ballot, in no
   * voter's transaction, in no row, in no byte of the WAL; no voter's transaction touches the counts.
   */
  private static void nothingReconstructed(Evidence evidence, long meetingId, List<Long> list) {
    assertThat(Dba.reconstruct(evidence, meetingId, VOTERS, list)).as("what the DBA reads of each ballot")
        .allSatisfy((member, guess) -> assertThat(guess).as(member).isEmpty());
    assertThat(Dba.plainBallotsFound(evidence, list)).as("plain ballots in the stream, the tables or the WAL")
        .isEmpty();
    for (String xid : Dba.voterTransactions(evidence.stream(), meetingId, VOTERS).values()) {
      assertThat(evidence.changesOf(xid)).as("a voter's transaction").noneMatch(c -> c.isOn("ballot_count"));
    }
  }

  private ProcessInstance atCouncil() {
    ProcessInstance cycle = consolidatedCycle();
    complete(cycle, UserTask.DECIDE_INSPECTION, "vanphong", Map.of(InspectionVariables.INSPECTION_NEEDED.name(), "NO"));
    assertThat(councilInstance(cycle)).isWaitingAt(UserTask.OPEN_COUNCIL_MEETING.id());
    return cycle;
  }

  private List<Long> ballotList(long cycleId) {
    List<Long> list = jdbc.queryForList("select id from nomination where cycle_id = ? and status = 'MET' order by id",
        Long.class, cycleId);
    assertThat(list).hasSizeGreaterThanOrEqualTo(3);
    return list;
  }

  /** Five members, five different ballots: all, the first, all but the first, the first and the last, none. */
  private static Map<String, Set<Long>> differentVotes(List<Long> list) {
    Map<String, Set<Long>> votes = new LinkedHashMap<>();
    votes.put(VOTERS.get(0), new LinkedHashSet<>(list));
    votes.put(VOTERS.get(1), Set.of(list.get(0)));
    votes.put(VOTERS.get(2), new LinkedHashSet<>(list.subList(1, list.size())));
    votes.put(VOTERS.get(3), new LinkedHashSet<>(List.of(list.get(0), list.get(list.size() - 1))));
    votes.put(VOTERS.get(4), Set.of());
    assertThat(new LinkedHashSet<>(votes.values())).hasSize(VOTERS.size());
    return votes;
  }

  /** Each member's real choice on every nomination of the list. */
  private static Map<String, Map<Long, Boolean>> choices(Map<String, Set<Long>> votes, List<Long> list) {
    Map<String, Map<Long, Boolean>> choices = new LinkedHashMap<>();
    votes.forEach((member, approved) -> choices.put(member, Dba.ballot(list, approved)));
    return choices;
  }

  /** The counts the votes make: approvals and rejections per nomination. */
  private static Map<Long, List<Integer>> totals(Map<String, Set<Long>> votes, List<Long> list) {
    Map<Long, List<Integer>> totals = new TreeMap<>();
    for (Long id : list) {
      int approvals = (int) votes.values().stream().filter(v -> v.contains(id)).count();
      totals.put(id, List.of(approvals, votes.size() - approvals));
    }
    return totals;
  }

  /** The member completes their own ballot in Tasklist, logged in as themselves. */
  private void vote(ProcessInstance cycle, String member, Set<Long> approve) {
    Task ballot = tasks.createTaskQuery().processInstanceId(councilId(cycle)).taskAssignee(member)
        .taskDefinitionKey(UserTask.CAST_BALLOT.id()).singleResult();
    as(member);
    try {
      tasks.complete(ballot.getId(), Map.of(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
          JsonVariables.jsonValue(approve.stream().map(String::valueOf).toList())));
    } finally {
      identity.clearAuthentication();
    }
  }

  // What the DBA sees.

  /** One row change as logical decoding shows it: its transaction and test_decoding's line. */
  record Change(String xid, String data) {

    private static final Pattern ROW = Pattern.compile("^table public\\.(\\w+): (INSERT|UPDATE|DELETE): (.*)$",
        Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("(\\w+)\\[[^\\]]+\\]:('(?:[^']++|'')*+'|\\S+)");

    String table() {
      Matcher m = ROW.matcher(data);
      return m.matches() ? m.group(1) : "";
    }

    boolean isOn(String table) {
      return table().equals(table);
    }

    String operation() {
      Matcher m = ROW.matcher(data);
      return m.matches() ? m.group(2) : "";
    }

    /** The columns the change shows (for a DELETE, the key), values unquoted. */
    Map<String, String> columns() {
      Map<String, String> columns = new LinkedHashMap<>();
      Matcher row = ROW.matcher(data);
      if (row.matches()) {
        Matcher c = COLUMN.matcher(row.group(3));
        while (c.find()) {
          String value = c.group(2);
          columns.put(c.group(1), value.startsWith("'") ? value.substring(1, value.length() - 1).replace("''", "'")
              : value);
        }
      }
      return columns;
    }
  }

  /** A row as the DBA reads it: its table, the transaction that wrote it, and its columns as text. */
  record DumpedRow(String table, String xmin, Map<String, String> columns) {
  }

  /**
   * Everything the DBA has gathered so far: the decoded stream since listening began, every row of every table now,
   * pg_dump's data section now, and the WAL files now.
   */
  record Evidence(List<Change> stream, List<DumpedRow> rows, String dump, List<String> wal) {

    List<Change> changesOf(String xid) {
      return stream.stream().filter(c -> c.xid().equals(xid)).toList();
    }

    boolean walContains(String latin1) {
      return wal.stream().anyMatch(segment -> segment.contains(latin1));
    }
  }

  /** The DBA: a superuser connection to the application's database, outside the application. */
  static final class Dba implements AutoCloseable {

    private static final String SLOT = "dba";

    private final Connection connection;
    private final List<Change> stream = new ArrayList<>();

    Dba(EmbeddedPostgres pg) throws SQLException {
      connection = pg.getDatabase("postgres", DATABASE).getConnection();
      connection.setAutoCommit(true);
    }

    /** From now on every committed row change is kept for the DBA (a logical replication slot). */
    void startListening() throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '"
            + SLOT + "'");
        s.execute("select pg_create_logical_replication_slot('" + SLOT + "', 'test_decoding')");
      }
    }

    /** What the DBA has now: the stream's new changes added to the old, and every table and WAL file as they are. */
    /** Every WAL segment read so far, as a WAL archive would keep it. */
    private final java.util.Set<String> archivedWal = new java.util.LinkedHashSet<>();

    Evidence gather() throws SQLException, IOException {
      // The WAL first, as a DBA's archive keeps it: consuming the slot lets a checkpoint recycle the segments read.
      archivedWal.addAll(wal());
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("select xid::text, data from pg_logical_slot_get_changes('" + SLOT
              + "', null, null)")) {
        while (rs.next()) {
          stream.add(new Change(rs.getString(1), rs.getString(2)));
        }
      }
      List<String> tables = tables();
      return new Evidence(List.copyOf(stream), rows(tables), dump(tables), List.copyOf(archivedWal));
    }

    private List<String> tables() throws SQLException {
      List<String> tables = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      return tables;
    }

    private List<DumpedRow> rows(List<String> tables) throws SQLException {
      List<DumpedRow> rows = new ArrayList<>();
      for (String table : tables) {
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("select xmin::text as xmin__, t.* from public.\"" + table + "\" t")) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 2; i <= columns; i++) {
              values.put(rs.getMetaData().getColumnName(i), rs.getString(i));
            }
            rows.add(new DumpedRow(table, rs.getString(1), values));
          }
        }
      }
      return rows;
    }

    /** pg_dump's data section: every table copied out as text. */
    private String dump(List<String> tables) throws SQLException, IOException {
      StringWriter out = new StringWriter();
      for (String table : tables) {
        out.write("COPY public." + table + " FROM stdin;\n");
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY public.\"" + table + "\" TO STDOUT", out);
        out.write("\\.\n");
      }
      return out.toString();
    }

    /** The raw bytes of every WAL segment, as Latin-1 text so that they can be searched for bytes. */
    private List<String> wal() throws SQLException, IOException {
      String dataDirectory;
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("show data_directory")) {
        rs.next();
        dataDirectory = rs.getString(1);
      }
      try (Stream<Path> files = Files.list(Path.of(dataDirectory, "pg_wal"))) {
        List<String> segments = new ArrayList<>();
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          segments.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        assertThat(segments).as("WAL segments").isNotEmpty();
        return segments;
      }
    }

    /** The final counts of a meeting: approvals and rejections per nomination. */
    Map<Long, List<Integer>> counts(long meetingId) throws SQLException {
      Map<Long, List<Integer>> counts = new TreeMap<>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("select nomination_id, approvals, rejections from ballot_count where "
              + "meeting_id = " + meetingId)) {
        while (rs.next()) {
          counts.put(rs.getLong(1), List.of(rs.getInt(2), rs.getInt(3)));
        }
      }
      return counts;
    }

    /** Stops listening (drops the slot, which would otherwise keep the WAL) and disconnects. */
    @Override
    public void close() throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '"
            + SLOT + "'");
      } finally {
        connection.close();
      }
    }

    // What the DBA makes of it.

    /** Each voter's transaction: the one that inserted their {@code ballot_cast} row for the meeting. */
    static Map<String, String> voterTransactions(List<Change> stream, long meetingId, List<String> voters) {
      Map<String, String> xids = new LinkedHashMap<>();
      for (Change c : stream) {
        Map<String, String> row = c.columns();
        if (c.isOn("ballot_cast") && c.operation().equals("INSERT")
            && row.get("meeting_id").equals(String.valueOf(meetingId)) && voters.contains(row.get("member_username"))) {
          xids.put(row.get("member_username"), c.xid());
        }
      }
      assertThat(xids.keySet()).as("voters found in the stream").containsExactlyInAnyOrderElementsOf(voters);
      return xids;
    }

    /**
     * The attack: for each voter, what their transaction did to the counts (replayed from every count's values in
     * the stream), completed by any plain ballot among its changes or the rows it wrote. A voter's entry holds the
     * nominations on which the DBA learnt their choice, with that choice.
     */
    static Map<String, Map<Long, Boolean>> reconstruct(Evidence evidence, long meetingId, List<String> voters,
        List<Long> list) {
      Map<String, Map<Long, Boolean>> byCounts = countsRaisedByTransaction(evidence.stream(), meetingId);
      Map<String, Map<Long, Boolean>> guessed = new LinkedHashMap<>();
      voterTransactions(evidence.stream(), meetingId, voters).forEach((voter, xid) -> {
        Map<Long, Boolean> guess = new TreeMap<>(byCounts.getOrDefault(xid, Map.of()));
        String written = readable(Stream.concat(evidence.changesOf(xid).stream().map(Change::data),
            evidence.rows().stream().filter(r -> r.xmin().equals(xid)).map(r -> r.columns().toString()))
            .collect(Collectors.joining("\n")));
        for (Map<Long, Boolean> ballot : everyBallot(list)) {
          if (plainForms(list, ballot).stream().anyMatch(written::contains)) {
            guess.putAll(ballot);
          }
        }
        guessed.put(voter, guess);
      });
      return guessed;
    }

    /** Replays every count of the meeting through the stream: which transaction raised which count. */
    private static Map<String, Map<Long, Boolean>> countsRaisedByTransaction(List<Change> stream, long meetingId) {
      Map<String, int[]> rows = new HashMap<>();
      Map<String, Map<Long, Boolean>> raised = new HashMap<>();
      for (Change c : stream) {
        if (!c.isOn("ballot_count")) {
          continue;
        }
        Map<String, String> row = c.columns();
        if (c.operation().equals("DELETE")) {
          rows.remove(row.get("id"));
          continue;
        }
        int[] now = {Integer.parseInt(row.get("approvals")), Integer.parseInt(row.get("rejections"))};
        int[] before = rows.put(row.get("id"), now);
        if (before != null && row.get("meeting_id").equals(String.valueOf(meetingId))) {
          Long nomination = Long.valueOf(row.get("nomination_id"));
          if (now[0] > before[0]) {
            raised.computeIfAbsent(c.xid(), x -> new TreeMap<>()).put(nomination, true);
          } else if (now[1] > before[1]) {
            raised.computeIfAbsent(c.xid(), x -> new TreeMap<>()).put(nomination, false);
          }
        }
      }
      return raised;
    }

    /** Every plain ballot that appears anywhere: in the stream, the tables, the dump or the WAL. */
    static Set<String> plainBallotsFound(Evidence evidence, List<Long> list) {
      String stream = readable(evidence.stream().stream().map(Change::data).collect(Collectors.joining("\n")));
      String rows = readable(evidence.rows().stream().map(r -> r.columns().toString())
          .collect(Collectors.joining("\n")));
      String dump = readable(evidence.dump());
      Set<String> found = new LinkedHashSet<>();
      for (Map<Long, Boolean> ballot : everyBallot(list)) {
        for (String plain : plainForms(list, ballot)) {
          if (stream.contains(plain) || rows.contains(plain) || dump.contains(plain)
              || evidence.walContains(plain)) {
            found.add(plain);
          }
        }
      }
      return found;
    }

    private static final Pattern HEX = Pattern.compile("\\\\+x([0-9a-f]++)");

    /** The text with every binary value in it ({@code \x…}, as bytea is printed) also decoded. */
    static String readable(String text) {
      StringBuilder decoded = new StringBuilder(text);
      Matcher hex = HEX.matcher(text);
      while (hex.find()) {
        decoded.append('\n').append(bytes(hex.group(1)));
      }
      return decoded.toString();
    }

    /** A bytea value's bytes ({@code \x0100…} or bare hex), as Latin-1 text, the way the WAL is searched. */
    static String bytes(String hex) {
      String digits = hex.startsWith("\\x") ? hex.substring(2) : hex;
      byte[] bytes = new byte[digits.length() / 2];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
      }
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Every ballot a member could cast on the list: the list is public, so the DBA can try them all. */
    static List<Map<Long, Boolean>> everyBallot(List<Long> list) {
      List<Map<Long, Boolean>> all = new ArrayList<>();
      for (int mask = 0; mask < 1 << list.size(); mask++) {
        Set<Long> approved = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
          if ((mask & 1 << i) != 0) {
            approved.add(list.get(i));
          }
        }
        all.add(ballot(list, approved));
      }
      return all;
    }

    static Map<Long, Boolean> ballot(List<Long> list, Set<Long> approved) {
      Map<Long, Boolean> ballot = new TreeMap<>();
      list.forEach(id -> ballot.put(id, approved.contains(id)));
      return ballot;
    }

    /**
     * How a ballot reads in plain: as {@link BallotPaper} writes it ({@code 12=1;13=0}), and as the form submits the
     * approvals in any order ({@code ["12","13"]}, also with spaces). An empty list is every ballot's starting value,
     * not anyone's choice, so it is not looked for.
     */
    static List<String> plainForms(List<Long> list, Map<Long, Boolean> ballot) {
      List<String> forms = new ArrayList<>();
      forms.add(new String(BallotPaper.write(list, ballot.entrySet().stream().filter(Map.Entry::getValue)
          .map(Map.Entry::getKey).collect(Collectors.toSet())), StandardCharsets.US_ASCII));
      List<String> approved = ballot.entrySet().stream().filter(Map.Entry::getValue)
          .map(e -> "\"" + e.getKey() + "\"").toList();
      if (!approved.isEmpty()) {
        for (List<String> order : orders(approved)) {
          forms.add("[" + String.join(",", order) + "]");
          forms.add("[" + String.join(", ", order) + "]");
        }
      }
      return forms;
    }

    private static List<List<String>> orders(List<String> items) {
      if (items.size() <= 1) {
        return List.of(items);
      }
      List<List<String>> orders = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        List<String> rest = new ArrayList<>(items);
        String first = rest.remove(i);
        for (List<String> tail : orders(rest)) {
          List<String> order = new ArrayList<>();
          order.add(first);
          order.addAll(tail);
          orders.add(order);
        }
      }
      return orders;
    }
  }
}
