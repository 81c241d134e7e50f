package vn.gov.soctrang.tnmt.tdkt.document;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentPdfRepository extends JpaRepository<DocumentPdf, Long> {
}
