package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

  Optional<Registration> findByCycleIdAndUnit(Long cycleId, Unit unit);

  List<Registration> findByCycleId(Long cycleId);
}
