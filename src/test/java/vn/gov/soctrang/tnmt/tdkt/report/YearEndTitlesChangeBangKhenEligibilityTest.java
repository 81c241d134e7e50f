package vn.gov.soctrang.tnmt.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.merit.PriorFacts;
import vn.gov.soctrang.tnmt.tdkt.merit.PriorFactsService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.titles.TitlesFixture;

/**
 * The titles the year-end titles process records are what the next cycle's award standards read: a civil servant
 * with no title in the register does not meet the standard of the provincial Bằng khen in the 2027 cycle; after the
 * titles of 2025 and 2026 (two years in a row of Chiến sĩ thi đua cơ sở, Điều 74 Luật Thi đua, khen thưởng 2022),
 * conferred through the process, the same check finds the standard met. The check is the consolidation's own: the
 * register's facts (PriorFactsService) through the award standards' decision table (CriteriaEvaluator).
 */
@AtDate("2026-12-15")
class YearEndTitlesChangeBangKhenEligibilityTest extends ProcessTestSupport {

  @Autowired PriorFactsService priorFacts;
  @Autowired CriteriaEvaluator criteria;

  private CriteriaResult bangKhenCheckOf2027Cycle(String username) {
    PriorFacts facts = priorFacts.factsFor(username, 2027);
    // A person with an initiative, so that only the run of Chiến sĩ thi đua cơ sở decides.
    return criteria.standard(StandardFacts.of(AwardType.BANG_KHEN_UBND, NomineeType.INDIVIDUAL, true, true, facts,
        3));
  }

  @Test
  void twoYearsOfChienSiThiDuaCoSoFromTheTitlesProcessMakeTheNomineeEligible() {
    CriteriaResult before = bangKhenCheckOf2027Cycle("ccbvmtcv");
    assertThat(before.met()).as(before.reason()).isFalse();
    assertThat(before.reason()).contains("Không đạt tiêu chuẩn Bằng khen cấp tỉnh");

    TitlesFixture titles = new TitlesFixture(runtime, tasks, identity, management, organizationService);
    titles.conferChienSiThiDuaCoSo(2025, "ccbvmt", "ccbvmtcv", "15/QĐ-STNMT", "05/01/2026");
    CriteriaResult oneYear = bangKhenCheckOf2027Cycle("ccbvmtcv");
    assertThat(oneYear.met()).as("2025 alone is not a run ending in 2026 or 2027").isFalse();

    titles.conferChienSiThiDuaCoSo(2026, "ccbvmt", "ccbvmtcv", "140/QĐ-STNMT", "15/12/2026");
    CriteriaResult after = bangKhenCheckOf2027Cycle("ccbvmtcv");
    assertThat(after.met()).as(after.reason()).isTrue();
    assertThat(after.reason()).contains("02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở",
        "(Điều 74 Luật Thi đua, khen thưởng 2022)");
    assertThat(priorFacts.factsFor("ccbvmtcv", 2027).summary())
        .contains("Chiến sĩ thi đua cơ sở 2 năm liên tục (2025–2026)");
  }
}
