package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportCodeRepository extends JpaRepository<ExportCode, Long> {

  List<ExportCode> findAllByOrderByRegisterCodeAscValidFromAsc();
}
