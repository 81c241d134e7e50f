package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One key holder's half of a meeting's ballot box: the public key ballots are sealed to, and the private key sealed
 * under the holder's passphrase, which the database never sees. Deleted at the tally.
 */
@Entity
@Table(name = "ballot_key")
class BallotKey {

  /** Who holds a key of the box: the meeting's chair and its secretary. */
  public enum Holder {
    CHAIR("Chủ trì phiên họp"),
    SECRETARY("Thư ký phiên họp");

    private final String label;

    Holder(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Holder holder;

  @Column(name = "holder_username", nullable = false, length = 64)
  private String holderUsername;

  @Column(name = "public_key", nullable = false)
  private byte[] publicKey;

  @Column(name = "kdf_salt", nullable = false)
  private byte[] kdfSalt;

  @Column(name = "kdf_iterations", nullable = false)
  private int kdfIterations;

  @Column(name = "sealed_private_key", nullable = false)
  private byte[] sealedPrivateKey;

  @Column(name = "sealed_at", nullable = false)
  private Instant sealedAt;

  protected BallotKey() {
  }

  BallotKey(Long meetingId, Holder holder, String holderUsername, BallotCrypto.SealedKey key, Instant sealedAt) {
    this.meetingId = meetingId;
    this.holder = holder;
    this.holderUsername = holderUsername;
    this.publicKey = key.publicKey();
    this.kdfSalt = key.salt();
    this.kdfIterations = key.iterations();
    this.sealedPrivateKey = key.sealedPrivateKey();
    this.sealedAt = sealedAt;
  }

  BallotCrypto.SealedKey sealed() {
    return new BallotCrypto.SealedKey(publicKey, kdfSalt, kdfIterations, sealedPrivateKey);
  }

  public Holder getHolder() {
    return holder;
  }

  public String getHolderUsername() {
    return holderUsername;
  }

  byte[] getPublicKey() {
    return publicKey;
  }
}
