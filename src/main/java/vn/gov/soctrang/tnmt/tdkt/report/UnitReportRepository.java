package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

  List<UnitReport> findByCycleIdOrderByIdAsc(Long cycleId);
}
