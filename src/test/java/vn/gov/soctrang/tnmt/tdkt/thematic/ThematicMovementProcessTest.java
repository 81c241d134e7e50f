package vn.gov.soctrang.tnmt.tdkt.thematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.CouncilVoteDriver;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * thematic-movement: the Office runs a declared thematic movement, the units register, the timer waits for the
 * movement's end date (the test moves the clock), the participating units report against the criteria and propose,
 * the Office returns one unit and then forwards, the Director decides, the commendations go into the merit register
 * with source THEMATIC, the Director's decision is written as a Word document, the final summary is stored and its
 * report is written as a Word document.
 */
@AtDate("2027-01-10")
class ThematicMovementProcessTest extends ProcessTestSupport {

  static final String CODE = "CD-CDS-2027";

  @Autowired ThematicMovementService service;
  @Autowired MeritRecordRepository register;
  @Autowired ThematicProposalRepository proposals;
  @Autowired ThematicSummaryRepository summaries;
  @Autowired ThematicRunRepository runs;

  CouncilVoteDriver councilVote;

  @org.junit.jupiter.api.BeforeEach
  void councilDriver() {
    councilVote = new CouncilVoteDriver(runtime, tasks, identity, management);
  }

  void declare() {
    service.declare(new MovementService.NewThematicMovement(CODE, "Thi đua chuyển đổi số trong quản lý đất đai",
        "Chuyển đổi số đất đai", "Đẩy mạnh số hóa hồ sơ địa chính và dịch vụ công trực tuyến",
        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), "12/KH-SNNMT", LocalDate.of(2026, 12, 20),
        "Sở Nông nghiệp và Môi trường", "Luật Thi đua, khen thưởng 2022 (thi đua theo chuyên đề)", "GIAY_KHEN",
        "Giám đốc Sở", "Kế hoạch số 12/KH-SNNMT (mẫu kiểm thử)", List.of(
            new MovementService.NewCriterion("Số hóa hồ sơ địa chính đúng tiến độ", BigDecimal.valueOf(60), null),
            new MovementService.NewCriterion("Tỷ lệ hồ sơ trực tuyến toàn trình", null, null))), "vanphong");
  }

  ProcessInstance start() {
    as("vanphong");
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.THEMATIC_MOVEMENT,
          Map.of(ThematicMovementVariables.MOVEMENT_CODE.name(), CODE));
    } finally {
      identity.clearAuthentication();
    }
  }

  Task unitTask(ProcessInstance run, UserTask step, String unitCode) {
    return tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(step.id())
        .taskCandidateGroup("donvi" + unitCode).singleResult();
  }

  void completeAs(String user, Task task, Map<String, Object> form) {
    assertThat(task).as("task for %s", user).isNotNull();
    as(user);
    try {
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  void registerAll(ProcessInstance run, List<String> taking) {
    for (var unit : organizationService.activeUnits()) {
      Map<String, Object> form = taking.contains(unit.getCode())
          ? Map.of("thematicParticipates", "YES", "thematicCommitment", "Số hóa 100% hồ sơ của đơn vị")
          : Map.of("thematicParticipates", "NO");
      completeAs(unit.getCode() + "cv", unitTask(run, UserTask.REGISTER_THEMATIC_PARTICIPATION, unit.getCode()), form);
    }
  }

  static Map<String, Object> report(String person, String achievement, boolean unit) {
    Map<String, Object> form = new HashMap<>();
    form.put("thematicResult1", "Đã số hóa 1.200 hồ sơ");
    form.put("thematicResult2", "85% hồ sơ trực tuyến toàn trình");
    form.put("thematicProposeUnit", unit);
    form.put("thematicUnitAchievement", unit ? "Dẫn đầu tỷ lệ số hóa" : "");
    form.put("thematicPerson1", person);
    form.put("thematicPersonAchievement1", achievement);
    return form;
  }

  /** Moves the engine's and the application's clock to a day and fires the end-of-period timer. */
  void endOfPeriod(ProcessInstance run, String timerActivity, LocalDate day) {
    Job timer = timer(run, timerActivity);
    assertThat(timer.getDuedate().toInstant())
        .isEqualTo(LocalDate.of(2027, 4, 1).atStartOfDay(TestClock.ZONE).toInstant());
    TestClock.freezeAt(day);
    management.executeJob(timer.getId());
  }

  @Test
  void unitsRegisterReportAfterTheEndDateAndTheCommendationsAndSummaryAreRecorded() throws Exception {
    declare();
    ProcessInstance run = start();
    assertThat(tasks.createTaskQuery().processInstanceId(run.getId()).count())
        .isEqualTo(organizationService.activeUnits().size());
    registerAll(run, List.of("ccbvmt", "qldd"));
    assertThat(run).isWaitingAt("thematicPeriodEnds");

    endOfPeriod(run, "thematicPeriodEnds", LocalDate.of(2027, 4, 2));
    assertThat(tasks.createTaskQuery().processInstanceId(run.getId())
        .taskDefinitionKey(UserTask.REPORT_THEMATIC_RESULTS.id()).count()).isEqualTo(2);
    Task ccbvmtReport = unitTask(run, UserTask.REPORT_THEMATIC_RESULTS, "ccbvmt");
    assertThat(ccbvmtReport.getDueDate()).isAfter(java.util.Date.from(LocalDate.of(2027, 4, 2)
        .atStartOfDay(TestClock.ZONE).toInstant()));
    assertThat(tasks.getVariable(ccbvmtReport.getId(), "thematicCriteriaText").toString())
        .contains("1. Số hóa hồ sơ địa chính đúng tiến độ (tối đa 60 điểm)", "2. Tỷ lệ hồ sơ trực tuyến toàn trình");

    // A missing criterion result and someone of another unit are refused; the task stays open, nothing is stored.
    Map<String, Object> bad = report("qlddcv", "Số hóa nhanh", false);
    bad.remove("thematicResult2");
    assertThatThrownBy(() -> completeAs("ccbvmtcv", ccbvmtReport, bad))
        .hasMessageContaining("Vui lòng nhập «Kết quả thực hiện tiêu chí 2»");
    assertThatThrownBy(() -> completeAs("ccbvmtcv", ccbvmtReport, report("qlddcv", "Số hóa nhanh", false)))
        .hasMessageContaining("Cá nhân thứ 1: «").hasMessageContaining("không thuộc");
    assertThat(proposals.count()).isZero();

    completeAs("ccbvmtcv", ccbvmtReport, report("ccbvmtcv", "Số hóa 500 hồ sơ quan trắc", true));
    completeAs("qlddcv", unitTask(run, UserTask.REPORT_THEMATIC_RESULTS, "qldd"),
        report("qlddcv", "Chưa rõ", false));

    // The Office returns qldd alone; only qldd reports again.
    Task review = task(run, UserTask.REVIEW_THEMATIC_RESULTS);
    assertThat(tasks.getVariable(review.getId(), "thematicReviewText").toString()).contains("Đơn vị tham gia: 2/",
        "2. ", "Chưa rõ");
    assertThatThrownBy(() -> complete(run, UserTask.REVIEW_THEMATIC_RESULTS, "vanphong",
        Map.of("thematicOfficeDecision", "RETURN", "thematicReturnUnits", "qldd")))
        .hasMessageContaining("Vui lòng nhập «Lý do» trả lại đơn vị");
    complete(run, UserTask.REVIEW_THEMATIC_RESULTS, "vanphong", Map.of("thematicOfficeDecision", "RETURN",
        "thematicReturnUnits", "qldd", "thematicOfficeReason", "Thành tích cá nhân chưa cụ thể"));
    assertThat(tasks.createTaskQuery().processInstanceId(run.getId())
        .taskDefinitionKey(UserTask.REPORT_THEMATIC_RESULTS.id()).list()).hasSize(1)
        .allSatisfy(t -> assertThat(tasks.getIdentityLinksForTask(t.getId()))
            .anyMatch(l -> "donviqldd".equals(l.getGroupId())));
    completeAs("qlddcv", unitTask(run, UserTask.REPORT_THEMATIC_RESULTS, "qldd"),
        report("qlddcv", "Số hóa 300 hồ sơ đất đai", false));

    // Forwarded, leaving out the third proposal (qlddcv) with the reason.
    complete(run, UserTask.REVIEW_THEMATIC_RESULTS, "vanphong", Map.of("thematicOfficeDecision", "ACCEPT",
        "thematicExcluded", "3", "thematicOfficeReason", "Thành tích chưa nổi bật"));
    // The Council votes by secret ballot on the two forwarded proposals (council-vote.bpmn, agenda THEMATIC): every
    // member approves the unit and none the person, so the person gets 0 of the 70 % of seven members needed.
    runDocumentTasks();
    assertThat(tasks.createTaskQuery().processInstanceId(run.getId())
        .taskDefinitionKey(UserTask.DECIDE_THEMATIC_AWARDS.id()).count()).isZero();
    ProcessInstance council = councilVote.councilOf(run);
    assertThat(council).as("the Council's vote called by the run").isNotNull();
    assertThat(runtime.getVariable(council.getId(), "councilAgendaKind")).isEqualTo("THEMATIC");
    List<ThematicProposal> forwarded = proposals.findAll().stream()
        .filter(p -> ThematicProposal.ACCEPTED.equals(p.getStatus())).toList();
    assertThat(forwarded).extracting(ThematicProposal::getNomineeKey)
        .containsExactlyInAnyOrder("unit:ccbvmt", "ccbvmtcv");
    String unitItem = String.valueOf(forwarded.stream().filter(ThematicProposal::isCollective).findFirst()
        .orElseThrow().getId());
    councilVote.vote(run, unitItem::equals);
    assertThat(proposals.findAll()).filteredOn(p -> ThematicProposal.ACCEPTED.equals(p.getStatus()))
        .allSatisfy(p -> assertThat(p.getCouncilApproved()).as(p.getNomineeKey()).isEqualTo(p.isCollective()));

    Task decision = task(run, UserTask.DECIDE_THEMATIC_AWARDS);
    assertThat(tasks.getIdentityLinksForTask(decision.getId())).anyMatch(l -> "lanhdaoso".equals(l.getGroupId()));
    assertThat(tasks.getVariable(decision.getId(), "thematicReviewText").toString())
        .contains("Số hóa 500 hồ sơ quan trắc", "Hội đồng đồng ý", "Hội đồng không đồng ý, không khen thưởng")
        .doesNotContain("Số hóa 300 hồ sơ đất đai");

    TestClock.freezeAt(LocalDate.of(2027, 4, 20));
    assertThatThrownBy(() -> complete(run, UserTask.DECIDE_THEMATIC_AWARDS, "giamdoc", Map.of(
        "thematicDecisionNumber", "45/QĐ-SNNMT", "thematicDecisionDate", "25/04/2027")))
        .hasMessageContaining("«Ngày quyết định» không được sau ngày hôm nay");
    complete(run, UserTask.DECIDE_THEMATIC_AWARDS, "giamdoc", Map.of(
        "thematicDecisionNumber", "45/QĐ-SNNMT", "thematicDecisionDate", "20/04/2027"));
    runJobs();

    assertThat(run).isEnded();
    for (String nominee : List.of("unit:ccbvmt")) {
      List<MeritRecord> rows = register.findByNomineeKeyOrderByYearAscIdAsc(nominee).stream()
          .filter(r -> r.getSource() == MeritSource.THEMATIC).toList();
      assertThat(rows).as(nominee).singleElement().satisfies(r -> {
        assertThat(r.getCode()).isEqualTo(MeritCode.GIAY_KHEN);
        assertThat(r.getDecisionNumber()).isEqualTo("45/QĐ-SNNMT");
        assertThat(r.getDecisionDate()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(r.getYear()).isEqualTo(2027);
      });
    }
    for (String notAwarded : List.of("qlddcv", "ccbvmtcv")) {
      assertThat(register.findByNomineeKeyOrderByYearAscIdAsc(notAwarded)).as(notAwarded)
          .noneMatch(r -> r.getSource() == MeritSource.THEMATIC);
    }
    ThematicSummary summary = summaries.findAll().get(0);
    assertThat(summary.getParticipatingUnits()).isEqualTo(2);
    assertThat(summary.getReportingUnits()).isEqualTo(2);
    assertThat(summary.getCommendations()).isEqualTo(1);
    assertThat(summary.getText()).contains("Thi đua chuyển đổi số trong quản lý đất đai", "01/01/2027",
        "Tiêu chí 1 «Số hóa hồ sơ địa chính đúng tiến độ»", "85% hồ sơ trực tuyến toàn trình",
        "Quyết định số 45/QĐ-SNNMT ngày 20/04/2027 của Giám đốc Sở");
    assertThat(runs.findAll()).singleElement()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo(ThematicRun.SUMMARISED));

    // «Soạn quyết định khen thưởng tổng kết phong trào»: the Director's decision as a Word document, dated 20/04/2027
    // (the legal bases of that day: Nghị định 152/2025/NĐ-CP, not 98/2023), citing the launching plan and the
    // Council's meeting; Điều 1 names the unit the Council approved, not the person it rejected nor the proposal the
    // Office left out.
    long runId = runs.findAll().get(0).getId();
    LocalDate meeting = jdbc.queryForObject("select meeting_date from council_meeting where agenda_kind = 'THEMATIC' "
        + "and agenda_ref = ?", LocalDate.class, runId);
    String unitName = organizationService.unit("ccbvmt").getName();
    String text = decisionDocument(runId);
    assertThat(text).contains("Số: 45/QĐ-SNNMT", "ngày 20 tháng 4 năm 2027",
        "Về việc khen thưởng tổng kết phong trào thi đua theo chuyên đề",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Căn cứ Nghị định số 152/2025/NĐ-CP",
        "Căn cứ Kế hoạch số 12/KH-SNNMT ngày 20 tháng 12 năm 2026 của Sở Nông nghiệp và Môi trường về việc phát động "
            + "phong trào thi đua theo chuyên đề “Thi đua chuyển đổi số trong quản lý đất đai”;",
        "Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày "
            + vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(meeting) + " (bỏ phiếu kín);",
        "Xét đề nghị của Chánh Văn phòng Sở.", "Điều 1. Tặng Giấy khen của", "cho 1 tập thể đã có thành tích",
        "(từ ngày 01/01/2027 đến ngày 31/03/2027)", "1. " + unitName + ", ",
        "đã có thành tích: Dẫn đầu tỷ lệ số hóa.", "Điều 2.", "Điều 3.",
        organizationService.person("giamdoc").orElseThrow().getFullName());
    assertThat(text).doesNotContain("Số hóa 500 hồ sơ quan trắc", "Số hóa 300 hồ sơ đất đai", "98/2023",
        "{{");
    // Filed next to the Council's minutes of the run's meeting (ThematicMovementRestTest lists both).
    assertThat(jdbc.queryForList("select kind from generated_document where cycle_id is null order by id",
        String.class)).containsExactly("COUNCIL_MINUTES", "THEMATIC_DECISION", "THEMATIC_SUMMARY");

    // «Soạn báo cáo tổng kết phong trào»: the report on the stored summary, dated the day the summary was stored
    // (20/04/2027): the movement with its plan, period and criteria; the units registered, taking part and reporting
    // with each unit's result per criterion; the decision and the one collective it awarded; the closing.
    // The Council's minutes of the run's meeting say what it considered: this movement's summary.
    byte[] minutes = jdbc.queryForObject("select c.content from generated_document d join generated_document_content c"
        + " on c.document_id = d.id where d.kind = 'COUNCIL_MINUTES' and d.cycle_id is null order by d.id desc limit 1",
        byte[].class);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(minutes));
        XWPFWordExtractor minutesText = new XWPFWordExtractor(doc)) {
      assertThat(minutesText.getText()).contains("xét khen thưởng tổng kết phong trào thi đua theo chuyên đề "
          + "“Thi đua chuyển đổi số trong quản lý đất đai” năm 2027").doesNotContain("xét khen thưởng năm");
    }
    String qlddName = organizationService.unit("qldd").getName();
    try (XWPFDocument report = new XWPFDocument(new ByteArrayInputStream(documentOf(runId, "THEMATIC_SUMMARY")));
        XWPFWordExtractor extractor = new XWPFWordExtractor(report)) {
      String reportText = extractor.getText();
      assertThat(reportText).contains("BÁO CÁO", "Tổng kết phong trào thi đua theo chuyên đề",
          "ngày 20 tháng 4 năm 2027", "I. PHONG TRÀO THI ĐUA",
          "được phát động theo Kế hoạch số 12/KH-SNNMT ngày 20 tháng 12 năm 2026 của Sở Nông nghiệp và Môi trường, "
              + "thời gian thực hiện từ ngày 01/01/2027 đến ngày 31/03/2027",
          "1. Số hóa hồ sơ địa chính đúng tiến độ;", "2. Tỷ lệ hồ sơ trực tuyến toàn trình.",
          "II. KẾT QUẢ THỰC HIỆN", "2 đơn vị tham gia phong trào", "2 đơn vị đã báo cáo kết quả thực hiện theo các tiêu chí",
          "III. KHEN THƯỞNG", "1 tập thể được tặng Giấy khen của",
          "theo Quyết định số 45/QĐ-SNNMT ngày 20/04/2027", "1. " + unitName + ", ",
          "Trên đây là báo cáo tổng kết phong trào thi đua theo chuyên đề",
          organizationService.person("giamdoc").orElseThrow().getFullName());
      assertThat(reportText).doesNotContain("{{", "Số hóa 500 hồ sơ quan trắc");
      assertThat(report.getTables()).anySatisfy(table -> assertThat(table.getRows().stream().skip(1)
          .map(r -> r.getCell(1).getText() + " | " + r.getCell(2).getText() + " | " + r.getCell(3).getText())
          .toList()).containsExactlyInAnyOrder("1 | " + unitName + " | Đã số hóa 1.200 hồ sơ",
              "1 | " + qlddName + " | Đã số hóa 1.200 hồ sơ", "2 | " + unitName + " | 85% hồ sơ trực tuyến toàn trình",
              "2 | " + qlddName + " | 85% hồ sơ trực tuyến toàn trình"));
    }
  }

  /** The content of the latest version of the run's document of that kind (filed under {@code thematic-run:<id>}). */
  byte[] documentOf(long runId, String kind) {
    return jdbc.queryForObject("select c.content from generated_document d join generated_document_content c "
        + "on c.document_id = d.id where d.subject = ? and d.kind = ? order by d.version desc limit 1", byte[].class,
        "thematic-run:" + runId, kind);
  }

  /**
   * The stored decision of a run (its latest version): it belongs to no cycle and to no unit, is a .docx, and is read
   * back with Apache POI as Word would open it. Returns its text.
   */
  String decisionDocument(long runId) throws Exception {
    Map<String, Object> row = jdbc.queryForMap("select d.id, d.kind, d.cycle_id, d.unit_id, d.content_type "
        + "from generated_document d where d.subject = ? and d.kind = 'THEMATIC_DECISION' order by d.version desc "
        + "limit 1", "thematic-run:" + runId);
    assertThat(row.get("kind")).isEqualTo("THEMATIC_DECISION");
    assertThat(row.get("cycle_id")).isNull();
    assertThat(row.get("unit_id")).isNull();
    assertThat(row.get("content_type")).isEqualTo(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    byte[] docx = jdbc.queryForObject("select content from generated_document_content where document_id = ?",
        byte[].class, row.get("id"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  @Test
  void aRunThatAwardsNobodyEndsWithoutADecisionDocument() throws Exception {
    declare();
    ProcessInstance run = start();
    registerAll(run, List.of());
    endOfPeriod(run, "thematicPeriodEnds", LocalDate.of(2027, 4, 2));
    complete(run, UserTask.REVIEW_THEMATIC_RESULTS, "vanphong", Map.of("thematicOfficeDecision", "ACCEPT"));
    complete(run, UserTask.DECIDE_THEMATIC_AWARDS, "giamdoc", Map.of(
        "thematicDecisionNumber", "46/QĐ-SNNMT", "thematicDecisionDate", "02/04/2027"));
    runJobs();

    assertThat(run).isEnded();
    assertThat(summaries.findAll()).singleElement().satisfies(s -> assertThat(s.getCommendations()).isZero());
    // No decision document; the summary report is written all the same, saying nobody was awarded.
    assertThat(jdbc.queryForList("select kind from generated_document", String.class))
        .containsExactly("THEMATIC_SUMMARY");
    long runId = runs.findAll().get(0).getId();
    try (XWPFDocument report = new XWPFDocument(new ByteArrayInputStream(documentOf(runId, "THEMATIC_SUMMARY")));
        XWPFWordExtractor extractor = new XWPFWordExtractor(report)) {
      assertThat(extractor.getText()).contains("0 đơn vị tham gia phong trào",
          "không có tập thể, cá nhân nào được khen thưởng.",
          "Không có đơn vị báo cáo");
    }
  }

  @Test
  void aUnitThatHasNotRegisteredByTheEndDateDoesNotTakePart() {
    declare();
    ProcessInstance run = start();
    completeAs("ccbvmtcv", unitTask(run, UserTask.REGISTER_THEMATIC_PARTICIPATION, "ccbvmt"),
        Map.of("thematicParticipates", "YES", "thematicCommitment", "Số hóa toàn bộ hồ sơ"));
    assertThatThrownBy(() -> completeAs("qlddcv", unitTask(run, UserTask.REGISTER_THEMATIC_PARTICIPATION, "qldd"),
        Map.of("thematicParticipates", "YES"))).hasMessageContaining("Vui lòng nhập «Nội dung đăng ký thi đua»");

    endOfPeriod(run, "registrationClosed", LocalDate.of(2027, 4, 1));
    assertThat(tasks.createTaskQuery().processInstanceId(run.getId())
        .taskDefinitionKey(UserTask.REGISTER_THEMATIC_PARTICIPATION.id()).count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(run.getId())
        .taskDefinitionKey(UserTask.REPORT_THEMATIC_RESULTS.id()).list()).singleElement()
        .satisfies(t -> assertThat(tasks.getIdentityLinksForTask(t.getId()))
            .anyMatch(l -> "donviccbvmt".equals(l.getGroupId())));
  }

  @Test
  void aMovementRunsOnceAndOnlyIfItIsAThematicOne() {
    assertThatThrownBy(this::start).hasMessageContaining("Không có phong trào thi đua theo chuyên đề mã «" + CODE);
    declare();
    start();
    assertThatThrownBy(this::start).hasMessageContaining("đã được phát động trên hệ thống");
    assertThat(runs.count()).isEqualTo(1);
    runtime.deleteProcessInstance(runs.findAll().get(0).getProcessInstanceId(), "test");
    runs.deleteAll();
    TestClock.freezeAt(LocalDate.of(2027, 4, 1));
    assertThatThrownBy(this::start)
        .hasMessageContaining("đã kết thúc ngày 31/03/2027; không phát động được đợt đã qua");
    assertThat(runs.count()).isZero();
    as("vanphong");
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.THEMATIC_MOVEMENT,
          Map.of(ThematicMovementVariables.MOVEMENT_CODE.name(), "NTM-2021-2025")))
          .hasMessageContaining("Không có phong trào thi đua theo chuyên đề mã «NTM-2021-2025»");
    } finally {
      identity.clearAuthentication();
    }
  }
}
