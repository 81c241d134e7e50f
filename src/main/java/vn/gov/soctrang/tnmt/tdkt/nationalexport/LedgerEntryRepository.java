package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

  @Query("select e.recordId from LedgerEntry e")
  List<String> exportedRecordIds();

  List<LedgerEntry> findByBatchIdOrderByIdAsc(Long batchId);
}
