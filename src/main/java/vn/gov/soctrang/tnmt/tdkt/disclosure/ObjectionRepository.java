package vn.gov.soctrang.tnmt.tdkt.disclosure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

  List<Objection> findByCycleIdOrderByIdAsc(Long cycleId);

  List<Objection> findByCycleIdAndStatusOrderByIdAsc(Long cycleId, String status);
}
