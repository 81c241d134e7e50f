package vn.gov.soctrang.tnmt.tdkt.notification;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Real mail through Spring's JavaMailSender (configured by {@code spring.mail.*}). */
class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;
  private final String description;

  public SmtpMailTransport(JavaMailSender sender, String description) {
    this.sender = sender;
    this.description = description;
  }

  @Override
  public MimeMessage newMessage() {
    return sender.createMimeMessage();
  }

  @Override
  public void deliver(MimeMessage message, OutboxMail mail) {
    sender.send(message);
  }

  @Override
  public String describe() {
    return description;
  }
}
