package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a member has voted in a meeting (so nobody votes twice) — never what they chose. */
@Entity
@Table(name = "ballot_cast")
class BallotCast {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "member_username", nullable = false)
  private String memberUsername;

  /** The ballot of a member not present, sent in writing; its arrival is all that is recorded, as for any ballot. */
  @Column(nullable = false)
  private boolean written;

  protected BallotCast() {
  }

  public BallotCast(Long meetingId, String memberUsername, boolean written) {
    this.meetingId = meetingId;
    this.memberUsername = memberUsername;
    this.written = written;
  }
}
