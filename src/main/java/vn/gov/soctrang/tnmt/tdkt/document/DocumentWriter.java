package vn.gov.soctrang.tnmt.tdkt.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.time.Clock;
import vn.gov.soctrang.tnmt.tdkt.organization.IssuingBody;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitNameHistory;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.council.BallotCount;
import vn.gov.soctrang.tnmt.tdkt.council.Attendance;
import vn.gov.soctrang.tnmt.tdkt.council.BallotCastRepository;
import vn.gov.soctrang.tnmt.tdkt.council.BallotCountRepository;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilAttendance;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilAttendanceRepository;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilService;
import vn.gov.soctrang.tnmt.tdkt.settings.Ratio;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeeting;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.PersonRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.Role;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmission;
import vn.gov.soctrang.tnmt.tdkt.publication.MovementTotals;
import vn.gov.soctrang.tnmt.tdkt.report.Registration;
import vn.gov.soctrang.tnmt.tdkt.report.RegistrationRepository;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReport;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritKind;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRegisterService;
import vn.gov.soctrang.tnmt.tdkt.adhoc.AdHocDecisions;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.thematic.ThematicDecisions;
import vn.gov.soctrang.tnmt.tdkt.thematic.ThematicSummaries;
import vn.gov.soctrang.tnmt.tdkt.titles.TitleDecisions;

/**
 * Writes each document from the data the system holds, so nobody retypes what it already knows. Numbers and dates
 * not decided yet stay as dotted placeholders for the Office to fill in Word.
 */
@Component
@Transactional(readOnly = true)
class DocumentWriter {

  private final OrganizationHistoryService history;
  private final LegalBasisService legalBases;
  private final Clock clock;
  private final NominationRepository nominations;
  private final UnitReportRepository reports;
  private final RegistrationRepository registrations;
  private final BallotCountRepository counts;
  private final BallotCastRepository ballots;
  private final CouncilAttendanceRepository attendance;
  private final CouncilService council;
  private final AwardRepository awards;
  private final PersonRepository people;
  private final DocumentWordingService wording;
  private final MeritRegisterService merit;
  private final DocumentTemplateService templates;
  private final UnitRepository units;

  public DocumentWriter(OrganizationHistoryService history, LegalBasisService legalBases, Clock clock,
      NominationRepository nominations, UnitReportRepository reports, RegistrationRepository registrations,
      BallotCountRepository counts, BallotCastRepository ballots, CouncilAttendanceRepository attendance,
      CouncilService council, AwardRepository awards, PersonRepository people,
      DocumentWordingService wording, MeritRegisterService merit, DocumentTemplateService templates,
      UnitRepository units) {
    this.templates = templates;
    this.units = units;
    this.history = history;
    this.legalBases = legalBases;
    this.clock = clock;
    this.nominations = nominations;
    this.reports = reports;
    this.registrations = registrations;
    this.counts = counts;
    this.ballots = ballots;
    this.attendance = attendance;
    this.council = council;
    this.awards = awards;
    this.people = people;
    this.wording = wording;
    this.merit = merit;
  }

  /** The issuing body as named on the document's date (a document not dated yet: today). */
  private Organisation org(LocalDate date) {
    IssuingBody body = history.issuingBodyOn(date == null ? today() : date);
    return new Organisation(body.getSuperior(), body.getName(), body.getSymbol(), body.getPlace(),
        body.getDirectorTitle());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String symbol(Organisation org, String kind) {
    return kind + "-" + org.shortSymbol();
  }

  /** The quoted name of the movement the cycle belongs to. */
  private static String movement(Cycle cycle) {
    return cycle.getMovement().quotedName();
  }

  /** The unit's name on the document's date, from the names read once for the document. */
  private String unit(UnitNameHistory names, Unit unit, LocalDate date) {
    return names.name(unit, date == null ? today() : date);
  }

  private Optional<String> director() {
    return people.activeNamesWithRole(Role.DIRECTOR).stream().findFirst();
  }

  private static String position(Nomination n) {
    return n.getPerson() != null && n.getPerson().getPositionTitle() != null ? n.getPerson().getPositionTitle() : "";
  }

  /** The Office's consolidated report of the year: every unit's report and every nomination with its result. */
  public DocumentTemplateService.Rendered consolidatedReport(Cycle cycle) {
    UnitNameHistory names = history.unitNameHistory();
    List<UnitReport> unitReports = reports.findByCycleIdOrderByIdAsc(cycle.getId());
    Map<Long, Registration> registered = registrations.findByCycleId(cycle.getId()).stream()
        .collect(Collectors.toMap(r -> r.getUnit().getId(), Function.identity(), (a, b) -> a));
    List<Nomination> list = nominations.findByCycleIdOrderByIdAsc(cycle.getId());
    long accepted = unitReports.stream().filter(r -> r.getStatus().name().equals("ACCEPTED")).count();
    LocalDate on = today();
    Organisation org = org(on);
    TemplateModel model = heading(org, null, symbol(org, "BC"), null)
        .value("phong_trao", movement(cycle))
        .value("nam", String.valueOf(cycle.getYear()))
        .value("so_don_vi", String.valueOf(unitReports.size()))
        .value("so_don_vi_da_tiep_nhan", String.valueOf(accepted))
        .value("chuc_danh_thu_truong", org.directorTitle());
    int i = 1;
    for (UnitReport r : unitReports) {
      Registration reg = registered.get(r.getUnit().getId());
      model.item("don_vi", Map.of("stt", String.valueOf(i++), "ten", unit(names, r.getUnit(), on),
          "tinh_trang", r.getStatus().label(), "van_ban", String.valueOf(r.getGuidanceDocumentCount()),
          "tuyen_truyen", String.valueOf(r.getPropagandaSessionCount()),
          "tham_du", String.valueOf(r.getParticipantCount()),
          "dia_phuong", reg == null ? "" : reg.getLocality().fullName()));
    }
    i = 1;
    for (Nomination n : list) {
      model.item("de_nghi", Map.of("stt", String.valueOf(i++), "ten", n.getNomineeType().label() + " "
              + n.getNomineeName(), "don_vi", unit(names, n.getUnit(), on), "hinh_thuc", n.getProposedAward().label(),
          "ket_qua", n.getStatus().label(), "ly_do", (n.getEvaluationReason() == null ? "" : n.getEvaluationReason())
              + (n.getPriorFacts() == null ? "" : "\nCăn cứ sổ theo dõi: " + n.getPriorFacts())));
    }
    return templates.render(DocumentKind.CONSOLIDATED_REPORT, on, model);
  }

  /**
   * The Council's minutes: time and place, who presided and took the minutes, who attended, sent a written ballot
   * or was absent, the counting committee, the ballots issued, returned and valid, and per nomination only the counts,
   * the share required and the result.
   */
  public DocumentTemplateService.Rendered councilMinutes(Cycle cycle, CouncilMeeting meeting) {
    UnitNameHistory names = history.unitNameHistory();
    Map<Long, Nomination> byId = nominations.findByCycleIdOrderByIdAsc(cycle.getId()).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
    LocalDate on = meeting.getMeetingDate();
    int total = meeting.getTotalMembers();
    TemplateModel model = minutesParticulars(cycle.getYear(), "khen thưởng", meeting);
    int i = 1;
    for (BallotCount c : counts.findByMeetingId(meeting.getId())) {
      Nomination n = byId.get(c.getNominationId());
      if (n == null) {
        continue;
      }
      BigDecimal share = BigDecimal.valueOf(c.getApprovals() * 100L)
          .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP).stripTrailingZeros();
      boolean approved = n.getStatus() != vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus.COUNCIL_REJECTED;
      Map<String, String> row = new java.util.HashMap<>();
      row.put("stt", String.valueOf(i++));
      row.put("ten", n.getNomineeType().label() + " " + n.getNomineeName());
      row.put("don_vi", unit(names, n.getUnit(), on));
      row.put("hinh_thuc", n.getProposedAward().label());
      row.put("dong_y", String.valueOf(c.getApprovals()));
      row.put("khong_dong_y", String.valueOf(c.getRejections()));
      row.put("ty_le", percent(share));
      row.put("can_dat", required(n, on, total));
      row.put("ket_qua", approved ? "Đồng ý đề nghị" : "Không đồng ý");
      model.item("ket_qua", row);
    }
    return templates.render(DocumentKind.COUNCIL_MINUTES, on, model);
  }

  /**
   * The minutes of a meeting on an agenda other than a cycle's (ADR 0019: the year-end titles), from the agenda's
   * items as the Council counted them: the same template and particulars as a cycle's minutes, a row per item.
   *
   * @param year the year the agenda is about (the titles run's year)
   */
  public DocumentTemplateService.Rendered councilMinutes(int year, CouncilMeeting meeting,
      List<CouncilService.CountedItem> counted) {
    LocalDate on = meeting.getMeetingDate();
    int total = meeting.getTotalMembers();
    TemplateModel model = minutesParticulars(year, council.agendaSubject(meeting), meeting);
    int i = 1;
    for (CouncilService.CountedItem c : counted) {
      BigDecimal share = BigDecimal.valueOf(c.approvals() * 100L)
          .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP).stripTrailingZeros();
      Map<String, String> row = new java.util.HashMap<>();
      row.put("stt", String.valueOf(i++));
      row.put("ten", c.item().nominee());
      row.put("don_vi", c.item().unit());
      row.put("hinh_thuc", c.item().honourLabel());
      row.put("dong_y", String.valueOf(c.approvals()));
      row.put("khong_dong_y", String.valueOf(c.rejections()));
      row.put("ty_le", percent(share));
      row.put("can_dat", c.share().minimumOf(total) + " (" + c.share().label() + ")");
      row.put("ket_qua", c.approved() ? "Đồng ý đề nghị" : "Không đồng ý");
      model.item("ket_qua", row);
    }
    return templates.render(DocumentKind.COUNCIL_MINUTES, on, model);
  }

  /** The minutes' particulars: time and place, who presided, attendance, the counting committee and the ballots. */
  private TemplateModel minutesParticulars(int year, String subject, CouncilMeeting meeting) {
    LocalDate on = meeting.getMeetingDate();
    Organisation org = org(on);
    List<CouncilAttendance> who = attendance.findByMeetingIdOrderByIdAsc(meeting.getId());
    int total = meeting.getTotalMembers();
    String counters = who.stream().filter(CouncilAttendance::isCounter).map(CouncilAttendance::getMemberName)
        .collect(Collectors.joining(", "));
    TemplateModel model = heading(org, null, symbol(org, "BB"), on)
        .value("nam", String.valueOf(year))
        .value("noi_dung", subject)
        .value("thoi_gian", (meeting.getMeetingTime() == null ? "" : VietnameseDates.clock(meeting.getMeetingTime())
            + ", ") + VietnameseDates.inWords(on))
        .value("dia_diem", orBlank(meeting.getMeetingPlace()))
        .value("chu_tri", orBlank(meeting.getChairName()))
        .value("thu_ky", orBlank(meeting.getSecretaryName()))
        .value("tong_so", String.valueOf(total))
        .value("so_co_mat", String.valueOf(meeting.getPresentCount()))
        .value("ty_le_hop_le", meeting.quorumLabel())
        .value("ban_kiem_phieu", counters)
        .value("phieu_phat_ra", String.valueOf(orZero(meeting.getBallotsIssued())))
        .value("phieu_thu_ve", String.valueOf(orZero(meeting.getBallotsReturned())))
        .value("phieu_van_ban", String.valueOf(ballots.countByMeetingIdAndWrittenTrue(meeting.getId())))
        .value("phieu_hop_le", String.valueOf(orZero(meeting.getBallotsValid())))
        .value("phieu_khong_hop_le", String.valueOf(orZero(meeting.getBallotsReturned())
            - orZero(meeting.getBallotsValid())));
    for (Attendance kind : Attendance.values()) {
      List<CouncilAttendance> group = who.stream().filter(a -> a.getAttendance() == kind).toList();
      model.when("nhom_" + MINUTES_GROUPS.get(kind), !group.isEmpty(), Map.of());
      int n = 1;
      for (CouncilAttendance a : group) {
        model.item(MINUTES_GROUPS.get(kind), Map.of("stt", String.valueOf(n++), "ho_ten", a.getMemberName(),
            "chuc_danh", a.getCouncilRole().label()));
      }
    }
    return model;
  }

  /** The minutes' lists of members by attendance, as their templates name them. */
  static final Map<Attendance, String> MINUTES_GROUPS = Map.of(Attendance.PRESENT, "co_mat",
      Attendance.WRITTEN_BALLOT, "gui_phieu", Attendance.ABSENT, "vang");

  private String required(Nomination n, LocalDate on, int total) {
    Ratio share = council.approvalShare(n.getProposedAward(), on);
    return share.minimumOf(total) + " (" + share.label() + ")";
  }

  /** «1 tập thể và 14 cá nhân», leaving out a count of zero («14 cá nhân»). */
  static String nominees(long collectives, long individuals) {
    List<String> parts = new ArrayList<>();
    if (collectives > 0) {
      parts.add(collectives + " tập thể");
    }
    if (individuals > 0) {
      parts.add(individuals + " cá nhân");
    }
    return String.join(" và ", parts);
  }

  /** «66,67%»: a decimal comma (ND 30/2020, Phụ lục I: numbers in Vietnamese notation). */
  static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
  }

  private static String orBlank(String s) {
    return s == null ? "" : s;
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }

  /** The form number an achievement report follows on that date (the decree's appendix, a dated row). */
  public String achievementForm(Nomination n, LocalDate on) {
    return wording.text(DocumentWordingService.ACHIEVEMENT_FORM, n.getNomineeType().name(), on, Map.of());
  }

  /** The achievement report's form number today, for the document's title. */
  public String achievementForm(Nomination n) {
    return achievementForm(n, today());
  }

  /**
   * The nominee's achievement report for the upward dossier, in the form of the decree in force on the report's date
   * (the form's decree and number are dated rows of document_wording, with their sources). What the system does not
   * hold (date of birth, hometown, residence, qualifications) is left as a dotted line to fill in by hand; titles and
   * awards come from the merit register and the award register.
   */
  public DocumentTemplateService.Rendered achievementReport(Cycle cycle, Nomination n) {
    UnitNameHistory names = history.unitNameHistory();
    boolean collective = n.getNomineeType() == NomineeType.COLLECTIVE;
    LocalDate on = today();
    Organisation org = org(on);
    String unitName = unit(names, n.getUnit(), on);
    TemplateModel model = new TemplateModel()
        .value("mau_so", achievementForm(n, on))
        .value("nghi_dinh", wording.text(DocumentWordingService.ACHIEVEMENT_FORM_DECREE, null, on, Map.of()))
        .value("dia_danh_ngay", org.place() + ", " + VietnameseDates.inWords(on))
        .value("co_quan", org.name())
        .value("co_quan_chu_quan", org.superior())
        .value("hinh_thuc", n.getProposedAward().label())
        .value("phong_trao", movement(cycle))
        .value("nam", String.valueOf(cycle.getYear()))
        .value("ho_ten", n.getNomineeName())
        .value("don_vi", unitName)
        .value("chuc_vu", position(n).isEmpty() ? DOTTED : position(n) + ".")
        .value("nhiem_vu", position(n).isEmpty() ? DOTTED : position(n) + " " + unitName + ".")
        .value("thanh_tich", n.getAchievements())
        .value("nguoi_ky", director().orElse(""))
        .value("cho_trong", DOTTED)
        .when("tap_the", collective, Map.of())
        .when("ca_nhan", !collective, Map.of("gioi_tinh", collective || n.getPerson().getGender() == null ? DOTTED
            : n.getPerson().getGender().label() + ".", "hoan_thanh", n.isTasksCompleted()
            ? "Hoàn thành tốt nhiệm vụ được giao năm " + cycle.getYear() + "."
            : "Chưa xác nhận hoàn thành nhiệm vụ năm " + cycle.getYear() + "."));
    Optional<Registration> registration = collective
        ? registrations.findByCycleIdAndUnit(cycle.getId(), n.getUnit()) : Optional.empty();
    model.when("dang_ky", registration.isPresent(), registration.map(r -> Map.of("cam_ket", r.getCommitment(),
        "dia_phuong", r.getLocality().fullName())).orElse(Map.of()));
    model.when("sang_kien", n.hasInitiative(), Map.of("noi_dung", n.hasInitiative() ? n.getInitiatives() : ""));
    Optional<UnitReport> report = reports.findById(n.getUnitReportId());
    model.when("ket_qua_don_vi", report.isPresent(), report.map(r -> Map.of("noi_dung", r.getGuidanceDocumentCount()
        + " văn bản hướng dẫn, " + r.getPropagandaSessionCount() + " buổi tuyên truyền với " + r.getParticipantCount()
        + " lượt người tham dự" + (r.getSupportResult() == null ? "." : "; hỗ trợ địa phương: "
        + r.getSupportResult()))).orElse(Map.of()));
    List<MeritRecord> merits = merit.ofNominee(n.nomineeKey()).stream().filter(m -> m.getYear() < cycle.getYear())
        .toList();
    List<List<String>> titles = merits.stream().filter(m -> m.getCode().kind() == MeritKind.TITLE)
        .map(m -> List.of(String.valueOf(m.getYear()), m.getCode().label(), decision(m.getDecisionNumber(),
            m.getDecisionDate(), m.getAuthority()))).toList();
    List<List<String>> honours = new ArrayList<>(merits.stream().filter(m -> m.getCode().kind() == MeritKind.AWARD)
        .map(m -> List.of(String.valueOf(m.getYear()), m.getCode().label(), decision(m.getDecisionNumber(),
            m.getDecisionDate(), m.getAuthority()))).toList());
    awards.findAllByOrderByYearDescIdAsc().stream()
        .filter(a -> a.getNomineeKey().equals(n.nomineeKey()) && a.isActive() && a.getYear() < cycle.getYear())
        .filter(a -> merits.stream().noneMatch(m -> a.getDecisionNumber().equals(m.getDecisionNumber())))
        .forEach(a -> honours.add(List.of(String.valueOf(a.getYear()), a.getAwardType().label(),
            decision(a.getDecisionNumber(), a.getDecisionDate(), a.getAuthority()))));
    honours.sort(java.util.Comparator.comparing((List<String> r) -> r.get(0)));
    model.when("co_danh_hieu", !titles.isEmpty(), Map.of()).when("chua_co_danh_hieu", titles.isEmpty(), Map.of())
        .when("co_khen_thuong", !honours.isEmpty(), Map.of()).when("chua_co_khen_thuong", honours.isEmpty(), Map.of());
    titles.forEach(t -> model.item("danh_hieu", Map.of("nam", t.get(0), "ten", t.get(1), "quyet_dinh", t.get(2))));
    honours.forEach(t -> model.item("khen_thuong", Map.of("nam", t.get(0), "ten", t.get(1), "quyet_dinh", t.get(2))));
    return templates.render(DocumentKind.ACHIEVEMENT_REPORT, on, model);
  }

  static final String DOTTED = "…………………………………………………";

  private static String decision(String number, LocalDate date, String authority) {
    return (number == null ? "" : "Quyết định số " + number) + (date == null ? "" : " ngày "
        + VietnameseDates.format(date)) + (authority == null || authority.isBlank() ? "" : " của " + authority);
  }

  /** The tờ trình of one award type with its attached list. */
  public DocumentTemplateService.Rendered proposal(Cycle cycle, ProvinceSubmission s, List<Nomination> list,
      Optional<CouncilMeeting> meeting) {
    UnitNameHistory names = history.unitNameHistory();
    AwardType type = s.getAwardType();
    long collectives = list.stream().filter(n -> n.getNomineeType() == NomineeType.COLLECTIVE).count();
    // The dossier is governed by the rules in force when it is submitted to the deciding level: the tờ trình's date.
    LocalDate on = s.getProposalDate() == null ? today() : s.getProposalDate();
    Organisation org = org(on);
    Map<String, String> bodies = Map.of("superior", org.superior(), "issuer", org.name());
    String addressee = wording.text(DocumentWordingService.PROPOSAL_ADDRESSEE, type.name(), on, bodies);
    String through = wording.text(DocumentWordingService.PROPOSAL_THROUGH, type.name(), on, bodies);
    List<String> bases = new ArrayList<>(legalBases.linesFor(DocumentKind.PROPOSAL, cycle.regimeDate().orElse(on)));
    bases.add("Căn cứ Kế hoạch thực hiện phong trào thi đua " + movement(cycle) + " của " + org.name());
    meeting.ifPresent(m -> bases.add("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng Sở "
        + VietnameseDates.inWords(m.getMeetingDate()) + " (" + m.getPresentCount() + "/" + m.getTotalMembers()
        + " thành viên có mặt, biểu quyết bằng phiếu kín) và kết quả công khai lấy ý kiến"));
    Map<String, String> values = Map.of("issuer", org.name(), "superior", org.superior(), "award", type.label(),
        "addressee", addressee, "nominees", nominees(collectives, list.size() - collectives));
    TemplateModel model = heading(org, s.getProposalNumber(), symbol(org, "TTr"), s.getProposalDate())
        .value("hinh_thuc", type.label())
        .value("nam", String.valueOf(cycle.getYear()))
        .value("kinh_gui", addressee)
        .value("qua", through)
        .value("de_nghi", wording.text(DocumentWordingService.PROPOSAL_REQUEST, type.name(), on, values)
            + " đã có thành tích xuất sắc trong phong trào thi đua năm " + cycle.getYear()
            + " (có danh sách và hồ sơ kèm theo).")
        .value("ket_thuc", wording.text(DocumentWordingService.PROPOSAL_CLOSING, type.name(), on, values))
        .value("chuc_danh_thu_truong", org.directorTitle())
        .value("nguoi_ky", director().orElse(""))
        .lines("can_cu", endings(bases, ","));
    int i = 1;
    for (Nomination n : list) {
      model.item("danh_sach", Map.of("stt", String.valueOf(i++), "ho_ten", n.getNomineeName(), "chuc_vu",
          position(n), "don_vi", unit(names, n.getUnit(), on), "thanh_tich", n.getAchievements()
              + (n.hasInitiative() ? "\nSáng kiến: " + n.getInitiatives() : ""), "hinh_thuc", type.label()));
    }
    return templates.render(DocumentKind.PROPOSAL, on, model);
  }

  /** Each «Căn cứ» line ending with «;», the last with {@code last} (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
  private static List<String> endings(List<String> lines, String last) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i).strip().replaceAll("[;,.]+$", "") + (i == lines.size() - 1 ? last : ";"));
    }
    return out;
  }

  /** The Director's decision on the Giấy khen with its list; a draft with placeholders until it is decided. */
  public DocumentTemplateService.Rendered directorDecision(Cycle cycle, List<Nomination> list, String number,
      LocalDate date, Optional<CouncilMeeting> meeting) {
    UnitNameHistory names = history.unitNameHistory();
    long collectives = list.stream().filter(n -> n.getNomineeType() == NomineeType.COLLECTIVE).count();
    LocalDate on = date == null ? today() : date;
    // The transitional rule: the dossier is governed by the rules in force when it reached the Director, that is
    // when the Council considered it; the names are those of the decision's own date.
    LocalDate regime = cycle.regimeDate().orElse(meeting.map(CouncilMeeting::getMeetingDate)
        .filter(d -> !d.isAfter(on)).orElse(on));
    Organisation org = org(on);
    TemplateModel model = heading(org, number, symbol(org, "QĐ"), date)
        .value("chuc_danh_thu_truong", org.directorTitle())
        .value("nguoi_ky", director().orElse(""))
        .value("nam", String.valueOf(cycle.getYear()))
        .value("phong_trao", movement(cycle))
        .value("doi_tuong", nominees(collectives, list.size() - collectives))
        .lines("can_cu", legalBases.linesFor(DocumentKind.DIRECTOR_DECISION, regime).stream()
            .map(l -> l.strip().replaceAll("[;,.]+$", "")).toList());
    int i = 1;
    for (Nomination n : list) {
      model.item("danh_sach", Map.of("stt", String.valueOf(i++), "ho_ten", n.getNomineeName(), "chuc_vu",
          position(n), "don_vi", unit(names, n.getUnit(), on)));
    }
    return templates.render(DocumentKind.DIRECTOR_DECISION, on, model);
  }

  /** The «Căn cứ» lines in force on a decision's date, without their final punctuation (the template adds it). */
  private List<String> bases(DocumentKind kind, LocalDate on) {
    return legalBases.linesFor(kind, on).stream().map(l -> l.strip().replaceAll("[;,.]+$", "")).toList();
  }

  /** A person's position today, or blank. */
  private String positionOf(String username) {
    return people.findByUsername(username).map(Person::getPositionTitle).orElse("");
  }

  /** A unit's name on a date, from its code; the code itself if the unit is gone. */
  private String unitNamed(UnitNameHistory names, String code, LocalDate on) {
    return units.findByCode(code).map(u -> names.name(u, on)).orElse(code);
  }

  /** The legal bases, then the minutes of the Council's meeting that voted (none for a run without a vote). */
  private static List<String> withCouncilMinutes(List<String> bases, LocalDate meeting) {
    if (meeting == null) {
      return bases;
    }
    List<String> lines = new ArrayList<>(bases);
    lines.add("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày " + VietnameseDates.format(meeting)
        + " (bỏ phiếu kín)");
    return lines;
  }

  /**
   * The Director's decision recognising the year's titles: the number and date, the legal bases in force on the
   * decision's date, the count per title in Điều 1 and the attached list (name, position, unit, title), the names of
   * the decision's date.
   */
  public DocumentTemplateService.Rendered titlesDecision(TitleDecisions.Decision decision) {
    UnitNameHistory names = history.unitNameHistory();
    LocalDate on = decision.date();
    Organisation org = org(on);
    List<TitleDecisions.Conferred> list = decision.conferred();
    long collectives = list.stream().filter(TitleDecisions.Conferred::collective).count();
    long individuals = list.stream().filter(c -> !c.collective()).map(TitleDecisions.Conferred::nomineeKey)
        .distinct().count();
    TemplateModel model = heading(org, decision.number(), symbol(org, "QĐ"), on)
        .value("chuc_danh_thu_truong", org.directorTitle())
        .value("nguoi_ky", director().orElse(""))
        .value("nam", String.valueOf(decision.year()))
        .value("doi_tuong", list.isEmpty() ? "không tập thể, cá nhân nào" : nominees(collectives, individuals))
        .lines("can_cu", withCouncilMinutes(bases(DocumentKind.TITLES_DECISION, on), decision.councilMeeting()));
    Map<vn.gov.soctrang.tnmt.tdkt.merit.MeritCode, List<TitleDecisions.Conferred>> byTitle = list.stream()
        .collect(Collectors.groupingBy(TitleDecisions.Conferred::title, java.util.LinkedHashMap::new,
            Collectors.toList()));
    List<String> counts = new ArrayList<>();
    byTitle.forEach((title, who) -> counts.add("Danh hiệu “" + title.label() + "”: " + (who.get(0).collective()
        ? who.size() + " tập thể" : who.size() + " cá nhân")));
    model.lines("tong_hop", endings(counts, "."));
    int i = 1;
    for (TitleDecisions.Conferred c : list) {
      model.item("danh_sach", Map.of("stt", String.valueOf(i++), "ho_ten", c.collective()
              ? unitNamed(names, c.unitCode(), on) : c.name(), "chuc_vu", c.collective() ? ""
              : positionOf(c.nomineeKey()), "don_vi", c.collective() ? org.name() : unitNamed(names, c.unitCode(), on),
          "danh_hieu", c.title().label()));
    }
    return templates.render(DocumentKind.TITLES_DECISION, on, model);
  }

  /**
   * The Director's decision on one ad-hoc award: the number and date, the legal bases in force on the decision's
   * date (then the minutes of the Council's meeting when the proposal went before it), the award and its authority as
   * the rules of that date give them, the nominee with their unit (names of the decision's date) and the achievement.
   */
  public DocumentTemplateService.Rendered adHocDecision(AdHocDecisions.Decision decision) {
    UnitNameHistory names = history.unitNameHistory();
    LocalDate on = decision.date();
    Organisation org = org(on);
    String unitName = unitNamed(names, decision.unitCode(), on);
    TemplateModel model = heading(org, decision.number(), symbol(org, "QĐ"), on)
        .value("chuc_danh_thu_truong", org.directorTitle())
        .value("nguoi_ky", director().orElse(""))
        .value("hinh_thuc", decision.award().label())
        .value("doi_tuong", decision.collective() ? "tập thể" : "cá nhân")
        .value("ho_ten", decision.collective() ? unitName : decision.nomineeName())
        .value("noi_cong_tac", decision.collective() ? org.name() : (positionOf(decision.nomineeKey()).isBlank() ? ""
            : positionOf(decision.nomineeKey()) + " ") + unitName + ", " + org.name())
        .value("don_vi_de_nghi", unitName)
        .value("thanh_tich", decision.achievement().strip().replaceAll("[.;,]+$", ""))
        .value("ngay_thanh_tich", VietnameseDates.format(decision.achievementDate()))
        .value("ket_qua", decision.result().strip().replaceAll("[.;,]+$", ""))
        .lines("can_cu", withCouncilMinutes(bases(DocumentKind.AD_HOC_DECISION, on), decision.councilMeeting()));
    return templates.render(DocumentKind.AD_HOC_DECISION, on, model);
  }

  /**
   * The Director's decision at a thematic movement's summary: the number and date, the legal bases in force on the
   * decision's date, the movement's launching document and the minutes of the Council's meeting when it voted, then
   * Điều 1 with the movement's award and each collective and person it is given to (the names of the decision's
   * date) with their achievement.
   */
  public DocumentTemplateService.Rendered thematicDecision(ThematicDecisions.Decision decision) {
    UnitNameHistory names = history.unitNameHistory();
    LocalDate on = decision.date();
    Organisation org = org(on);
    List<ThematicDecisions.Conferred> list = decision.conferred();
    long collectives = list.stream().filter(ThematicDecisions.Conferred::collective).count();
    String movement = "«" + decision.movementName() + "»";
    List<String> bases = new ArrayList<>(bases(DocumentKind.THEMATIC_DECISION, on));
    bases.add("Căn cứ " + launchingDocument(decision.launchDocNumber()) + " số " + decision.launchDocNumber()
        + " " + VietnameseDates.inWords(decision.launchDocDate()) + " của "
        + decision.launchDocIssuer() + " về việc phát động phong trào thi đua theo chuyên đề " + movement);
    // The Director gives a Giấy khen of their own; any other award's label already names who gives it.
    String award = decision.award() == vn.gov.soctrang.tnmt.tdkt.merit.MeritCode.GIAY_KHEN
        ? decision.awardLabel() + " của " + org.directorTitle() + " " + org.name() : decision.awardLabel();
    TemplateModel model = heading(org, decision.number(), symbol(org, "QĐ"), on)
        .value("chuc_danh_thu_truong", org.directorTitle())
        .value("nguoi_ky", director().orElse(""))
        .value("phong_trao", movement)
        .value("tu_ngay", VietnameseDates.format(decision.startsOn()))
        .value("den_ngay", VietnameseDates.format(decision.endsOn()))
        .value("hinh_thuc", award)
        .value("doi_tuong", nominees(collectives, list.size() - collectives))
        .lines("can_cu", withCouncilMinutes(bases, decision.councilMeeting()));
    int i = 1;
    for (ThematicDecisions.Conferred c : list) {
      String unitName = unitNamed(names, c.unitCode(), on);
      String position = c.collective() ? "" : positionOf(c.nomineeKey());
      model.item("danh_sach", Map.of("stt", String.valueOf(i), "ho_ten", c.collective() ? unitName : c.name(),
          "noi_cong_tac", c.collective() ? org.name() : (position.isBlank() ? "" : position + " ") + unitName + ", "
              + org.name(),
          "thanh_tich", c.achievement().strip().replaceAll("[.;,]+$", "") + (i == list.size() ? "." : ";")));
      i++;
    }
    return templates.render(DocumentKind.THEMATIC_DECISION, on, model);
  }

  /**
   * The report on a thematic movement's final summary, dated the day the summary was stored (the bodies, names and
   * director of that day): I. the movement with its launching document, period and criteria; II. the units registered,
   * taking part and reporting, and each unit's result per criterion; III. the Director's decision and whom it
   * awarded; the closing and the signature.
   */
  public DocumentTemplateService.Rendered thematicSummary(ThematicSummaries.Summary summary) {
    UnitNameHistory names = history.unitNameHistory();
    LocalDate on = summary.summaryDate();
    Organisation org = org(on);
    String movement = "«" + summary.movementName() + "»";
    List<String> taking = summary.participatingUnits().stream().map(u -> unitNamed(names, u, on)).toList();
    String participation = "Có " + summary.registeredUnits() + " phòng, đơn vị trả lời đăng ký tham gia, trong đó "
        + taking.size() + " đơn vị tham gia phong trào" + (taking.isEmpty() ? "" : " (" + String.join(", ", taking)
        + ")") + "; " + summary.reportingUnits() + " đơn vị đã báo cáo kết quả thực hiện theo các tiêu chí.";
    List<ThematicSummaries.Awarded> awarded = summary.awarded();
    long collectives = awarded.stream().filter(ThematicSummaries.Awarded::collective).count();
    String decision = summary.decisionNumber() == null || summary.decisionDate() == null ? ""
        : " theo Quyết định số " + summary.decisionNumber() + " ngày " + VietnameseDates.format(summary.decisionDate())
            + " của " + org.directorTitle() + " " + org.name();
    String award = summary.award() == vn.gov.soctrang.tnmt.tdkt.merit.MeritCode.GIAY_KHEN
        ? summary.awardLabel() + " của " + org.directorTitle() + " " + org.name() : summary.awardLabel();
    String commendations = awarded.isEmpty()
        ? "Khi tổng kết phong trào, không có tập thể, cá nhân nào được khen thưởng."
        : "Khi tổng kết phong trào, " + nominees(collectives, awarded.size() - collectives) + " được tặng " + award
            + decision + ", gồm:";
    int criteria = summary.criteria().size();
    TemplateModel model = heading(org, null, symbol(org, "BC"), on)
        .value("phong_trao", movement)
        .value("tu_ngay", VietnameseDates.format(summary.startsOn()))
        .value("den_ngay", VietnameseDates.format(summary.endsOn()))
        .value("van_ban_phat_dong", launchingDocument(summary.launchDocNumber()) + " số " + summary.launchDocNumber()
            + " " + VietnameseDates.inWords(summary.launchDocDate()) + " của " + summary.launchDocIssuer())
        .value("tham_gia", participation)
        .value("khen_thuong", commendations)
        .value("chuc_danh_thu_truong", org.directorTitle())
        .value("nguoi_ky", director().orElse(""));
    int row = 1;
    for (int k = 0; k < criteria; k++) {
      ThematicSummaries.CriterionResults c = summary.criteria().get(k);
      model.item("tieu_chi", Map.of("stt", String.valueOf(c.position()), "noi_dung",
          c.text().strip().replaceAll("[.;,]+$", "") + (k == criteria - 1 ? "." : ";")));
      if (c.results().isEmpty()) {
        model.item("ket_qua", Map.of("stt", String.valueOf(row++), "tieu_chi", String.valueOf(c.position()),
            "don_vi", "—", "ket_qua", "Không có đơn vị báo cáo"));
      }
      for (ThematicSummaries.UnitResult r : c.results()) {
        model.item("ket_qua", Map.of("stt", String.valueOf(row++), "tieu_chi", String.valueOf(c.position()),
            "don_vi", unitNamed(names, r.unitCode(), on), "ket_qua", r.result()));
      }
    }
    int i = 1;
    for (ThematicSummaries.Awarded a : awarded) {
      String unitName = unitNamed(names, a.unitCode(), on);
      model.item("danh_sach", Map.of("stt", String.valueOf(i), "ho_ten", a.collective() ? unitName : a.name(),
          "noi_cong_tac", (a.collective() ? org.name() : unitName) + (i == awarded.size() ? "." : ";")));
      i++;
    }
    return templates.render(DocumentKind.THEMATIC_SUMMARY, on, model);
  }

  /** «Kế hoạch» for a plan's number (…/KH-…), «văn bản» for any other launching document. */
  private static String launchingDocument(String number) {
    return number != null && number.toUpperCase(java.util.Locale.ROOT).contains("/KH") ? "Kế hoạch" : "văn bản";
  }

  /** The heading's values: the bodies named on the document's date, the number (or dots), the place and date. */
  private static TemplateModel heading(Organisation org, String number, String symbol, LocalDate date) {
    return new TemplateModel()
        .value("co_quan_chu_quan", org.superior())
        .value("co_quan", org.name())
        .value("so_ky_hieu", number != null ? number : "……/" + symbol)
        .value("dia_danh_ngay", org.place() + ", " + (date == null ? "ngày …… tháng …… năm ……"
            : VietnameseDates.inWords(date)));
  }

  /**
   * The certificates for printing: one landscape page per Giấy khen in the register, dated by the template in force on
   * the latest decision's date.
   */
  public DocumentTemplateService.Rendered certificates(Cycle cycle, List<Award> list) {
    UnitNameHistory names = history.unitNameHistory();
    // One look-up per decision date, not per certificate (a province's decision prints thousands).
    java.util.Map<LocalDate, Organisation> orgs = new java.util.HashMap<>();
    TemplateModel model = new TemplateModel()
        .value("nam", String.valueOf(cycle.getYear()))
        .value("phong_trao", movement(cycle))
        .value("nguoi_ky", director().orElse(""));
    LocalDate latest = null;
    for (Award a : list) {
      LocalDate on = a.getDecisionDate();
      latest = latest == null || on.isAfter(latest) ? on : latest;
      Organisation org = orgs.computeIfAbsent(on, this::org);
      String unitName = unit(names, a.getUnit(), on);
      // The collective's name is printed once, with the body it belongs to.
      model.item("giay_khen", Map.of(
          "chuc_danh", org.directorTitle(),
          "co_quan", org.name(),
          "ho_ten", a.getNomineeName(),
          "noi_cong_tac", a.isCollective() ? org.name() : unitName + ", " + org.name(),
          "so_quyet_dinh", a.getDecisionNumber(),
          "so_vao_so", a.getRegisterNumber() == null ? "……" : String.valueOf(a.getRegisterNumber()),
          "dia_danh_ngay", org.place() + ", " + VietnameseDates.inWords(on)));
    }
    return templates.render(DocumentKind.CERTIFICATES, latest == null ? today() : latest, model);
  }

  /** The public list of the year's awards in force, as PDF, with the names of the day it is published. */
  public byte[] publicList(Cycle cycle, List<Award> list) {
    UnitNameHistory names = history.unitNameHistory();
    LocalDate on = today();
    List<List<String>> rows = new ArrayList<>();
    int i = 1;
    for (Award a : list) {
      rows.add(List.of(String.valueOf(i++), a.getNomineeName(), unit(names, a.getUnit(), a.getDecisionDate()),
          a.getAwardType().label(), a.getDecisionNumber() + " ngày " + VietnameseDates.format(a.getDecisionDate())));
    }
    return PdfListWriter.write(org(on), "Danh sách khen thưởng phong trào thi đua " + movement(cycle) + " năm "
        + cycle.getYear(), List.of("STT", "Tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng", "Quyết định"), rows,
        1, 6, 6, 5, 5);
  }

  /** The final-summary report: each unit's figures over the movement's years. */
  public DocumentTemplateService.Rendered finalSummary(Cycle cycle, int firstYear, List<MovementTotals.Row> rows) {
    UnitNameHistory names = history.unitNameHistory();
    LocalDate on = today();
    Organisation org = org(on);
    TemplateModel model = heading(org, null, symbol(org, "BC"), null)
        .value("phong_trao", movement(cycle))
        .value("tu_nam", String.valueOf(firstYear))
        .value("den_nam", String.valueOf(cycle.getYear()))
        .value("co_quan_thi_dua", wording.text(DocumentWordingService.PROPOSAL_THROUGH, null, on,
            Map.of("superior", org.superior(), "issuer", org.name())))
        .value("ket_qua_chung", rows.size() + " phòng, đơn vị tham gia phong trào; " + rows.stream()
            .mapToInt(MovementTotals.Row::reportsAccepted).sum() + " lượt báo cáo năm được tiếp nhận; "
            + rows.stream().mapToInt(MovementTotals.Row::guidanceDocuments).sum() + " văn bản hướng dẫn; "
            + rows.stream().mapToInt(MovementTotals.Row::propagandaSessions).sum() + " buổi tuyên truyền với "
            + rows.stream().mapToInt(MovementTotals.Row::participants).sum() + " lượt người tham dự; "
            + rows.stream().mapToInt(MovementTotals.Row::awards).sum() + " lượt khen thưởng.")
        .value("chuc_danh_thu_truong", org.directorTitle())
        .value("nguoi_ky", director().orElse(""));
    int i = 1;
    for (MovementTotals.Row r : rows) {
      Map<String, String> item = new java.util.HashMap<>();
      item.put("stt", String.valueOf(i++));
      item.put("ten", unit(names, r.unit(), on));
      item.put("so_nam_bao_cao", String.valueOf(r.reportsAccepted()));
      item.put("van_ban", String.valueOf(r.guidanceDocuments()));
      item.put("tuyen_truyen", String.valueOf(r.propagandaSessions()));
      item.put("tham_du", String.valueOf(r.participants()));
      item.put("de_nghi", r.nominations() + " (" + r.nominationsMet() + " đạt)");
      item.put("giay_khen", String.valueOf(r.giayKhen()));
      item.put("bang_khen_ubnd", String.valueOf(r.bangKhenUbnd()));
      item.put("bang_khen_ttg", String.valueOf(r.bangKhenTtg()));
      item.put("huan_chuong_ld3", String.valueOf(r.huanChuongLd3()));
      model.item("don_vi", item);
    }
    return templates.render(DocumentKind.FINAL_SUMMARY_REPORT, on, model);
  }
}
