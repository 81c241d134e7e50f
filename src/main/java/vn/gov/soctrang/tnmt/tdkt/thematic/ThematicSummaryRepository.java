package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThematicSummaryRepository extends JpaRepository<ThematicSummary, Long> {

  Optional<ThematicSummary> findByRunId(long runId);
}
