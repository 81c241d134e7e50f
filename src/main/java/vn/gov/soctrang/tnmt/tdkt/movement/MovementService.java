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

  /** The most criteria a thematic movement has: the units' result form has as many fixed slots (ADR 0007). */
  public static final int MOST_CRITERIA = 6;

  private final MovementRepository movements;
  private final MovementCriterionRepository criteria;
  private final RepositoryService repository;
  private final AuditService audit;
  private final Clock clock;

  public MovementService(MovementRepository movements, MovementCriterionRepository criteria,
      RepositoryService repository, AuditService audit, Clock clock) {
    this.movements = movements;
    this.criteria = criteria;
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

  /** The long-running movements, those yearly cycles belong to. */
  public List<Movement> regular() {
    return all().stream().filter(m -> !m.isThematic()).toList();
  }

  /** The first year a long-running movement starts (no cycle can be older), or the given year when none is declared. */
  public int earliestYear(int otherwise) {
    return regular().stream().mapToInt(Movement::getFirstYear).min().orElse(otherwise);
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
      regular().stream().filter(m -> m.getFirstYear() <= last && first <= m.getLastYear()).findFirst()
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

  /** One criterion as declared: its text, the plan's maximum score if it scores it, where the wording comes from. */
  public record NewCriterion(String text, java.math.BigDecimal maxScore, String sourceNote) {
  }

  /** A thematic movement as the Office declares it (checked again here, whatever door it came through). */
  public record NewThematicMovement(String code, String name, String shortName, String description,
      java.time.LocalDate startsOn, java.time.LocalDate endsOn, String launchDocNumber,
      java.time.LocalDate launchDocDate, String launchDocIssuer, String legalBasisNote, String awardCode,
      String awardAuthority, String sourceNote, List<NewCriterion> criteria) {
  }

  /** A thematic movement by its code, or the Vietnamese reason there is none. */
  public Movement thematic(String code) {
    return movements.findByCode(code == null ? "" : code.strip()).filter(Movement::isThematic)
        .orElseThrow(() -> new InvalidInputException("Không có phong trào thi đua theo chuyên đề mã «" + code
            + "»."));
  }

  /** The criteria of a movement in force on a day, in order. */
  public List<MovementCriterion> criteriaOn(long movementId, java.time.LocalDate day) {
    return criteria.findByMovementIdOrderByPositionAscValidFromAsc(movementId).stream().filter(c -> c.validOn(day))
        .toList();
  }

  /**
   * Declares a thematic movement (thi đua theo chuyên đề) with its criteria: its period as dates (start not after end,
   * at most {@value #LONGEST_PERIOD} years), its launching document issued no later than the start, between 1 and
   * {@value #MOST_CRITERIA} criteria, a code no other movement has and no thematic movement of the same name over an
   * overlapping period. Every problem is listed (400) and nothing is stored; the declaration is audited.
   */
  @Transactional
  public Movement declareThematic(NewThematicMovement in, String actor) {
    Problems problems = new Problems();
    String code = Texts.trimToNull(in.code());
    String name = Texts.trimToNull(in.name());
    String shortName = Texts.trimToNull(in.shortName());
    String description = Texts.trimToNull(in.description());
    String source = Texts.trimToNull(in.sourceNote());
    String docNumber = Texts.trimToNull(in.launchDocNumber());
    String issuer = Texts.trimToNull(in.launchDocIssuer());
    String basis = Texts.trimToNull(in.legalBasisNote());
    String award = Texts.trimToNull(in.awardCode());
    String authority = Texts.trimToNull(in.awardAuthority());
    problems.addIf(code == null || !code.matches("[A-Za-z0-9_-]{2,40}"),
        "Mã phong trào gồm 2–40 chữ cái không dấu, chữ số, gạch ngang (ví dụ CD-CHUYENDOISO-2027).");
    problems.addIf(name == null || name.length() > 300, "Vui lòng nhập tên phong trào (tối đa 300 ký tự).");
    problems.addIf(shortName == null || shortName.length() > 120, "Vui lòng nhập tên ngắn (tối đa 120 ký tự).");
    problems.addIf(description == null || description.length() > 2000,
        "Vui lòng nhập nội dung, mục đích của đợt thi đua (tối đa 2000 ký tự).");
    problems.addIf(source == null || source.length() > 1000,
        "Vui lòng ghi nguồn của thông tin khai báo (tối đa 1000 ký tự).");
    problems.addIf(docNumber == null || docNumber.length() > 60,
        "Vui lòng nhập số văn bản phát động (tối đa 60 ký tự).");
    problems.addIf(in.launchDocDate() == null, "Vui lòng nhập ngày ban hành văn bản phát động.");
    problems.addIf(issuer == null || issuer.length() > 300,
        "Vui lòng nhập cơ quan ban hành văn bản phát động (tối đa 300 ký tự).");
    problems.addIf(basis == null || basis.length() > 1000,
        "Vui lòng ghi căn cứ pháp lý của đợt thi đua (tối đa 1000 ký tự).");
    problems.addIf(award == null || award.length() > 40, "Vui lòng chọn hình thức khen thưởng khi tổng kết.");
    problems.addIf(authority == null || authority.length() > 200,
        "Vui lòng ghi thẩm quyền quyết định khen thưởng khi tổng kết (tối đa 200 ký tự).");
    java.time.LocalDate start = in.startsOn();
    java.time.LocalDate end = in.endsOn();
    problems.addIf(start == null || end == null, "Vui lòng nhập ngày bắt đầu và ngày kết thúc của đợt thi đua.");
    if (start != null && end != null) {
      if (start.isAfter(end)) {
        problems.add("Ngày bắt đầu (" + vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(start)
            + ") không được sau ngày kết thúc (" + vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(end)
            + ").");
      } else {
        problems.addIf(start.plusYears(LONGEST_PERIOD).isBefore(end),
            "Một đợt thi đua theo chuyên đề kéo dài tối đa " + LONGEST_PERIOD + " năm.");
        problems.addIf(start.getYear() < 2000 || end.getYear() > 2100, "Thời gian của đợt thi đua không hợp lệ.");
      }
      problems.addIf(in.launchDocDate() != null && in.launchDocDate().isAfter(start),
          "Văn bản phát động phải ban hành trước hoặc ngay ngày bắt đầu đợt thi đua.");
      if (name != null && !start.isAfter(end)) {
        all().stream().filter(Movement::isThematic).filter(m -> m.getName().equalsIgnoreCase(name))
            .filter(m -> !m.getStartsOn().isAfter(end) && !start.isAfter(m.getEndsOn())).findFirst()
            .ifPresent(m -> problems.add("Đã có phong trào theo chuyên đề «" + m.getName() + "» (mã " + m.getCode()
                + ") trong thời gian trùng với đợt này."));
      }
    }
    List<NewCriterion> list = in.criteria() == null ? List.of() : in.criteria();
    problems.addIf(list.isEmpty() || list.size() > MOST_CRITERIA, "Đợt thi đua cần từ 1 đến " + MOST_CRITERIA
        + " tiêu chí.");
    for (int k = 0; k < list.size(); k++) {
      NewCriterion c = list.get(k);
      String where = "Tiêu chí " + (k + 1) + ": ";
      String text = c == null ? null : Texts.trimToNull(c.text());
      problems.addIf(text == null || text.length() > 1000, where + "vui lòng nhập nội dung (tối đa 1000 ký tự).");
      problems.addIf(c != null && c.maxScore() != null && (c.maxScore().signum() <= 0
          || c.maxScore().compareTo(java.math.BigDecimal.valueOf(10000)) >= 0), where
          + "điểm tối đa phải lớn hơn 0 và nhỏ hơn 10000.");
      String note = c == null ? null : Texts.trimToNull(c.sourceNote());
      problems.addIf(note != null && note.length() > 1000, where + "nguồn tối đa 1000 ký tự.");
    }
    problems.addIf(code != null && movements.findByCode(code).isPresent(), "Đã có phong trào mã " + code + ".");
    problems.throwIfAny();
    Movement movement = movements.saveAndFlush(Movement.thematic(code, name, shortName, description, source,
        new Movement.Thematic(start, end, docNumber, in.launchDocDate(), issuer, basis, award, authority),
        clock.instant(), actor));
    List<MovementCriterion> rows = new java.util.ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      NewCriterion c = list.get(k);
      String note = Texts.trimToNull(c.sourceNote());
      rows.add(new MovementCriterion(movement.getId(), k + 1, c.text().strip(), c.maxScore(), start,
          note == null ? "Văn bản phát động số " + docNumber + " ngày "
              + vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(in.launchDocDate()) + " của " + issuer
              : note));
    }
    criteria.saveAllAndFlush(rows);
    Map<String, Object> after = snapshot(movement);
    after.put("criteria", rows.stream().map(r -> r.getPosition() + ". " + r.getText()
        + (r.getMaxScore() == null ? "" : " (tối đa " + r.getMaxScore().stripTrailingZeros().toPlainString()
            + " điểm)")).toList());
    audit.record(actor, AuditedObject.MOVEMENT, movement.getId(), AuditAction.CREATED, null, after);
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
    if (m.isThematic()) {
      s.put("kind", m.getKind().name());
      s.put("startsOn", String.valueOf(m.getStartsOn()));
      s.put("endsOn", String.valueOf(m.getEndsOn()));
      s.put("launchDocument", m.getLaunchDocNumber() + " ngày " + m.getLaunchDocDate() + " của "
          + m.getLaunchDocIssuer());
      s.put("legalBasisNote", m.getLegalBasisNote());
      s.put("award", m.getAwardCode() + " (" + m.getAwardAuthority() + ")");
    }
    return s;
  }
}
