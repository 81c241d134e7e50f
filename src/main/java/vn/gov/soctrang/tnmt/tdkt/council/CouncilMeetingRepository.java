package vn.gov.soctrang.tnmt.tdkt.council;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMeetingRepository extends JpaRepository<CouncilMeeting, Long> {

  java.util.List<CouncilMeeting> findByCycleIdOrderByIdAsc(Long cycleId);

  java.util.List<CouncilMeeting> findByAgendaKindAndAgendaRefOrderByIdAsc(String agendaKind, Long agendaRef);
}
