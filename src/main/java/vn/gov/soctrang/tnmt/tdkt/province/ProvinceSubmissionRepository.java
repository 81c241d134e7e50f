package vn.gov.soctrang.tnmt.tdkt.province;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;

public interface ProvinceSubmissionRepository extends JpaRepository<ProvinceSubmission, Long> {

  Optional<ProvinceSubmission> findByCycleIdAndAwardType(Long cycleId, AwardType awardType);

  List<ProvinceSubmission> findByCycleIdOrderByIdAsc(Long cycleId);
}
