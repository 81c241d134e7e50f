package vn.gov.soctrang.tnmt.tdkt.province;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationService;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Role;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.province.SubmissionEvent.Action;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey.ConsultationRule;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Proposals to the province, one per award type: the Office prepares the dossier, the Director signs, the Office
 * records the dispatch and then the province's answer per nominee.
 */
@Service
@Transactional
public class ProvinceSubmissionService {

  /** Numbers of outgoing documents as the Department writes them, e.g. 45/TTr-STNMT or 312/STNMT-VP. */
  private static final String DOCUMENT_NUMBER = "[0-9]{1,6}/[\\p{L}0-9-]{2,30}";

  private final ProvinceSubmissionRepository submissions;
  private final SubmissionEventRepository events;
  private final NominationRepository nominations;
  private final CycleService cycles;
  private final AwardService awards;
  private final OrganizationService organization;
  private final SettingsService settings;
  private final CalendarService calendar;
  private final NotificationService notifications;
  private final Clock clock;

  public ProvinceSubmissionService(ProvinceSubmissionRepository submissions, SubmissionEventRepository events,
      NominationRepository nominations, CycleService cycles, AwardService awards, OrganizationService organization,
      SettingsService settings, CalendarService calendar, NotificationService notifications, Clock clock) {
    this.submissions = submissions;
    this.events = events;
    this.nominations = nominations;
    this.cycles = cycles;
    this.awards = awards;
    this.organization = organization;
    this.settings = settings;
    this.calendar = calendar;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The award types the Council approved that go upward, each to its own proposal. */
  @Transactional(readOnly = true)
  public List<AwardType> awardTypesToSubmit(long cycleId) {
    return approvedForProvince(cycleId).stream().map(Nomination::getProposedAward).distinct().sorted().toList();
  }

  private List<Nomination> approvedForProvince(long cycleId) {
    return nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED && n.getProposedAward().decidedAbove())
        .toList();
  }

  /** Opens the proposal of one award type (idempotent: a retried job finds the one it opened). */
  public ProvinceSubmission open(long cycleId, AwardType awardType) {
    return submissions.findByCycleIdAndAwardType(cycleId, awardType)
        .orElseGet(() -> submissions.save(new ProvinceSubmission(cycleId, awardType, clock.instant())));
  }

  @Transactional(readOnly = true)
  public ProvinceSubmission get(long submissionId) {
    return submissions.findById(submissionId)
        .orElseThrow(() -> new IllegalStateException("No province submission " + submissionId));
  }

  /** The nominations this round sends: the approved ones first, those the province returned afterwards. */
  @Transactional(readOnly = true)
  public List<Nomination> inRound(long submissionId) {
    ProvinceSubmission s = get(submissionId);
    return nominations.findByCycleIdOrderByIdAsc(s.getCycleId()).stream()
        .filter(n -> n.getProposedAward() == s.getAwardType())
        .filter(n -> s.getRound() == 1 ? n.getStatus() == NominationStatus.COUNCIL_APPROVED
            : n.getStatus() == NominationStatus.RETURNED_BY_PROVINCE && s.getId().equals(n.getSubmissionId()))
        .toList();
  }

  /** Every nomination of the proposal: those already sent (whatever the answer) and those about to be sent. */
  @Transactional(readOnly = true)
  public List<Nomination> nominationsOf(long submissionId) {
    java.util.Map<Long, Nomination> all = new java.util.LinkedHashMap<>();
    nominations.findBySubmissionIdOrderByIdAsc(submissionId).forEach(n -> all.put(n.getId(), n));
    inRound(submissionId).forEach(n -> all.putIfAbsent(n.getId(), n));
    return List.copyOf(all.values());
  }

  /** The nominations of the proposal that wait for the province's answer. */
  @Transactional(readOnly = true)
  public List<Nomination> waiting(long submissionId) {
    return nominations.findBySubmissionIdOrderByIdAsc(submissionId).stream()
        .filter(n -> n.getStatus() == NominationStatus.SUBMITTED_UPWARD).toList();
  }

  /** The list of the tờ trình (STT, name, position, unit, achievements, award) as the Office and Director read it. */
  @Transactional(readOnly = true)
  public String dossierText(long submissionId) {
    ProvinceSubmission s = get(submissionId);
    Cycle cycle = cycles.get(s.getCycleId());
    List<Nomination> list = s.getStatus() == SubmissionStatus.SENT ? waiting(submissionId) : inRound(submissionId);
    StringBuilder text = new StringBuilder("### Tờ trình đề nghị tặng " + s.getAwardType().label() + " năm "
        + cycle.getYear() + (s.getRound() > 1 ? " (bổ sung lần " + (s.getRound() - 1) + ")" : "") + "\n\n");
    text.append("Cơ quan quyết định: ").append(s.getAwardType().authority()).append(". Số tập thể, cá nhân: ")
        .append(list.size()).append(".\n");
    int i = 1;
    for (Nomination n : list) {
      text.append("\n").append(i++).append(". **").append(Markdown.escape(n.getNomineeName())).append("**");
      if (n.getPerson() != null && n.getPerson().getPositionTitle() != null) {
        text.append(", ").append(Markdown.escape(n.getPerson().getPositionTitle()));
      }
      text.append(" – ").append(Markdown.escape(n.getUnit().getName())).append(". Thành tích: ")
          .append(Markdown.escape(abbreviate(n.getAchievements(), 300)));
      if (n.hasInitiative()) {
        text.append(" Sáng kiến, giải pháp: ").append(Markdown.escape(abbreviate(n.getInitiatives(), 200)));
      }
      if (n.getProvinceNote() != null && n.getStatus() == NominationStatus.RETURNED_BY_PROVINCE) {
        text.append(" *Tỉnh yêu cầu bổ sung: ").append(Markdown.escape(n.getProvinceNote())).append("*");
      }
    }
    if (s.getProposalNumber() != null) {
      text.append("\n\nTờ trình số ").append(Markdown.escape(s.getProposalNumber())).append(" ngày ")
          .append(VietnameseDates.format(s.getProposalDate())).append('.');
    }
    if (s.getDispatchNumber() != null) {
      text.append(" Gửi theo văn bản số ").append(Markdown.escape(s.getDispatchNumber())).append(" ngày ")
          .append(VietnameseDates.format(s.getDispatchDate())).append("; hạn trả lời dự kiến ")
          .append(VietnameseDates.format(s.getAnswerDueOn())).append('.');
    }
    if (s.getStatus() == SubmissionStatus.SENT && s.getConsultationStatus() == ConsultationStatus.AWAITING_POSTING) {
      text.append("\n\nTỉnh lấy ý kiến Nhân dân trước khi Hội đồng Thi đua – Khen thưởng tỉnh xét; hạn trả lời sẽ tính "
          + "lại từ ngày kết thúc lấy ý kiến.");
    } else if (s.getStatus() == SubmissionStatus.SENT && s.getConsultationStatus() == ConsultationStatus.OPEN) {
      text.append("\n\nTỉnh lấy ý kiến Nhân dân từ ngày ").append(VietnameseDates.format(s.getConsultationPostedOn()))
          .append(" đến hết ngày ").append(VietnameseDates.format(s.getConsultationEndsOn())).append('.');
    }
    return text.toString();
  }

  private static String abbreviate(String text, int max) {
    String t = text == null ? "" : text.strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  /** The Office has put the dossier together: every part is there, the tờ trình has its number and date. */
  public void prepare(long submissionId, String proposalNumber, LocalDate proposalDate, List<String> documents,
      String note, String actor, Problems problems) {
    ProvinceSubmission s = get(submissionId);
    problems.addIf(inRound(submissionId).isEmpty(), "Không có tập thể, cá nhân nào để trình trong tờ trình này.");
    checkNumber(proposalNumber, "Số tờ trình", "45/TTr-STNMT", problems);
    problems.addIf(proposalDate != null && proposalDate.isAfter(calendar.today()),
        "Ngày tờ trình không được sau ngày hôm nay.");
    List<String> missing = Arrays.stream(DossierDocument.values()).filter(d -> !documents.contains(d.name()))
        .map(DossierDocument::label).toList();
    problems.addIf(!missing.isEmpty(), "Hồ sơ còn thiếu: " + String.join("; ", missing) + ".");
    problems.throwIfAny();
    s.prepared(proposalNumber, proposalDate, Texts.trimToNull(note));
    record(s, Action.PREPARED, "Tờ trình số " + proposalNumber + (note == null ? "" : ". " + note.strip()), actor);
  }

  private static void checkNumber(String number, String label, String example, Problems problems) {
    problems.addIf(number != null && !number.matches(DOCUMENT_NUMBER),
        "«" + label + "» không đúng dạng (ví dụ " + example + ").");
  }

  /**
   * The Director signs the tờ trình, or sends the dossier back to the Office with a comment.
   *
   * @return whether it was signed
   */
  public boolean sign(long submissionId, boolean signs, String comment, String actor) {
    boolean director = organization.person(actor).map(p -> p.hasRole(Role.DIRECTOR)).orElse(false);
    if (!director) {
      throw new InvalidInputException("Chỉ Giám đốc Sở ký tờ trình đề nghị khen thưởng cấp trên.");
    }
    if (!signs && Texts.isBlank(comment)) {
      throw new InvalidInputException("Vui lòng ghi ý kiến khi trả lại hồ sơ cho Văn phòng.");
    }
    ProvinceSubmission s = get(submissionId);
    if (signs) {
      s.signed(actor, clock.instant());
    } else {
      s.sentBack();
    }
    record(s, signs ? Action.SIGNED : Action.SENT_BACK, Texts.trimToNull(comment), actor);
    return signs;
  }

  /**
   * The Office sent the signed proposal: the nominations now wait for the province, whose answer is due after
   * the working days in force on the dispatch date (longer when other agencies must agree).
   *
   * @return the day the answer is due
   */
  public LocalDate dispatch(long submissionId, String number, LocalDate date, boolean otherAgencies, String actor,
      Problems problems) {
    ProvinceSubmission s = get(submissionId);
    checkNumber(number, "Số văn bản gửi", "312/STNMT-VP", problems);
    problems.addIf(date != null && date.isAfter(calendar.today()), "Ngày gửi không được sau ngày hôm nay.");
    problems.addIf(date != null && s.getProposalDate() != null && date.isBefore(s.getProposalDate()),
        "Ngày gửi không được trước ngày tờ trình.");
    problems.throwIfAny();
    int days = settings.intValue(otherAgencies ? SettingKey.PROVINCE_REMINDER_WORKING_DAYS_WITH_AGENCIES
        : SettingKey.PROVINCE_REMINDER_WORKING_DAYS, date);
    LocalDate due = calendar.addWorkingDays(date, days);
    inRound(submissionId).forEach(n -> n.submittedUpward(s.getId()));
    s.dispatched(number, date, otherAgencies, due);
    boolean consultation = consultationRequired(s.getAwardType(), date);
    if (consultation) {
      s.awaitConsultation();
    }
    record(s, Action.DISPATCHED, "Văn bản số " + number + ", hạn trả lời " + VietnameseDates.format(due)
        + (consultation ? " (tính lại từ ngày kết thúc lấy ý kiến Nhân dân của tỉnh)" : ""), actor);
    return due;
  }

  private static final Map<AwardType, SettingKey> CONSULTATION_KEYS = Map.of(
      AwardType.BANG_KHEN_UBND, SettingKey.CONSULTATION_BANG_KHEN_UBND,
      AwardType.BANG_KHEN_TTG, SettingKey.CONSULTATION_BANG_KHEN_TTG,
      AwardType.HUAN_CHUONG_LD3, SettingKey.CONSULTATION_HUAN_CHUONG_LD3);

  /** Whether, under the settings in force on the day, the province consults the public on nominees for the award. */
  @Transactional(readOnly = true)
  public boolean consultationRequired(AwardType award, LocalDate on) {
    SettingKey key = CONSULTATION_KEYS.get(award);
    return key != null && ConsultationRule.valueOf(settings.value(key, on).strip()) == ConsultationRule.REQUIRED;
  }

  /** Whether the proposal, as dispatched, waits for the province to post its nominees for public comment. */
  @Transactional(readOnly = true)
  public boolean awaitsConsultation(long submissionId) {
    return get(submissionId).getConsultationStatus() == ConsultationStatus.AWAITING_POSTING;
  }

  /** The consultation's dates, and the day the province's answer is due counting from its end. */
  public record Consultation(LocalDate postedOn, LocalDate endsOn, LocalDate answerDueOn) {
  }

  /**
   * The province posted the nominees for public comment: from the Office's form or from the province's message.
   * Without an end date, the consultation lasts the working days in force on the posting day. The answer's
   * reminder then counts from the end, with the working days that applied on dispatch.
   */
  public Consultation recordConsultation(long submissionId, LocalDate postedOn, LocalDate endsOn, String actor,
      Problems problems) {
    ProvinceSubmission s = get(submissionId);
    if (s.getStatus() != SubmissionStatus.SENT || (s.getConsultationStatus() != ConsultationStatus.AWAITING_POSTING
        && s.getConsultationStatus() != ConsultationStatus.OPEN)) {
      throw new ConflictException("Tờ trình " + s.getAwardType().label() + " không chờ tỉnh lấy ý kiến Nhân dân.");
    }
    problems.addIf(postedOn != null && postedOn.isAfter(calendar.today()),
        "Ngày tỉnh đăng danh sách không được sau ngày hôm nay.");
    problems.addIf(postedOn != null && s.getDispatchDate() != null && postedOn.isBefore(s.getDispatchDate()),
        "Ngày tỉnh đăng danh sách không được trước ngày gửi tờ trình ("
            + VietnameseDates.format(s.getDispatchDate()) + ").");
    problems.addIf(postedOn != null && endsOn != null && endsOn.isBefore(postedOn),
        "Ngày kết thúc lấy ý kiến không được trước ngày đăng danh sách.");
    problems.throwIfAny();
    int consultationDays = settings.intValue(SettingKey.CONSULTATION_WORKING_DAYS, postedOn);
    LocalDate ends = endsOn != null ? endsOn : calendar.addWorkingDays(postedOn, consultationDays);
    int reminderDays = settings.intValue(s.isNeedsOtherAgencies()
        ? SettingKey.PROVINCE_REMINDER_WORKING_DAYS_WITH_AGENCIES : SettingKey.PROVINCE_REMINDER_WORKING_DAYS,
        s.getDispatchDate());
    LocalDate due = calendar.addWorkingDays(ends, reminderDays);
    s.consultationPosted(postedOn, ends, due);
    record(s, Action.CONSULTATION_POSTED, "Tỉnh đăng danh sách ngày " + VietnameseDates.format(postedOn)
        + ", lấy ý kiến đến hết ngày " + VietnameseDates.format(ends) + (endsOn == null ? " (" + consultationDays
        + " ngày làm việc theo quy định đang áp dụng)" : "") + "; hạn trả lời của tỉnh tính lại: "
        + VietnameseDates.format(due) + ".", actor);
    return new Consultation(postedOn, ends, due);
  }

  /** The Office reports that the province answered before posting the list: the answer is recorded next. */
  public void consultationNotHeld(long submissionId, String actor) {
    ProvinceSubmission s = get(submissionId);
    if (s.getConsultationStatus() != ConsultationStatus.AWAITING_POSTING) {
      throw new ConflictException("Tờ trình " + s.getAwardType().label() + " không chờ tỉnh đăng danh sách.");
    }
    s.consultationNotHeld();
    record(s, Action.CONSULTATION_NOT_HELD, null, actor);
  }

  /** The options of the answer form: the nominations still waiting. */
  @Transactional(readOnly = true)
  public List<Option> waitingOptions(long submissionId) {
    return waiting(submissionId).stream().map(n -> new Option(n.getNomineeType().label() + " " + n.getNomineeName()
        + " – " + n.getUnit().getName() + " (số " + n.getId() + ")", String.valueOf(n.getId()))).toList();
  }

  /** Records the province's answer; approved nominees enter the register under the province's decision. */
  public ProvinceNext answer(long submissionId, ProvinceAnswer answer, String actor, Problems problems) {
    ProvinceSubmission s = get(submissionId);
    if (s.getStatus() != SubmissionStatus.SENT) {
      throw new ConflictException("Tờ trình " + s.getAwardType().label() + " không đang chờ kết quả của tỉnh.");
    }
    Set<Long> waitingIds = waiting(submissionId).stream().map(Nomination::getId).collect(Collectors.toSet());
    answer.check(waitingIds, s.getDispatchDate(), problems);
    if (!answer.approved().isEmpty()) {
      awards.checkDecision(answer.decisionNumber(), answer.decisionDate(), "Số quyết định của tỉnh",
          "Ngày quyết định của tỉnh", problems);
    }
    problems.throwIfAny();
    Cycle cycle = cycles.get(s.getCycleId());
    for (Long id : answer.approved()) {
      Nomination n = nomination(id);
      n.provinceAnswered(NominationStatus.AWARDED, "Quyết định số " + answer.decisionNumber().strip());
      awards.enter(cycle, n, answer.decisionNumber().strip(), answer.decisionDate(), actor);
    }
    answer.returned().forEach(id -> nomination(id).provinceAnswered(NominationStatus.RETURNED_BY_PROVINCE,
        answer.returnReason().strip()));
    answer.refused().forEach(id -> nomination(id).provinceAnswered(NominationStatus.REFUSED_BY_PROVINCE,
        answer.refusalReason().strip()));
    nominations.flush();
    boolean anyPending = !waiting(submissionId).isEmpty();
    boolean anyReturned = !answer.returned().isEmpty();
    record(s, Action.ANSWERED, "Khen thưởng: " + answer.approved().size() + ", trả lại bổ sung: "
        + answer.returned().size() + ", không khen thưởng: " + answer.refused().size(), actor);
    s.answered(anyReturned, anyPending);
    return anyReturned ? ProvinceNext.RETURNED : anyPending ? ProvinceNext.PENDING : ProvinceNext.DONE;
  }

  private Nomination nomination(long id) {
    return nominations.findById(id).orElseThrow(() -> new InvalidInputException("Không có đề nghị số " + id + "."));
  }

  /** The province has not answered in time: the Office and the leadership are told. */
  public void remindLate(long submissionId, String processInstanceId) {
    ProvinceSubmission s = get(submissionId);
    Cycle cycle = cycles.get(s.getCycleId());
    String subject = "Tỉnh chưa trả lời tờ trình " + s.getAwardType().label() + " năm " + cycle.getYear();
    String body = "Tờ trình số " + s.getProposalNumber() + " gửi ngày " + VietnameseDates.format(s.getDispatchDate())
        + " đã quá hạn trả lời " + VietnameseDates.format(s.getAnswerDueOn()) + ". Còn " + waiting(submissionId).size()
        + " tập thể, cá nhân chờ kết quả. Đề nghị Văn phòng liên hệ Ban Thi đua – Khen thưởng (Sở Nội vụ).";
    notifications.notifyGroup(CamundaGroups.OFFICE, subject, body, processInstanceId);
    notifications.notifyGroup(CamundaGroups.LEADERSHIP, subject, body, processInstanceId);
    record(s, Action.REMINDED, body, "he-thong");
  }

  @Transactional(readOnly = true)
  public List<ProvinceSubmission> ofCycle(long cycleId) {
    return submissions.findByCycleIdOrderByIdAsc(cycleId);
  }

  @Transactional(readOnly = true)
  public List<SubmissionEvent> history(long submissionId) {
    return events.findBySubmissionIdOrderByIdAsc(submissionId);
  }

  private void record(ProvinceSubmission s, Action action, String note, String actor) {
    events.save(new SubmissionEvent(s, action, note, actor, clock.instant()));
  }
}
