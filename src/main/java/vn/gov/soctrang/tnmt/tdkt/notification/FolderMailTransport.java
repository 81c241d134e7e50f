package vn.gov.soctrang.tnmt.tdkt.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without an SMTP server (the default profile) every message is written as an {@code .eml} file, which any mail
 * program opens, and a line goes to the log; nothing fails for want of a server.
 */
class FolderMailTransport implements MailTransport {

  private static final Logger LOG = LoggerFactory.getLogger(FolderMailTransport.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path folder;
  private final Session session = Session.getInstance(new Properties());

  public FolderMailTransport(Path folder) {
    this.folder = folder;
  }

  @Override
  public MimeMessage newMessage() {
    return new MimeMessage(session);
  }

  @Override
  public void deliver(MimeMessage message, OutboxMail mail) throws Exception {
    Files.createDirectories(folder);
    message.saveChanges();
    Path file = folder.resolve(STAMP.format(mail.getCreatedAt()) + "-" + mail.getId() + "-"
        + mail.getKind().name().toLowerCase() + ".eml");
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
    LOG.info("Thư #{} gửi {} <{}> ({}) được ghi vào {} vì chưa cấu hình máy chủ thư", mail.getId(),
        mail.getRecipientName(), mail.getRecipientEmail(), mail.getSubject(), file.toAbsolutePath());
  }

  @Override
  public String describe() {
    return "thư mục " + folder.toAbsolutePath();
  }
}
