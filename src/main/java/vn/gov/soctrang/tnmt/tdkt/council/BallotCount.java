package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The running counts for one nomination in one meeting: the only trace a secret ballot leaves. */
@Entity
@Table(name = "ballot_count")
public class BallotCount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "nomination_id", nullable = false)
  private Long nominationId;

  private int approvals;

  private int rejections;

  @Version
  private long version;

  protected BallotCount() {
  }

  public BallotCount(Long meetingId, Long nominationId) {
    this.meetingId = meetingId;
    this.nominationId = nominationId;
  }

  public void count(boolean approve) {
    if (approve) {
      approvals++;
    } else {
      rejections++;
    }
  }

  public Long getNominationId() {
    return nominationId;
  }

  public int getApprovals() {
    return approvals;
  }

  public int getRejections() {
    return rejections;
  }
}
