package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The running counts for one nomination in one meeting: the only trace a secret ballot leaves. Created with zero
 * counts when the ballot opens and only ever incremented in the database ({@link BallotCountRepository#count}), so
 * ballots cast at the same moment neither wait for a version nor lose a vote.
 */
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

  protected BallotCount() {
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
