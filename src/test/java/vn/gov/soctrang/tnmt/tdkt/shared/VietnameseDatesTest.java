package vn.gov.soctrang.tnmt.tdkt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

  @Test
  void textAndTablesWriteDayMonthYear() {
    assertThat(VietnameseDates.format(LocalDate.of(2026, 12, 3))).isEqualTo("03/12/2026");
    assertThat(VietnameseDates.format(null)).isEmpty();
  }

  @Test
  void theDateLineZeroPadsDaysBelowTenAndOnlyJanuaryAndFebruary() {
    assertThat(VietnameseDates.inWords(LocalDate.of(2026, 12, 3))).isEqualTo("ngày 03 tháng 12 năm 2026");
    assertThat(VietnameseDates.inWords(LocalDate.of(2026, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2026");
    assertThat(VietnameseDates.inWords(LocalDate.of(2027, 1, 2))).isEqualTo("ngày 02 tháng 01 năm 2027");
    assertThat(VietnameseDates.inWords(LocalDate.of(2027, 2, 20))).isEqualTo("ngày 20 tháng 02 năm 2027");
    assertThat(VietnameseDates.inWords(LocalDate.of(2027, 10, 10))).isEqualTo("ngày 10 tháng 10 năm 2027");
  }
}
