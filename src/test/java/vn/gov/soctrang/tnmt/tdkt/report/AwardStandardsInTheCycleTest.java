package vn.gov.soctrang.tnmt.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The consolidation checks each nomination against the standards of the award proposed, reading the register of
 * titles and awards, and shows the Office which earlier facts it used. The 2025 cycle closes the movement, so every
 * award may be proposed.
 */
@AtDate("2025-11-20")
class AwardStandardsInTheCycleTest extends ProcessTestSupport {

  @Autowired NominationRepository nominations;
  @Autowired MeritRecordRepository register;
  @Autowired UnitRepository units;
  @Autowired vn.gov.soctrang.tnmt.tdkt.settings.SettingsService settings;

  private ProcessInstance finalSummaryCycle() {
    ProcessInstance cycle;
    as("vanphong");
    try {
      cycle = runtime.startProcessInstanceByKey(ProcessKeys.ANNUAL_CYCLE, Map.of(AnnualCycleVariables.CYCLE_YEAR.name(),
          2025,
          AnnualCycleVariables.REPORT_DEADLINE.name(), TestClock.today().plusWeeks(3).toString(),
              AnnualCycleVariables.FINAL_SUMMARY.name(), true));
    } finally {
      identity.clearAuthentication();
    }
    startUnitReports();
    return cycle;
  }

  private void consolidate(ProcessInstance cycle, String unit, List<Map<String, Object>> proposed) {
    reportAndAccept(cycle, unit, proposed);
    for (Unit u : organizationService.activeUnits()) {
      if (!u.getCode().equals(unit)) {
        reportAndAccept(cycle, u.getCode(), List.of());
      }
    }
    runJobs();
  }

  private Nomination of(String username) {
    return nominations.findAll().stream().filter(n -> n.getPerson() != null
        && n.getPerson().getUsername().equals(username)).findFirst().orElseThrow();
  }

  @Test
  void eachNomineeIsCheckedAgainstTheStandardOfItsAwardWithTheFactsOfTheRegister() {
    ProcessInstance cycle = finalSummaryCycle();
    consolidate(cycle, "qldd", List.of(
        individual("qlddtruong", "HUAN_CHUONG_LD3", true, "Giải pháp số hóa hồ sơ địa chính"),
        individual("qlddcv", "BANG_KHEN_TTG", true, "Giải pháp tra cứu hồ sơ")));

    // The head of the office: a Prime Minister's Bằng khen of 2019 and excellent years since 2015 in the demo register.
    Nomination head = of("qlddtruong");
    assertThat(head.getStatus()).isEqualTo(NominationStatus.MET);
    assertThat(head.getEvaluationReason()).contains("Đạt tiêu chuẩn Huân chương Lao động hạng Ba",
        "(Điều 44 Luật Thi đua, khen thưởng 2022)");
    assertThat(head.getPriorFacts()).contains("Bằng khen của Thủ tướng Chính phủ năm 2019 (Quyết định số 1520/QĐ-TTg)",
        "Bằng khen của Chủ tịch UBND tỉnh năm 2014", "Hoàn thành xuất sắc nhiệm vụ 11 năm liên tục (2015–2025)");

    // A civil servant with no Bằng khen of the province: not eligible for the Prime Minister's, with the article.
    Nomination staff = of("qlddcv");
    assertThat(staff.getStatus()).isEqualTo(NominationStatus.NOT_MET);
    assertThat(staff.getEvaluationReason()).contains("Không đạt tiêu chuẩn Bằng khen của Thủ tướng Chính phủ: chưa "
        + "được tặng Bằng khen cấp bộ, ban, ngành, tỉnh (Điều 73 Luật Thi đua, khen thưởng 2022)");
    assertThat(staff.getPriorFacts()).doesNotContain("Bằng khen").contains("Hoàn thành xuất sắc nhiệm vụ");

    // The Office reads the same on its form.
    assertThat(runtime.getVariable(cycle.getId(), ConsolidationVariables.CONSOLIDATION_SUMMARY_TEXT.name()).toString())
        .contains("Căn cứ sổ theo dõi danh hiệu, khen thưởng: Bằng khen của Chủ tịch UBND tỉnh năm 2014");
  }

  @Test
  void titlesEnteredInTheRegisterMakeTheNomineeEligibleForTheProvincialBangKhen() {
    // Two years of Chiến sĩ thi đua cơ sở, recorded by the Office, meet the provincial Bằng khen's standard.
    for (int year : new int[] {2023, 2024}) {
      register.save(new MeritRecord(year, MeritCode.CHIEN_SI_THI_DUA_CO_SO, "ccbvmtcv", "ccbvmtcv", "ccbvmt",
          year + "/QĐ-STNMT", LocalDate.of(year, 12, 20), "Giám đốc Sở", MeritSource.MANUAL, null, "vanphong",
          TestClock.now()));
    }
    try {
      ProcessInstance cycle = finalSummaryCycle();
      consolidate(cycle, "ccbvmt", List.of(individual("ccbvmtcv", "BANG_KHEN_UBND", true,
          "Quy trình kiểm tra nguồn thải")));
      Nomination n = of("ccbvmtcv");
      assertThat(n.getStatus()).as(n.getEvaluationReason()).isEqualTo(NominationStatus.MET);
      assertThat(n.getEvaluationReason()).contains("02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở",
          "(Điều 74 Luật Thi đua, khen thưởng 2022)");
      assertThat(n.getPriorFacts()).contains("Chiến sĩ thi đua cơ sở 2 năm liên tục (2023–2024)");
    } finally {
      register.deleteAll(register.findByNomineeKeyOrderByYearAscIdAsc("ccbvmtcv"));
    }
  }

  @Test
  void theDepartmentsOwnRuleForAGiayKhenIsADatedSetting() {
    as("admin");
    try {
      settings.change("standard.giayKhen.excellentYearsInRow", "4", TestClock.today(),
          "Quyết định số 25/2026/QĐ-UBND của UBND tỉnh (ví dụ trong kiểm thử)");
    } finally {
      identity.clearAuthentication();
    }
    ProcessInstance cycle = finalSummaryCycle();
    // Three excellent years (2023–2025) in the demo register: one short of the rule now in force.
    consolidate(cycle, "qldd", List.of(individual("qlddcv", "GIAY_KHEN", true, "Giải pháp tra cứu hồ sơ"),
        individual("qlddtruong", "GIAY_KHEN", true, "Giải pháp số hóa hồ sơ địa chính")));
    assertThat(of("qlddcv").getStatus()).isEqualTo(NominationStatus.NOT_MET);
    assertThat(of("qlddcv").getEvaluationReason()).contains("chưa đủ số năm liên tục hoàn thành xuất sắc nhiệm vụ "
        + "theo quy định về thi đua, khen thưởng của tỉnh và của Sở (Điều 75 khoản 2 Luật Thi đua, khen thưởng 2022)");
    assertThat(of("qlddtruong").getStatus()).isEqualTo(NominationStatus.MET);
  }

  @Test
  void aUnitUnderInspectionIsNotProposedLikeAPersonUnderDiscipline() {
    Unit unit = units.findByCode("ccbvmt").orElseThrow();
    unit.setUnderReview(true);
    units.save(unit);
    try {
      ProcessInstance cycle = finalSummaryCycle();
      consolidate(cycle, "ccbvmt", List.of(collective("GIAY_KHEN")));
      Nomination n = nominations.findAll().stream().filter(x -> x.getPerson() == null).findFirst().orElseThrow();
      assertThat(n.getStatus()).isEqualTo(NominationStatus.NOT_MET);
      assertThat(n.getEvaluationReason()).contains("Đang bị kỷ luật, điều tra hoặc thanh tra");
    } finally {
      unit.setUnderReview(false);
      units.save(unit);
    }
  }
}
