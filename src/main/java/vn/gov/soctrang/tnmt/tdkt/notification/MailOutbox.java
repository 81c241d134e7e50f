package vn.gov.soctrang.tnmt.tdkt.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: business steps put messages in, in their own transaction (a rolled-back step sends nothing, a failing
 * mail server fails no step); {@link OutboxSender} takes them out.
 */
@Service
@Transactional
class MailOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
  private static final int LIST_LIMIT = 500;

  private final OutboxMailRepository outbox;
  private final TaskMailComposer composer;
  private final Clock clock;

  public MailOutbox(OutboxMailRepository outbox, TaskMailComposer composer, Clock clock) {
    this.outbox = outbox;
    this.composer = composer;
    this.clock = clock;
  }

  /** One message per recipient about the task; returns how many were queued. */
  public int enqueue(MailKind kind, MailTask task, List<Recipient> recipients) {
    Instant now = now();
    for (Recipient recipient : recipients) {
      outbox.save(new OutboxMail(kind, recipient, composer.compose(kind, task, recipient), task.taskId(),
          task.processInstanceId(), now));
    }
    if (!recipients.isEmpty()) {
      LOG.debug("Đã xếp {} thư {} về công việc {} ({})", recipients.size(), kind, task.taskName(), task.taskId());
    }
    return recipients.size();
  }

  /** Newest first; every status when none is given. */
  @Transactional(readOnly = true)
  public List<OutboxMail> list(MailStatus status) {
    PageRequest page = PageRequest.of(0, LIST_LIMIT);
    return status == null ? outbox.findAllByOrderByCreatedAtDesc(page)
        : outbox.findByStatusOrderByCreatedAtDesc(status, page);
  }

  @Transactional(readOnly = true)
  public List<OutboxMail> aboutTask(String taskId) {
    return outbox.findByTaskIdOrderById(taskId);
  }

  /** To the millisecond: what every database keeps exactly, so "due now" compares equal to what was stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
