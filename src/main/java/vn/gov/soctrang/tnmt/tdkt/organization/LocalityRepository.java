package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LocalityRepository extends JpaRepository<Locality, Long> {

  Optional<Locality> findByCode(String code);

  List<Locality> findByActiveTrue();
}
