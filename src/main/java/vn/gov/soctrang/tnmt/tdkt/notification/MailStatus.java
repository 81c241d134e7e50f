package vn.gov.soctrang.tnmt.tdkt.notification;

/** Where a message is in the outbox. */
enum MailStatus {
  /** Waiting for its first or next attempt. */
  PENDING,
  /** Delivered to the mail server (or written to the mail folder). */
  SENT,
  /** Every attempt failed: an administrator looks at the error and may retry. */
  FAILED
}
