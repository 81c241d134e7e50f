package vn.gov.soctrang.tnmt.tdkt.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/**
 * Sends what the outbox holds. Each message is taken with a lease (so two nodes never send the same one at once),
 * delivered outside any transaction, then marked SENT; a failure is recorded with its error and retried later with
 * a growing delay, and after the last attempt the message is FAILED, logged as a warning and shown in Cockpit as an
 * incident on the process instance it is about (resolved when an administrator's retry delivers it).
 */
@Service
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final OutboxMailRepository outbox;
  private final MailTransport transport;
  private final MailSettings settings;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final MailIncidents incidents;

  public OutboxSender(OutboxMailRepository outbox, MailTransport transport, MailSettings settings, Clock clock,
      PlatformTransactionManager transactions, MailIncidents incidents) {
    this.incidents = incidents;
    this.outbox = outbox;
    this.transport = transport;
    this.settings = settings;
    this.clock = clock;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Sends every message that is due now; returns how many were delivered. */
  public int sendDue() {
    Instant now = now();
    List<Long> due = tx.execute(s -> outbox.findDue(now, PageRequest.of(0, settings.batchSize())));
    int sent = 0;
    for (Long id : due) {
      if (attempt(id, now)) {
        sent++;
      }
    }
    return sent;
  }

  /**
   * An administrator's retry of a FAILED (or still pending) message: a fresh round of attempts, the first one now.
   * Returns the message as it stands afterwards.
   */
  public OutboxMail retry(Long id) {
    Instant now = now();
    tx.executeWithoutResult(s -> {
      OutboxMail mail = outbox.findById(id)
          .orElseThrow(() -> new InvalidInputException("Không có thư số " + id + " trong hàng đợi."));
      if (mail.getStatus() == MailStatus.SENT) {
        throw new ConflictException("Thư số " + id + " đã được gửi.");
      }
      mail.retryNow(now);
    });
    if (attempt(id, now)) {
      tx.executeWithoutResult(s -> incidents.resolve(id));
    }
    return tx.execute(s -> outbox.findById(id).orElseThrow());
  }

  /** Removes sent messages older than {@code tdkt.mail.keep-sent}. */
  public int purgeSent() {
    Instant before = now().minus(settings.keepSent());
    return tx.execute(s -> outbox.deleteSentBefore(before));
  }

  private boolean attempt(Long id, Instant now) {
    Boolean taken = tx.execute(s -> outbox.take(id, now, now.plus(settings.lease())) == 1);
    if (!Boolean.TRUE.equals(taken)) {
      return false;
    }
    OutboxMail mail = tx.execute(s -> outbox.findById(id).orElse(null));
    if (mail == null) {
      return false;
    }
    try {
      transport.deliver(message(mail), mail);
    } catch (Exception e) {
      recordFailure(id, describe(e));
      return false;
    }
    tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(m -> m.sent(now())));
    return true;
  }

  private void recordFailure(Long id, String error) {
    Instant now = now();
    tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(m -> {
      boolean givenUp = m.failed(error, now, settings.maxAttempts(), settings.delayAfter(m.getAttempts() + 1));
      if (givenUp) {
        incidents.raise(m);
        LOG.warn("Thư #{} gửi {} «{}» không gửi được sau {} lần, đã dừng: {}. Xem GET /api/admin/mail-outbox?status=FAILED, "
            + "gửi lại bằng POST /api/admin/mail-outbox/{}/retry", id, m.getRecipientEmail(), m.getSubject(),
            m.getAttempts(), error, id);
      } else {
        LOG.warn("Thư #{} gửi {} không gửi được (lần {}/{}): {}; sẽ thử lại lúc {}", id, m.getRecipientEmail(),
            m.getAttempts(), settings.maxAttempts(), error, m.getNextAttemptAt());
      }
    }));
  }

  private MimeMessage message(OutboxMail mail) throws Exception {
    MimeMessage message = transport.newMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    InternetAddress from = new InternetAddress(settings.from());
    helper.setFrom(new InternetAddress(from.getAddress(), from.getPersonal(), "UTF-8"));
    helper.setTo(new InternetAddress(mail.getRecipientEmail(), mail.getRecipientName(), "UTF-8"));
    helper.setSubject(mail.getSubject());
    helper.setText(mail.getBodyText(), mail.getBodyHtml());
    helper.setSentDate(java.util.Date.from(now()));
    message.setHeader("X-TDKT-Outbox-Id", String.valueOf(mail.getId()));
    return message;
  }

  /** The error as an administrator reads it: the exception and its deepest cause. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (root != e) {
      text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return text;
  }

  /** To the millisecond: what every database keeps exactly, so "due now" compares equal to what was stored. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
