package vn.gov.soctrang.tnmt.tdkt.award;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditSnapshots;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Role;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/** The Director's decision on the certificates of merit (Giấy khen), entered in the award register. */
@Service
@Transactional
public class AwardService {

  /** Decision numbers as the Department writes them, e.g. 123/QĐ-STNMT. */
  private static final String DECISION_NUMBER = "[0-9]{1,6}/[\\p{L}0-9-]{2,30}";

  private final AwardRepository awards;
  private final AwardEventRepository events;
  private final NominationRepository nominations;
  private final CycleService cycles;
  private final OrganizationService organization;
  private final Clock clock;
  private final ApplicationEventPublisher publisher;
  private final AuditService audit;

  public AwardService(AwardRepository awards, AwardEventRepository events, NominationRepository nominations,
      CycleService cycles, OrganizationService organization, Clock clock, ApplicationEventPublisher publisher,
      AuditService audit) {
    this.awards = awards;
    this.events = events;
    this.nominations = nominations;
    this.cycles = cycles;
    this.organization = organization;
    this.clock = clock;
    this.publisher = publisher;
    this.audit = audit;
  }

  /** Published when an award leaves the register's awards in force, so that what lists them is renewed. */
  public record AwardRevoked(long cycleId, long awardId) {
  }

  /** The nominations the Director decides on: approved by the Council for a Giấy khen and not withdrawn. */
  @Transactional(readOnly = true)
  public List<Nomination> forDirector(long cycleId) {
    return nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED && n.getProposedAward() == AwardType.GIAY_KHEN)
        .toList();
  }

  @Transactional(readOnly = true)
  public Nomination nomination(long nominationId) {
    return nominations.findById(nominationId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public String listText(long cycleId) {
    List<Nomination> list = forDirector(cycleId);
    StringBuilder text = new StringBuilder("### Danh sách đề nghị tặng Giấy khen của Giám đốc Sở (" + list.size() + ")\n");
    int i = 1;
    for (Nomination n : list) {
      text.append("\n").append(i++).append(". ").append(n.getNomineeType().label()).append(" **")
          .append(Markdown.escape(n.getNomineeName())).append("** – ").append(Markdown.escape(n.getUnit().getName()));
    }
    return text.toString();
  }

  /** Only the Director decides; every listed nomination enters the register under the decision. */
  public List<Award> decide(long cycleId, String decisionNumber, LocalDate decisionDate, String actor,
      Problems problems) {
    boolean director = organization.person(actor).map(p -> p.hasRole(Role.DIRECTOR)).orElse(false);
    if (!director) {
      throw new InvalidInputException("Chỉ Giám đốc Sở quyết định tặng Giấy khen.");
    }
    checkDecision(decisionNumber, decisionDate, "Số quyết định", "Ngày quyết định", problems);
    problems.throwIfAny();
    Cycle cycle = cycles.get(cycleId);
    // Who already holds an award is read once for the whole decision, not once per nominee: each query would make
    // the persistence context check every award entered so far (quadratic in the length of the list).
    Set<String> holders = new HashSet<>(awards.nomineeKeysOf(cycleId));
    return forDirector(cycleId).stream().map(n -> {
      n.awarded();
      return enter(cycle, n, decisionNumber, decisionDate, actor, holders);
    }).toList();
  }

  /** A decision number as the Department writes them, dated no later than today. */
  public void checkDecision(String number, LocalDate date, String numberLabel, String dateLabel, Problems problems) {
    problems.addIf(number != null && !number.matches(DECISION_NUMBER),
        "«" + numberLabel + "» không đúng dạng (ví dụ 123/QĐ-STNMT).");
    problems.addIf(date != null && date.isAfter(LocalDate.now(clock)),
        "«" + dateLabel + "» không được sau ngày hôm nay.");
  }

  /**
   * Enters an award into the register under its decision (the Director's, or the one the province sent back). One
   * achievement, one award: a nominee holds at most one award per cycle.
   */
  public Award enter(Cycle cycle, Nomination n, String number, LocalDate date, String actor) {
    return enter(cycle, n, number, date, actor, new HashSet<>(awards.nomineeKeysOf(cycle.getId())));
  }

  private Award enter(Cycle cycle, Nomination n, String number, LocalDate date, String actor, Set<String> holders) {
    if (!holders.add(n.nomineeKey())) {
      throw new ConflictException(n.getNomineeName() + " đã có khen thưởng trong năm " + cycle.getYear()
          + ": mỗi thành tích chỉ được khen thưởng một lần.");
    }
    Award entered = new Award(cycle.getYear(), n, number, date, actor, clock.instant());
    // The register's number within the year, in the order decided; the unique constraint refuses a number given twice.
    entered.numberInRegister(awards.lastRegisterNumber(cycle.getYear()) + 1);
    Award award = awards.saveAndFlush(entered);
    events.save(new AwardEvent(award.getId(), AwardEvent.ENTERED, n.getProposedAward().authority() + ", quyết định số "
        + number, actor, clock.instant()));
    audit.record(actor, AuditedObject.AWARD, award.getId(), AuditAction.ENTERED, null, AwardSnapshots.of(award));
    return award;
  }

  /** Revokes a registered award with its reason; the entry stays in the register, marked, with its history. */
  public Award revoke(long awardId, String reason, String actor) {
    Award award = awards.findById(awardId)
        .orElseThrow(() -> new InvalidInputException("Không có khen thưởng số " + awardId + " trong sổ khen thưởng."));
    Problems problems = new Problems();
    problems.addIf(reason == null || reason.isBlank(), "Vui lòng nhập lý do thu hồi khen thưởng.");
    problems.addIf(reason != null && reason.strip().length() > 4000, "Lý do thu hồi quá dài: tối đa 4000 ký tự.");
    problems.throwIfAny();
    var before = AwardSnapshots.of(award);
    award.revoke(clock.instant());
    nominations.findById(award.getNominationId()).ifPresent(n -> n.awardRevoked(reason.strip()));
    events.save(new AwardEvent(award.getId(), AwardEvent.REVOKED, reason.strip(), actor, clock.instant()));
    audit.record(actor, AuditedObject.AWARD, award.getId(), AuditAction.REVOKED, before,
        AuditSnapshots.with(AwardSnapshots.of(award), "reason", reason.strip()));
    publisher.publishEvent(new AwardRevoked(award.getCycleId(), award.getId()));
    return award;
  }

  @Transactional(readOnly = true)
  public List<AwardEvent> history(long awardId) {
    if (!awards.existsById(awardId)) {
      throw new InvalidInputException("Không có khen thưởng số " + awardId + " trong sổ khen thưởng.");
    }
    return events.findByAwardIdOrderByIdAsc(awardId);
  }

  @Transactional(readOnly = true)
  public List<Award> register(Integer year) {
    return year == null ? awards.findAllByOrderByYearDescIdAsc() : awards.findByYearOrderByIdAsc(year);
  }
}
