package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, Long> {

  /** The upload in force on a date: the latest to apply by then (the later upload of the same date wins). */
  Optional<DocumentTemplate> findFirstByKindAndEffectiveFromLessThanEqualOrderByEffectiveFromDescIdDesc(
      DocumentKind kind, LocalDate on);

  List<DocumentTemplate> findByKindOrderByEffectiveFromDescIdDesc(DocumentKind kind);
}
