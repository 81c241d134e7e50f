package vn.gov.soctrang.tnmt.tdkt.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/** The emulation cycle of one year: at most one per year. */
@Entity
@Table(name = "cycle")
public class Cycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cycle_year", nullable = false, unique = true)
  private int year;

  @Column(name = "report_deadline", nullable = false)
  private LocalDate reportDeadline;

  @Column(name = "final_summary", nullable = false)
  private boolean finalSummary;

  /** The movement the year belongs to: its name is what the cycle's documents and pages print. */
  @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.EAGER, optional = false)
  @jakarta.persistence.JoinColumn(name = "movement_id", nullable = false)
  private vn.gov.soctrang.tnmt.tdkt.movement.Movement movement;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CycleStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "consolidated_by")
  private String consolidatedBy;

  @Column(name = "consolidated_at")
  private Instant consolidatedAt;

  @Column(name = "consolidation_note")
  private String consolidationNote;

  @Column(name = "inspection_decided")
  private Boolean inspectionDecided;

  @Column(name = "inspection_note")
  private String inspectionNote;

  @Column(name = "disclosure_ends_on")
  private LocalDate disclosureEndsOn;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /**
   * Set by the administrator only: the date whose legal regime governs the cycle's dossiers, instead of the date
   * each reached the deciding level (the transitional rule applied by hand, e.g. a dossier submitted before a new
   * decree took effect).
   */
  @Column(name = "regime_date")
  private LocalDate regimeDate;

  @Column(name = "regime_date_reason")
  private String regimeDateReason;

  @Version
  private long version;

  protected Cycle() {
  }

  public Cycle(vn.gov.soctrang.tnmt.tdkt.movement.Movement movement, int year, LocalDate reportDeadline,
      boolean finalSummary, String processInstanceId, String openedBy, Instant openedAt) {
    this.movement = movement;
    this.year = year;
    this.reportDeadline = reportDeadline;
    this.finalSummary = finalSummary;
    this.processInstanceId = processInstanceId;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.status = CycleStatus.REPORTING;
  }

  /** Every unit has reported (or been closed as not reporting): the Office consolidates. */
  public void startConsolidation() {
    if (status != CycleStatus.REPORTING) {
      throw new ConflictException("Chu trình năm " + year + " không ở giai đoạn báo cáo (hiện: " + status.label() + ").");
    }
    status = CycleStatus.CONSOLIDATING;
  }

  public void confirmConsolidation(String by, Instant at, String note) {
    if (status != CycleStatus.CONSOLIDATING) {
      throw new ConflictException("Chu trình năm " + year + " không ở giai đoạn tổng hợp (hiện: " + status.label() + ").");
    }
    status = CycleStatus.CONSOLIDATED;
    consolidatedBy = by;
    consolidatedAt = at;
    consolidationNote = note;
  }

  /** The Office's decision on inspection ("nếu cần thiết"), made once the list is confirmed. */
  public void decideInspection(boolean needed, String note) {
    if (status != CycleStatus.CONSOLIDATED || inspectionDecided != null) {
      throw new ConflictException("Chu trình năm " + year + " không ở bước quyết định kiểm tra.");
    }
    inspectionDecided = needed;
    inspectionNote = note;
  }

  public void startDisclosure(LocalDate endsOn) {
    if (status != CycleStatus.CONSOLIDATED) {
      throw new ConflictException("Chu trình năm " + year + " chưa thể công khai danh sách (hiện: " + status.label() + ").");
    }
    status = CycleStatus.DISCLOSING;
    disclosureEndsOn = endsOn;
  }

  /** Objections are taken while the list is disclosed, up to and including the last day. */
  public boolean takesObjectionsOn(LocalDate date) {
    return status == CycleStatus.DISCLOSING && !date.isAfter(disclosureEndsOn);
  }

  public void endDisclosure() {
    if (status != CycleStatus.DISCLOSING) {
      throw new ConflictException("Chu trình năm " + year + " không ở giai đoạn công khai.");
    }
    status = CycleStatus.DISCLOSED;
  }

  /** Every award is decided (here and above): the IT Center has published the exemplary models. */
  public void published() {
    if (status != CycleStatus.DISCLOSED) {
      throw new ConflictException("Chu trình năm " + year + " chưa thể công bố (hiện: " + status.label() + ").");
    }
    status = CycleStatus.PUBLISHED;
  }

  public void finish(Instant at) {
    if (status != CycleStatus.PUBLISHED) {
      throw new ConflictException("Chu trình năm " + year + " chưa thể kết thúc (hiện: " + status.label() + ").");
    }
    status = CycleStatus.FINISHED;
    finishedAt = at;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public LocalDate getDisclosureEndsOn() {
    return disclosureEndsOn;
  }

  public Boolean getInspectionDecided() {
    return inspectionDecided;
  }

  public java.util.Optional<LocalDate> regimeDate() {
    return java.util.Optional.ofNullable(regimeDate);
  }

  public String getRegimeDateReason() {
    return regimeDateReason;
  }

  /** The administrator fixes (or, with null, releases) the date that decides the legal regime of the dossiers. */
  public void fixRegimeDate(LocalDate date, String reason) {
    this.regimeDate = date;
    this.regimeDateReason = date == null ? null : reason;
  }

  public vn.gov.soctrang.tnmt.tdkt.movement.Movement getMovement() {
    return movement;
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  public LocalDate getReportDeadline() {
    return reportDeadline;
  }

  public boolean isFinalSummary() {
    return finalSummary;
  }

  public CycleStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public String getConsolidatedBy() {
    return consolidatedBy;
  }

  public String getConsolidationNote() {
    return consolidationNote;
  }
}
