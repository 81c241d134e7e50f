package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BallotKeyRepository extends JpaRepository<BallotKey, Long> {

  List<BallotKey> findByMeetingId(Long meetingId);
}
