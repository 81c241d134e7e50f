package vn.gov.soctrang.tnmt.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluates the real processes/award-standards.dmn with the standalone DMN engine: every award type × nominee kind
 * with facts that pass and facts that fail, each result naming the article of Luật Thi đua, khen thưởng 2022 it
 * applies; together the cases reach every rule of the table.
 */
class AwardStandardsDecisionTableTest {

  private static final Path DMN_FILE = Path.of("processes", "award-standards.dmn");

  private static DmnEngine engine;
  private static DmnDecision decision;
  private static final List<String> lastMatchedRules = new ArrayList<>();
  private static final Set<String> firstHitRules = new TreeSet<>();

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(AwardStandardsDecisionTableTest::recordMatches))
        .buildEngine();
    try (InputStream in = Files.newInputStream(DMN_FILE)) {
      decision = engine.parseDecision("awardStandards", in);
    }
  }

  private static void recordMatches(DmnDecisionTableEvaluationEvent event) {
    lastMatchedRules.clear();
    event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(lastMatchedRules::add);
  }

  /**
   * Columns: award, nominee kind, tasks completed, initiative, provincial Bằng khen, Prime Minister's Bằng khen,
   * excellent years in a row, of them after the provincial one, after the Prime Minister's, Chiến sĩ thi đua cơ sở in
   * a row, enough excellent years for the province's and the Department's rule → met, the article, a phrase of the
   * reason.
   */
  @ParameterizedTest(name = "{0} {1}: {9} CSTĐCS, {6} năm HTXSNV → {11} ({12})")
  @CsvSource(delimiter = '|', value = {
      // Giấy khen (Điều 75): a person must have completed their tasks well; a unit has no further condition here.
      "GIAY_KHEN       | INDIVIDUAL | true  | false | false | false | 0 | 0 | 0 | 0 | true  | true  | Điều 75 | Đạt tiêu chuẩn Giấy khen",
      "GIAY_KHEN       | INDIVIDUAL | false | true  | true  | true  | 9 | 9 | 9 | 9 | true  | false | Điều 75 | chưa hoàn thành tốt nhiệm vụ",
      "GIAY_KHEN       | COLLECTIVE | true  | false | false | false | 0 | 0 | 0 | 0 | true  | true  | Điều 75 | Đạt tiêu chuẩn Giấy khen",
      // The province's and the Department's own rule on excellent years (a dated setting, none by default).
      "GIAY_KHEN       | INDIVIDUAL | true  | true  | false | false | 1 | 0 | 0 | 0 | false | false | Điều 75 khoản 2 | theo quy định về thi đua, khen thưởng của tỉnh",
      "GIAY_KHEN       | COLLECTIVE | true  | false | false | false | 1 | 0 | 0 | 0 | false | false | Điều 75 khoản 2 | theo quy định về thi đua, khen thưởng của tỉnh",
      // Bằng khen cấp tỉnh (Điều 74): two years of Chiến sĩ thi đua cơ sở, or two excellent years with an initiative.
      "BANG_KHEN_UBND  | INDIVIDUAL | true  | false | false | false | 0 | 0 | 0 | 2 | true  | true  | Điều 74 | 02 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở",
      "BANG_KHEN_UBND  | INDIVIDUAL | true  | true  | false | false | 2 | 0 | 0 | 1 | true  | true  | Điều 74 | có sáng kiến được công nhận",
      "BANG_KHEN_UBND  | INDIVIDUAL | true  | false | false | false | 5 | 0 | 0 | 1 | true  | false | Điều 74 | chưa có 02 năm liên tục",
      "BANG_KHEN_UBND  | INDIVIDUAL | true  | true  | false | false | 1 | 0 | 0 | 1 | true  | false | Điều 74 | chưa có 02 năm liên tục",
      "BANG_KHEN_UBND  | COLLECTIVE | true  | false | false | false | 2 | 0 | 0 | 0 | true  | true  | Điều 74 | Tập thể lao động xuất sắc",
      "BANG_KHEN_UBND  | COLLECTIVE | true  | true  | false | false | 1 | 0 | 0 | 0 | true  | false | Điều 74 | chưa có 02 năm liên tục",
      // Bằng khen Thủ tướng (Điều 73): an earlier provincial Bằng khen, then five excellent years; a person also an
      // initiative.
      "BANG_KHEN_TTG   | INDIVIDUAL | true  | true  | false | false | 9 | 0 | 0 | 9 | true  | false | Điều 73 | chưa được tặng Bằng khen cấp bộ, ban, ngành, tỉnh",
      "BANG_KHEN_TTG   | COLLECTIVE | true  | false | false | false | 9 | 0 | 0 | 0 | true  | false | Điều 73 | chưa được tặng Bằng khen cấp bộ, ban, ngành, tỉnh",
      "BANG_KHEN_TTG   | INDIVIDUAL | true  | true  | true  | false | 9 | 4 | 0 | 0 | true  | false | Điều 73 | chưa có 05 năm liên tục",
      "BANG_KHEN_TTG   | COLLECTIVE | true  | false | true  | false | 9 | 4 | 0 | 0 | true  | false | Điều 73 | chưa có 05 năm liên tục",
      "BANG_KHEN_TTG   | INDIVIDUAL | true  | false | true  | false | 9 | 5 | 0 | 0 | true  | false | Điều 73 | chưa có sáng kiến",
      "BANG_KHEN_TTG   | INDIVIDUAL | true  | true  | true  | false | 5 | 5 | 0 | 0 | true  | true  | Điều 73 | Đạt tiêu chuẩn Bằng khen của Thủ tướng",
      "BANG_KHEN_TTG   | COLLECTIVE | true  | false | true  | false | 5 | 5 | 0 | 0 | true  | true  | Điều 73 | Đạt tiêu chuẩn Bằng khen của Thủ tướng",
      // Huân chương Lao động hạng Ba (Điều 44): an earlier Bằng khen of the Prime Minister, then five excellent years;
      // a person also an initiative.
      "HUAN_CHUONG_LD3 | INDIVIDUAL | true  | true  | true  | false | 9 | 9 | 0 | 9 | true  | false | Điều 44 | chưa được tặng Bằng khen của Thủ tướng",
      "HUAN_CHUONG_LD3 | COLLECTIVE | true  | false | true  | false | 9 | 9 | 0 | 0 | true  | false | Điều 44 | chưa được tặng Bằng khen của Thủ tướng",
      "HUAN_CHUONG_LD3 | INDIVIDUAL | true  | true  | true  | true  | 9 | 9 | 4 | 0 | true  | false | Điều 44 | chưa có 05 năm liên tục",
      "HUAN_CHUONG_LD3 | COLLECTIVE | true  | false | true  | true  | 9 | 9 | 4 | 0 | true  | false | Điều 44 | chưa có 05 năm liên tục",
      "HUAN_CHUONG_LD3 | INDIVIDUAL | true  | false | true  | true  | 9 | 9 | 5 | 0 | true  | false | Điều 44 | chưa có sáng kiến",
      "HUAN_CHUONG_LD3 | INDIVIDUAL | true  | true  | true  | true  | 6 | 6 | 5 | 0 | true  | true  | Điều 44 | Đạt tiêu chuẩn Huân chương Lao động hạng Ba",
      "HUAN_CHUONG_LD3 | COLLECTIVE | true  | false | true  | true  | 6 | 6 | 5 | 0 | true  | true  | Điều 44 | Đạt tiêu chuẩn Huân chương Lao động hạng Ba"})
  void eachAwardHasItsOwnStandardAndEveryResultNamesItsArticle(String award, String kind, boolean tasks,
      boolean initiative, boolean provincial, boolean primeMinister, int excellent, int afterProvincial,
      int afterPrimeMinister, int cstd, boolean departmentYears, boolean met, String article, String phrase) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("awardType", award).putValue("nomineeType", kind).putValue("tasksCompleted", tasks)
        .putValue("hasInitiative", initiative).putValue("hasProvincialBangKhen", provincial)
        .putValue("hasPrimeMinisterBangKhen", primeMinister).putValue("excellentYearsInRow", excellent)
        .putValue("excellentYearsAfterProvincial", afterProvincial)
        .putValue("excellentYearsAfterPrimeMinister", afterPrimeMinister).putValue("cstdCoSoInRow", cstd)
        .putValue("meetsDepartmentExcellentYears", departmentYears)).getSingleResult();
    firstHitRules.add(lastMatchedRules.get(0));
    assertThat((Boolean) result.getEntry("met")).isEqualTo(met);
    String reason = result.getEntry("reason");
    assertThat(reason).startsWith(met ? "Đạt tiêu chuẩn" : "Không đạt tiêu chuẩn").contains(phrase)
        .endsWith("(" + article + " Luật Thi đua, khen thưởng 2022)");
  }

  /** A nominee the register knows nothing about: only a Giấy khen is within reach. */
  @ParameterizedTest(name = "{0} {1} không có gì trong sổ → {2}")
  @CsvSource({"GIAY_KHEN, INDIVIDUAL, true", "BANG_KHEN_UBND, INDIVIDUAL, false", "BANG_KHEN_UBND, COLLECTIVE, false",
      "BANG_KHEN_TTG, INDIVIDUAL, false", "BANG_KHEN_TTG, COLLECTIVE, false", "HUAN_CHUONG_LD3, INDIVIDUAL, false",
      "HUAN_CHUONG_LD3, COLLECTIVE, false"})
  void aNomineeWithNoPriorAwardOrTitle(String award, String kind, boolean met) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("awardType", award).putValue("nomineeType", kind).putValue("tasksCompleted", true)
        .putValue("hasInitiative", true).putValue("hasProvincialBangKhen", false)
        .putValue("hasPrimeMinisterBangKhen", false).putValue("excellentYearsInRow", 0)
        .putValue("excellentYearsAfterProvincial", 0).putValue("excellentYearsAfterPrimeMinister", 0)
        .putValue("cstdCoSoInRow", 0).putValue("meetsDepartmentExcellentYears", true)).getSingleResult();
    assertThat((Boolean) result.getEntry("met")).isEqualTo(met);
    if (award.equals("BANG_KHEN_TTG")) {
      assertThat((String) result.getEntry("reason")).isEqualTo("Không đạt tiêu chuẩn Bằng khen của Thủ tướng Chính "
          + "phủ: chưa được tặng Bằng khen cấp bộ, ban, ngành, tỉnh (Điều 73 Luật Thi đua, khen thưởng 2022)");
    }
  }

  @AfterAll
  static void theCasesReachEveryRule() throws IOException {
    Set<String> all;
    try (InputStream in = Files.newInputStream(DMN_FILE)) {
      all = Dmn.readModelFromStream(in).getModelElementsByType(Rule.class).stream().map(Rule::getId)
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(firstHitRules).containsExactlyInAnyOrderElementsOf(all);
  }
}
