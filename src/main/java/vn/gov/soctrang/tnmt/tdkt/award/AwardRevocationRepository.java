package vn.gov.soctrang.tnmt.tdkt.award;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AwardRevocationRepository extends JpaRepository<AwardRevocation, Long> {

  List<AwardRevocation> findByAwardIdOrderByIdAsc(Long awardId);

  List<AwardRevocation> findByStatusIn(Collection<AwardRevocation.Status> statuses);

  List<AwardRevocation> findByAwardIdInAndStatus(Collection<Long> awardIds, AwardRevocation.Status status);
}
