package vn.gov.soctrang.tnmt.tdkt.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

  List<Nomination> findByUnitReportIdOrderByIdAsc(Long unitReportId);

  List<Nomination> findByCycleIdOrderByIdAsc(Long cycleId);

  List<Nomination> findBySubmissionIdOrderByIdAsc(Long submissionId);

  void deleteByUnitReportId(Long unitReportId);
}
