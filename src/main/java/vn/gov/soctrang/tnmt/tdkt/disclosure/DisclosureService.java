package vn.gov.soctrang.tnmt.tdkt.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/**
 * Public disclosure of the list the Council approved, for objections: 5 working days for in-house awards, 10 when
 * a state-level award is proposed (settings); an objection holds its nomination until the Council rules.
 */
@Service
@Transactional
class DisclosureService {

  private final CycleService cycles;
  private final CycleRepository cycleRepository;
  private final NominationRepository nominations;
  private final ObjectionRepository objections;
  private final SettingsService settings;
  private final CalendarService calendar;
  private final Clock clock;

  public DisclosureService(CycleService cycles, CycleRepository cycleRepository, NominationRepository nominations,
      ObjectionRepository objections, SettingsService settings, CalendarService calendar, Clock clock) {
    this.cycles = cycles;
    this.cycleRepository = cycleRepository;
    this.nominations = nominations;
    this.objections = objections;
    this.settings = settings;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** @return the last day of the disclosure */
  public LocalDate open(long cycleId) {
    LocalDate today = calendar.today();
    boolean stateLevel = approved(cycleId).stream().anyMatch(n -> n.getProposedAward().stateLevel());
    int days = settings.intValue(stateLevel ? SettingKey.DISCLOSURE_WORKING_DAYS_STATE
        : SettingKey.DISCLOSURE_WORKING_DAYS_IN_HOUSE, today);
    LocalDate endsOn = calendar.addWorkingDays(today, days);
    cycles.get(cycleId).startDisclosure(endsOn);
    return endsOn;
  }

  /** Anyone logged in may object to a disclosed nomination while the disclosure lasts. */
  public Objection file(int year, Long nominationId, String user, String content) {
    Cycle cycle = cycleRepository.findByYear(year)
        .orElseThrow(() -> new InvalidInputException("Chưa có chu trình thi đua năm " + year + "."));
    if (!cycle.takesObjectionsOn(calendar.today())) {
      throw new ConflictException("Danh sách năm " + year + " không trong thời gian công khai lấy ý kiến.");
    }
    Problems problems = new Problems();
    problems.addIf(content == null || content.isBlank(), "Vui lòng nhập nội dung ý kiến phản đối.");
    problems.addIf(content != null && content.strip().length() > 4000, "Nội dung ý kiến quá dài: tối đa 4000 ký tự.");
    Nomination nomination = nominationId == null ? null : nominations.findById(nominationId)
        .filter(n -> n.getCycleId().equals(cycle.getId())).orElse(null);
    problems.addIf(nomination == null, "Không có đề nghị khen thưởng này trong danh sách công khai năm " + year + ".");
    problems.throwIfAny();
    nomination.objected();
    return objections.save(new Objection(cycle.getId(), nomination.getId(), user, content.strip(), clock.instant()));
  }

  /** @return whether objections wait for the Council */
  public boolean close(long cycleId) {
    cycles.get(cycleId).endDisclosure();
    return !objections.findByCycleIdAndStatusOrderByIdAsc(cycleId, Objection.OPEN).isEmpty();
  }

  @Transactional(readOnly = true)
  public List<Option> openObjectionOptions(long cycleId) {
    Map<Long, Nomination> byId = nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
    return objections.findByCycleIdAndStatusOrderByIdAsc(cycleId, Objection.OPEN).stream()
        .map(o -> new Option(byId.get(o.getNominationId()).getNomineeName() + ": " + abbreviate(o.getContent()),
            String.valueOf(o.getId()))).toList();
  }

  @Transactional(readOnly = true)
  public String openObjectionsText(long cycleId) {
    Map<Long, Nomination> byId = nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .collect(Collectors.toMap(Nomination::getId, Function.identity()));
    StringBuilder text = new StringBuilder("### Ý kiến phản đối trong thời gian công khai\n");
    for (Objection o : objections.findByCycleIdAndStatusOrderByIdAsc(cycleId, Objection.OPEN)) {
      Nomination n = byId.get(o.getNominationId());
      text.append("\n- **").append(Markdown.escape(n.getNomineeName())).append("** (")
          .append(n.getProposedAward().label()).append("): ").append(Markdown.escape(o.getContent()));
    }
    return text.toString();
  }

  /** Upholds the chosen objections (their nominations leave the list) and dismisses the others. */
  public void rule(long cycleId, List<String> upheldIds, String note, String actor) {
    List<Objection> open = objections.findByCycleIdAndStatusOrderByIdAsc(cycleId, Objection.OPEN);
    Set<String> valid = open.stream().map(o -> String.valueOf(o.getId())).collect(Collectors.toSet());
    if (!valid.containsAll(upheldIds)) {
      throw new InvalidInputException("Có ý kiến được chọn không thuộc danh sách ý kiến đang chờ xem xét.");
    }
    Set<String> upheld = new HashSet<>(upheldIds);
    Set<Long> withdrawn = new HashSet<>();
    for (Objection o : open) {
      boolean isUpheld = upheld.contains(String.valueOf(o.getId()));
      o.ruled(isUpheld, note, actor, clock.instant());
      if (isUpheld) {
        withdrawn.add(o.getNominationId());
      }
    }
    open.stream().map(Objection::getNominationId).distinct().forEach(id ->
        nominations.findById(id).orElseThrow().objectionsRuled(withdrawn.contains(id), note));
  }

  private List<Nomination> approved(long cycleId) {
    return nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() == NominationStatus.COUNCIL_APPROVED).toList();
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
