package vn.gov.soctrang.tnmt.tdkt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sender and the deadline check on every node (they are safe to run side by side: messages are taken with
 * a lease, reminders are keyed uniquely). Spring scheduling rather than a Camunda timer: the check spans every
 * task of every model, belongs to no process instance, and would otherwise need a BPMN of its own. Off where
 * {@code tdkt.mail.scheduler-enabled} is false, which by default follows the Camunda job executor (off in tests,
 * which call {@link OutboxSender#sendDue()} and {@link DeadlineReminders#check()} themselves).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "tdkt.mail.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class MailScheduling {

  private static final Logger LOG = LoggerFactory.getLogger(MailScheduling.class);

  private final OutboxSender sender;
  private final DeadlineReminders reminders;

  public MailScheduling(OutboxSender sender, DeadlineReminders reminders) {
    this.sender = sender;
    this.reminders = reminders;
  }

  @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${tdkt.mail.send-interval:PT30S}")
  void send() {
    try {
      sender.sendDue();
    } catch (RuntimeException e) {
      LOG.warn("Lượt gửi thư bị lỗi: {}", e.toString());
    }
  }

  @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${tdkt.mail.deadline-check-interval:PT15M}")
  void checkDeadlines() {
    try {
      int queued = reminders.check();
      if (queued > 0) {
        LOG.info("Đã xếp {} thư nhắc hạn", queued);
      }
      sender.purgeSent();
    } catch (RuntimeException e) {
      LOG.warn("Lượt kiểm tra hạn công việc bị lỗi: {}", e.toString());
    }
  }
}
