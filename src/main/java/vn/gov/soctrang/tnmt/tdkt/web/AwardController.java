package vn.gov.soctrang.tnmt.tdkt.web;


import java.time.LocalDate;
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
import vn.gov.soctrang.tnmt.tdkt.award.AwardRevocation;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationGround;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationService;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The award register: every award with its decision, history and, once revoked, the ground and the decision that
 * revoked it. Revocation runs as the process award-revocation (the Office in Tasklist); administrators may only
 * enter a revocation already decided outside it, with the same ground and decision.
 */
@RestController
public class AwardController {

  private static final ProcessVariable<Object> GROUND = ProcessVariable.input("ground");
  private static final ProcessVariable<Object> REASON = ProcessVariable.input("reason");
  private static final ProcessVariable<Object> EVIDENCE = ProcessVariable.input("evidence");
  private static final ProcessVariable<Object> DECISION_NUMBER = ProcessVariable.input("decisionNumber");
  private static final ProcessVariable<Object> DECISION_DATE = ProcessVariable.input("decisionDate");
  private static final ProcessVariable<Object> SIGNER = ProcessVariable.input("signer");
  private static final ProcessVariable<Object> AUTHORITY = ProcessVariable.input("authority");

  private final AwardService awards;
  private final RevocationService revocations;
  private final IdentityService identity;
  private final java.time.Clock clock;

  public AwardController(AwardService awards, RevocationService revocations,
      IdentityService identity, java.time.Clock clock) {
    this.awards = awards;
    this.revocations = revocations;
    this.identity = identity;
    this.clock = clock;
  }

  @GetMapping("/api/awards")
  public List<Map<String, Object>> register(@RequestParam(required = false) Integer year) {
    List<Award> found = awards.register(year);
    Map<Long, AwardRevocation> revoked = revocations.appliedFor(found.stream().filter(a -> !a.isActive())
        .map(Award::getId).toList());
    return found.stream().map(a -> view(a, revoked.get(a.getId()))).toList();
  }

  /** The grounds on which an award may be revoked, with their legal source; those in force today first. */
  @GetMapping("/api/revocation-grounds")
  public List<Map<String, Object>> grounds() {
    LocalDate today = LocalDate.now(clock);
    return revocations.allGrounds().stream().map(g -> {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("code", g.getCode());
      v.put("label", g.getLabel());
      v.put("sourceNote", g.getSourceNote());
      v.put("validFrom", g.getValidFrom().toString());
      v.put("validTo", g.getValidTo() == null ? null : g.getValidTo().toString());
      v.put("inForce", g.inForceOn(today));
      return v;
    }).toList();
  }

  @GetMapping("/api/awards/{id}/history")
  public List<Map<String, Object>> history(@PathVariable long id) {
    return awards.history(id).stream().map(AwardController::view).toList();
  }

  /**
   * A revocation decided outside the system (before the process award-revocation existed, or on paper), entered by
   * an administrator with the same ground, reasons, evidence and decision the process asks for, and applied at once
   * through the same service: {"ground": "KE_KHAI_GIAN_DOI", "reason": "…", "evidence": "…", "decisionNumber":
   * "15/QĐ-STNMT", "decisionDate": "05/12/2026", "signer": "…", "authority": "Giám đốc Sở"}. The award is marked
   * revoked, never deleted; the register keeps who, when, why and under which decision.
   */
  @PostMapping("/api/admin/awards/{id}/revocation")
  public Map<String, Object> revoke(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
    FormValues form = FormValues.of(body == null ? Map.<String, Object>of() : body);
    String ground = form.text(GROUND, "Căn cứ hủy bỏ (ground)", true, 40);
    String reason = form.text(REASON, "Lý do hủy bỏ (reason)", true, 2000);
    String evidence = form.text(EVIDENCE, "Tài liệu, chứng cứ (evidence)", true, 2000);
    String number = form.text(DECISION_NUMBER, "Số quyết định hủy bỏ (decisionNumber)", true, 50);
    LocalDate date = form.date(DECISION_DATE, "Ngày quyết định hủy bỏ (decisionDate)", true);
    String signer = form.text(SIGNER, "Người ký quyết định (signer)", true, 200);
    String authority = form.text(AUTHORITY, "Cơ quan, người có thẩm quyền quyết định (authority)", true, 300);
    form.validate();
    Award award = revocations.recordDecidedOutsideProcess(new RevocationService.Dossier(String.valueOf(id), ground,
        reason, evidence), new RevocationService.Decision(number, date, signer, authority),
        identity.getCurrentAuthentication().getUserId());
    return view(award, revocations.appliedFor(List.of(award.getId())).get(award.getId()));
  }

  static Map<String, Object> view(Award a) {
    return view(a, null);
  }

  static Map<String, Object> view(Award a, AwardRevocation revocation) {
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
    if (revocation != null) {
      v.put("revocation", revocationView(revocation));
    }
    return v;
  }

  private static Map<String, Object> revocationView(AwardRevocation r) {
    RevocationGround g = r.getGround();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("ground", g.getCode());
    v.put("groundLabel", g.getLabel());
    v.put("legalSource", g.getSourceNote());
    v.put("reasons", r.getReasons());
    v.put("evidence", r.getEvidence());
    v.put("preparedBy", r.getPreparedBy());
    v.put("byDirector", r.isByDirector());
    v.put("decisionNumber", r.getDecisionNumber());
    v.put("decisionDate", VietnameseDates.format(r.getDecisionDate()));
    v.put("signer", r.getDecisionSigner());
    v.put("authority", r.getIssuingAuthority());
    v.put("status", r.getStatus().name());
    v.put("statusLabel", r.getStatus().label());
    v.put("certificateRecovered", r.getCertificateRecovered());
    v.put("certificateRecoveredOn", r.getCertificateRecoveredOn() == null ? null
        : VietnameseDates.format(r.getCertificateRecoveredOn()));
    v.put("certificateNote", r.getCertificateNote());
    v.put("moneyAmount", r.getMoneyAmount());
    v.put("moneyRecoveredOn", r.getMoneyRecoveredOn() == null ? null
        : VietnameseDates.format(r.getMoneyRecoveredOn()));
    v.put("moneyNote", r.getMoneyNote());
    return v;
  }

  private static Map<String, Object> view(AwardEvent e) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("action", e.getAction());
    v.put("actionLabel", AwardEvent.ENTERED.equals(e.getAction()) ? "Vào sổ khen thưởng"
        : "Hủy bỏ khen thưởng, thu hồi hiện vật và tiền thưởng");
    v.put("reason", e.getReason());
    v.put("by", e.getActor());
    v.put("at", e.getCreatedAt().toString());
    return v;
  }
}
