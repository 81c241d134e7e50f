package vn.gov.soctrang.tnmt.tdkt.council;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The Council's review: attendance and quorum, the secret ballot (counts only), the tally against the thresholds
 * in force on the meeting date, and the minutes.
 */
@Service
@Transactional
public class CouncilService {

  private final CouncilMeetingRepository meetings;
  private final BallotCountRepository counts;
  private final BallotCastRepository casts;
  private final NominationRepository nominations;
  private final OrganizationService organization;
  private final SettingsService settings;
  private final Clock clock;

  public CouncilService(CouncilMeetingRepository meetings, BallotCountRepository counts, BallotCastRepository casts,
      NominationRepository nominations, OrganizationService organization, SettingsService settings, Clock clock) {
    this.meetings = meetings;
    this.counts = counts;
    this.casts = casts;
    this.nominations = nominations;
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

  @Transactional(readOnly = true)
  public String councilInfo() {
    int members = organization.councilOn(LocalDate.now(clock)).size();
    BigDecimal quorum = settings.decimalValue(SettingKey.COUNCIL_QUORUM_PERCENT, LocalDate.now(clock));
    return "Hội đồng có **" + members + "** thành viên; phiên họp hợp lệ khi có mặt ít nhất **" + quorum.stripTrailingZeros()
        .toPlainString() + "%** số thành viên.";
  }

  /** The nominations the Council votes on: those that met the criteria (and passed inspection). */
  @Transactional(readOnly = true)
  public List<Option> ballotOptions(long cycleId) {
    return toVote(cycleId).stream().map(n -> new Option(n.getUnit().getShortName() + " · " + n.getNomineeName()
        + " · " + n.getProposedAward().label(), String.valueOf(n.getId()))).toList();
  }

  public CouncilMeeting open(long cycleId, LocalDate date, List<String> present, Problems problems) {
    Set<String> members = organization.councilOn(LocalDate.now(clock)).stream()
        .map(m -> m.getPerson().getUsername()).collect(Collectors.toSet());
    problems.addIf(date == null, "Vui lòng chọn ngày họp.");
    present.stream().filter(p -> !members.contains(p)).forEach(p ->
        problems.add("«" + p + "» không phải thành viên Hội đồng."));
    problems.throwIfAny();
    BigDecimal quorum = settings.decimalValue(SettingKey.COUNCIL_QUORUM_PERCENT, date);
    CouncilMeeting meeting = meetings.save(new CouncilMeeting(cycleId, date, members.size(), present.size(), quorum,
        clock.instant()));
    if (meeting.isQuorumReached()) {
      // The ballot opens: one zero count per nomination, so that each ballot only adds to existing rows.
      counts.open(meeting.getId(), cycleId, NominationStatus.MET);
    }
    return meeting;
  }

  /**
   * Adds one member's ballot to the counts; what they chose is not kept anywhere. Ballots of different members may
   * arrive at the same moment: the counts are added to in the database, and the unique (meeting, member) row makes
   * a second ballot of the same member fail even then.
   */
  public void castBallot(long meetingId, String member, List<String> approvedIds) {
    CouncilMeeting meeting = meeting(meetingId);
    meeting.requireOpen();
    if (casts.existsByMeetingIdAndMemberUsername(meetingId, member)) {
      throw alreadyVoted();
    }
    List<Nomination> ballot = toVote(meeting.getCycleId());
    Set<String> valid = ballot.stream().map(n -> String.valueOf(n.getId())).collect(Collectors.toSet());
    if (!valid.containsAll(approvedIds)) {
      throw new InvalidInputException("Phiếu bầu có đề nghị không thuộc danh sách xét của phiên họp.");
    }
    try {
      casts.saveAndFlush(new BallotCast(meetingId, member));
    } catch (DataIntegrityViolationException e) {
      throw alreadyVoted();
    }
    Set<Long> approved = approvedIds.stream().map(Long::valueOf).collect(Collectors.toSet());
    int counted = approved.isEmpty() ? counts.countRejectingAll(meetingId) : counts.count(meetingId, approved);
    if (counted != ballot.size()) {
      throw new IllegalStateException("Meeting " + meetingId + " has " + counted + " ballot counts for "
          + ballot.size() + " nominations: its ballot was not opened");
    }
  }

  private static ConflictException alreadyVoted() {
    return new ConflictException("Thành viên đã bỏ phiếu trong phiên họp này.");
  }

  /** Applies the thresholds in force on the meeting date and returns the minutes (counts only). */
  public String tally(long meetingId) {
    CouncilMeeting meeting = meeting(meetingId);
    meeting.tallied();
    BigDecimal inHouse = settings.decimalValue(SettingKey.COUNCIL_APPROVAL_PERCENT_IN_HOUSE, meeting.getMeetingDate());
    BigDecimal state = settings.decimalValue(SettingKey.COUNCIL_APPROVAL_PERCENT_STATE, meeting.getMeetingDate());
    Map<Long, BallotCount> byNomination = new LinkedHashMap<>();
    counts.findByMeetingId(meetingId).forEach(c -> byNomination.put(c.getNominationId(), c));
    List<String> lines = new ArrayList<>();
    lines.add("### Biên bản họp Hội đồng Thi đua – Khen thưởng");
    lines.add("Ngày họp: " + VietnameseDates.format(meeting.getMeetingDate()) + " · Có mặt **"
        + meeting.getPresentCount() + "/" + meeting.getTotalMembers() + "** thành viên · Số phiếu: "
        + casts.countByMeetingId(meetingId));
    lines.add("");
    int i = 1;
    for (Nomination n : toVote(meeting.getCycleId())) {
      BallotCount c = byNomination.get(n.getId());
      int approvals = c == null ? 0 : c.getApprovals();
      int rejections = c == null ? 0 : c.getRejections();
      BigDecimal threshold = n.getProposedAward().stateLevel() ? state : inHouse;
      boolean approved = CouncilRules.approved(approvals, meeting.getTotalMembers(), threshold);
      String result = approved ? "Đồng ý đề nghị" : "Không đồng ý";
      n.councilDecided(approved, "Hội đồng: " + approvals + " đồng ý, " + rejections + " không đồng ý / "
          + meeting.getTotalMembers() + " thành viên (cần " + threshold.stripTrailingZeros().toPlainString() + "%)");
      lines.add(i++ + ". " + Markdown.escape(n.getUnit().getShortName() + " – " + n.getNomineeName()) + " – "
          + n.getProposedAward().label() + ": " + approvals + " đồng ý, " + rejections + " không đồng ý → **" + result
          + "**");
    }
    return String.join("\n", lines);
  }

  public void confirmMinutes(long meetingId, String by) {
    meeting(meetingId).minutesConfirmed(by);
  }

  private CouncilMeeting meeting(long id) {
    return meetings.findById(id).orElseThrow(() -> new InvalidInputException("Không có phiên họp số " + id + "."));
  }

  private List<Nomination> toVote(long cycleId) {
    return nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() == NominationStatus.MET).toList();
  }

}
