package vn.gov.soctrang.tnmt.tdkt.cycle;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's override of the transitional rule for a year's dossiers:
 * {@code PUT /api/admin/cycles/2025/regime-date} {@code {"date":"2025-06-30","reason":"Hồ sơ trình trước 01/07/2025"}}
 * ({@code "date": null} releases it).
 */
@RestController
class RegimeDateController {

  private final CycleService cycles;
  private final IdentityService identity;

  RegimeDateController(CycleService cycles, IdentityService identity) {
    this.cycles = cycles;
    this.identity = identity;
  }

  /** The date and the reason; the service checks both (a date in ISO form, a reason when a date is set). */
  record RegimeDate(String date, String reason) {
  }

  record RegimeDateView(int year, String regimeDate, String reason) {
  }

  @PutMapping("/api/admin/cycles/{year}/regime-date")
  public RegimeDateView fix(@PathVariable int year, @RequestBody RegimeDate body) {
    Cycle cycle = cycles.fixRegimeDate(year, body.date(), body.reason(),
        identity.getCurrentAuthentication().getUserId());
    return new RegimeDateView(cycle.getYear(), cycle.regimeDate().map(Object::toString).orElse(null),
        cycle.getRegimeDateReason());
  }
}
