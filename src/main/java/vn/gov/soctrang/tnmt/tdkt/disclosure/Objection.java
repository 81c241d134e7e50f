package vn.gov.soctrang.tnmt.tdkt.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/** An objection to a disclosed nomination, and the Council's ruling on it. */
@Entity
@Table(name = "objection")
class Objection {

  public static final String OPEN = "OPEN";
  public static final String UPHELD = "UPHELD";
  public static final String DISMISSED = "DISMISSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "nomination_id", nullable = false)
  private Long nominationId;

  @Column(name = "filed_by", nullable = false)
  private String filedBy;

  @Column(nullable = false)
  private String content;

  @Column(nullable = false)
  private String status;

  @Column(name = "ruling_note")
  private String rulingNote;

  @Column(name = "ruled_by")
  private String ruledBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ruled_at")
  private Instant ruledAt;

  protected Objection() {
  }

  public Objection(Long cycleId, Long nominationId, String filedBy, String content, Instant createdAt) {
    this.cycleId = cycleId;
    this.nominationId = nominationId;
    this.filedBy = filedBy;
    this.content = content;
    this.createdAt = createdAt;
    this.status = OPEN;
  }

  public void ruled(boolean upheld, String note, String by, Instant at) {
    if (!OPEN.equals(status)) {
      throw new ConflictException("Ý kiến phản đối số " + id + " đã được xem xét.");
    }
    status = upheld ? UPHELD : DISMISSED;
    rulingNote = note;
    ruledBy = by;
    ruledAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public Long getNominationId() {
    return nominationId;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public String getContent() {
    return content;
  }

  public String getStatus() {
    return status;
  }

  public String getRulingNote() {
    return rulingNote;
  }
}
