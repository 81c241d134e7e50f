package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SealedBallotRepository extends JpaRepository<SealedBallot, String> {

  List<SealedBallot> findByMeetingId(Long meetingId);

  long countByMeetingId(Long meetingId);

  @Modifying(flushAutomatically = true)
  @Query("delete from SealedBallot b where b.meetingId = :meetingId")
  int destroy(@Param("meetingId") Long meetingId);
}
