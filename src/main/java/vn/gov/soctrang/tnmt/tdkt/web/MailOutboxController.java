package vn.gov.soctrang.tnmt.tdkt.web;


import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.notification.MailOutbox;
import vn.gov.soctrang.tnmt.tdkt.notification.MailStatus;
import vn.gov.soctrang.tnmt.tdkt.notification.OutboxMail;
import vn.gov.soctrang.tnmt.tdkt.notification.OutboxSender;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** The mail outbox for administrators: what is waiting or failed, with the error, and a retry. */
@RestController
@RequestMapping("/api/admin/mail-outbox")
public class MailOutboxController {

  private final MailOutbox outbox;
  private final OutboxSender sender;

  public MailOutboxController(MailOutbox outbox, OutboxSender sender) {
    this.outbox = outbox;
    this.sender = sender;
  }

  /** Newest first; {@code ?status=PENDING|SENT|FAILED} narrows the list. */
  @GetMapping
  public List<Map<String, Object>> list(@RequestParam(required = false) String status) {
    return outbox.list(status == null || status.isBlank() ? null : parse(status)).stream()
        .map(MailOutboxController::view).toList();
  }

  /** A new round of attempts, the first one now; answers with the message as it stands afterwards. */
  @PostMapping("/{id}/retry")
  public Map<String, Object> retry(@PathVariable Long id) {
    return view(sender.retry(id));
  }

  private static MailStatus parse(String status) {
    try {
      return MailStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("Trạng thái thư phải là một trong: "
          + String.join(", ", Arrays.stream(MailStatus.values()).map(Enum::name).toList()) + ".");
    }
  }

  private static Map<String, Object> view(OutboxMail m) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", m.getId());
    v.put("status", m.getStatus().name());
    v.put("kind", m.getKind().name());
    v.put("recipientUser", m.getRecipientUser());
    v.put("recipientName", m.getRecipientName());
    v.put("recipientEmail", m.getRecipientEmail());
    v.put("subject", m.getSubject());
    v.put("taskId", m.getTaskId());
    v.put("processInstanceId", m.getProcessInstanceId());
    v.put("attempts", m.getAttempts());
    v.put("lastError", m.getLastError());
    v.put("nextAttemptAt", m.getStatus() == MailStatus.PENDING ? m.getNextAttemptAt() : null);
    v.put("createdAt", m.getCreatedAt());
    v.put("sentAt", m.getSentAt());
    return v;
  }
}
