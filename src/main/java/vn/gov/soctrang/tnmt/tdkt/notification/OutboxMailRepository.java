package vn.gov.soctrang.tnmt.tdkt.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

  /** Pending messages whose time has come and that no node is sending right now, oldest first. */
  @Query("select m.id from OutboxMail m where m.status = vn.gov.soctrang.tnmt.tdkt.notification.MailStatus.PENDING "
      + "and m.nextAttemptAt <= :now and (m.lockedUntil is null or m.lockedUntil < :now) order by m.nextAttemptAt, m.id")
  List<Long> findDue(@Param("now") Instant now, Pageable page);

  /**
   * Takes a due message for this node until {@code until}; 0 when another node took it first. Several nodes share
   * the database, so taking is one conditional update rather than a read followed by a write.
   */
  @Modifying
  @Query("update OutboxMail m set m.lockedUntil = :until where m.id = :id "
      + "and m.status = vn.gov.soctrang.tnmt.tdkt.notification.MailStatus.PENDING and m.nextAttemptAt <= :now "
      + "and (m.lockedUntil is null or m.lockedUntil < :now)")
  int take(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);

  List<OutboxMail> findByStatusOrderByCreatedAtDesc(MailStatus status, Pageable page);

  List<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable page);

  List<OutboxMail> findByTaskIdOrderById(String taskId);

  long countByStatus(MailStatus status);

  @Modifying
  @Query("delete from OutboxMail m where m.status = vn.gov.soctrang.tnmt.tdkt.notification.MailStatus.SENT "
      + "and m.sentAt < :before")
  int deleteSentBefore(@Param("before") Instant before);
}
