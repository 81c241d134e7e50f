package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;

/** The award register: every award with its decision, for anyone logged in. */
@RestController
@RequestMapping("/api/awards")
public class AwardController {

  private final AwardRepository awards;

  public AwardController(AwardRepository awards) {
    this.awards = awards;
  }

  @GetMapping
  public List<Map<String, Object>> register(@RequestParam(required = false) Integer year) {
    List<Award> list = year == null ? awards.findAllByOrderByYearDescIdAsc() : awards.findByYearOrderByIdAsc(year);
    return list.stream().map(a -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("year", a.getYear());
      v.put("nominee", a.getNomineeName());
      v.put("unit", a.getUnit().getName());
      v.put("award", a.getAwardType().label());
      v.put("decisionNumber", a.getDecisionNumber());
      v.put("decisionDate", a.getDecisionDate().toString());
      v.put("status", a.getStatus());
      return v;
    }).toList();
  }
}
