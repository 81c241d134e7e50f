package vn.gov.soctrang.tnmt.tdkt.adhoc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRegisterService;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Role;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Ad-hoc awards: the unit's proposal, the checks against the dated rules (table {@code ad_hoc_rule}), the head's and
 * the Office's steps, the Director's decision and the register write.
 */
@Service
@Transactional
class AdHocAwardService {

  static final String UNIT_PREFIX = "unit:";

  private final AdHocAwardRepository awards;
  private final AdHocRuleRepository rules;
  private final OrganizationService organization;
  private final MeritRegisterService register;
  private final Clock clock;

  AdHocAwardService(AdHocAwardRepository awards, AdHocRuleRepository rules, OrganizationService organization,
      MeritRegisterService register, Clock clock) {
    this.awards = awards;
    this.rules = rules;
    this.organization = organization;
    this.register = register;
    this.clock = clock;
  }

  /** The unit's proposal as the start form gives it. */
  record Proposal(String nominee, boolean collective, String achievement, LocalDate achievementDate, String result) {
  }

  /** The rule of a key in force on a day. */
  @Transactional(readOnly = true)
  AdHocRule rule(String key, LocalDate day) {
    return rules.findByKey(key).stream().filter(r -> r.validOn(day)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No ad-hoc rule " + key + " in force on " + day));
  }

  /**
   * The unit's staff propose: the proposer must work for a unit; the nominee is one of the unit's people (or the unit
   * itself); the achievement is recent enough under the rule in force and not already awarded or under way. Bad input
   * refuses the start and stores nothing.
   */
  AdHocAward propose(String proposer, Proposal in, String processInstanceId, Problems problems) {
    Person person = proposer == null ? null : organization.person(proposer).orElse(null);
    if (person == null || person.getUnit() == null || !person.isActive()
        || !(person.hasRole(Role.UNIT_STAFF) || person.hasRole(Role.UNIT_HEAD))) {
      throw new ForbiddenException("Chỉ cán bộ của đơn vị thuộc Sở được đề nghị khen thưởng đột xuất cho người của "
          + "đơn vị mình hoặc cho đơn vị mình.");
    }
    Unit unit = person.getUnit();
    LocalDate today = LocalDate.now(clock);
    String nomineeKey = null;
    String nomineeName = null;
    if (in.collective()) {
      nomineeKey = UNIT_PREFIX + unit.getCode();
      nomineeName = unit.getName();
    } else if (in.nominee() != null) {
      Optional<Person> nominee = organization.person(in.nominee());
      if (nominee.isEmpty() || !nominee.get().isActive()) {
        problems.add("Không có cán bộ, công chức, viên chức với tài khoản «" + in.nominee() + "».");
      } else if (nominee.get().getUnit() == null || !nominee.get().getUnit().getCode().equals(unit.getCode())) {
        problems.add("«" + nominee.get().getFullName() + "» không thuộc " + unit.getName() + "; đơn vị chỉ đề nghị "
            + "khen thưởng đột xuất cho người của đơn vị mình.");
      } else {
        nomineeKey = nominee.get().getUsername();
        nomineeName = nominee.get().getFullName();
      }
    } else {
      problems.add("Vui lòng nhập «Tài khoản của cá nhân được đề nghị» hoặc chọn «Đề nghị khen thưởng cho tập thể "
          + "đơn vị».");
    }
    if (in.achievementDate() != null) {
      if (in.achievementDate().isAfter(today)) {
        problems.add("«Ngày lập được thành tích» không được sau ngày hôm nay (" + VietnameseDates.format(today) + ").");
      } else {
        AdHocRule delay = rule(AdHocRule.MAX_DELAY_DAYS, today);
        int max = Integer.parseInt(delay.getValue());
        long days = ChronoUnit.DAYS.between(in.achievementDate(), today);
        problems.addIf(days > max, "Đề nghị quá hạn: thành tích lập ngày " + VietnameseDates.format(in.achievementDate())
            + ", đã " + days + " ngày; khen thưởng đột xuất phải đề nghị trong " + max + " ngày kể từ ngày lập thành "
            + "tích (" + delay.getArticle() + ").");
      }
    }
    problems.throwIfAny();
    if (in.achievement() != null && in.achievementDate() != null) {
      AdHocRule once = rule(AdHocRule.ONE_AWARD_PER_ACHIEVEMENT, today);
      problems.addIf(alreadyProposed(nomineeKey, in.achievement(), in.achievementDate(), null), "«" + nomineeName
          + "» đã được đề nghị hoặc khen thưởng đột xuất cho cùng thành tích này (ngày "
          + VietnameseDates.format(in.achievementDate()) + "); mỗi thành tích chỉ khen thưởng một lần ("
          + once.getArticle() + ").");
    }
    problems.throwIfAny();
    return awards.save(new AdHocAward(processInstanceId, unit.getCode(), nomineeKey, nomineeName, in.achievement(),
        in.achievementDate(), in.result(), today, proposer));
  }

  private boolean alreadyProposed(String nomineeKey, String achievement, LocalDate date, Long except) {
    String key = AdHocAward.keyOf(achievement);
    return awards.findByNomineeKeyAndAchievementDate(nomineeKey, date).stream()
        .anyMatch(a -> !a.getId().equals(except) && !a.isClosedWithoutAward() && a.getAchievementKey().equals(key));
  }

  @Transactional(readOnly = true)
  AdHocAward award(long id) {
    return awards.findById(id).orElseThrow();
  }

  static String headGroup(AdHocAward award) {
    return CamundaGroups.headGroup(award.getUnitCode());
  }

  /** The unit's head approves (the proposal goes to the Office) or returns it with a comment (it ends there). */
  void headDecides(long id, boolean approve, String comment, Problems problems) {
    problems.addIf(!approve && comment == null, "Vui lòng nhập «Ý kiến» khi trả lại đề nghị.");
    problems.throwIfAny();
    AdHocAward a = award(id);
    if (approve) {
      a.setStatus(AdHocAward.APPROVED);
    } else {
      a.close(AdHocAward.RETURNED, "Trưởng đơn vị trả lại: " + comment);
    }
  }

  /**
   * The Office checks the proposal against the rules in force today and forwards it to the Director, or returns it to
   * the unit with its reason. Forwarding a proposal that misses a rule is refused: the Office must return it. Whether
   * the Council votes first is the dated rule {@code COUNCIL_CONSULTED}'s: required, not required, or the Office's
   * choice ({@code viaCouncil}) where the rule leaves it open; a choice the rule does not leave open is refused.
   *
   * @param viaCouncil the Office's choice, null when the form did not show it
   * @param modelHasCouncil false for an instance of the model before the Council path: it goes to the Director
   * @return whether the proposal goes before the Council
   */
  boolean officeDecides(long id, boolean forward, Boolean viaCouncil, String reason, boolean modelHasCouncil,
      Problems problems) {
    problems.addIf(!forward && reason == null, "Vui lòng nhập «Lý do trả lại đơn vị».");
    problems.throwIfAny();
    AdHocAward a = award(id);
    if (!forward) {
      a.close(AdHocAward.RETURNED, "Văn phòng Sở trả lại: " + reason);
      return false;
    }
    String missed = checkText(a, false);
    if (missed != null) {
      problems.add("Không trình Giám đốc được: " + missed + " Vui lòng chọn «Trả lại đơn vị» và ghi lý do.");
      problems.throwIfAny();
    }
    AdHocRule rule = rule(AdHocRule.COUNCIL_CONSULTED, LocalDate.now(clock));
    boolean council = switch (rule.consultation()) {
      case REQUIRED -> {
        problems.addIf(Boolean.FALSE.equals(viaCouncil), "Theo quy định đang có hiệu lực (" + rule.getArticle()
            + "), đề nghị khen thưởng đột xuất phải được Hội đồng Thi đua – Khen thưởng Sở xét trước khi trình Giám "
            + "đốc Sở.");
        yield true;
      }
      case NOT_REQUIRED -> {
        problems.addIf(Boolean.TRUE.equals(viaCouncil), "Theo quy định đang có hiệu lực (" + rule.getArticle()
            + "), đề nghị khen thưởng đột xuất được trình thẳng Giám đốc Sở, không xin ý kiến Hội đồng Thi đua – "
            + "Khen thưởng Sở.");
        yield false;
      }
      case OPTIONAL -> Boolean.TRUE.equals(viaCouncil);
    };
    problems.throwIfAny();
    council = council && modelHasCouncil;
    a.setStatus(council ? AdHocAward.AT_COUNCIL : AdHocAward.FORWARDED);
    return council;
  }

  /** The rule on the Council in force today, as the Office's form shows it (the key and a sentence). */
  @Transactional(readOnly = true)
  AdHocRule councilRule() {
    return rule(AdHocRule.COUNCIL_CONSULTED, LocalDate.now(clock));
  }

  static String councilRuleText(AdHocRule rule) {
    return switch (rule.consultation()) {
      case REQUIRED -> "đề nghị phải được Hội đồng Thi đua – Khen thưởng Sở bỏ phiếu kín trước khi trình Giám đốc "
          + "Sở (" + rule.getArticle() + ").";
      case OPTIONAL -> "Văn phòng Sở trình thẳng Giám đốc Sở theo thủ tục đơn giản hoặc xin ý kiến Hội đồng Thi đua "
          + "– Khen thưởng Sở (bỏ phiếu kín) trước khi trình (" + rule.getArticle() + ").";
      case NOT_REQUIRED -> "đề nghị được trình thẳng Giám đốc Sở theo thủ tục đơn giản, không xin ý kiến Hội đồng "
          + "Thi đua – Khen thưởng Sở (" + rule.getArticle() + ").";
    };
  }

  /** The Council's result on the proposal (the ad-hoc agenda's tally, in the tally's transaction). */
  void councilDecided(long id, boolean approved, String reason) {
    award(id).councilDecided(approved, reason);
  }

  /** What the Director's form shows of the Council: its result and meeting, or that the proposal came straight. */
  @Transactional(readOnly = true)
  String councilText(AdHocAward a, Optional<LocalDate> meeting) {
    if (a.getCouncilApproved() == null) {
      return "Văn phòng Sở trình thẳng theo thủ tục đơn giản, không qua Hội đồng Thi đua – Khen thưởng Sở.";
    }
    return "Hội đồng Thi đua – Khen thưởng Sở" + meeting.map(d -> " (họp ngày " + VietnameseDates.format(d)
        + ", bỏ phiếu kín)").orElse("") + (a.getCouncilApproved() ? " **đồng ý**" : " **không đồng ý**")
        + " đề nghị khen thưởng" + (a.getCouncilReason() == null ? "." : ": " + Markdown.escape(a.getCouncilReason()))
        + (a.getCouncilApproved() ? "" : " Giám đốc Sở không tặng Giấy khen cho đề nghị Hội đồng không thông qua.");
  }

  /** What the checks find, or null when the proposal meets every rule in force (withOk: a sentence either way). */
  @Transactional(readOnly = true)
  String checkText(AdHocAward a, boolean withOk) {
    LocalDate today = LocalDate.now(clock);
    Problems found = new Problems();
    AdHocRule delay = rule(AdHocRule.MAX_DELAY_DAYS, today);
    long days = ChronoUnit.DAYS.between(a.getAchievementDate(), a.getProposedOn());
    found.addIf(days > Integer.parseInt(delay.getValue()), "đề nghị sau " + days + " ngày kể từ ngày lập thành tích, "
        + "quá " + delay.getValue() + " ngày (" + delay.getArticle() + ").");
    if (!a.isCollective()) {
      Person p = organization.person(a.getNomineeKey()).orElse(null);
      found.addIf(p == null || p.getUnit() == null || !p.getUnit().getCode().equals(a.getUnitCode()),
          "cá nhân được đề nghị không còn thuộc đơn vị đề nghị.");
      found.addIf(p != null && p.isUnderDiscipline(), "cá nhân được đề nghị đang bị kỷ luật.");
    }
    found.addIf(alreadyProposed(a.getNomineeKey(), a.getAchievement(), a.getAchievementDate(), a.getId()),
        "cùng thành tích này đã được đề nghị hoặc khen thưởng ("
            + rule(AdHocRule.ONE_AWARD_PER_ACHIEVEMENT, today).getArticle() + ").");
    if (found.isEmpty()) {
      return withOk ? "Đề nghị đáp ứng các quy định về khen thưởng đột xuất đang có hiệu lực (thời hạn đề nghị "
          + delay.getValue() + " ngày; đúng đơn vị; chưa khen thưởng cho thành tích này)." : null;
    }
    return String.join(" ", found.messages());
  }

  /** The Director gives the Giấy khen (number, date not after today nor before the achievement) or refuses. */
  void directorDecides(long id, boolean award, String number, LocalDate date, String refusal, String actor,
      Problems problems) {
    AdHocAward a = award(id);
    LocalDate today = LocalDate.now(clock);
    if (award) {
      problems.addIf(number == null, "Vui lòng nhập «Số quyết định».");
      problems.addIf(date == null, "Vui lòng nhập «Ngày quyết định».");
      problems.addIf(date != null && date.isAfter(today), "«Ngày quyết định» không được sau ngày hôm nay ("
          + VietnameseDates.format(today) + ").");
      problems.addIf(date != null && date.isBefore(a.getAchievementDate()), "«Ngày quyết định» không được trước "
          + "ngày lập thành tích (" + VietnameseDates.format(a.getAchievementDate()) + ").");
    } else {
      problems.addIf(refusal == null, "Vui lòng nhập «Lý do không khen thưởng».");
    }
    if (award && Boolean.FALSE.equals(a.getCouncilApproved())) {
      problems.add("Không tặng Giấy khen được: Hội đồng Thi đua – Khen thưởng Sở không thông qua đề nghị này"
          + (a.getCouncilReason() == null ? "" : " (" + a.getCouncilReason() + ")") + ". Vui lòng chọn «Không khen "
          + "thưởng» và ghi lý do.");
    }
    problems.throwIfAny();
    if (award) {
      a.decide(number, date, actor);
    } else {
      a.close(AdHocAward.REFUSED, "Giám đốc Sở không khen thưởng: " + refusal);
    }
  }

  /** Writes the Giấy khen into the merit register with source AD_HOC (the asynchronous service task). */
  void record(long id) {
    AdHocAward a = award(id);
    LocalDate day = a.getDecisionDate();
    String code = rule(AdHocRule.AWARD_CODE, day).getValue();
    String authority = rule(AdHocRule.AUTHORITY, day).getValue();
    String note = "Khen thưởng đột xuất: " + a.getAchievement();
    MeritRecord row = register.recordAdHocAward(new MeritRegisterService.Entry(day.getYear(),
        MeritCode.valueOf(code).name(), a.isCollective() ? null : a.getNomineeKey(),
        a.isCollective() ? a.getUnitCode() : null, a.getDecisionNumber(), day.toString(), authority,
        note.length() > 1000 ? note.substring(0, 1000) : note), a.getDecidedBy());
    a.recorded(row.getId());
  }

  /** The proposal as the head's, the Office's and the Director's forms show it (Markdown, user text escaped). */
  @Transactional(readOnly = true)
  String summary(AdHocAward a) {
    return "- Đơn vị đề nghị: " + Markdown.escape(organization.unit(a.getUnitCode()).getName()) + "\n"
        + "- Đề nghị tặng Giấy khen của Giám đốc Sở cho: **" + Markdown.escape(a.getNomineeName()) + "**"
        + (a.isCollective() ? " (tập thể)" : "") + "\n"
        + "- Thành tích: " + Markdown.escape(a.getAchievement()) + "\n"
        + "- Ngày lập được thành tích: " + VietnameseDates.format(a.getAchievementDate()) + "\n"
        + "- Kết quả, hiệu quả: " + Markdown.escape(a.getResult()) + "\n"
        + "- Ngày đề nghị: " + VietnameseDates.format(a.getProposedOn()) + "\n";
  }
}
