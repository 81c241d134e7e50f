package vn.gov.soctrang.tnmt.tdkt.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/** One sitting of the Council: who of how many attended, whether that was a quorum, then the ballot and minutes. */
@Entity
@Table(name = "council_meeting")
public class CouncilMeeting {

  public static final String OPEN = "OPEN";
  public static final String NO_QUORUM = "NO_QUORUM";
  public static final String TALLIED = "TALLIED";
  public static final String MINUTES_CONFIRMED = "MINUTES_CONFIRMED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private Long cycleId;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(name = "total_members", nullable = false)
  private int totalMembers;

  @Column(name = "present_count", nullable = false)
  private int presentCount;

  @Column(name = "quorum_percent", nullable = false)
  private BigDecimal quorumPercent;

  @Column(name = "quorum_reached", nullable = false)
  private boolean quorumReached;

  @Column(nullable = false)
  private String status;

  @Column(name = "minutes_confirmed_by")
  private String minutesConfirmedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CouncilMeeting() {
  }

  public CouncilMeeting(Long cycleId, LocalDate meetingDate, int totalMembers, int presentCount,
      BigDecimal quorumPercent, Instant createdAt) {
    this.cycleId = cycleId;
    this.meetingDate = meetingDate;
    this.totalMembers = totalMembers;
    this.presentCount = presentCount;
    this.quorumPercent = quorumPercent;
    this.quorumReached = CouncilRules.quorumReached(presentCount, totalMembers, quorumPercent);
    this.status = quorumReached ? OPEN : NO_QUORUM;
    this.createdAt = createdAt;
  }

  public void tallied() {
    require(OPEN);
    status = TALLIED;
  }

  public void minutesConfirmed(String by) {
    require(TALLIED);
    status = MINUTES_CONFIRMED;
    minutesConfirmedBy = by;
  }

  void requireOpen() {
    require(OPEN);
  }

  private void require(String expected) {
    if (!expected.equals(status)) {
      throw new ConflictException("Phiên họp Hội đồng ngày " + VietnameseDates.format(meetingDate) + " không ở bước này (trạng thái " + status
          + ").");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCycleId() {
    return cycleId;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public int getTotalMembers() {
    return totalMembers;
  }

  public int getPresentCount() {
    return presentCount;
  }

  public BigDecimal getQuorumPercent() {
    return quorumPercent;
  }

  public boolean isQuorumReached() {
    return quorumReached;
  }

  public String getStatus() {
    return status;
  }
}
