package vn.gov.soctrang.tnmt.tdkt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;

/** The text of task mails, without the application. */
class TaskMailComposerTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private final TaskMailComposer composer = new TaskMailComposer(
      new TdktProperties(ZONE, "https://tdkt.stnmt.soctrang.gov.vn/", null, null, null),
      () -> "Sở Nông nghiệp và Môi trường");
  private final Recipient recipient = new Recipient("qlddcv", "Nguyễn Văn <An>", "qlddcv@soctrang.test");

  @Test
  void theDeadlineIsTheDayInTheDepartmentsZoneAndEveryValueIsEscapedInHtml() {
    // 23:30 on 31 December in UTC is already 1 January in Sóc Trăng.
    MailTask task = new MailTask("t-1", "Lập báo cáo thi đua", "draftReport", "p-1", "2026", "Phòng <Đất> & \"Nước\"",
        LocalDateTime.of(2026, 12, 31, 23, 30).atZone(ZoneId.of("UTC")).toInstant());
    ComposedMail mail = composer.compose(MailKind.DEADLINE_NEAR, task, recipient);

    assertThat(mail.subject()).isEqualTo(
        "[TĐKT] Sắp đến hạn 01/01/2027: Lập báo cáo thi đua – Phòng <Đất> & \"Nước\" – năm 2026");
    assertThat(mail.text()).contains("Kính gửi ông/bà Nguyễn Văn <An>,", "Hạn xử lý: 01/01/2027",
        "Đơn vị: Phòng <Đất> & \"Nước\"",
        "Mở công việc: https://tdkt.stnmt.soctrang.gov.vn/camunda/app/tasklist/default/#/?task=t-1");
    assertThat(mail.html()).contains("Nguyễn Văn &lt;An&gt;", "Phòng &lt;Đất&gt; &amp; &quot;Nước&quot;",
        "href=\"https://tdkt.stnmt.soctrang.gov.vn/camunda/app/tasklist/default/#/?task=t-1\"")
        .doesNotContain("<An>", "<Đất>");
  }

  @Test
  void aBallotMailOnlySaysThatABallotAwaits() {
    MailTask ballot = new MailTask("t-2", "Bỏ phiếu kín", "castBallot", "p-2", "2026", "Phòng Quản lý đất đai", null);
    ComposedMail mail = composer.compose(MailKind.TASK_ASSIGNED, ballot, recipient);

    assertThat(mail.subject()).isEqualTo("[TĐKT] Phiếu bầu kín đang chờ ông/bà – năm 2026");
    assertThat(mail.text()).contains("một phiếu bầu kín đang chờ ông/bà", "Hạn xử lý: Không quy định")
        .doesNotContain("Phòng Quản lý đất đai");
  }

  @Test
  void theYearComesFromTheVariableOrTheBusinessKey() {
    assertThat(MailTask.yearOf(2026, "TDKT-2025")).isEqualTo("2026");
    assertThat(MailTask.yearOf(null, "TDKT-2025")).isEqualTo("2025");
    assertThat(MailTask.yearOf(null, "khac")).isNull();
  }

  @Test
  void retriesWaitLongerEachTimeUpToTheLongestDelay() {
    MailSettings settings = new MailSettings(null, null, null, null, null, null, 6, Duration.ofMinutes(1),
        Duration.ofMinutes(5), null, null);
    assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(settings.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
    assertThat(settings.delayAfter(40)).isEqualTo(Duration.ofMinutes(5));
  }
}
