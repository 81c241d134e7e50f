package vn.gov.soctrang.tnmt.tdkt.publication;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MovementTotalRepository extends JpaRepository<MovementTotal, Long> {

  List<MovementTotal> findByCycleIdOrderByIdAsc(Long cycleId);

  void deleteByCycleId(Long cycleId);
}
