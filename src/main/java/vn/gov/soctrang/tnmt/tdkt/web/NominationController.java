package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;

/**
 * The nominations of a year with their status and reason ("không đạt" is never silently dropped): a unit's people
 * see their own unit's, the Office and the leadership see every unit's.
 */
@RestController
@RequestMapping("/api/cycles/{year}/nominations")
public class NominationController {

  private static final Set<String> SEE_ALL = Set.of(CamundaGroups.OFFICE, CamundaGroups.LEADERSHIP,
      CamundaGroups.ADMIN);

  private final CycleRepository cycles;
  private final NominationRepository nominations;
  private final OrganizationService organization;
  private final IdentityService identity;

  public NominationController(CycleRepository cycles, NominationRepository nominations,
      OrganizationService organization, IdentityService identity) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.organization = organization;
    this.identity = identity;
  }

  @GetMapping
  public List<Map<String, Object>> list(@PathVariable int year) {
    Cycle cycle = cycles.findByYear(year).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Chưa có chu trình thi đua năm " + year + "."));
    var auth = identity.getCurrentAuthentication();
    boolean seesAll = auth.getGroupIds().stream().anyMatch(SEE_ALL::contains);
    String ownUnit = organization.person(auth.getUserId()).map(Person::getUnit).map(u -> u.getCode()).orElse(null);
    return nominations.findByCycleIdOrderByIdAsc(cycle.getId()).stream()
        .filter(n -> seesAll || n.getUnit().getCode().equals(ownUnit))
        .map(NominationController::view).toList();
  }

  private static Map<String, Object> view(Nomination n) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", n.getId());
    v.put("unit", n.getUnit().getName());
    v.put("nomineeType", n.getNomineeType().name());
    v.put("nominee", n.getNomineeName());
    v.put("proposedAward", n.getProposedAward().label());
    v.put("status", n.getStatus().name());
    v.put("statusLabel", n.getStatus().label());
    v.put("reason", n.getEvaluationReason());
    v.put("priorFacts", n.getPriorFacts());
    v.put("provinceNote", n.getProvinceNote());
    return v;
  }
}
