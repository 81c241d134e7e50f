package vn.gov.soctrang.tnmt.tdkt.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The issued version of a generated document: the PDF its signer signed digitally, as uploaded and verified. The
 * issuer is recorded as read from the certificate; whether it chains to the government CA is not verified.
 */
@Entity
@Table(name = "signed_document")
class SignedDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false)
  private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(nullable = false)
  private String signer;

  @Column(name = "signer_issuer", nullable = false)
  private String signerIssuer;

  @Column(name = "certificate_serial", nullable = false)
  private String certificateSerial;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "signature_count", nullable = false)
  private int signatureCount;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected SignedDocument() {
  }

  SignedDocument(Long documentId, byte[] content, String sha256, String signer, String signerIssuer,
      String certificateSerial, Instant signedAt, int signatureCount, String uploadedBy, Instant uploadedAt) {
    this.documentId = documentId;
    this.content = content;
    this.size = content.length;
    this.sha256 = sha256;
    this.signer = signer;
    this.signerIssuer = signerIssuer;
    this.certificateSerial = certificateSerial;
    this.signedAt = signedAt;
    this.signatureCount = signatureCount;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getDocumentId() {
    return documentId;
  }

  public byte[] getContent() {
    return content;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public String getSigner() {
    return signer;
  }

  public String getSignerIssuer() {
    return signerIssuer;
  }

  public String getCertificateSerial() {
    return certificateSerial;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public int getSignatureCount() {
    return signatureCount;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
