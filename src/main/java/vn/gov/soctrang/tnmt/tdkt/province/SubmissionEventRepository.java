package vn.gov.soctrang.tnmt.tdkt.province;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionEventRepository extends JpaRepository<SubmissionEvent, Long> {

  List<SubmissionEvent> findBySubmissionIdOrderByIdAsc(Long submissionId);
}
