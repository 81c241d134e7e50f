package vn.gov.soctrang.tnmt.tdkt.titles;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TitleProposalRepository extends JpaRepository<TitleProposal, Long> {

  List<TitleProposal> findByRunIdOrderByIdAsc(Long runId);

  List<TitleProposal> findByRunIdAndUnitCode(Long runId, String unitCode);
}
