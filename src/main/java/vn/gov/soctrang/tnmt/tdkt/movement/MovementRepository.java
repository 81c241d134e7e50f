package vn.gov.soctrang.tnmt.tdkt.movement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MovementRepository extends JpaRepository<Movement, Long> {

  List<Movement> findAllByOrderByFirstYearAsc();

  Optional<Movement> findByCode(String code);
}
