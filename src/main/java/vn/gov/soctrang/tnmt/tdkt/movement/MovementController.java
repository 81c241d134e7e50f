package vn.gov.soctrang.tnmt.tdkt.movement;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The movements: anyone logged in reads them (which movement a year belongs to); the administrator declares the
 * next one, e.g. {@code {"code":"NTM-2026-2030","name":"…","shortName":"…","firstYear":2026,"lastYear":2030,
 * "finalSummaryYear":2030,"criteriaDecision":"nominationCriteria","description":"…","sourceNote":"Kế hoạch số …"}}.
 */
@RestController
@RequestMapping("/api")
class MovementController {

  private final MovementService movements;
  private final IdentityService identity;

  public MovementController(MovementService movements, IdentityService identity) {
    this.movements = movements;
    this.identity = identity;
  }

  /** A movement; {@code kind} THUONG_XUYEN (yearly cycles) or CHUYEN_DE (its own dates, null for the other kind). */
  public record MovementView(long id, String code, String kind, String name, String shortName, int firstYear,
      int lastYear, int finalSummaryYear, String criteriaDecision, String startsOn, String endsOn, String description,
      String sourceNote, String createdBy, String createdAt) {

    static MovementView of(Movement m) {
      return new MovementView(m.getId(), m.getCode(), m.getKind().name(), m.getName(), m.getShortName(),
          m.getFirstYear(), m.getLastYear(), m.getFinalSummaryYear(), m.getCriteriaDecision(),
          m.getStartsOn() == null ? null : m.getStartsOn().toString(),
          m.getEndsOn() == null ? null : m.getEndsOn().toString(), m.getDescription(), m.getSourceNote(),
          m.getCreatedBy(), m.getCreatedAt().toString());
    }
  }

  @GetMapping("/movements")
  public List<MovementView> all() {
    return movements.all().stream().map(MovementView::of).toList();
  }

  @PostMapping("/admin/movements")
  @ResponseStatus(HttpStatus.CREATED)
  public MovementView declare(@RequestBody MovementService.NewMovement body) {
    return MovementView.of(movements.declare(body, identity.getCurrentAuthentication().getUserId()));
  }
}
