package vn.gov.soctrang.tnmt.tdkt.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssuingBodyRepository extends JpaRepository<IssuingBody, Long> {

  Optional<IssuingBody> findFirstByValidFromLessThanEqualOrderByValidFromDesc(LocalDate date);

  Optional<IssuingBody> findFirstByOrderByValidFromAsc();

  Optional<IssuingBody> findByValidFrom(LocalDate validFrom);

  List<IssuingBody> findAllByOrderByValidFromAsc();
}
