package vn.gov.soctrang.tnmt.tdkt.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardEventRepository extends JpaRepository<AwardEvent, Long> {

  List<AwardEvent> findByAwardIdOrderByIdAsc(Long awardId);
}
