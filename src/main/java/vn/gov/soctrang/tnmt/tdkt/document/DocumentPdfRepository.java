package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentPdfRepository extends JpaRepository<DocumentPdf, Long> {

  /** Which of these versions already have their PDF (without loading it). */
  @Query("select p.documentId from DocumentPdf p where p.documentId in :ids")
  List<Long> keptAmong(@Param("ids") Collection<Long> ids);
}
