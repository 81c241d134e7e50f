package vn.gov.soctrang.tnmt.tdkt.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of one evidence file, kept apart from its description. A plain {@code byte[]} (no {@code @Lob}) maps to
 * the SQL type {@code bytea}, which PostgreSQL and H2 2.x both understand (H2 as an alias of BINARY VARYING).
 */
@Entity
@Table(name = "evidence_content")
class EvidenceContent {

  @Id
  @Column(name = "evidence_id")
  private Long evidenceId;

  @Column(name = "file_bytes", nullable = false)
  private byte[] bytes;

  protected EvidenceContent() {
  }

  public EvidenceContent(Long evidenceId, byte[] bytes) {
    this.evidenceId = evidenceId;
    this.bytes = bytes;
  }

  public byte[] getBytes() {
    return bytes;
  }
}
