package vn.gov.soctrang.tnmt.tdkt.award;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

  boolean existsByCycleIdAndNomineeKey(Long cycleId, String nomineeKey);

  List<Award> findByYearOrderByIdAsc(int year);

  List<Award> findAllByOrderByYearDescIdAsc();
}
