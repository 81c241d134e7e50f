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
import java.time.LocalTime;
import vn.gov.soctrang.tnmt.tdkt.settings.Ratio;
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

  /** The agenda's kind ({@link CouncilAgenda#kind()}) and the calling feature's reference (ADR 0019). */
  @Column(name = "agenda_kind", nullable = false)
  private String agendaKind;

  @Column(name = "agenda_ref", nullable = false)
  private Long agendaRef;

  /** The cycle of a yearly cycle's meeting (agenda {@code CYCLE}); empty for another agenda. */
  @Column(name = "cycle_id")
  private Long cycleId;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(name = "total_members", nullable = false)
  private int totalMembers;

  @Column(name = "present_count", nullable = false)
  private int presentCount;

  /** Meetings opened before V23 kept the quorum as a percentage. */
  @Column(name = "quorum_percent")
  private BigDecimal quorumPercent;

  /** The quorum in force on the meeting date, as a share ({@link Ratio#value()}). */
  @Column(name = "quorum_share")
  private String quorumShare;

  @Column(name = "meeting_time")
  private LocalTime meetingTime;

  @Column(name = "meeting_place")
  private String meetingPlace;

  @Column(name = "chair_username")
  private String chairUsername;

  @Column(name = "chair_name")
  private String chairName;

  @Column(name = "secretary_username")
  private String secretaryUsername;

  @Column(name = "secretary_name")
  private String secretaryName;

  @Column(name = "ballots_issued")
  private Integer ballotsIssued;

  @Column(name = "ballots_returned")
  private Integer ballotsReturned;

  @Column(name = "ballots_valid")
  private Integer ballotsValid;

  @Column(name = "quorum_reached", nullable = false)
  private boolean quorumReached;

  /** Ballots go into a sealed box, counted only at the tally; false for meetings opened before V28. */
  @Column(name = "ballot_box", nullable = false)
  private boolean ballotBox;

  @Column(nullable = false)
  private String status;

  @Column(name = "minutes_confirmed_by")
  private String minutesConfirmedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CouncilMeeting() {
  }

  CouncilMeeting(String agendaKind, Long agendaRef, Long cycleId, LocalDate meetingDate, LocalTime meetingTime,
      String meetingPlace, int totalMembers, int presentCount, Ratio quorum, Instant createdAt) {
    this.agendaKind = agendaKind;
    this.agendaRef = agendaRef;
    this.cycleId = cycleId;
    this.meetingDate = meetingDate;
    this.meetingTime = meetingTime;
    this.meetingPlace = meetingPlace;
    this.totalMembers = totalMembers;
    this.presentCount = presentCount;
    this.quorumShare = quorum.value();
    this.quorumReached = quorum.reachedBy(presentCount, totalMembers);
    this.status = quorumReached ? OPEN : NO_QUORUM;
    this.createdAt = createdAt;
  }

  void presidedBy(String chairUsername, String chairName, String secretaryUsername, String secretaryName) {
    this.chairUsername = chairUsername;
    this.chairName = chairName;
    this.secretaryUsername = secretaryUsername;
    this.secretaryName = secretaryName;
  }

  void keepsBallotBox() {
    this.ballotBox = true;
  }

  public boolean hasBallotBox() {
    return ballotBox;
  }

  /** Ballots issued (present members and written ballots announced), returned and valid, as the committee counted. */
  void counted(int issued, int returned, int valid) {
    this.ballotsIssued = issued;
    this.ballotsReturned = returned;
    this.ballotsValid = valid;
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

  public String getAgendaKind() {
    return agendaKind;
  }

  public Long getAgendaRef() {
    return agendaRef;
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

  /** The quorum the meeting was held under, in words («từ 2/3 trở lên»; a percentage for meetings before V23). */
  public String quorumLabel() {
    if (quorumShare != null) {
      return Ratio.parse(quorumShare).label();
    }
    return quorumPercent == null ? "" : "từ " + quorumPercent.stripTrailingZeros().toPlainString() + "% trở lên";
  }

  public LocalTime getMeetingTime() {
    return meetingTime;
  }

  public String getMeetingPlace() {
    return meetingPlace;
  }

  public String getChairUsername() {
    return chairUsername;
  }

  public String getChairName() {
    return chairName;
  }

  public String getSecretaryUsername() {
    return secretaryUsername;
  }

  public String getSecretaryName() {
    return secretaryName;
  }

  public Integer getBallotsIssued() {
    return ballotsIssued;
  }

  public Integer getBallotsReturned() {
    return ballotsReturned;
  }

  public Integer getBallotsValid() {
    return ballotsValid;
  }

  public boolean isQuorumReached() {
    return quorumReached;
  }

  public String getStatus() {
    return status;
  }
}
