package vn.gov.soctrang.tnmt.tdkt.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findByRecipientGroupInOrRecipientUserOrderByCreatedAtDesc(Collection<String> groups,
      String user);

  List<Notification> findByProcessInstanceId(String processInstanceId);
}
