package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardEvent;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** The award register: every award with its decision and history; revocation is for administrators only. */
@RestController
public class AwardController {

  private final AwardService awards;
  private final AdminGuard guard;
  private final IdentityService identity;

  public AwardController(AwardService awards, AdminGuard guard, IdentityService identity) {
    this.awards = awards;
    this.guard = guard;
    this.identity = identity;
  }

  @GetMapping("/api/awards")
  public List<Map<String, Object>> register(@RequestParam(required = false) Integer year) {
    return awards.register(year).stream().map(AwardController::view).toList();
  }

  @GetMapping("/api/awards/{id}/history")
  public List<Map<String, Object>> history(@PathVariable long id) {
    return awards.history(id).stream().map(AwardController::view).toList();
  }

  /** {"reason": "..."}: the award is marked revoked, never deleted; the register keeps who, when and why. */
  @PostMapping("/api/admin/awards/{id}/revocation")
  public Map<String, Object> revoke(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
    guard.require();
    Object reason = body == null ? null : body.get("reason");
    if (reason != null && !(reason instanceof String)) {
      throw new InvalidInputException("Lý do thu hồi (reason) phải là một đoạn văn bản.");
    }
    return view(awards.revoke(id, (String) reason,
        identity.getCurrentAuthentication().getUserId()));
  }

  static Map<String, Object> view(Award a) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", a.getId());
    v.put("year", a.getYear());
    v.put("nominee", a.getNomineeName());
    v.put("unit", a.getUnit().getName());
    v.put("award", a.getAwardType().label());
    v.put("authority", a.getAuthority());
    v.put("decisionNumber", a.getDecisionNumber());
    v.put("decisionDate", a.getDecisionDate().toString());
    v.put("status", a.getStatus());
    v.put("statusLabel", a.isActive() ? "Đang hiệu lực" : "Đã thu hồi");
    return v;
  }

  private static Map<String, Object> view(AwardEvent e) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("action", e.getAction());
    v.put("actionLabel", AwardEvent.ENTERED.equals(e.getAction()) ? "Vào sổ khen thưởng" : "Thu hồi khen thưởng");
    v.put("reason", e.getReason());
    v.put("by", e.getActor());
    v.put("at", e.getCreatedAt().toString());
    return v;
  }
}
