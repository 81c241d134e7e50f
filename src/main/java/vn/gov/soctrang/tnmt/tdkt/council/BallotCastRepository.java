package vn.gov.soctrang.tnmt.tdkt.council;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotCastRepository extends JpaRepository<BallotCast, Long> {

  boolean existsByMeetingIdAndMemberUsername(Long meetingId, String memberUsername);

  long countByMeetingId(Long meetingId);

  long countByMeetingIdAndWrittenTrue(Long meetingId);
}
