package vn.gov.soctrang.tnmt.tdkt.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records reminders and escalations for their recipients to read in the app. */
@Service
@Transactional
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final Clock clock;

  public NotificationService(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  public Notification notifyGroup(String group, String subject, String body, String processInstanceId) {
    LOG.info("Thông báo cho nhóm {}: {}", group, subject);
    return notifications.save(new Notification(group, null, subject, body, processInstanceId, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<Notification> forRecipient(String user, Collection<String> groups) {
    return notifications.findByRecipientGroupInOrRecipientUserOrderByCreatedAtDesc(groups, user);
  }
}
