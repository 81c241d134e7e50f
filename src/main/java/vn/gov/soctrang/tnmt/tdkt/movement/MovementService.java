package vn.gov.soctrang.tnmt.tdkt.movement;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;

/** The movements the Department runs: which one a year belongs to, and declaring the next one. */
@Service
@Transactional(readOnly = true)
public class MovementService {

  /** A movement's period: five years is the usual; a thematic one may be shorter, none longer than ten. */
  static final int LONGEST_PERIOD = 10;

  private final MovementRepository movements;
  private final RepositoryService repository;
  private final AuditService audit;
  private final Clock clock;

  public MovementService(MovementRepository movements, RepositoryService repository, AuditService audit,
      Clock clock) {
    this.movements = movements;
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  public List<Movement> all() {
    return movements.findAllByOrderByFirstYearAsc();
  }

  public Movement get(long id) {
    return movements.findById(id).orElseThrow(() -> new InvalidInputException("Không có phong trào số " + id + "."));
  }

  /** The movement whose period holds the year, if one has been declared. */
  public Optional<Movement> covering(int year) {
    return all().stream().filter(m -> m.covers(year)).findFirst();
  }

  /** The movement of a new cycle of that year, or the Vietnamese reason there is none. */
  public Movement forNewCycle(int year, Problems problems) {
    Optional<Movement> movement = covering(year);
    problems.addIf(movement.isEmpty(), "Năm " + year + " chưa thuộc phong trào thi đua nào. Quản trị hệ thống cần "
        + "khai báo phong trào của giai đoạn này (tên, giai đoạn, năm tổng kết) trước khi phát động.");
    return movement.orElse(null);
  }

  /** The first year any movement starts (no cycle can be older), or the given year when none is declared. */
  public int earliestYear(int otherwise) {
    return all().stream().mapToInt(Movement::getFirstYear).min().orElse(otherwise);
  }

  public record NewMovement(String code, String name, String shortName, Integer firstYear, Integer lastYear,
      Integer finalSummaryYear, String criteriaDecision, String description, String sourceNote) {
  }

  /** Declares a movement; its period must not overlap another's, and its criteria decision must be deployed. */
  @Transactional
  public Movement declare(NewMovement in, String actor) {
    Problems problems = new Problems();
    String code = Texts.trimToNull(in.code());
    String name = Texts.trimToNull(in.name());
    String shortName = Texts.trimToNull(in.shortName());
    String description = Texts.trimToNull(in.description());
    String source = Texts.trimToNull(in.sourceNote());
    String decision = Texts.trimToNull(in.criteriaDecision()) == null ? null : in.criteriaDecision().strip();
    problems.addIf(code == null || !code.matches("[A-Za-z0-9_-]{2,40}"),
        "Mã phong trào gồm 2–40 chữ cái không dấu, chữ số, gạch ngang (ví dụ NTM-2026-2030).");
    problems.addIf(name == null || name.length() > 300, "Vui lòng nhập tên phong trào (tối đa 300 ký tự).");
    problems.addIf(shortName == null || shortName.length() > 120, "Vui lòng nhập tên ngắn (tối đa 120 ký tự).");
    problems.addIf(description == null || description.length() > 2000,
        "Vui lòng nhập nội dung giới thiệu phong trào cho biểu mẫu và văn bản (tối đa 2000 ký tự).");
    problems.addIf(source == null || source.length() > 1000,
        "Vui lòng ghi căn cứ phát động (kế hoạch, quyết định: số, ngày, cơ quan ban hành; tối đa 1000 ký tự).");
    Integer first = in.firstYear();
    Integer last = in.lastYear();
    Integer summary = in.finalSummaryYear();
    problems.addIf(first == null || last == null || summary == null,
        "Vui lòng nhập năm đầu, năm cuối và năm tổng kết của giai đoạn.");
    if (first != null && last != null && summary != null) {
      problems.addIf(first < 2000 || last > 2100 || first > last, "Giai đoạn " + first + "–" + last
          + " không hợp lệ: năm đầu không được sau năm cuối.");
      problems.addIf(last - first + 1 > LONGEST_PERIOD, "Một phong trào kéo dài tối đa " + LONGEST_PERIOD + " năm.");
      problems.addIf(summary < first || summary > last, "Năm tổng kết " + summary + " phải thuộc giai đoạn " + first
          + "–" + last + ".");
      all().stream().filter(m -> m.getFirstYear() <= last && first <= m.getLastYear()).findFirst()
          .ifPresent(m -> problems.add("Giai đoạn " + first + "–" + last + " trùng với phong trào «" + m.getName()
              + "» (" + m.period() + "); mỗi năm chỉ thuộc một phong trào."));
    }
    problems.addIf(decision == null || repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision)
        .latestVersion().count() == 0, "Bộ tiêu chí «" + (decision == null ? "" : decision)
        + "» chưa được triển khai (bảng quyết định DMN).");
    problems.addIf(code != null && movements.findByCode(code).isPresent(), "Đã có phong trào mã " + code + ".");
    problems.throwIfAny();
    Movement movement = movements.saveAndFlush(new Movement(code, name, shortName, first, last, summary, decision,
        description, source, clock.instant(), actor));
    audit.record(actor, AuditedObject.MOVEMENT, movement.getId(), AuditAction.CREATED, null, snapshot(movement));
    return movement;
  }

  static Map<String, Object> snapshot(Movement m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("code", m.getCode());
    s.put("name", m.getName());
    s.put("shortName", m.getShortName());
    s.put("firstYear", m.getFirstYear());
    s.put("lastYear", m.getLastYear());
    s.put("finalSummaryYear", m.getFinalSummaryYear());
    s.put("criteriaDecision", m.getCriteriaDecision());
    s.put("sourceNote", m.getSourceNote());
    return s;
  }
}
