package vn.gov.soctrang.tnmt.tdkt.nomination;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;

/**
 * The nominations of a year with their status and reason ("không đạt" is never silently dropped): a unit's people
 * see their own unit's, the Office and the leadership see every unit's.
 */
@RestController
@RequestMapping("/api/cycles/{year}/nominations")
class NominationController {

  private static final Set<String> SEE_ALL = Set.of(CamundaGroups.OFFICE, CamundaGroups.LEADERSHIP,
      CamundaGroups.ADMIN);

  private final CycleRepository cycles;
  private final NominationRepository nominations;
  private final OrganizationService organization;
  private final IdentityService identity;

  NominationController(CycleRepository cycles, NominationRepository nominations,
      OrganizationService organization, IdentityService identity) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.organization = organization;
    this.identity = identity;
  }

  /** A nomination with its status and, when it did not pass, the reason. */
  record NominationView(Long id, String unit, String nomineeType, String nominee, String proposedAward,
      String status, String statusLabel, String reason, String priorFacts, String provinceNote) {
  }

  @GetMapping
  public List<NominationView> list(@PathVariable int year) {
    Cycle cycle = cycles.findByYear(year).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Chưa có chu trình thi đua năm " + year + "."));
    var auth = identity.getCurrentAuthentication();
    boolean seesAll = auth.getGroupIds().stream().anyMatch(SEE_ALL::contains);
    String ownUnit = organization.person(auth.getUserId()).map(Person::getUnit).map(u -> u.getCode()).orElse(null);
    return nominations.findByCycleIdOrderByIdAsc(cycle.getId()).stream()
        .filter(n -> seesAll || n.getUnit().getCode().equals(ownUnit))
        .map(NominationController::view).toList();
  }

  private static NominationView view(Nomination n) {
    return new NominationView(n.getId(), n.getUnit().getName(), n.getNomineeType().name(), n.getNomineeName(),
        n.getProposedAward().label(), n.getStatus().name(), n.getStatus().label(), n.getEvaluationReason(),
        n.getPriorFacts(), n.getProvinceNote());
  }
}
