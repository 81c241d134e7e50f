package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThematicRunRepository extends JpaRepository<ThematicRun, Long> {

  Optional<ThematicRun> findByMovementId(long movementId);
}
