package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThematicParticipationRepository extends JpaRepository<ThematicParticipation, Long> {

  List<ThematicParticipation> findByRunIdOrderByUnitCodeAsc(long runId);

  Optional<ThematicParticipation> findByRunIdAndUnitCode(long runId, String unitCode);
}
