package vn.gov.soctrang.tnmt.tdkt.province;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in the life of a proposal to the province, for the Office's follow-up and the audit. */
@Entity
@Table(name = "province_submission_event")
class SubmissionEvent {

  /** What happened. */
  public enum Action {
    PREPARED("Văn phòng lập hồ sơ"),
    SIGNED("Giám đốc ký tờ trình"),
    SENT_BACK("Giám đốc trả lại hồ sơ"),
    DISPATCHED("Văn phòng gửi tờ trình"),
    CONSULTATION_POSTED("Tỉnh đăng danh sách lấy ý kiến Nhân dân"),
    CONSULTATION_NOT_HELD("Tỉnh trả lời trước khi lấy ý kiến Nhân dân"),
    ANSWERED("Ghi nhận kết quả của tỉnh"),
    REMINDED("Nhắc: tỉnh trả lời trễ hạn");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "submission_id", nullable = false)
  private Long submissionId;

  @Column(name = "round_no", nullable = false)
  private int round;

  @Column(nullable = false)
  private String action;

  private String note;

  @Column(nullable = false)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SubmissionEvent() {
  }

  public SubmissionEvent(ProvinceSubmission submission, Action action, String note, String actor, Instant at) {
    this.submissionId = submission.getId();
    this.round = submission.getRound();
    this.action = action.name();
    this.note = note;
    this.actor = actor;
    this.createdAt = at;
  }

  public Action getAction() {
    return Action.valueOf(action);
  }

  public int getRound() {
    return round;
  }

  public String getNote() {
    return note;
  }

  public String getActor() {
    return actor;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
