package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentAccessTest {

  @ParameterizedTest(name = "{0} reads {1} about unit {2}: {3}")
  @CsvSource(nullValues = "-", value = {
      "vanphongso,                 ACHIEVEMENT_REPORT,   qldd, true",
      "lanhdaoso,                  COUNCIL_MINUTES,      -,    true",
      "camunda-admin,              PROPOSAL,             -,    true",
      "hoidongtdkt donviqldd,      COUNCIL_MINUTES,      -,    true",
      "donviqldd,                  COUNCIL_MINUTES,      -,    false",
      "donviqldd,                  ACHIEVEMENT_REPORT,   qldd, true",
      "truongqldd,                 ACHIEVEMENT_REPORT,   qldd, true",
      "donviccbvmt,                ACHIEVEMENT_REPORT,   qldd, false",
      "donviqldd,                  PROPOSAL,             -,    false",
      "donviqldd,                  CONSOLIDATED_REPORT,  -,    false",
      "congbodienhinh donvittcntt, CERTIFICATES,         -,    true",
      "congbodienhinh donvittcntt, COUNCIL_MINUTES,      -,    false",
      "thanhtraso,                 DIRECTOR_DECISION,    -,    false",
      "-,                          PUBLIC_LIST,          -,    true",
      "lanhdaoso,                  TITLES_DECISION,      -,    true",
      "congbodienhinh donvittcntt, TITLES_DECISION,      -,    true",
      "donviccbvmt,                TITLES_DECISION,      -,    false",
      "vanphongso,                 AD_HOC_DECISION,      ccbvmt, true",
      "donviccbvmt,                AD_HOC_DECISION,      ccbvmt, true",
      "truongccbvmt,               AD_HOC_DECISION,      ccbvmt, true",
      "donviqldd,                  AD_HOC_DECISION,      ccbvmt, false",
      "vanphongso,                 THEMATIC_DECISION,    -,    true",
      "lanhdaoso,                  THEMATIC_DECISION,    -,    true",
      "camunda-admin,              THEMATIC_DECISION,    -,    true",
      "congbodienhinh donvittcntt, THEMATIC_DECISION,    -,    true",
      "donviccbvmt,                THEMATIC_DECISION,    -,    false",
      "truongccbvmt,               THEMATIC_DECISION,    -,    false",
      "hoidongtdkt donviqldd,      THEMATIC_DECISION,    -,    false",
      "vanphongso,                 THEMATIC_SUMMARY,     -,    true",
      "lanhdaoso,                  THEMATIC_SUMMARY,     -,    true",
      "camunda-admin,              THEMATIC_SUMMARY,     -,    true",
      "congbodienhinh donvittcntt, THEMATIC_SUMMARY,     -,    true",
      "donviccbvmt,                THEMATIC_SUMMARY,     -,    false",
      "hoidongtdkt donviqldd,      THEMATIC_SUMMARY,     -,    false",
  })
  void eachReaderSeesWhatTheirRoleNeeds(String groups, DocumentKind kind, String unit, boolean allowed) {
    List<String> memberOf = groups == null ? List.of() : Arrays.asList(groups.split(" "));

    assertThat(new DocumentAccess(memberOf).mayRead(kind, unit)).isEqualTo(allowed);
  }
}
