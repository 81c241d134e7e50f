package vn.gov.soctrang.tnmt.tdkt.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRepository extends JpaRepository<Cycle, Long> {

  boolean existsByYear(int year);

  Optional<Cycle> findByYear(int year);

  List<Cycle> findAllByOrderByYearDesc();
}
