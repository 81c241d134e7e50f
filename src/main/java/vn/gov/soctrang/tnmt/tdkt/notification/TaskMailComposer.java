package vn.gov.soctrang.tnmt.tdkt.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Writes the Vietnamese mail about a task: subject, plain text and simple HTML (every value escaped). A mail names
 * the task, the cycle, the unit, the deadline and links to the task in Tasklist.
 */
@Component
class TaskMailComposer {

  static final String SUBJECT_PREFIX = "[TĐKT] ";
  private static final int MAX_SUBJECT = 300;

  private final TdktProperties properties;
  private final java.util.function.Supplier<String> senderName;

  @org.springframework.beans.factory.annotation.Autowired
  public TaskMailComposer(TdktProperties properties,
      vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService history, java.time.Clock clock) {
    this(properties, () -> history.issuingBodyOn(java.time.LocalDate.now(clock)).getName());
  }

  /** With the sender's name as it stands today (the issuing body in force). */
  TaskMailComposer(TdktProperties properties, java.util.function.Supplier<String> senderName) {
    this.senderName = senderName;
    this.properties = properties;
  }

  /** The address of the task in Tasklist. */
  public String taskLink(String taskId) {
    String base = properties.publicUrl().replaceAll("/+$", "");
    return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  public ComposedMail compose(MailKind kind, MailTask task, Recipient recipient) {
    String due = task.due().map(this::date).orElse(null);
    String lead = lead(kind, task);
    List<Map.Entry<String, String>> facts = new ArrayList<>();
    facts.add(Map.entry("Công việc", task.taskName()));
    if (task.cycleYear() != null) {
      facts.add(Map.entry("Chu trình", "Thi đua, khen thưởng năm " + task.cycleYear()));
    }
    if (task.unitName() != null && !task.isBallot()) {
      facts.add(Map.entry("Đơn vị", task.unitName()));
    }
    facts.add(Map.entry("Hạn xử lý", due == null ? "Không quy định" : due));
    String link = taskLink(task.taskId());
    String greeting = "Kính gửi ông/bà " + (recipient.fullName() == null ? recipient.username() : recipient.fullName())
        + ",";
    String footer = "Thư được gửi tự động từ hệ thống Thi đua – Khen thưởng, " + senderName.get()
        + ". Vui lòng không trả lời thư này.";

    StringBuilder text = new StringBuilder();
    text.append(greeting).append("\n\n").append(lead).append("\n\n");
    facts.forEach(f -> text.append(f.getKey()).append(": ").append(f.getValue()).append('\n'));
    text.append("Mở công việc: ").append(link).append("\n\n").append(footer).append('\n');

    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head>")
        .append("<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222\">")
        .append("<p>").append(escape(greeting)).append("</p>")
        .append("<p>").append(escape(lead)).append("</p>")
        .append("<table style=\"border-collapse: collapse\">");
    facts.forEach(f -> html.append("<tr><td style=\"padding: 2px 12px 2px 0; color: #555\">").append(escape(f.getKey()))
        .append("</td><td style=\"padding: 2px 0\"><strong>").append(escape(f.getValue())).append("</strong></td></tr>"));
    html.append("</table>")
        .append("<p><a href=\"").append(escape(link)).append("\">Mở công việc trong Tasklist</a></p>")
        .append("<p style=\"color: #777; font-size: 12px\">").append(escape(footer)).append("</p>")
        .append("</body></html>");
    return new ComposedMail(subject(kind, task, due), text.toString(), html.toString());
  }

  private String lead(MailKind kind, MailTask task) {
    if (task.isBallot()) {
      return switch (kind) {
        case OVERDUE -> "Phiếu bầu kín của ông/bà đã quá hạn mà chưa được gửi.";
        case DEADLINE_NEAR -> "Phiếu bầu kín của ông/bà sắp đến hạn mà chưa được gửi.";
        default -> "Hội đồng Thi đua – Khen thưởng Sở đang xét khen thưởng: một phiếu bầu kín đang chờ ông/bà. "
            + "Ông/bà xem và bỏ phiếu trong Tasklist.";
      };
    }
    return switch (kind) {
      case TASK_FOR_GROUP -> "Có công việc mới dành cho đơn vị, bộ phận của ông/bà. Một người trong nhóm nhận việc "
          + "(«Claim») rồi xử lý trong Tasklist.";
      case TASK_ASSIGNED -> "Công việc dưới đây vừa được giao cho ông/bà xử lý.";
      case DEADLINE_NEAR -> "Công việc dưới đây sắp đến hạn mà chưa hoàn thành. Đề nghị ông/bà hoàn thành trước hạn.";
      case OVERDUE -> "Công việc dưới đây đã quá hạn mà chưa hoàn thành. Thư này cũng được gửi Văn phòng Sở để theo "
          + "dõi, đôn đốc.";
    };
  }

  private String subject(MailKind kind, MailTask task, String due) {
    String what = task.isBallot() ? "Phiếu bầu kín đang chờ ông/bà" : task.taskName();
    if (task.unitName() != null && !task.isBallot()) {
      what += " – " + task.unitName();
    }
    if (task.cycleYear() != null) {
      what += " – năm " + task.cycleYear();
    }
    String subject = SUBJECT_PREFIX + switch (kind) {
      case TASK_FOR_GROUP -> task.isBallot() ? what : "Việc mới: " + what;
      case TASK_ASSIGNED -> task.isBallot() ? what : "Việc giao cho ông/bà: " + what;
      case DEADLINE_NEAR -> "Sắp đến hạn " + due + ": " + what;
      case OVERDUE -> "Quá hạn từ " + due + ": " + what;
    };
    return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
  }

  private String date(Instant instant) {
    return VietnameseDates.format(LocalDate.ofInstant(instant, properties.zone()));
  }

  /** HTML text and attribute values: the five special characters, Vietnamese letters unchanged. */
  static String escape(String value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
  }
}
