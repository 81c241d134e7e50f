package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotCountRepository extends JpaRepository<BallotCount, Long> {

  Optional<BallotCount> findByMeetingIdAndNominationId(Long meetingId, Long nominationId);

  List<BallotCount> findByMeetingId(Long meetingId);
}
