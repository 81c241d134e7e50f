package vn.gov.soctrang.tnmt.tdkt.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.soctrang.tnmt.tdkt.nomination.AwardType.BANG_KHEN_TTG;
import static vn.gov.soctrang.tnmt.tdkt.nomination.AwardType.BANG_KHEN_UBND;
import static vn.gov.soctrang.tnmt.tdkt.nomination.AwardType.GIAY_KHEN;
import static vn.gov.soctrang.tnmt.tdkt.nomination.AwardType.HUAN_CHUONG_LD3;
import static vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType.COLLECTIVE;
import static vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType.INDIVIDUAL;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey.Proposability;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

class NominationRulesTest {

  private static final int FINAL_SUMMARY_YEAR = 2025;
  /** The defaults of DOMAIN.md: state-level awards only in the final-summary year. */
  private static final AwardYearPolicy DEFAULTS = new AwardYearPolicy(Map.of(
      GIAY_KHEN, Proposability.EVERY_YEAR, BANG_KHEN_UBND, Proposability.EVERY_YEAR,
      BANG_KHEN_TTG, Proposability.FINAL_SUMMARY_YEAR, HUAN_CHUONG_LD3, Proposability.FINAL_SUMMARY_YEAR),
      FINAL_SUMMARY_YEAR);
  private static final Set<String> UNIT_PEOPLE = Set.of("nguyenvana", "tranthib", "levanc");

  private static final String ONE_AWARD_PER_ACHIEVEMENT =
      " đã có đề nghị khác trong năm; mỗi thành tích chỉ được đề nghị một hình thức khen thưởng.";

  private static NominationDraft individual(int position, String username, AwardType award) {
    return new NominationDraft("Đề nghị số " + position, INDIVIDUAL, username, award, "Thành tích", "Sáng kiến", true);
  }

  private static NominationDraft collective(int position, String username, AwardType award) {
    return new NominationDraft("Đề nghị số " + position, COLLECTIVE, username, award, "Thành tích", null, true);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("valid mixed list outside the final summary",
            List.of(collective(1, null, BANG_KHEN_UBND), individual(2, "nguyenvana", GIAY_KHEN),
                individual(3, "tranthib", BANG_KHEN_UBND)),
            false, List.of()),
        Arguments.of("valid mixed list with state-level awards in the final summary",
            List.of(collective(1, null, BANG_KHEN_TTG), individual(2, "nguyenvana", HUAN_CHUONG_LD3),
                individual(3, "tranthib", BANG_KHEN_TTG), individual(4, "levanc", GIAY_KHEN)),
            true, List.of()),
        Arguments.of("empty list", List.of(), false, List.of()),
        Arguments.of("individual without a person",
            List.of(individual(1, null, GIAY_KHEN)),
            false, List.of("Đề nghị số 1: chọn cá nhân được đề nghị khen thưởng.")),
        Arguments.of("person not in the unit",
            List.of(individual(1, "nguoingoai", GIAY_KHEN)),
            false, List.of("Đề nghị số 1: cá nhân được chọn không thuộc đơn vị.")),
        Arguments.of("collective with a person",
            List.of(collective(1, "nguyenvana", GIAY_KHEN)),
            false, List.of("Đề nghị số 1: đề nghị cho tập thể thì không chọn cá nhân.")),
        Arguments.of("Prime Minister's certificate outside the final summary",
            List.of(individual(1, "nguyenvana", BANG_KHEN_TTG)),
            false, List.of("Đề nghị số 1: Bằng khen của Thủ tướng Chính phủ chỉ được đề nghị trong năm tổng kết "
                + "phong trào (2025).")),
        Arguments.of("Labour Order outside the final summary",
            List.of(collective(1, null, HUAN_CHUONG_LD3)),
            false, List.of("Đề nghị số 1: Huân chương Lao động hạng Ba chỉ được đề nghị trong năm tổng kết "
                + "phong trào (2025).")),
        Arguments.of("the same person nominated twice",
            List.of(individual(1, "nguyenvana", GIAY_KHEN), individual(2, "nguyenvana", BANG_KHEN_UBND)),
            false, List.of("Đề nghị số 2: cá nhân này" + ONE_AWARD_PER_ACHIEVEMENT)),
        Arguments.of("two collective nominations",
            List.of(collective(1, null, GIAY_KHEN), collective(2, null, BANG_KHEN_UBND)),
            false, List.of("Đề nghị số 2: tập thể đơn vị" + ONE_AWARD_PER_ACHIEVEMENT)),
        Arguments.of("two individuals without a person are not duplicates of each other",
            List.of(individual(1, null, GIAY_KHEN), individual(2, null, GIAY_KHEN)),
            false, List.of("Đề nghị số 1: chọn cá nhân được đề nghị khen thưởng.",
                "Đề nghị số 2: chọn cá nhân được đề nghị khen thưởng.")),
        Arguments.of("problems of several entries, each numbered by its position",
            List.of(collective(1, "tranthib", BANG_KHEN_TTG), individual(2, "nguoingoai", GIAY_KHEN),
                individual(3, "nguyenvana", GIAY_KHEN), individual(4, "nguyenvana", HUAN_CHUONG_LD3)),
            false, List.of(
                "Đề nghị số 1: đề nghị cho tập thể thì không chọn cá nhân.",
                "Đề nghị số 1: Bằng khen của Thủ tướng Chính phủ chỉ được đề nghị trong năm tổng kết phong trào "
                    + "(2025).",
                "Đề nghị số 2: cá nhân được chọn không thuộc đơn vị.",
                "Đề nghị số 4: Huân chương Lao động hạng Ba chỉ được đề nghị trong năm tổng kết phong trào (2025).",
                "Đề nghị số 4: cá nhân này" + ONE_AWARD_PER_ACHIEVEMENT)),
        Arguments.of("missing type and award are left to other checks",
            List.of(new NominationDraft("Đề nghị số 1", null, null, null, null, null, false)),
            false, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String description, List<NominationDraft> drafts, boolean finalSummaryCycle,
      List<String> expected) {
    Problems problems = new Problems();

    NominationRules.check(drafts, UNIT_PEOPLE, finalSummaryCycle, DEFAULTS, problems);

    assertThat(problems.messages()).as(description).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} allowed outside the final summary: {1}, inside: {2}")
  @CsvSource({
      "GIAY_KHEN,       true,  true",
      "BANG_KHEN_UBND,  true,  true",
      "BANG_KHEN_TTG,   false, true",
      "HUAN_CHUONG_LD3, false, true",
  })
  void awardsAllowedInACycle(AwardType award, boolean inOrdinaryCycle, boolean inFinalSummaryCycle) {
    assertThat(DEFAULTS.allows(award, false)).isEqualTo(inOrdinaryCycle);
    assertThat(DEFAULTS.allows(award, true)).isEqualTo(inFinalSummaryCycle);
    assertThat(award.stateLevel()).isEqualTo(!inOrdinaryCycle);
  }

  @ParameterizedTest(name = "{0} set to {1}: ordinary cycle {2}, final summary {3}")
  @CsvSource({
      "BANG_KHEN_UBND,  NEVER,              false, false",
      "BANG_KHEN_TTG,   EVERY_YEAR,         true,  true",
      "GIAY_KHEN,       FINAL_SUMMARY_YEAR, false, true",
  })
  void aChangedSettingChangesWhatACycleMayPropose(AwardType award, Proposability rule, boolean ordinary,
      boolean finalSummary) {
    Map<AwardType, Proposability> rules = new EnumMap<>(DEFAULTS.proposability());
    rules.put(award, rule);
    AwardYearPolicy policy = new AwardYearPolicy(rules, FINAL_SUMMARY_YEAR);

    assertThat(policy.allows(award, false)).isEqualTo(ordinary);
    assertThat(policy.allows(award, true)).isEqualTo(finalSummary);
    assertThat(policy.problem(award, false).isPresent()).isEqualTo(!ordinary);
    Problems problems = new Problems();
    NominationRules.check(List.of(individual(1, "nguyenvana", award)), UNIT_PEOPLE, false, policy, problems);
    assertThat(problems.messages()).hasSize(ordinary ? 0 : 1);
  }
}
