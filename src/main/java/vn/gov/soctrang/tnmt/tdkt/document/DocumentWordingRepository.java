package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentWordingRepository extends JpaRepository<DocumentWording, Long> {

  List<DocumentWording> findByKeyOrderByValidFromDesc(String key);
}
