package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

  List<Evidence> findByTaskIdOrderByIdAsc(String taskId);

  List<Evidence> findByBusinessKeyOrderByIdAsc(String businessKey);

  Optional<Evidence> findFirstByTaskIdAndSha256(String taskId, String sha256);
}
