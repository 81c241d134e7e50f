package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalBasisRepository extends JpaRepository<LegalBasis, Long> {

  List<LegalBasis> findAllByOrderByValidFromAscPositionAsc();
}
