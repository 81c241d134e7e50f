package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThematicResultRepository extends JpaRepository<ThematicResult, Long> {

  List<ThematicResult> findByRunIdOrderByUnitCodeAscCriterionIdAsc(long runId);

  void deleteByRunIdAndUnitCode(long runId, String unitCode);
}
