package vn.gov.soctrang.tnmt.tdkt.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/** Opens the year's cycle and keeps it one per year. */
@Service
@Transactional
public class CycleService {

  private final CycleRepository cycles;
  private final SettingsService settings;
  private final MovementService movements;
  private final vn.gov.soctrang.tnmt.tdkt.audit.AuditService audit;
  private final Clock clock;

  public CycleService(CycleRepository cycles, SettingsService settings, MovementService movements,
      vn.gov.soctrang.tnmt.tdkt.audit.AuditService audit, Clock clock) {
    this.audit = audit;
    this.movements = movements;
    this.cycles = cycles;
    this.settings = settings;
    this.clock = clock;
  }

  public record OpenCycle(Integer year, LocalDate reportDeadline, boolean finalSummary, String openedBy,
      String processInstanceId) {
  }

  /** Checks the rules (with the problems already found in the form) and records the new cycle. */
  public Cycle open(OpenCycle command, Problems formProblems) {
    Problems problems = formProblems;
    Movement movement = command.year() == null ? null : movements.covering(command.year()).orElse(null);
    rules(movement).check(command.year(), command.reportDeadline(), command.finalSummary(), problems);
    if (command.year() != null && movement == null) {
      movements.forNewCycle(command.year(), problems);
    }
    problems.throwIfAny();
    if (cycles.existsByYear(command.year())) {
      throw duplicate(command.year());
    }
    return cycles.saveAndFlush(new Cycle(movement, command.year(), command.reportDeadline(),
        command.finalSummary(), command.processInstanceId(), command.openedBy(), clock.instant()));
  }

  /** Refuses early (before anything is created) when the year already has a cycle. */
  @Transactional(readOnly = true)
  public void ensureYearIsFree(int year) {
    if (cycles.existsByYear(year)) {
      throw duplicate(year);
    }
  }

  /** When the Office gives no deadline: the setting's number of days after the call (15 by default). */
  @Transactional(readOnly = true)
  public LocalDate defaultReportDeadline() {
    LocalDate today = LocalDate.now(clock);
    return today.plusDays(settings.intValue(SettingKey.REPORT_DEADLINE_DAYS, today));
  }

  /**
   * The rules for a cycle of the given movement's years (its first year and final-summary year); without a movement
   * the years start at the earliest movement's first year, and opening is refused for want of a movement.
   */
  @Transactional(readOnly = true)
  public CycleRules rules(Movement movement) {
    LocalDate today = LocalDate.now(clock);
    int maxYearsAhead = settings.intValue(SettingKey.CYCLE_MAX_YEARS_AHEAD, today);
    int earliest = movements.earliestYear(today.getYear());
    if (movement == null) {
      return new CycleRules(earliest, maxYearsAhead, CycleRules.NO_FINAL_SUMMARY, today);
    }
    return new CycleRules(earliest, maxYearsAhead, movement.getFinalSummaryYear(), today, movement.getFirstYear());
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Cycle> findByYear(int year) {
    return cycles.findByYear(year);
  }

  /**
   * The administrator's override of the transitional rule for a year's dossiers: the legal regime of that date
   * applies to its tờ trình and decision; {@code date} null releases it. Recorded in the audit trail with the reason.
   */
  public Cycle fixRegimeDate(int year, String date, String reason, String actor) {
    Cycle cycle = byYear(year);
    Problems problems = new Problems();
    LocalDate fixed = vn.gov.soctrang.tnmt.tdkt.shared.Texts.isoDate(date, "Ngày áp dụng quy định", false, problems);
    problems.addIf(reason == null || reason.isBlank() || reason.length() > 1000,
        "Vui lòng ghi lý do (căn cứ điều khoản chuyển tiếp; tối đa 1000 ký tự).");
    problems.throwIfAny();
    java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
    before.put("regimeDate", cycle.regimeDate().map(LocalDate::toString).orElse(null));
    before.put("reason", cycle.getRegimeDateReason());
    cycle.fixRegimeDate(fixed, reason.strip());
    java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("regimeDate", fixed == null ? null : fixed.toString());
    after.put("reason", cycle.getRegimeDateReason());
    audit.record(actor, vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject.REGIME_DATE, year,
        vn.gov.soctrang.tnmt.tdkt.audit.AuditAction.UPDATED, before, after);
    return cycle;
  }

  /** The cycle of a year, or a Vietnamese refusal when there is none. */
  @Transactional(readOnly = true)
  public Cycle byYear(int year) {
    return cycles.findByYear(year)
        .orElseThrow(() -> new InvalidInputException("Chưa có chu trình thi đua năm " + year + "."));
  }

  @Transactional(readOnly = true)
  public Cycle get(long cycleId) {
    return cycles.findById(cycleId)
        .orElseThrow(() -> new InvalidInputException("Không tìm thấy chu trình thi đua số " + cycleId + "."));
  }

  @Transactional(readOnly = true)
  public List<Cycle> all() {
    return cycles.findAllByOrderByYearDesc();
  }

  public void startConsolidation(long cycleId) {
    get(cycleId).startConsolidation();
  }

  public void confirmConsolidation(long cycleId, String by, String note) {
    get(cycleId).confirmConsolidation(by, clock.instant(), note);
  }

  private static ConflictException duplicate(int year) {
    return new ConflictException("Chu trình thi đua năm " + year + " đã được khởi tạo. Mỗi năm chỉ có một chu trình; "
        + "không tạo thêm chu trình mới.");
  }
}
