package vn.gov.soctrang.tnmt.tdkt.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A form text longer than the engine's 4,000-character column is cut at a line break, with a pointer. */
class LongTextVariableTest {

  @Test
  void aProvinceSizedListIsCutAtALineBreakAndSaysWhereTheRestIs() {
    String list = "1. Phòng Quản lý đất đai – Giấy khen\n".repeat(400);

    String cut = ProcessVariable.cut(list);

    assertThat(cut.length()).isLessThanOrEqualTo(ProcessVariable.MAX_TEXT);
    assertThat(cut).endsWith(ProcessVariable.CUT_NOTE).contains("phần còn lại");
    assertThat(cut.substring(0, cut.length() - ProcessVariable.CUT_NOTE.length())).endsWith("Giấy khen");
  }
}
