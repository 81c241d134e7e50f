package vn.gov.soctrang.tnmt.tdkt.notification;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail leaves this node (deployment settings; when to remind is a dated business setting).
 *
 * @param from the sender address, e.g. {@code "Thi đua – Khen thưởng <tdkt@stnmt.soctrang.gov.vn>"}
 * @param folder where messages go as {@code .eml} files when no SMTP server is configured ({@code spring.mail.host})
 * @param schedulerEnabled whether this node sends the outbox and checks deadlines on its own (tests drive both)
 * @param sendInterval pause between two passes of the sender
 * @param deadlineCheckInterval pause between two deadline checks
 * @param batchSize messages taken per pass
 * @param maxAttempts attempts before a message is marked FAILED for an administrator to look at
 * @param retryDelay wait after the first failure; doubled after each further one, up to {@code maxRetryDelay}
 * @param maxRetryDelay longest wait between two attempts
 * @param lease how long a node may take to send a message it took before another node may take it again
 * @param keepSent how long sent messages stay in the outbox
 */
@ConfigurationProperties(prefix = "tdkt.mail")
record MailSettings(String from, Path folder, Boolean schedulerEnabled, Duration sendInterval,
    Duration deadlineCheckInterval, Integer batchSize, Integer maxAttempts, Duration retryDelay,
    Duration maxRetryDelay, Duration lease, Duration keepSent) {

  public MailSettings {
    from = from == null || from.isBlank() ? "Thi đua – Khen thưởng Sở TN&MT <tdkt@localhost>" : from;
    folder = folder == null ? Path.of("data", "mail") : folder;
    schedulerEnabled = schedulerEnabled == null || schedulerEnabled;
    sendInterval = sendInterval == null ? Duration.ofSeconds(30) : sendInterval;
    deadlineCheckInterval = deadlineCheckInterval == null ? Duration.ofMinutes(15) : deadlineCheckInterval;
    batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
    maxAttempts = maxAttempts == null || maxAttempts < 1 ? 6 : maxAttempts;
    retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
    maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(2) : maxRetryDelay;
    lease = lease == null ? Duration.ofMinutes(5) : lease;
    keepSent = keepSent == null ? Duration.ofDays(90) : keepSent;
  }

  /** The wait after the given number of failed attempts: retryDelay, 2×, 4×, … capped at maxRetryDelay. */
  public Duration delayAfter(int failedAttempts) {
    Duration delay = retryDelay;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
