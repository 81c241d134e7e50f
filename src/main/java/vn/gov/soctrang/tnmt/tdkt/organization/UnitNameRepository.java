package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitNameRepository extends JpaRepository<UnitName, Long> {

  List<UnitName> findAllByOrderByValidFromAsc();

  List<UnitName> findByUnitIdOrderByValidFromAsc(Long unitId);
}
