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
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilRole;

/**
 * One member of the Council on the meeting date and how they took part; whether they sit on the vote-counting
 * committee (Ban kiểm phiếu) and when they confirmed the minutes. Names are kept as they were that day.
 */
@Entity
@Table(name = "council_attendance")
public class CouncilAttendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "member_username", nullable = false)
  private String memberUsername;

  @Column(name = "member_name", nullable = false)
  private String memberName;

  @Enumerated(EnumType.STRING)
  @Column(name = "council_role", nullable = false)
  private CouncilRole councilRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Attendance attendance;

  @Column(nullable = false)
  private boolean counter;

  @Column(name = "minutes_confirmed_at")
  private Instant minutesConfirmedAt;

  protected CouncilAttendance() {
  }

  CouncilAttendance(Long meetingId, String memberUsername, String memberName, CouncilRole councilRole,
      Attendance attendance, boolean counter) {
    this.meetingId = meetingId;
    this.memberUsername = memberUsername;
    this.memberName = memberName;
    this.councilRole = councilRole;
    this.attendance = attendance;
    this.counter = counter;
  }

  void minutesConfirmed(Instant at) {
    this.minutesConfirmedAt = at;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public String getMemberName() {
    return memberName;
  }

  public CouncilRole getCouncilRole() {
    return councilRole;
  }

  public Attendance getAttendance() {
    return attendance;
  }

  public boolean isCounter() {
    return counter;
  }

  public Instant getMinutesConfirmedAt() {
    return minutesConfirmedAt;
  }
}
