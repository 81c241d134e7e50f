package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilAttendanceRepository extends JpaRepository<CouncilAttendance, Long> {

  List<CouncilAttendance> findByMeetingIdOrderByIdAsc(Long meetingId);

  Optional<CouncilAttendance> findByMeetingIdAndMemberUsername(Long meetingId, String memberUsername);
}
