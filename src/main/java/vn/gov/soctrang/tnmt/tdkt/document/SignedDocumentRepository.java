package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignedDocumentRepository extends JpaRepository<SignedDocument, Long> {

  /** What lists show about a signed copy, without its bytes. */
  interface Summary {
    Long getId();

    Long getDocumentId();

    String getSigner();

    String getSignerIssuer();

    String getCertificateSerial();

    Instant getSignedAt();

    int getSignatureCount();

    String getSha256();

    long getSize();

    String getUploadedBy();

    Instant getUploadedAt();
  }

  List<Summary> findByDocumentIdIn(Collection<Long> documentIds);

  Optional<SignedDocument> findByDocumentId(Long documentId);

  boolean existsByDocumentId(Long documentId);
}
