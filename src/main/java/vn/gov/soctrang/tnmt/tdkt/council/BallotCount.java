package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The counts for one item of the agenda (a nomination, a title proposal) in one meeting. Written once, when the key holders open the ballot box at the
 * tally. Meetings opened before the box (V28) created them with zero counts and incremented them per ballot in the
 * database ({@link BallotCountRepository#count}).
 */
@Entity
@Table(name = "ballot_count")
public class BallotCount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  /** The item of the meeting's agenda counted ({@link CouncilAgenda.AgendaItem#id()}). */
  @Column(name = "item_id", nullable = false)
  private Long itemId;

  /** The nomination counted, for a yearly cycle's meeting (the same id as the item); empty for another agenda. */
  @Column(name = "nomination_id")
  private Long nominationId;

  private int approvals;

  private int rejections;

  protected BallotCount() {
  }

  /** The counts of one nomination as the box was opened: the only time a meeting with a ballot box writes them. */
  BallotCount(Long meetingId, Long itemId, Long nominationId, int approvals, int rejections) {
    this.meetingId = meetingId;
    this.itemId = itemId;
    this.nominationId = nominationId;
    this.approvals = approvals;
    this.rejections = rejections;
  }

  public Long getItemId() {
    return itemId;
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
