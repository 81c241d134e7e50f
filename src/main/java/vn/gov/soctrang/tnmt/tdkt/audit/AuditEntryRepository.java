package vn.gov.soctrang.tnmt.tdkt.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

  List<AuditEntry> findAllByOrderByIdDesc(Pageable page);

  List<AuditEntry> findByObjectTypeOrderByIdDesc(String objectType, Pageable page);

  List<AuditEntry> findByObjectTypeAndObjectIdOrderByIdDesc(String objectType, String objectId, Pageable page);
}
