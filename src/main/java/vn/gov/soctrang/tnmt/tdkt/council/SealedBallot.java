package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A ballot in the box: sealed to the meeting's two key holders, with a random identifier and no voter, no time and no
 * order. Every ballot of a meeting has the same length. Deleted at the tally, once counted.
 */
@Entity
@Table(name = "sealed_ballot")
class SealedBallot {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(nullable = false)
  private byte[] sealed;

  protected SealedBallot() {
  }

  SealedBallot(Long meetingId, byte[] sealed) {
    this.id = UUID.randomUUID().toString();
    this.meetingId = meetingId;
    this.sealed = sealed;
  }

  byte[] getSealed() {
    return sealed;
  }
}
