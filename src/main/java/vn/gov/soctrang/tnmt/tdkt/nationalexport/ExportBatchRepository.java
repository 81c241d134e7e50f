package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportBatchRepository extends JpaRepository<ExportBatch, Long> {

  Optional<ExportBatch> findByBatchRef(String batchRef);

  List<ExportBatch> findAllByOrderByIdDesc();
}
