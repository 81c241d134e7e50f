package vn.gov.soctrang.tnmt.tdkt.publication;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicationRepository extends JpaRepository<Publication, Long> {

  Optional<Publication> findByCycleId(Long cycleId);
}
