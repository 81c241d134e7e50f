package vn.gov.soctrang.tnmt.tdkt.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Role;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Revoking an award as a decision (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2): the Office prepares the dossier
 * on one of the grounds in force, the Director decides for the Department's own awards (Giấy khen) while the Office
 * records a superior authority's decision for the others, the register marks the award revoked (never deleted), and
 * the Office records what was recovered. Every step checks who acts and what was entered; a refused step stores
 * nothing.
 */
@Service
@Transactional
class RevocationService {

  /** Longest reasons or evidence: the register's history keeps them with the decision in 4,000 characters. */
  static final int MAX_TEXT = 2000;
  static final int MAX_NOTE = 1000;
  /** More than any certificate's or medal's bonus, in đồng: a typing slip, not a sum. */
  static final int MAX_AMOUNT = 2_000_000_000;

  /** The Director's answer to a dossier. */
  public enum DirectorDecision { ACCEPT, RETURN, REFUSE }

  /** What the superior authority decided, as the Office records it. */
  public enum SuperiorOutcome { REVOKED, NOT_REVOKED }

  /** What the process does after a decision step. */
  public enum Next { DECIDED, RETURNED, REFUSED }

  /** A dossier as the Office submits it. */
  public record Dossier(String awardId, String groundCode, String reasons, String evidence) {
  }

  /** A decision as entered (number, date, signer, and for a superior authority its name). */
  public record Decision(String number, LocalDate date, String signer, String authority) {
  }

  /** What was recovered, as the Office records it. */
  public record Recovery(boolean certificate, LocalDate certificateOn, String certificateNote, Integer amount,
      LocalDate moneyOn, String moneyNote) {
  }

  private final AwardRepository awards;
  private final AwardRevocationRepository revocations;
  private final RevocationGroundRepository grounds;
  private final AwardService awardService;
  private final OrganizationService organization;
  private final AuditService audit;
  private final Clock clock;

  public RevocationService(AwardRepository awards, AwardRevocationRepository revocations,
      RevocationGroundRepository grounds, AwardService awardService, OrganizationService organization,
      AuditService audit, Clock clock) {
    this.awards = awards;
    this.revocations = revocations;
    this.grounds = grounds;
    this.awardService = awardService;
    this.organization = organization;
    this.audit = audit;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ what the forms offer

  /** Every ground, past and present, in the law's order. */
  @Transactional(readOnly = true)
  public List<RevocationGround> allGrounds() {
    return grounds.findAllByOrderByPositionAscValidFromAsc();
  }

  /** The grounds of the law in force on the day. */
  @Transactional(readOnly = true)
  public List<RevocationGround> groundsInForce(LocalDate day) {
    return grounds.findAllByOrderByPositionAscValidFromAsc().stream().filter(g -> g.inForceOn(day)).toList();
  }

  @Transactional(readOnly = true)
  public List<Option> groundOptions() {
    return groundsInForce(LocalDate.now(clock)).stream()
        .map(g -> new Option(g.getPosition() + ". " + g.getLabel(), g.getCode())).toList();
  }

  /**
   * The awards in force with no revocation under way (but the one of the given revocation, whose dossier the Office
   * is completing), newest year first.
   */
  @Transactional(readOnly = true)
  public List<Option> revocableAwardOptions(Long currentRevocationId) {
    Set<Long> underWay = revocations.findByStatusIn(AwardRevocation.OPEN).stream()
        .filter(r -> !r.getId().equals(currentRevocationId))
        .map(AwardRevocation::getAwardId).collect(Collectors.toSet());
    return awards.findAllByOrderByYearDescIdAsc().stream().filter(Award::isActive)
        .filter(a -> !underWay.contains(a.getId()))
        .map(a -> new Option(awardLabel(a), String.valueOf(a.getId()))).toList();
  }

  static String awardLabel(Award a) {
    return "Năm " + a.getYear() + " · " + a.getNomineeName() + " – " + a.getUnit().getShortName() + " · "
        + a.getAwardType().label() + " (QĐ số " + a.getDecisionNumber() + " ngày "
        + VietnameseDates.format(a.getDecisionDate()) + ")";
  }

  // ------------------------------------------------------------------ the steps

  /** Only the Office starts a revocation (an administrator's engine rights do not make them the Office). */
  @Transactional(readOnly = true)
  public void checkStarter(String initiator) {
    requireRole(initiator, Role.OFFICE, "Chỉ Văn phòng Sở được đề nghị hủy bỏ khen thưởng.");
  }

  /**
   * The Office's dossier: a new one, or the one the Director returned, completed. The award must be in force with no
   * other revocation under way, the ground one of the law's in force today.
   */
  public AwardRevocation prepare(Long existingId, Dossier dossier, String actor, String processInstanceId) {
    requireRole(actor, Role.OFFICE, "Chỉ Văn phòng Sở chuẩn bị hồ sơ hủy bỏ khen thưởng.");
    Problems problems = new Problems();
    Award award = awardOf(dossier.awardId(), problems);
    RevocationGround ground = groundOf(dossier.groundCode(), problems);
    checkTexts(dossier, problems);
    problems.throwIfAny();
    boolean otherUnderWay = revocations.findByAwardIdOrderByIdAsc(award.getId()).stream()
        .anyMatch(r -> r.isOpen() && !r.getId().equals(existingId));
    if (otherUnderWay) {
      throw new ConflictException("Khen thưởng của " + award.getNomineeName()
          + " đang có một hồ sơ hủy bỏ khác chưa giải quyết xong.");
    }
    AwardRevocation revocation;
    if (existingId == null) {
      revocation = revocations.save(new AwardRevocation(award, ground, dossier.reasons(), dossier.evidence(),
          processInstanceId, actor, clock.instant()));
      audit.record(actor, AuditedObject.AWARD_REVOCATION, revocation.getId(), AuditAction.CREATED, null,
          snapshot(revocation));
    } else {
      revocation = get(existingId);
      Map<String, Object> before = snapshot(revocation);
      revocation.revise(award, ground, dossier.reasons(), dossier.evidence(), actor, clock.instant());
      audit.record(actor, AuditedObject.AWARD_REVOCATION, revocation.getId(), AuditAction.UPDATED, before,
          snapshot(revocation));
    }
    return revocation;
  }

  /** The Director decides on a dossier about one of the Department's own awards. */
  public Next decideByDirector(long revocationId, DirectorDecision decision, Decision entered, String comment,
      String actor) {
    requireRole(actor, Role.DIRECTOR, "Chỉ Giám đốc Sở quyết định hủy bỏ khen thưởng do Giám đốc Sở đã tặng.");
    AwardRevocation revocation = get(revocationId);
    if (!revocation.isByDirector()) {
      throw new ConflictException("Khen thưởng này do cấp trên quyết định: Giám đốc Sở không tự hủy bỏ.");
    }
    Award award = awards.findById(revocation.getAwardId()).orElseThrow();
    Map<String, Object> before = snapshot(revocation);
    Problems problems = new Problems();
    Next next;
    if (decision == DirectorDecision.ACCEPT) {
      checkDecision(award, entered, problems);
      problems.throwIfAny();
      revocation.decided(entered.number(), entered.date(), entered.signer(), award.getAuthority(), actor,
          clock.instant());
      next = Next.DECIDED;
    } else {
      problems.addIf(comment == null, decision == DirectorDecision.RETURN
          ? "Vui lòng ghi rõ nội dung Văn phòng cần bổ sung khi trả lại hồ sơ."
          : "Vui lòng ghi rõ lý do không hủy bỏ khen thưởng.");
      problems.throwIfAny();
      if (decision == DirectorDecision.RETURN) {
        revocation.returned(comment, actor, clock.instant());
        next = Next.RETURNED;
      } else {
        revocation.refused(comment, award.getAuthority(), actor, clock.instant());
        next = Next.REFUSED;
      }
    }
    audit.record(actor, AuditedObject.AWARD_REVOCATION, revocation.getId(), AuditAction.UPDATED, before,
        snapshot(revocation));
    return next;
  }

  /** The Office records the superior authority's decision on an award it conferred. */
  public Next recordSuperiorDecision(long revocationId, SuperiorOutcome outcome, Decision entered, String comment,
      String actor) {
    requireRole(actor, Role.OFFICE, "Chỉ Văn phòng Sở ghi nhận quyết định của cấp trên.");
    AwardRevocation revocation = get(revocationId);
    if (revocation.isByDirector()) {
      throw new ConflictException("Khen thưởng này do Giám đốc Sở quyết định: Giám đốc Sở quyết định hủy bỏ.");
    }
    Award award = awards.findById(revocation.getAwardId()).orElseThrow();
    Map<String, Object> before = snapshot(revocation);
    Problems problems = new Problems();
    problems.addIf(entered.authority() == null, "Vui lòng nhập «Cơ quan, người có thẩm quyền quyết định».");
    Next next;
    if (outcome == SuperiorOutcome.REVOKED) {
      checkDecision(award, entered, problems);
      problems.throwIfAny();
      revocation.decided(entered.number(), entered.date(), entered.signer(), entered.authority(), actor,
          clock.instant());
      next = Next.DECIDED;
    } else {
      problems.addIf(comment == null, "Vui lòng ghi rõ trả lời của cấp trên khi cấp trên không hủy bỏ.");
      problems.throwIfAny();
      revocation.refused(comment, entered.authority(), actor, clock.instant());
      next = Next.REFUSED;
    }
    audit.record(actor, AuditedObject.AWARD_REVOCATION, revocation.getId(), AuditAction.UPDATED, before,
        snapshot(revocation));
    return next;
  }

  /**
   * Applies the decision to the register: the award is marked revoked with the ground and the decision in its
   * history and the audit trail, its nomination shows it, and the lists that show awards in force are renewed.
   */
  public Award apply(long revocationId) {
    AwardRevocation revocation = get(revocationId);
    Map<String, Object> before = snapshot(revocation);
    revocation.applied(clock.instant());
    Award award = awardService.revoke(revocation.getAwardId(), registerText(revocation),
        revocation.getDecisionRecordedBy());
    audit.record(revocation.getDecisionRecordedBy(), AuditedObject.AWARD_REVOCATION, revocation.getId(),
        AuditAction.UPDATED, before, snapshot(revocation));
    return award;
  }

  /** What was recovered, or why not (yet): recorded once the award is revoked in the register. */
  public AwardRevocation recordRecovery(long revocationId, Recovery recovery, String actor) {
    requireRole(actor, Role.OFFICE, "Chỉ Văn phòng Sở ghi nhận việc thu hồi hiện vật và tiền thưởng.");
    AwardRevocation revocation = get(revocationId);
    LocalDate today = LocalDate.now(clock);
    Problems problems = new Problems();
    if (recovery.certificate()) {
      problems.addIf(recovery.certificateOn() == null, "Vui lòng nhập «Ngày thu hồi hiện vật».");
      checkRecoveryDate(recovery.certificateOn(), "Ngày thu hồi hiện vật", revocation, today, problems);
    } else {
      problems.addIf(recovery.certificateNote() == null,
          "Chưa thu hồi được hiện vật khen thưởng: vui lòng ghi rõ lý do trong «Ghi chú về hiện vật».");
      problems.addIf(recovery.certificateOn() != null,
          "Chỉ nhập «Ngày thu hồi hiện vật» khi đã thu hồi được hiện vật khen thưởng.");
    }
    problems.addIf(recovery.amount() == null, "Vui lòng nhập «Số tiền thưởng đã thu hồi» (0 nếu chưa thu hồi).");
    if (recovery.amount() != null && recovery.amount() > 0) {
      problems.addIf(recovery.moneyOn() == null, "Vui lòng nhập «Ngày thu hồi tiền thưởng».");
      checkRecoveryDate(recovery.moneyOn(), "Ngày thu hồi tiền thưởng", revocation, today, problems);
    } else if (recovery.amount() != null) {
      problems.addIf(recovery.moneyNote() == null,
          "Số tiền thu hồi là 0: vui lòng ghi rõ lý do trong «Ghi chú về tiền thưởng» (chưa thu hồi, không có tiền thưởng…).");
      problems.addIf(recovery.moneyOn() != null, "Chỉ nhập «Ngày thu hồi tiền thưởng» khi số tiền thu hồi lớn hơn 0.");
    }
    problems.throwIfAny();
    Map<String, Object> before = snapshot(revocation);
    revocation.recovered(recovery.certificate(), recovery.certificateOn(), recovery.certificateNote(),
        recovery.amount(), recovery.moneyOn(), recovery.moneyNote(), actor, clock.instant());
    audit.record(actor, AuditedObject.AWARD_REVOCATION, revocation.getId(), AuditAction.UPDATED, before,
        snapshot(revocation));
    return revocation;
  }

  /**
   * A revocation decided before this process could run (or on paper), entered by an administrator with the same
   * dossier and decision as the process asks for, and applied at once. Recovery is then recorded by nobody here.
   */
  public Award recordDecidedOutsideProcess(Dossier dossier, Decision entered, String actor) {
    Problems problems = new Problems();
    Award award = awardOf(dossier.awardId(), problems);
    RevocationGround ground = groundOf(dossier.groundCode(), problems);
    checkTexts(dossier, problems);
    problems.addIf(entered.authority() == null, "Vui lòng nhập «Cơ quan, người có thẩm quyền quyết định» (authority).");
    if (award != null) {
      checkDecision(award, entered, problems);
    }
    problems.throwIfAny();
    if (revocations.findByAwardIdOrderByIdAsc(award.getId()).stream().anyMatch(AwardRevocation::isOpen)) {
      throw new ConflictException("Khen thưởng của " + award.getNomineeName()
          + " đang có hồ sơ hủy bỏ trong quy trình: quyết định được ghi nhận trong quy trình đó.");
    }
    AwardRevocation revocation = revocations.save(new AwardRevocation(award, ground, dossier.reasons(),
        dossier.evidence(), null, actor, clock.instant()));
    revocation.decided(entered.number(), entered.date(), entered.signer(), entered.authority(), actor,
        clock.instant());
    audit.record(actor, AuditedObject.AWARD_REVOCATION, revocation.getId(), AuditAction.CREATED, null,
        snapshot(revocation));
    return apply(revocation.getId());
  }

  // ------------------------------------------------------------------ reading

  @Transactional(readOnly = true)
  public AwardRevocation get(long revocationId) {
    return revocations.findById(revocationId).orElseThrow(() ->
        new InvalidInputException("Không có hồ sơ hủy bỏ khen thưởng số " + revocationId + "."));
  }

  /** The revocation that revoked each of the awards, for the register. */
  @Transactional(readOnly = true)
  public Map<Long, AwardRevocation> appliedFor(Collection<Long> awardIds) {
    if (awardIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, AwardRevocation> found = new LinkedHashMap<>();
    for (AwardRevocation.Status status : List.of(AwardRevocation.Status.APPLIED, AwardRevocation.Status.COMPLETED)) {
      revocations.findByAwardIdInAndStatus(awardIds, status).forEach(r -> found.put(r.getAwardId(), r));
    }
    return found;
  }

  /** The dossier as the deciding steps' forms show it (Markdown; user text escaped). */
  @Transactional(readOnly = true)
  public String summaryText(long revocationId) {
    AwardRevocation r = get(revocationId);
    Award a = awards.findById(r.getAwardId()).orElseThrow();
    StringBuilder text = new StringBuilder("### Hồ sơ hủy bỏ khen thưởng\n\n");
    text.append("- Khen thưởng: **").append(Markdown.escape(a.getNomineeName())).append("** – ")
        .append(Markdown.escape(a.getUnit().getName())).append(", ").append(a.getAwardType().label())
        .append(" năm ").append(a.getYear()).append("\n");
    text.append("- Quyết định khen thưởng: số ").append(Markdown.escape(a.getDecisionNumber())).append(" ngày ")
        .append(VietnameseDates.format(a.getDecisionDate())).append(" của ").append(Markdown.escape(a.getAuthority()))
        .append("\n");
    text.append("- Căn cứ hủy bỏ: **").append(Markdown.escape(r.getGround().getLabel())).append("** (")
        .append(Markdown.escape(r.getGround().getSourceNote())).append(")\n");
    text.append("- Lý do: ").append(Markdown.escape(r.getReasons())).append("\n");
    text.append("- Tài liệu, chứng cứ: ").append(Markdown.escape(r.getEvidence())).append("\n");
    text.append("- Văn phòng chuẩn bị: ").append(Markdown.escape(r.getPreparedBy())).append("\n");
    text.append("- Thẩm quyền quyết định hủy bỏ: ").append(r.isByDirector() ? "Giám đốc Sở"
        : Markdown.escape(a.getAuthority()) + " (cấp trên; Văn phòng ghi nhận quyết định)");
    if (r.getDecisionNumber() != null) {
      text.append("\n- Quyết định hủy bỏ: số ").append(Markdown.escape(r.getDecisionNumber())).append(" ngày ")
          .append(VietnameseDates.format(r.getDecisionDate())).append(" của ")
          .append(Markdown.escape(r.getIssuingAuthority())).append(", người ký: ")
          .append(Markdown.escape(r.getDecisionSigner()));
    }
    return text.toString();
  }

  /** The award's name and kind, for the task's description in Tasklist. */
  @Transactional(readOnly = true)
  public String awardDescription(long revocationId) {
    Award a = awards.findById(get(revocationId).getAwardId()).orElseThrow();
    return "Hủy bỏ khen thưởng: " + a.getNomineeName() + " – " + a.getAwardType().label() + " năm " + a.getYear();
  }

  @Transactional(readOnly = true)
  public String authorityOf(long revocationId) {
    return awards.findById(get(revocationId).getAwardId()).orElseThrow().getAuthority();
  }

  // ------------------------------------------------------------------ helpers

  /** The ground and the decision as the register's history keeps them with the revocation. */
  static String registerText(AwardRevocation r) {
    String text = "Hủy bỏ theo Quyết định số " + r.getDecisionNumber() + " ngày "
        + VietnameseDates.format(r.getDecisionDate()) + " của " + r.getIssuingAuthority() + " (người ký: "
        + r.getDecisionSigner() + "). Căn cứ: " + r.getGround().getLabel() + ". Lý do: " + r.getReasons();
    return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  private void checkDecision(Award award, Decision entered, Problems problems) {
    problems.addIf(entered.number() == null, "Vui lòng nhập «Số quyết định hủy bỏ».");
    problems.addIf(entered.date() == null, "Vui lòng nhập «Ngày quyết định hủy bỏ».");
    problems.addIf(entered.signer() == null, "Vui lòng nhập «Người ký quyết định».");
    awardService.checkDecision(entered.number(), entered.date(), "Số quyết định hủy bỏ", "Ngày quyết định hủy bỏ",
        problems);
    problems.addIf(entered.date() != null && entered.date().isBefore(award.getDecisionDate()),
        "«Ngày quyết định hủy bỏ» không được trước ngày quyết định khen thưởng ("
            + VietnameseDates.format(award.getDecisionDate()) + ").");
  }

  private static void checkTexts(Dossier dossier, Problems problems) {
    problems.addIf(dossier.reasons() == null || dossier.reasons().isBlank(), "Vui lòng nhập «Lý do hủy bỏ».");
    problems.addIf(dossier.reasons() != null && dossier.reasons().length() > MAX_TEXT,
        "«Lý do hủy bỏ» quá dài: tối đa " + MAX_TEXT + " ký tự.");
    problems.addIf(dossier.evidence() == null || dossier.evidence().isBlank(),
        "Vui lòng nhập «Tài liệu, chứng cứ» (số, ngày của kết luận, văn bản làm căn cứ).");
    problems.addIf(dossier.evidence() != null && dossier.evidence().length() > MAX_TEXT,
        "«Tài liệu, chứng cứ» quá dài: tối đa " + MAX_TEXT + " ký tự.");
  }

  private static void checkRecoveryDate(LocalDate day, String label, AwardRevocation r, LocalDate today,
      Problems problems) {
    problems.addIf(day != null && day.isAfter(today), "«" + label + "» không được sau ngày hôm nay.");
    problems.addIf(day != null && r.getDecisionDate() != null && day.isBefore(r.getDecisionDate()),
        "«" + label + "» không được trước ngày quyết định hủy bỏ (" + VietnameseDates.format(r.getDecisionDate())
            + ").");
  }

  private Award awardOf(String awardId, Problems problems) {
    if (awardId == null) {
      problems.add("Vui lòng chọn «Khen thưởng cần hủy bỏ».");
      return null;
    }
    Award award = awardId.matches("[0-9]{1,18}") ? awards.findById(Long.parseLong(awardId)).orElse(null) : null;
    if (award == null) {
      problems.add("«Khen thưởng cần hủy bỏ» không có trong sổ khen thưởng.");
      return null;
    }
    if (!award.isActive()) {
      problems.add("Khen thưởng của " + award.getNomineeName() + " đã bị hủy bỏ, thu hồi trước đó.");
      return null;
    }
    return award;
  }

  private RevocationGround groundOf(String code, Problems problems) {
    if (code == null) {
      problems.add("Vui lòng chọn «Căn cứ hủy bỏ».");
      return null;
    }
    Map<String, RevocationGround> inForce = groundsInForce(LocalDate.now(clock)).stream()
        .collect(Collectors.toMap(RevocationGround::getCode, Function.identity(), (a, b) -> a));
    RevocationGround ground = inForce.get(code);
    if (ground == null) {
      String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
      problems.add("«Căn cứ hủy bỏ» không phải là một trường hợp hủy bỏ khen thưởng theo quy định đang có hiệu lực: «"
          + shown + "».");
    }
    return ground;
  }

  private void requireRole(String actor, Role role, String message) {
    boolean allowed = actor != null && organization.person(actor).map(p -> p.isActive() && p.hasRole(role)).orElse(false);
    if (!allowed) {
      throw new InvalidInputException(message);
    }
  }

  static Map<String, Object> snapshot(AwardRevocation r) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", r.getId());
    s.put("awardId", r.getAwardId());
    s.put("status", r.getStatus().name());
    s.put("ground", r.getGround().getCode());
    s.put("reasons", r.getReasons());
    s.put("evidence", r.getEvidence());
    s.put("preparedBy", r.getPreparedBy());
    s.put("byDirector", r.isByDirector());
    s.put("decisionNumber", r.getDecisionNumber());
    s.put("decisionDate", text(r.getDecisionDate()));
    s.put("decisionSigner", r.getDecisionSigner());
    s.put("issuingAuthority", r.getIssuingAuthority());
    s.put("refusalReason", r.getRefusalReason());
    s.put("certificateRecovered", r.getCertificateRecovered());
    s.put("certificateRecoveredOn", text(r.getCertificateRecoveredOn()));
    s.put("certificateNote", r.getCertificateNote());
    s.put("moneyAmount", r.getMoneyAmount());
    s.put("moneyRecoveredOn", text(r.getMoneyRecoveredOn()));
    s.put("moneyNote", r.getMoneyNote());
    return s;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
