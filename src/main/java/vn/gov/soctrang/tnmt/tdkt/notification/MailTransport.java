package vn.gov.soctrang.tnmt.tdkt.notification;

import jakarta.mail.internet.MimeMessage;

/** Where the sender hands a finished message: an SMTP server, or a folder when there is none. */
interface MailTransport {

  MimeMessage newMessage();

  /** Delivers the message or throws; the caller records the failure and retries later. */
  void deliver(MimeMessage message, OutboxMail mail) throws Exception;

  /** For the start-up log: where mail goes. */
  String describe();
}
