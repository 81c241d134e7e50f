package vn.gov.soctrang.tnmt.tdkt.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as Vietnamese staff type them (day/month/year) and as REST clients send them (ISO). */
class FormValuesDateTest {

  private static final ProcessVariable<Object> DAY = ProcessVariable.input("day");

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource(nullValues = "-", value = {
      "28/11/2026,            2026-11-28, -",
      "5/1/2027,              2027-01-05, -",
      "' 28/11/2026 ',        2026-11-28, -",
      "2026-11-28,            2026-11-28, -",
      "2026-11-28T00:00:00Z,  2026-11-28, -",
      "31/02/2026,            -,          nhập ngày/tháng/năm",
      "11/28/2026,            -,          nhập ngày/tháng/năm",
      "hôm nay,               -,          nhập ngày/tháng/năm",
      "'',                    -,          Vui lòng nhập «Ngày họp»",
  })
  void readsDayMonthYearAndIso(String typed, LocalDate expected, String problem) {
    Map<String, Object> values = new HashMap<>();
    values.put("day", typed);
    FormValues form = FormValues.of(values);

    LocalDate date = form.date(DAY, "Ngày họp", true);

    assertThat(date).isEqualTo(expected);
    if (problem == null) {
      assertThat(form.problems().messages()).isEmpty();
    } else {
      assertThat(form.problems().messages()).singleElement().asString().contains(problem);
    }
  }
}
