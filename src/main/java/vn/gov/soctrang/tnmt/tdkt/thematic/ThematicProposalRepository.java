package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThematicProposalRepository extends JpaRepository<ThematicProposal, Long> {

  List<ThematicProposal> findByRunIdOrderByIdAsc(long runId);

  void deleteByRunIdAndUnitCode(long runId, String unitCode);
}
