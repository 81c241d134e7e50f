package vn.gov.soctrang.tnmt.tdkt.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** The mail outbox for administrators: what is waiting or failed, with the error, and a retry. */
@RestController
@RequestMapping("/api/admin/mail-outbox")
class MailOutboxController {

  private final MailOutbox outbox;
  private final OutboxSender sender;

  MailOutboxController(MailOutbox outbox, OutboxSender sender) {
    this.outbox = outbox;
    this.sender = sender;
  }

  /** One message of the outbox; {@code nextAttemptAt} only while it is still to be sent. */
  record MailView(Long id, String status, String kind, String recipientUser, String recipientName,
      String recipientEmail, String subject, String taskId, String processInstanceId, int attempts, String lastError,
      Instant nextAttemptAt, Instant createdAt, Instant sentAt) {
  }

  /** Newest first; {@code ?status=PENDING|SENT|FAILED} narrows the list. */
  @GetMapping
  public List<MailView> list(@RequestParam(required = false) String status) {
    return outbox.list(status == null || status.isBlank() ? null : parse(status)).stream()
        .map(MailOutboxController::view).toList();
  }

  /** A new round of attempts, the first one now; answers with the message as it stands afterwards. */
  @PostMapping("/{id}/retry")
  public MailView retry(@PathVariable Long id) {
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

  private static MailView view(OutboxMail m) {
    return new MailView(m.getId(), m.getStatus().name(), m.getKind().name(), m.getRecipientUser(),
        m.getRecipientName(), m.getRecipientEmail(), m.getSubject(), m.getTaskId(), m.getProcessInstanceId(),
        m.getAttempts(), m.getLastError(), m.getStatus() == MailStatus.PENDING ? m.getNextAttemptAt() : null,
        m.getCreatedAt(), m.getSentAt());
  }
}
