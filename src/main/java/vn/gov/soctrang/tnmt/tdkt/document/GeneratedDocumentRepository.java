package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GeneratedDocumentRepository extends JpaRepository<GeneratedDocument, Long> {

  List<GeneratedDocument> findByCycleIdOrderByKindAscSubjectAscVersionDesc(Long cycleId);

  Optional<GeneratedDocument> findFirstByCycleIdAndKindAndSubjectOrderByVersionDesc(Long cycleId, DocumentKind kind,
      String subject);

  /** The versions of a document that belongs to no cycle, latest first. */
  List<GeneratedDocument> findByCycleIdIsNullAndKindAndSubjectOrderByVersionDesc(DocumentKind kind, String subject);
}
