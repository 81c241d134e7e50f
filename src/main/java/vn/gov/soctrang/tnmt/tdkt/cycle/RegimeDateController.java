package vn.gov.soctrang.tnmt.tdkt.cycle;

import java.util.LinkedHashMap;
import java.util.Map;
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

  public RegimeDateController(CycleService cycles, IdentityService identity) {
    this.cycles = cycles;
    this.identity = identity;
  }

  public record RegimeDate(String date, String reason) {
  }

  @PutMapping("/api/admin/cycles/{year}/regime-date")
  public Map<String, Object> fix(@PathVariable int year, @RequestBody RegimeDate body) {
    Cycle cycle = cycles.fixRegimeDate(year, body.date(), body.reason(),
        identity.getCurrentAuthentication().getUserId());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("year", cycle.getYear());
    view.put("regimeDate", cycle.regimeDate().map(Object::toString).orElse(null));
    view.put("reason", cycle.getRegimeDateReason());
    return view;
  }
}
