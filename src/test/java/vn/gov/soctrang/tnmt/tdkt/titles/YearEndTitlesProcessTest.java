package vn.gov.soctrang.tnmt.tdkt.titles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * year-end-titles: the Office opens a year, each unit proposes, the proposals are checked against the dated standards
 * (every refusal with its article), the Director decides, the decision document is written and the titles are
 * written into the merit register.
 */
@AtDate("2026-12-10")
class YearEndTitlesProcessTest extends ProcessTestSupport {

  @Autowired MeritRecordRepository register;
  @Autowired TitleProposalRepository proposals;
  @Autowired TitleRunRepository runs;
  @Autowired OrganizationHistoryService organizationHistory;

  /** Starts the titles of a year as the Office. */
  ProcessInstance open(int year) {
    as("vanphong");
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.YEAR_END_TITLES,
          Map.of(YearEndTitlesVariables.TITLES_YEAR.name(), year));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The proposal form: slots as (username, title, initiative) triples, then the unit's own title. */
  static Map<String, Object> proposal(List<String[]> people, String collective, boolean allCompleted) {
    Map<String, Object> form = new HashMap<>();
    for (int k = 0; k < people.size(); k++) {
      YearEndTitlesVariables.Slot s = YearEndTitlesVariables.SLOTS.get(k);
      form.put(s.person().name(), people.get(k)[0]);
      form.put(s.title().name(), people.get(k)[1]);
      form.put(s.initiative().name(), people.get(k)[2]);
    }
    form.put(YearEndTitlesVariables.COLLECTIVE_TITLE.name(), collective);
    form.put(YearEndTitlesVariables.ALL_MEMBERS_COMPLETED.name(), allCompleted);
    return form;
  }

  Task unitTask(ProcessInstance run, String unitCode) {
    return tasks.createTaskQuery().processInstanceId(run.getId()).taskDefinitionKey(UserTask.PROPOSE_TITLES.id())
        .taskCandidateGroup("donvi" + unitCode).singleResult();
  }

  void propose(ProcessInstance run, String unitCode, String user, Map<String, Object> form) {
    Task task = unitTask(run, unitCode);
    assertThat(task).as("proposal task of %s", unitCode).isNotNull();
    as(user);
    try {
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Every unit but the ones named proposes nothing. */
  void othersProposeNothing(ProcessInstance run, List<String> except) {
    for (var unit : organizationService.activeUnits()) {
      if (!except.contains(unit.getCode())) {
        propose(run, unit.getCode(), unit.getCode() + "cv", proposal(List.of(), "NONE", false));
      }
    }
  }

  void decide(ProcessInstance run, String number) {
    decide(run, number, "10/12/2026");
  }

  void decide(ProcessInstance run, String number, String date) {
    runJobs();
    complete(run, UserTask.DECIDE_TITLES, "giamdoc", Map.of(
        YearEndTitlesVariables.TITLES_DECISION_NUMBER.name(), number,
        YearEndTitlesVariables.TITLES_DECISION_DATE.name(), date));
    runJobs();
  }

  /**
   * The stored decision document of the year's run (its latest version): it belongs to no cycle, is a .docx, and is
   * read back with Apache POI as Word would open it. Returns its text.
   */
  String decisionDocument(int year) throws Exception {
    long runId = runs.findByYear(year).orElseThrow().getId();
    Map<String, Object> row = jdbc.queryForMap("select d.id, d.kind, d.cycle_id, d.content_type, d.file_name "
        + "from generated_document d where d.subject = ? order by d.version desc limit 1", "title-run:" + runId);
    assertThat(row.get("kind")).isEqualTo("TITLES_DECISION");
    assertThat(row.get("cycle_id")).isNull();
    assertThat(row.get("content_type")).isEqualTo(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(row.get("file_name").toString()).endsWith("-" + year + "-v1.docx");
    byte[] docx = jdbc.queryForObject("select content from generated_document_content where document_id = ?",
        byte[].class, row.get("id"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      return text.getText();
    }
  }

  String fullName(String username) {
    return organizationService.person(username).orElseThrow().getFullName();
  }

  TitleProposal proposalOf(String nomineeKey, MeritCode title) {
    return proposals.findAll().stream().filter(p -> p.getNomineeKey().equals(nomineeKey) && p.getTitle() == title)
        .findFirst().orElseThrow();
  }

  @Test
  void unitsProposeTheDirectorDecidesAndTheTitlesGoIntoTheRegister() throws Exception {
    ProcessInstance run = open(2026);
    assertThat(tasks.createTaskQuery().processInstanceId(run.getId()).count())
        .isEqualTo(organizationService.activeUnits().size());
    propose(run, "ccbvmt", "ccbvmtcv", proposal(List.<String[]>of(
        new String[] {"ccbvmtcv", "CHIEN_SI_THI_DUA_CO_SO", "Quy trình kiểm tra nguồn thải (QĐ công nhận 12/QĐ-STNMT)"},
        new String[] {"ccbvmttruong", "LAO_DONG_TIEN_TIEN", ""}), "TAP_THE_LAO_DONG_XUAT_SAC", true));
    othersProposeNothing(run, List.of("ccbvmt"));
    runJobs();
    assertThat(runtime.getVariable(run.getId(), YearEndTitlesVariables.TITLES_LIST_TEXT.name()).toString())
        .contains("Chiến sĩ thi đua cơ sở: **đạt**");
    Task decision = task(run, UserTask.DECIDE_TITLES);
    assertThat(tasks.getIdentityLinksForTask(decision.getId())).anyMatch(l -> "lanhdaoso".equals(l.getGroupId()));
    assertThat(decision.getDescription()).contains("Năm bình xét: 2026");

    decide(run, "125/QĐ-STNMT");

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(run.getId()).count()).isZero();
    List<MeritRecord> person = register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv");
    assertThat(person).extracting(MeritRecord::getCode).containsExactlyInAnyOrder(MeritCode.LAO_DONG_TIEN_TIEN,
        MeritCode.CHIEN_SI_THI_DUA_CO_SO);
    assertThat(person).allSatisfy(r -> {
      assertThat(r.getYear()).isEqualTo(2026);
      assertThat(r.getDecisionNumber()).isEqualTo("125/QĐ-STNMT");
      assertThat(r.getDecisionDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 10));
      assertThat(r.getSource()).isEqualTo(MeritSource.YEAR_END_TITLES);
    });
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("unit:ccbvmt")).extracting(MeritRecord::getCode)
        .contains(MeritCode.TAP_THE_LAO_DONG_XUAT_SAC);

    // «Soạn quyết định công nhận danh hiệu thi đua»: the Director's decision as a Word document.
    String text = decisionDocument(2026);
    LocalDate decided = LocalDate.of(2026, 12, 10);
    assertThat(text).contains("Số: 125/QĐ-STNMT", "ngày 10 tháng 12 năm 2026",
        "Về việc công nhận danh hiệu thi đua năm 2026",
        organizationHistory.issuingBodyOn(decided).getName(),
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 152/2025/NĐ-CP",
        "Điều 1. Công nhận danh hiệu thi đua năm 2026 cho 1 tập thể và 2 cá nhân",
        "Danh hiệu “Tập thể lao động xuất sắc”: 1 tập thể", "Danh hiệu “Lao động tiên tiến”: 2 cá nhân",
        "Danh hiệu “Chiến sĩ thi đua cơ sở”: 1 cá nhân", "Điều 2.", "Điều 3.",
        fullName("ccbvmtcv"), fullName("ccbvmttruong"), fullName("giamdoc"),
        organizationService.unit("ccbvmt").getName());
    assertThat(text).containsIgnoringCase("Giám đốc");
    assertThat(text).doesNotContain("98/2023", "{{");
  }

  @Test
  void eachRefusalNamesTheStandardMissedAndItsArticle() throws Exception {
    ProcessInstance run = open(2026);
    // Only one of the two members is Lao động tiên tiến (50 %, short of 70 %); the CSTĐCS has no initiative.
    propose(run, "ccbvmt", "ccbvmtcv", proposal(List.<String[]>of(
        new String[] {"ccbvmtcv", "CHIEN_SI_THI_DUA_CO_SO", ""}), "TAP_THE_LAO_DONG_TIEN_TIEN", true));
    othersProposeNothing(run, List.of("ccbvmt"));
    runJobs();
    assertThat(proposalOf("ccbvmtcv", MeritCode.LAO_DONG_TIEN_TIEN).getStatus()).isEqualTo(TitleProposal.MET);
    TitleProposal cstd = proposalOf("ccbvmtcv", MeritCode.CHIEN_SI_THI_DUA_CO_SO);
    assertThat(cstd.getStatus()).isEqualTo(TitleProposal.NOT_MET);
    assertThat(cstd.getReason()).contains("chưa có sáng kiến, giải pháp được công nhận (Điều 23 Luật Thi đua, khen "
        + "thưởng 2022)");
    TitleProposal unit = proposalOf("unit:ccbvmt", MeritCode.TAP_THE_LAO_DONG_TIEN_TIEN);
    assertThat(unit.getStatus()).isEqualTo(TitleProposal.NOT_MET);
    assertThat(unit.getReason()).contains("chỉ 1/2 cá nhân đạt Lao động tiên tiến, cần từ 70% trở lên (Điều 28 "
        + "Luật Thi đua, khen thưởng 2022)");

    decide(run, "126/QĐ-STNMT");
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv")).extracting(MeritRecord::getCode)
        .containsExactly(MeritCode.LAO_DONG_TIEN_TIEN);
    assertThat(register.findByNomineeKeyOrderByYearAscIdAsc("unit:ccbvmt")).extracting(MeritRecord::getCode)
        .doesNotContain(MeritCode.TAP_THE_LAO_DONG_TIEN_TIEN);
    // The decision lists only what met the standards.
    String text = decisionDocument(2026);
    assertThat(text).contains("Số: 126/QĐ-STNMT", fullName("ccbvmtcv"), "Danh hiệu “Lao động tiên tiến”: 1 cá nhân.",
        "cho 1 cá nhân");
    assertThat(text).doesNotContain("Chiến sĩ thi đua cơ sở", "Tập thể lao động tiên tiến");
  }

  @Test
  @AtDate("2025-07-03")
  void theDecisionCitesTheDecreeInForceOnItsDate() throws Exception {
    ProcessInstance run = open(2025);
    propose(run, "ccbvmt", "ccbvmtcv", proposal(List.<String[]>of(
        new String[] {"ccbvmtcv", "LAO_DONG_TIEN_TIEN", ""}), "NONE", false));
    othersProposeNothing(run, List.of("ccbvmt"));
    decide(run, "40/QĐ-STNMT", "30/06/2025");

    // Decided on the last day of Nghị định 98/2023/NĐ-CP (legal_basis, V19), written days later, when Nghị định
    // 152/2025/NĐ-CP is in force: the decision's date, not the day it is written, picks the legal bases.
    String text = decisionDocument(2025);
    assertThat(text).contains("Số: 40/QĐ-STNMT", "ngày 30 tháng 6 năm 2025",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023",
        organizationHistory.issuingBodyOn(LocalDate.of(2025, 6, 30)).getName(), fullName("ccbvmtcv"));
    assertThat(text).doesNotContain("152/2025");
  }

  @Test
  @AtDate("2023-12-20")
  void beforeTheLawOf2022TheOldShareAndTheFifteenPercentCapApplied() {
    ProcessInstance run = open(2023);
    propose(run, "ccbvmt", "ccbvmtcv", proposal(List.<String[]>of(
        new String[] {"ccbvmtcv", "CHIEN_SI_THI_DUA_CO_SO", "Quy trình kiểm tra nguồn thải"},
        new String[] {"ccbvmttruong", "LAO_DONG_TIEN_TIEN", ""}), "TAP_THE_LAO_DONG_TIEN_TIEN", true));
    othersProposeNothing(run, List.of("ccbvmt"));
    runJobs();
    // 2 of 2 members: more than half, as the old law asked.
    assertThat(proposalOf("unit:ccbvmt", MeritCode.TAP_THE_LAO_DONG_TIEN_TIEN).getStatus())
        .isEqualTo(TitleProposal.MET);
    // One Chiến sĩ thi đua cơ sở of two Lao động tiên tiến is more than the 15 % of Nghị định 91/2017.
    TitleProposal cstd = proposalOf("ccbvmtcv", MeritCode.CHIEN_SI_THI_DUA_CO_SO);
    assertThat(cstd.getStatus()).isEqualTo(TitleProposal.NOT_MET);
    assertThat(cstd.getReason()).contains("vượt tỷ lệ tối đa 15% số cá nhân đạt Lao động tiên tiến của đơn vị "
        + "(Điều 6 Nghị định 91/2017/NĐ-CP)");
  }

  @Test
  @AtDate("2023-12-20")
  void beforeTheLawOf2022HalfTheMembersWasNotEnough() {
    ProcessInstance run = open(2023);
    propose(run, "ccbvmt", "ccbvmtcv", proposal(List.<String[]>of(
        new String[] {"ccbvmtcv", "LAO_DONG_TIEN_TIEN", ""}), "TAP_THE_LAO_DONG_TIEN_TIEN", true));
    othersProposeNothing(run, List.of("ccbvmt"));
    runJobs();
    assertThat(proposalOf("unit:ccbvmt", MeritCode.TAP_THE_LAO_DONG_TIEN_TIEN).getReason())
        .contains("chỉ 1/2 cá nhân đạt Lao động tiên tiến, cần quá 1/2 (Điều 28 khoản 1 điểm c Luật Thi đua, khen "
            + "thưởng 2003 (sửa đổi, bổ sung 2013))");
  }

  @Test
  void aPersonUnderDisciplineIsRefusedWithTheArticle() {
    jdbc.update("update person set under_discipline = true where username = 'ccbvmttruong'");
    ProcessInstance run = open(2026);
    propose(run, "ccbvmt", "ccbvmtcv", proposal(List.<String[]>of(
        new String[] {"ccbvmtcv", "LAO_DONG_TIEN_TIEN", ""},
        new String[] {"ccbvmttruong", "LAO_DONG_TIEN_TIEN", ""}), "NONE", false));
    othersProposeNothing(run, List.of("ccbvmt"));
    runJobs();
    assertThat(proposalOf("ccbvmttruong", MeritCode.LAO_DONG_TIEN_TIEN).getReason())
        .contains("đang bị kỷ luật (Điều 24 Luật Thi đua, khen thưởng 2022)");
    assertThat(proposalOf("ccbvmtcv", MeritCode.LAO_DONG_TIEN_TIEN).getStatus()).isEqualTo(TitleProposal.MET);
  }

  @Test
  void aProposalForSomeoneOfAnotherUnitIsRefusedAndNothingIsStored() {
    ProcessInstance run = open(2026);
    Map<String, Object> form = proposal(List.<String[]>of(new String[] {"qlddcv", "LAO_DONG_TIEN_TIEN", ""},
        new String[] {"khongco", "LAO_DONG_TIEN_TIEN", ""}), "NONE", false);
    assertThatThrownBy(() -> propose(run, "ccbvmt", "ccbvmtcv", form))
        .hasMessageContaining("Cá nhân thứ 1: «")
        .hasMessageContaining("không thuộc")
        .hasMessageContaining("Cá nhân thứ 2: không có cán bộ, công chức, viên chức với tài khoản «khongco»");
    assertThat(unitTask(run, "ccbvmt")).isNotNull();
    assertThat(proposals.count()).isZero();
  }

  @Test
  void theSameYearIsOpenedOnceAndNeverAheadOfTime() {
    open(2026);
    assertThatThrownBy(() -> open(2026)).hasMessageContaining("Danh hiệu thi đua năm 2026 đã được mở bình xét");
    assertThatThrownBy(() -> open(2027)).hasMessageContaining("«Năm bình xét» phải từ 2018 đến 2026");
    assertThat(runs.count()).isEqualTo(1);
  }
}
