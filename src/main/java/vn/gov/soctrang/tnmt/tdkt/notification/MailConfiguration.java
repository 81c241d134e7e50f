package vn.gov.soctrang.tnmt.tdkt.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Chooses where mail goes. With {@code spring.mail.host} set (the prod profile reads it from TDKT_MAIL_HOST) Spring
 * Boot provides a JavaMailSender and mail goes to that SMTP server; without it (the default profile) messages are
 * written as files under {@code tdkt.mail.folder}.
 */
@Configuration
class MailConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);

  @Bean
  MailTransport mailTransport(ObjectProvider<JavaMailSender> javaMailSender, Environment environment,
      MailSettings settings) {
    String host = environment.getProperty("spring.mail.host");
    JavaMailSender sender = javaMailSender.getIfAvailable();
    if (sender != null && StringUtils.hasText(host)) {
      String where = "máy chủ SMTP " + host + ":" + environment.getProperty("spring.mail.port", "25");
      LOG.info("Thư được gửi qua {}", where);
      return new SmtpMailTransport(sender, where);
    }
    FolderMailTransport folder = new FolderMailTransport(settings.folder());
    if (environment.acceptsProfiles(Profiles.of("prod"))) {
      LOG.warn("Chưa cấu hình máy chủ thư (biến môi trường TDKT_MAIL_HOST): thư không được gửi đi mà được ghi vào {}",
          folder.describe());
    } else {
      LOG.info("Không có máy chủ thư: thư được ghi vào {}", folder.describe());
    }
    return folder;
  }

  /**
   * Replaces Spring Boot's mail health check, which connects to the SMTP server: a mail server that is down must not
   * mark the application down (the outbox retries). Reports the outbox instead, UP; UNKNOWN when the outbox cannot
   * be read (the database is unreachable: the database's own health check then reports the application DOWN).
   */
  @Bean(name = "mailHealthContributor")
  HealthIndicator mailHealthContributor(OutboxMailRepository outbox, MailTransport transport) {
    return () -> {
      try {
        return Health.up()
            .withDetail("transport", transport.describe())
            .withDetail("pending", outbox.countByStatus(MailStatus.PENDING))
            .withDetail("failed", outbox.countByStatus(MailStatus.FAILED))
            .build();
      } catch (RuntimeException e) {
        return Health.unknown().withDetail("transport", transport.describe()).build();
      }
    };
  }
}
