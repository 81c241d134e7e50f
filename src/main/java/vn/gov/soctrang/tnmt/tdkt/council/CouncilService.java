package vn.gov.soctrang.tnmt.tdkt.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilMember;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilRole;
import vn.gov.soctrang.tnmt.tdkt.organization.DepartmentPasswordPolicy;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.settings.Ratio;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The Council's review: attendance and quorum, the secret ballot (counts only), the tally against the thresholds
 * in force on the meeting date, and the minutes. What the meeting votes on is the agenda of the feature that called
 * it ({@link CouncilAgenda}: a yearly cycle's nominations, a titles run's proposals).
 */
@Service
@Transactional
public class CouncilService {

  private final CouncilMeetingRepository meetings;
  private final BallotCountRepository counts;
  private final BallotCastRepository casts;
  private final CouncilAttendanceRepository attendance;
  private final BallotIssueRepository issued;
  private final CouncilAgendas agendas;
  private final OrganizationService organization;
  private final SettingsService settings;
  private final Clock clock;
  private final BallotKeyRepository keys;
  private final SealedBallotRepository box;
  private final DepartmentPasswordPolicy passphrases;
  private final int kdfIterations;

  public CouncilService(CouncilMeetingRepository meetings, BallotCountRepository counts, BallotCastRepository casts,
      CouncilAttendanceRepository attendance, BallotIssueRepository issued, CouncilAgendas agendas,
      OrganizationService organization, SettingsService settings, Clock clock, BallotKeyRepository keys,
      SealedBallotRepository box, DepartmentPasswordPolicy passphrases,
      @Value("${tdkt.ballot.kdf-iterations:600000}") int kdfIterations) {
    this.keys = keys;
    this.box = box;
    this.passphrases = passphrases;
    this.kdfIterations = kdfIterations;
    this.meetings = meetings;
    this.counts = counts;
    this.casts = casts;
    this.attendance = attendance;
    this.issued = issued;
    this.agendas = agendas;
    this.organization = organization;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Option> memberOptions() {
    return organization.councilOn(LocalDate.now(clock)).stream()
        .map(m -> new Option(m.getPerson().getFullName() + " – " + m.getCouncilRole().label(),
            m.getPerson().getUsername())).toList();
  }

  /** Who holds a seat on the Council today (the chair, the secretary), if anyone does. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> seated(CouncilRole role) {
    return organization.councilOn(LocalDate.now(clock)).stream().filter(m -> m.getCouncilRole() == role)
        .map(m -> m.getPerson().getUsername()).findFirst();
  }

  @Transactional(readOnly = true)
  public String councilInfo() {
    LocalDate today = LocalDate.now(clock);
    int members = organization.councilOn(today).size();
    Ratio quorum = settings.ratioValue(SettingKey.COUNCIL_QUORUM, today);
    return "Hội đồng có **" + members + "** thành viên; phiên họp hợp lệ khi có mặt " + quorum.label()
        + " tổng số thành viên (ít nhất **" + quorum.minimumOf(members) + "** người). Thành viên vắng mặt có thể gửi "
        + "phiếu bầu bằng văn bản; số phiếu đồng ý được tính trên tổng số thành viên Hội đồng.";
  }

  /** The approval share in force on a date for an award type. */
  @Transactional(readOnly = true)
  public Ratio approvalShare(AwardType award, LocalDate on) {
    return approvalShare(award.name(), on);
  }

  /** The approval share in force on a date for an award type or a title, by its code. */
  @Transactional(readOnly = true)
  public Ratio approvalShare(String honourCode, LocalDate on) {
    SettingKey key = SettingKey.approvalFor(honourCode)
        .orElseThrow(() -> new IllegalStateException("No approval share for " + honourCode));
    return settings.ratioValue(key, on);
  }

  /** The nominations the Council votes on in a yearly cycle: those that met the criteria (and passed inspection). */
  @Transactional(readOnly = true)
  public List<Option> ballotOptions(long cycleId) {
    return ballotOptions(CycleNominationsAgenda.KIND, cycleId);
  }

  /**
   * The date of the meeting that counted the ballots on an agenda (the last one opened for it: a meeting without a
   * quorum is convened again), for the documents that cite the Council's minutes; empty when none was counted.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<LocalDate> countedMeetingDate(String agendaKind, long agendaRef) {
    List<CouncilMeeting> held = meetings.findByAgendaKindAndAgendaRefOrderByIdAsc(agendaKind, agendaRef);
    return held.isEmpty() || held.get(held.size() - 1).getBallotsReturned() == null ? java.util.Optional.empty()
        : java.util.Optional.of(held.get(held.size() - 1).getMeetingDate());
  }

  /** What a ballot lists: the items of an agenda, as the calling feature supplies them. */
  @Transactional(readOnly = true)
  public List<Option> ballotOptions(String agendaKind, long agendaRef) {
    return agendas.of(agendaKind).items(agendaRef).stream().map(i -> new Option(i.unit() + " · " + i.nominee()
        + " · " + i.honourLabel(), String.valueOf(i.id()))).toList();
  }

  /**
   * What the Office records when the meeting opens.
   *
   * @param present members present
   * @param written members absent who announced a written ballot
   * @param counters the vote-counting committee, among those present
   */
  public record Opening(LocalDate date, LocalTime time, String place, List<String> present, List<String> written,
      String chair, String secretary, List<String> counters) {
  }

  /**
   * Records the meeting with every member's attendance; with a quorum, the ballot opens for the members present and
   * the written ballots announced. The Council is the one seated on the meeting date.
   */
  public CouncilMeeting open(long cycleId, Opening o, Problems problems) {
    return open(cycleId, o, problems, true);
  }

  /**
   * As {@link #open(long, Opening, Problems)}; {@code ballotBox} false only for a process started before the ballot
   * box (its model counts every ballot as it arrives and has no key holders to seal the box).
   */
  public CouncilMeeting open(long cycleId, Opening o, Problems problems, boolean ballotBox) {
    return open(CycleNominationsAgenda.KIND, cycleId, o, problems, ballotBox);
  }

  /**
   * As {@link #open(long, Opening, Problems)} for the agenda of any feature ({@link CouncilAgenda}): the meeting votes
   * on that agenda's items for the reference.
   */
  public CouncilMeeting open(String agendaKind, long agendaRef, Opening o, Problems problems, boolean ballotBox) {
    agendas.of(agendaKind); // an unknown kind fails before anything is written
    boolean cycle = CycleNominationsAgenda.KIND.equals(agendaKind);
    problems.addIf(o.date() != null && o.date().isAfter(LocalDate.now(clock)),
        "Ngày họp không được sau hôm nay: chỉ điểm danh phiên họp đang hoặc đã diễn ra.");
    problems.throwIfAny();
    Map<String, CouncilMember> members = new LinkedHashMap<>();
    // In the order minutes list them: the chair, the secretary, then the members in the order they were seated.
    organization.councilOn(o.date()).stream().sorted(Comparator.comparing((CouncilMember m) -> m.getCouncilRole())
        .thenComparing(CouncilMember::getId)).forEach(m -> members.put(m.getPerson().getUsername(), m));
    Set<String> present = new LinkedHashSet<>(o.present());
    Set<String> written = new LinkedHashSet<>(o.written());
    Set<String> counters = new LinkedHashSet<>(o.counters());
    notMembers(present, members, problems);
    notMembers(written, members, problems);
    written.stream().filter(present::contains).forEach(w -> problems.add("«" + name(members, w)
        + "» có mặt tại phiên họp nên bỏ phiếu trực tiếp, không gửi phiếu bằng văn bản."));
    Ratio quorum = settings.ratioValue(SettingKey.COUNCIL_QUORUM, o.date());
    boolean quorumReached = quorum.reachedBy((int) present.stream().filter(members::containsKey).count(),
        members.size());
    if (quorumReached) {
      problems.addIf(o.chair() == null, "Vui lòng chọn «Chủ trì phiên họp».");
      problems.addIf(o.secretary() == null, "Vui lòng chọn «Thư ký phiên họp».");
      problems.addIf(o.chair() != null && !present.contains(o.chair()),
          "Người chủ trì phải là thành viên Hội đồng có mặt tại phiên họp.");
      problems.addIf(o.secretary() != null && !present.contains(o.secretary()),
          "Thư ký phải là thành viên Hội đồng có mặt tại phiên họp.");
      problems.addIf(o.chair() != null && o.chair().equals(o.secretary()),
          "Người chủ trì và thư ký phiên họp phải là hai người khác nhau.");
      problems.addIf(counters.isEmpty(), "Vui lòng chọn thành viên «Ban kiểm phiếu».");
      counters.stream().filter(c -> !present.contains(c)).forEach(c -> problems.add("«" + name(members, c)
          + "» không có mặt nên không thể ở Ban kiểm phiếu."));
      if (o.date() != null) {
        sharesMissing(agendas.of(agendaKind).items(agendaRef), o.date(), problems);
      }
    }
    problems.throwIfAny();
    CouncilMeeting meeting = meetings.save(new CouncilMeeting(agendaKind, agendaRef, cycle ? agendaRef : null,
        o.date(), o.time(), o.place(), members.size(), present.size(), quorum, clock.instant()));
    if (quorumReached) {
      meeting.presidedBy(o.chair(), name(members, o.chair()), o.secretary(), name(members, o.secretary()));
    }
    members.forEach((username, m) -> attendance.save(new CouncilAttendance(meeting.getId(), username,
        m.getPerson().getFullName(), m.getCouncilRole(), present.contains(username) ? Attendance.PRESENT
            : written.contains(username) && quorumReached ? Attendance.WRITTEN_BALLOT : Attendance.ABSENT,
        quorumReached && counters.contains(username))));
    if (meeting.isQuorumReached() && ballotBox) {
      // The counts are written only when the key holders open the box at the tally.
      meeting.keepsBallotBox();
    } else if (meeting.isQuorumReached()) {
      if (!cycle) {
        throw new IllegalStateException("Only a yearly cycle's meeting may count without a ballot box");
      }
      // A meeting of an older model: one zero count per nomination, each ballot adds to existing rows.
      counts.open(meeting.getId(), agendaRef, NominationStatus.MET);
    }
    return meeting;
  }

  /**
   * Refuses to open the ballot on an item whose approval share has no dated value on the meeting date: the tally could
   * not decide it. The administrator records the share first.
   */
  private void sharesMissing(List<CouncilAgenda.AgendaItem> items, LocalDate on, Problems problems) {
    Map<String, String> honours = new LinkedHashMap<>();
    items.forEach(i -> honours.putIfAbsent(i.honourCode(), i.honourLabel()));
    honours.forEach((code, label) -> {
      try {
        approvalShare(code, on);
      } catch (IllegalStateException none) {
        problems.add("Chưa có tỷ lệ phiếu đồng ý của Hội đồng đối với «" + label + "» có hiệu lực vào ngày họp "
            + VietnameseDates.format(on) + ": quản trị hệ thống cần ghi tham số «council.approval." + code
            + "» trước khi Hội đồng bỏ phiếu.");
      }
    });
  }

  private static void notMembers(Set<String> usernames, Map<String, CouncilMember> members, Problems problems) {
    usernames.stream().filter(p -> !members.containsKey(p)).forEach(p ->
        problems.add("«" + p + "» không phải thành viên Hội đồng."));
  }

  private static String name(Map<String, CouncilMember> members, String username) {
    CouncilMember m = username == null ? null : members.get(username);
    return m == null ? username : m.getPerson().getFullName();
  }

  /** Who receives a ballot: present members, then the written ballots announced. */
  @Transactional(readOnly = true)
  public List<String> voters(long meetingId) {
    return attendance.findByMeetingIdOrderByIdAsc(meetingId).stream()
        .sorted(Comparator.comparing(a -> a.getAttendance().ordinal()))
        .filter(a -> a.getAttendance().votes()).map(CouncilAttendance::getMemberUsername).toList();
  }

  /** Who confirms the minutes: the secretary, then the counting committee. */
  @Transactional(readOnly = true)
  public List<String> minutesConfirmers(long meetingId) {
    CouncilMeeting meeting = meeting(meetingId);
    Set<String> confirmers = new LinkedHashSet<>();
    if (meeting.getSecretaryUsername() != null) {
      confirmers.add(meeting.getSecretaryUsername());
    }
    attendance.findByMeetingIdOrderByIdAsc(meetingId).stream().filter(CouncilAttendance::isCounter)
        .forEach(a -> confirmers.add(a.getMemberUsername()));
    return List.copyOf(confirmers);
  }

  /** How the member takes part, for their ballot: in person or in writing. */
  @Transactional(readOnly = true)
  public Attendance attendanceOf(long meetingId, String member) {
    return attendance.findByMeetingIdAndMemberUsername(meetingId, member).map(CouncilAttendance::getAttendance)
        .orElse(Attendance.ABSENT);
  }

  /**
   * Records the ballot task issued to a member when it is created (the meeting's ballot opens): from then on the
   * ballot belongs to that member whatever the engine's variables or the task's assignee say.
   */
  public void issueBallot(long meetingId, String member, String taskId, String executionId) {
    if (!attendanceOf(meetingId, member).votes()) {
      throw new ConflictException("Thành viên không có mặt và không đăng ký gửi phiếu bằng văn bản trong phiên họp "
          + "này.");
    }
    issued.save(new BallotIssue(meetingId, member, taskId, executionId, clock.instant()));
  }

  /** The ballot issued with a task, if the task is a ballot the application issued. */
  @Transactional(readOnly = true)
  public java.util.Optional<BallotIssue> issuedWith(String taskId) {
    return issued.findByTaskId(taskId);
  }

  /**
   * Adds one member's ballot to the counts; what they chose is not kept anywhere. Ballots of different members may
   * arrive at the same moment: the counts are added to in the database, and the unique (meeting, member) row makes
   * a second ballot of the same member fail even then. A written ballot is counted the same way; only its arrival
   * is recorded as written.
   */
  public void castBallot(long meetingId, String member, List<String> approvedIds) {
    CouncilMeeting meeting = meeting(meetingId);
    meeting.requireOpen();
    Attendance how = attendanceOf(meetingId, member);
    if (!how.votes()) {
      throw new ConflictException("Thành viên không có mặt và không đăng ký gửi phiếu bằng văn bản trong phiên họp "
          + "này.");
    }
    if (casts.existsByMeetingIdAndMemberUsername(meetingId, member)) {
      throw alreadyVoted();
    }
    List<CouncilAgenda.AgendaItem> ballot = items(meeting);
    Set<String> valid = ballot.stream().map(i -> String.valueOf(i.id())).collect(Collectors.toSet());
    if (!valid.containsAll(approvedIds)) {
      throw new InvalidInputException("Phiếu bầu có đề nghị không thuộc danh sách xét của phiên họp.");
    }
    Map<BallotKey.Holder, BallotKey> sealedTo = meeting.hasBallotBox() ? keysOf(meetingId) : Map.of();
    if (meeting.hasBallotBox() && sealedTo.size() != BallotKey.Holder.values().length) {
      throw new ConflictException("Hòm phiếu chưa được niêm phong đủ (chủ trì và thư ký): chưa nhận phiếu bầu.");
    }
    try {
      casts.saveAndFlush(new BallotCast(meetingId, member, how == Attendance.WRITTEN_BALLOT));
    } catch (DataIntegrityViolationException e) {
      throw alreadyVoted();
    }
    if (meeting.hasBallotBox()) {
      // Into the box, sealed: the same length for every member whatever they chose, nothing else written.
      box.save(new SealedBallot(meetingId, BallotCrypto.sealBallot(BallotPaper.write(ballot.stream()
              .map(CouncilAgenda.AgendaItem::id).toList(),
              approvedIds.stream().map(Long::valueOf).collect(Collectors.toSet())),
          sealedTo.get(BallotKey.Holder.CHAIR).getPublicKey(), sealedTo.get(BallotKey.Holder.SECRETARY).getPublicKey(),
          boxContext(meetingId))));
      return;
    }
    Set<Long> approved = approvedIds.stream().map(Long::valueOf).collect(Collectors.toSet());
    int counted = approved.isEmpty() ? counts.countRejectingAll(meetingId) : counts.count(meetingId, approved);
    if (counted != ballot.size()) {
      throw new IllegalStateException("Meeting " + meetingId + " has " + counted + " ballot counts for "
          + ballot.size() + " nominations: its ballot was not opened");
    }
  }

  /** Who holds the keys of a meeting's ballot box: its chair and its secretary, as the Office recorded them. */
  @Transactional(readOnly = true)
  public List<String> keyHolders(long meetingId) {
    CouncilMeeting meeting = meeting(meetingId);
    return meeting.hasBallotBox() ? List.of(meeting.getChairUsername(), meeting.getSecretaryUsername()) : List.of();
  }

  /**
   * Seals one half of the meeting's ballot box with the holder's passphrase: a key pair whose private key is stored
   * only sealed under it. The passphrase itself is neither stored nor logged.
   *
   * @param holder the user sealing: the meeting's chair or its secretary
   */
  public void sealBox(long meetingId, String holder, String passphrase, String repeated, Problems problems) {
    CouncilMeeting meeting = meeting(meetingId);
    meeting.requireOpen();
    BallotKey.Holder role = holderRole(meeting, holder);
    if (keysOf(meetingId).containsKey(role)) {
      throw new ConflictException(role.label() + " đã niêm phong hòm phiếu của phiên họp này.");
    }
    problems.addIf(passphrase == null || passphrase.isEmpty(), "Vui lòng nhập «Mật khẩu niêm phong».");
    if (passphrase != null && !passphrase.isEmpty()) {
      passphrases.firstViolation(passphrase, holder)
          .ifPresent(rule -> problems.add("Mật khẩu niêm phong " + rule.vietnamese() + "."));
      problems.addIf(!passphrase.equals(repeated), "«Nhập lại mật khẩu niêm phong» không khớp.");
    }
    problems.throwIfAny();
    char[] secret = passphrase.toCharArray();
    try {
      keys.save(new BallotKey(meetingId, role, holder, BallotCrypto.newSealedKey(secret, kdfIterations,
          keyContext(meetingId, role)), clock.instant()));
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  private static BallotKey.Holder holderRole(CouncilMeeting meeting, String user) {
    if (user != null && user.equals(meeting.getChairUsername())) {
      return BallotKey.Holder.CHAIR;
    }
    if (user != null && user.equals(meeting.getSecretaryUsername())) {
      return BallotKey.Holder.SECRETARY;
    }
    throw new ForbiddenException("Chỉ người chủ trì và thư ký của phiên họp giữ khóa hòm phiếu; không ai khác, kể "
        + "cả quản trị hệ thống, niêm phong thay được.");
  }

  /** What the key holders see when they open the box: the meeting, who holds the keys, ballots in and out. */
  @Transactional(readOnly = true)
  public String boxInfo(long meetingId) {
    CouncilMeeting meeting = meeting(meetingId);
    int issuedCount = ballotsIssued(attendance.findByMeetingIdOrderByIdAsc(meetingId));
    return "Phiên họp ngày " + VietnameseDates.format(meeting.getMeetingDate()) + ": đã phát **" + issuedCount
        + "** phiếu, hòm phiếu đang có **" + box.countByMeetingId(meetingId) + "** phiếu. Người chủ trì ("
        + Markdown.escape(nullToEmpty(meeting.getChairName())) + ") và thư ký ("
        + Markdown.escape(nullToEmpty(meeting.getSecretaryName())) + ") mỗi người tự nhập mật khẩu niêm phong của "
        + "mình trước Ban kiểm phiếu. Phiếu được mở trong bộ nhớ, chỉ số phiếu của từng đề nghị được ghi lại; các "
        + "phiếu và khóa niêm phong bị hủy ngay sau đó.";
  }

  /** Ballots issued in a meeting: to the members present and to the written ballots announced. */
  private int ballotsIssued(List<CouncilAttendance> who) {
    return (int) who.stream().filter(a -> a.getAttendance().votes()).count();
  }

  private Map<BallotKey.Holder, BallotKey> keysOf(long meetingId) {
    Map<BallotKey.Holder, BallotKey> byHolder = new EnumMap<>(BallotKey.Holder.class);
    keys.findByMeetingId(meetingId).forEach(k -> byHolder.put(k.getHolder(), k));
    return byHolder;
  }

  private static String boxContext(long meetingId) {
    return "meeting:" + meetingId;
  }

  private static String keyContext(long meetingId, BallotKey.Holder holder) {
    return "meeting:" + meetingId + ":key:" + holder.name();
  }

  /**
   * Opens the box with both passphrases: the ballots are opened in memory, counted, and the counts written in this
   * one transaction, which holds no voter's identity; the sealed ballots and the keys are then destroyed. A ballot
   * whose list is not the meeting's is counted as returned but not valid.
   */
  public void openBox(long meetingId, String chairPassphrase, String secretaryPassphrase, Problems problems) {
    CouncilMeeting meeting = meeting(meetingId);
    meeting.requireOpen();
    if (!meeting.hasBallotBox()) {
      return;
    }
    Map<BallotKey.Holder, BallotKey> sealed = keysOf(meetingId);
    problems.addIf(chairPassphrase == null || chairPassphrase.isEmpty(),
        "Vui lòng nhập mật khẩu niêm phong của người chủ trì.");
    problems.addIf(secretaryPassphrase == null || secretaryPassphrase.isEmpty(),
        "Vui lòng nhập mật khẩu niêm phong của thư ký.");
    problems.throwIfAny();
    java.security.PrivateKey chair = unlock(meetingId, sealed, BallotKey.Holder.CHAIR, chairPassphrase, problems);
    java.security.PrivateKey secretary = unlock(meetingId, sealed, BallotKey.Holder.SECRETARY, secretaryPassphrase,
        problems);
    problems.throwIfAny();
    List<SealedBallot> ballots = box.findByMeetingId(meetingId);
    long returned = casts.countByMeetingId(meetingId);
    if (ballots.size() != returned) {
      throw new ConflictException("Hòm phiếu có " + ballots.size() + " phiếu nhưng " + returned + " thành viên đã bỏ "
          + "phiếu: hòm phiếu đã bị can thiệp, không kiểm phiếu. Vui lòng báo quản trị hệ thống.");
    }
    List<Long> list = items(meeting).stream().map(CouncilAgenda.AgendaItem::id).toList();
    Map<Long, int[]> tally = new LinkedHashMap<>();
    list.forEach(id -> tally.put(id, new int[2]));
    int valid = 0;
    for (SealedBallot b : ballots) {
      Map<Long, Boolean> choices = BallotPaper.read(BallotCrypto.openBallot(b.getSealed(), chair, secretary,
          boxContext(meetingId)));
      if (!choices.keySet().equals(tally.keySet())) {
        continue;
      }
      valid++;
      choices.forEach((id, approved) -> tally.get(id)[approved ? 0 : 1]++);
    }
    boolean cycle = CycleNominationsAgenda.KIND.equals(meeting.getAgendaKind());
    tally.forEach((id, c) -> counts.save(new BallotCount(meetingId, id, cycle ? id : null, c[0], c[1])));
    meeting.counted(ballotsIssued(attendance.findByMeetingIdOrderByIdAsc(meetingId)), (int) returned, valid);
    box.destroy(meetingId);
    keys.deleteAll(sealed.values());
  }

  private java.security.PrivateKey unlock(long meetingId, Map<BallotKey.Holder, BallotKey> sealed,
      BallotKey.Holder holder, String passphrase, Problems problems) {
    BallotKey key = sealed.get(holder);
    if (key == null) {
      throw new ConflictException(holder.label() + " chưa niêm phong hòm phiếu: không có phiếu nào để kiểm.");
    }
    char[] secret = passphrase.toCharArray();
    try {
      return BallotCrypto.openSealedKey(key.sealed(), secret, keyContext(meetingId, holder));
    } catch (BallotCrypto.WrongPassphrase e) {
      problems.add("Mật khẩu niêm phong của " + holder.label().toLowerCase(java.util.Locale.ROOT) + " không đúng.");
      return null;
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  private static ConflictException alreadyVoted() {
    return new ConflictException("Thành viên đã bỏ phiếu trong phiên họp này.");
  }

  /**
   * Applies the approval share in force on the meeting date for each award, counted against all members of the
   * Council, and returns the minutes: counts only.
   */
  public String tally(long meetingId) {
    CouncilMeeting meeting = meeting(meetingId);
    meeting.tallied();
    List<CouncilAttendance> who = attendance.findByMeetingIdOrderByIdAsc(meetingId);
    if (meeting.hasBallotBox() && meeting.getBallotsReturned() == null) {
      throw new ConflictException("Hòm phiếu của phiên họp chưa được mở: chưa kiểm phiếu được.");
    }
    if (!meeting.hasBallotBox()) {
      int issued = ballotsIssued(who);
      int returned = (int) casts.countByMeetingId(meetingId);
      // A ballot is completed in Tasklist against the list of the meeting, so every ballot returned is valid.
      meeting.counted(issued, returned, returned);
    }
    Map<Long, BallotCount> byItem = new LinkedHashMap<>();
    counts.findByMeetingId(meetingId).forEach(c -> byItem.put(c.getItemId(), c));
    Map<String, Ratio> shares = new LinkedHashMap<>();
    CouncilAgenda agenda = agendas.of(meeting.getAgendaKind());
    List<String> lines = new ArrayList<>(minutesHeader(meeting, who));
    lines.add("");
    lines.add("**Kết quả kiểm phiếu** (số phiếu đồng ý tính trên tổng số " + meeting.getTotalMembers()
        + " thành viên Hội đồng):");
    lines.add("");
    int i = 1;
    for (CouncilAgenda.AgendaItem item : agenda.items(meeting.getAgendaRef())) {
      BallotCount c = byItem.get(item.id());
      int approvals = c == null ? 0 : c.getApprovals();
      int rejections = c == null ? 0 : c.getRejections();
      Ratio share = shares.computeIfAbsent(item.honourCode(), h -> approvalShare(h, meeting.getMeetingDate()));
      boolean approved = share.reachedBy(approvals, meeting.getTotalMembers());
      String result = approved ? "Đồng ý đề nghị" : "Không đồng ý";
      agenda.decided(meeting.getAgendaRef(), item, approved, "Hội đồng: " + approvals + " đồng ý, " + rejections
          + " không đồng ý / " + meeting.getTotalMembers() + " thành viên (cần " + share.label() + ", tức ít nhất "
          + share.minimumOf(meeting.getTotalMembers()) + " phiếu đồng ý)");
      lines.add(i++ + ". " + Markdown.escape(item.unit() + " – " + item.nominee()) + " – "
          + item.honourLabel() + ": " + approvals + " đồng ý, " + rejections + " không đồng ý (cần ít nhất "
          + share.minimumOf(meeting.getTotalMembers()) + ") → **" + result + "**");
    }
    return String.join("\n", lines);
  }

  /**
   * One item of a counted meeting's agenda with its counts, the share required on the meeting date and the result,
   * for the Word minutes of a meeting whatever its agenda.
   */
  public record CountedItem(CouncilAgenda.AgendaItem item, int approvals, int rejections, Ratio share,
      boolean approved) {
  }

  /** The items of a counted meeting's agenda, in the order of the ballot, with their counts and results. */
  @Transactional(readOnly = true)
  public List<CountedItem> countedItems(long meetingId) {
    CouncilMeeting meeting = meeting(meetingId);
    Map<Long, BallotCount> byItem = new LinkedHashMap<>();
    counts.findByMeetingId(meetingId).forEach(c -> byItem.put(c.getItemId(), c));
    Map<String, Ratio> shares = new LinkedHashMap<>();
    List<CountedItem> counted = new ArrayList<>();
    for (CouncilAgenda.AgendaItem item : agendas.of(meeting.getAgendaKind()).items(meeting.getAgendaRef())) {
      BallotCount c = byItem.get(item.id());
      int approvals = c == null ? 0 : c.getApprovals();
      Ratio share = shares.computeIfAbsent(item.honourCode(), h -> approvalShare(h, meeting.getMeetingDate()));
      counted.add(new CountedItem(item, approvals, c == null ? 0 : c.getRejections(), share,
          share.reachedBy(approvals, meeting.getTotalMembers())));
    }
    return counted;
  }

  /** The particulars of the minutes: time and place, who presided, attendance, committee and ballots. */
  private static List<String> minutesHeader(CouncilMeeting m, List<CouncilAttendance> who) {
    List<String> lines = new ArrayList<>();
    lines.add("### Biên bản họp Hội đồng Thi đua – Khen thưởng");
    lines.add("- Thời gian: " + (m.getMeetingTime() == null ? "" : VietnameseDates.clock(m.getMeetingTime()) + ", ")
        + "ngày " + VietnameseDates.format(m.getMeetingDate()));
    lines.add("- Địa điểm: " + Markdown.escape(m.getMeetingPlace() == null ? "" : m.getMeetingPlace()));
    lines.add("- Chủ trì: " + Markdown.escape(nullToEmpty(m.getChairName())) + "; thư ký: "
        + Markdown.escape(nullToEmpty(m.getSecretaryName())));
    lines.add("- Có mặt " + m.getPresentCount() + "/" + m.getTotalMembers() + " thành viên (" + m.quorumLabel()
        + " là hợp lệ): " + names(who, a -> a.getAttendance() == Attendance.PRESENT));
    lines.add("- Vắng mặt, gửi phiếu bầu bằng văn bản: " + names(who, a -> a.getAttendance() == Attendance.WRITTEN_BALLOT));
    lines.add("- Vắng mặt, không gửi phiếu: " + names(who, a -> a.getAttendance() == Attendance.ABSENT));
    lines.add("- Ban kiểm phiếu: " + names(who, CouncilAttendance::isCounter));
    if (m.hasBallotBox()) {
      lines.add("- Hòm phiếu: niêm phong bằng khóa của người chủ trì và thư ký phiên họp; mở khi kiểm phiếu bằng mật "
          + "khẩu của cả hai, trước Ban kiểm phiếu");
    }
    lines.add("- Số phiếu phát ra: " + m.getBallotsIssued() + "; số phiếu thu về: " + m.getBallotsReturned()
        + "; số phiếu hợp lệ: " + m.getBallotsValid() + "; số phiếu không hợp lệ: "
        + (m.getBallotsReturned() - m.getBallotsValid()));
    return lines;
  }

  private static String names(List<CouncilAttendance> who, java.util.function.Predicate<CouncilAttendance> which) {
    List<String> names = who.stream().filter(which).map(a -> Markdown.escape(a.getMemberName())).toList();
    return names.isEmpty() ? "không có" : String.join(", ", names);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * One confirmation of the minutes, by the secretary or a member of the counting committee; the minutes are
   * confirmed once all of them have.
   */
  public void confirmMinutes(long meetingId, String by) {
    CouncilMeeting meeting = meeting(meetingId);
    if (!minutesConfirmers(meetingId).contains(by)) {
      throw new ConflictException("Chỉ thư ký và Ban kiểm phiếu của phiên họp xác nhận biên bản.");
    }
    CouncilAttendance a = attendance.findByMeetingIdAndMemberUsername(meetingId, by).orElseThrow();
    a.minutesConfirmed(clock.instant());
    boolean all = minutesConfirmers(meetingId).stream().allMatch(u -> u.equals(by) || attendance
        .findByMeetingIdAndMemberUsername(meetingId, u).map(x -> x.getMinutesConfirmedAt() != null).orElse(false));
    if (all) {
      meeting.minutesConfirmed(by);
    }
  }

  /** Every member's part in a meeting, for the minutes. */
  @Transactional(readOnly = true)
  public List<CouncilAttendance> attendance(long meetingId) {
    return attendance.findByMeetingIdOrderByIdAsc(meetingId);
  }

  /** What the meeting considered, as its minutes' title completes «xét …» (from its agenda). */
  @Transactional(readOnly = true)
  public String agendaSubject(CouncilMeeting meeting) {
    return agendas.of(meeting.getAgendaKind()).subject(meeting.getAgendaRef());
  }

  private CouncilMeeting meeting(long id) {
    return meetings.findById(id).orElseThrow(() -> new InvalidInputException("Không có phiên họp số " + id + "."));
  }

  private List<CouncilAgenda.AgendaItem> items(CouncilMeeting meeting) {
    return agendas.of(meeting.getAgendaKind()).items(meeting.getAgendaRef());
  }

}
