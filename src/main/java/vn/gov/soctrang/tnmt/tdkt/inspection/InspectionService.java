package vn.gov.soctrang.tnmt.tdkt.inspection;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/** Inspection "if necessary": the Office chooses units; inspectors confirm or reject each nomination of a unit. */
@Service
@Transactional
class InspectionService {

  private final CycleService cycles;
  private final NominationRepository nominations;
  private final Clock clock;

  public InspectionService(CycleService cycles, NominationRepository nominations, Clock clock) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.clock = clock;
  }

  /** One nomination's finding as the inspector submitted it. */
  public record Finding(long nominationId, boolean confirmed, String note) {
  }

  /** The units that have nominations meeting the criteria: the only ones worth inspecting. */
  @Transactional(readOnly = true)
  public List<Option> unitOptions(long cycleId) {
    Map<String, String> units = metNominations(cycleId).stream().map(Nomination::getUnit)
        .collect(Collectors.toMap(Unit::getCode, Unit::getName, (a, b) -> a, java.util.LinkedHashMap::new));
    return units.entrySet().stream().map(e -> new Option(e.getValue(), e.getKey())).toList();
  }

  /** @return the units to inspect (empty when no inspection) */
  public List<String> decide(long cycleId, boolean needed, List<String> unitCodes, String note, Problems problems) {
    Set<String> allowed = unitOptions(cycleId).stream().map(Option::value).collect(Collectors.toSet());
    if (needed) {
      problems.addIf(unitCodes.isEmpty(), "Vui lòng chọn ít nhất một đơn vị được kiểm tra.");
      unitCodes.stream().filter(c -> !allowed.contains(c)).forEach(c -> problems.add(
          "Đơn vị mã " + c + " không có đề nghị đạt tiêu chí nên không thuộc diện kiểm tra."));
    }
    problems.throwIfAny();
    cycles.get(cycleId).decideInspection(needed, note);
    return needed ? unitCodes : List.of();
  }

  /** The nominations of a unit the inspector must rule on, in the order of the form's slots. */
  @Transactional(readOnly = true)
  public List<Nomination> toInspect(long cycleId, String unitCode) {
    List<Nomination> list = metNominations(cycleId).stream().filter(n -> n.getUnit().getCode().equals(unitCode))
        .toList();
    if (list.size() > FindingSlots.SLOTS) {
      throw new IllegalStateException("More nominations than inspection slots for unit " + unitCode);
    }
    return list;
  }

  public void record(long cycleId, String unitCode, String inspector, List<Finding> findings) {
    Map<Long, Nomination> expected = toInspect(cycleId, unitCode).stream()
        .collect(Collectors.toMap(Nomination::getId, n -> n));
    if (!expected.keySet().equals(findings.stream().map(Finding::nominationId).collect(Collectors.toSet()))) {
      throw new InvalidInputException("Vui lòng ghi kết quả kiểm tra cho tất cả đề nghị của đơn vị.");
    }
    for (Finding f : findings) {
      expected.get(f.nominationId()).inspected(f.confirmed(), f.note(), inspector, clock.instant());
    }
  }

  private List<Nomination> metNominations(long cycleId) {
    return nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getStatus() == NominationStatus.MET).toList();
  }
}
