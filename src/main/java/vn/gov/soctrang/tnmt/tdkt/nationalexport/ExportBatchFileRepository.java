package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExportBatchFileRepository extends JpaRepository<ExportBatchFile, Long> {
}
