package vn.gov.soctrang.tnmt.tdkt.award;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.process.DateText;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.shared.MaxText;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The award register: every award with its decision, history and, once revoked, the ground and the decision that
 * revoked it. Revocation runs as the process award-revocation (the Office in Tasklist); administrators may only
 * enter a revocation already decided outside it, with the same ground and decision.
 */
@RestController
class AwardController {

  private final AwardService awards;
  private final RevocationService revocations;
  private final IdentityService identity;
  private final Clock clock;

  AwardController(AwardService awards, RevocationService revocations, IdentityService identity, Clock clock) {
    this.awards = awards;
    this.revocations = revocations;
    this.identity = identity;
    this.clock = clock;
  }

  /** One award of the register; {@code revocation} only once the award is revoked. */
  record AwardView(Long id, int year, String nominee, String unit, String award, String authority,
      String decisionNumber, String decisionDate, String status, String statusLabel,
      @JsonInclude(JsonInclude.Include.NON_NULL) RevocationView revocation) {
  }

  /** The revocation applied to an award: ground, reasons, the decision and what has been recovered. */
  record RevocationView(String ground, String groundLabel, String legalSource, String reasons, String evidence,
      String preparedBy, boolean byDirector, String decisionNumber, String decisionDate, String signer,
      String authority, String status, String statusLabel, Boolean certificateRecovered,
      String certificateRecoveredOn, String certificateNote, Long moneyAmount, String moneyRecoveredOn,
      String moneyNote) {
  }

  record GroundView(String code, String label, String sourceNote, String validFrom, String validTo,
      boolean inForce) {
  }

  record AwardEventView(String action, String actionLabel, String reason, String by, String at) {
  }

  /**
   * A revocation decided outside the process, with what the process asks for: {"ground": "KE_KHAI_GIAN_DOI",
   * "reason": "…", "evidence": "…", "decisionNumber": "15/QĐ-STNMT", "decisionDate": "05/12/2026", "signer": "…",
   * "authority": "Giám đốc Sở"}; the date as day/month/year or ISO.
   */
  record RevocationRequest(
      @NotBlank(message = "Vui lòng nhập «Căn cứ hủy bỏ (ground)».")
      @MaxText(max = 40, message = "«Căn cứ hủy bỏ (ground)» quá dài: tối đa {max} ký tự, đã nhập {length}.")
      String ground,
      @NotBlank(message = "Vui lòng nhập «Lý do hủy bỏ (reason)».")
      @MaxText(max = 2000, message = "«Lý do hủy bỏ (reason)» quá dài: tối đa {max} ký tự, đã nhập {length}.")
      String reason,
      @NotBlank(message = "Vui lòng nhập «Tài liệu, chứng cứ (evidence)».")
      @MaxText(max = 2000,
          message = "«Tài liệu, chứng cứ (evidence)» quá dài: tối đa {max} ký tự, đã nhập {length}.")
      String evidence,
      @NotBlank(message = "Vui lòng nhập «Số quyết định hủy bỏ (decisionNumber)».")
      @MaxText(max = 50,
          message = "«Số quyết định hủy bỏ (decisionNumber)» quá dài: tối đa {max} ký tự, đã nhập {length}.")
      String decisionNumber,
      @NotBlank(message = "Vui lòng nhập «Ngày quyết định hủy bỏ (decisionDate)».")
      @DateText(message = "«Ngày quyết định hủy bỏ (decisionDate)» không phải là ngày hợp lệ (nhập ngày/tháng/năm, "
          + "ví dụ 28/11/2026).")
      String decisionDate,
      @NotBlank(message = "Vui lòng nhập «Người ký quyết định (signer)».")
      @MaxText(max = 200,
          message = "«Người ký quyết định (signer)» quá dài: tối đa {max} ký tự, đã nhập {length}.")
      String signer,
      @NotBlank(message = "Vui lòng nhập «Cơ quan, người có thẩm quyền quyết định (authority)».")
      @MaxText(max = 300, message = "«Cơ quan, người có thẩm quyền quyết định (authority)» quá dài: tối đa {max} ký "
          + "tự, đã nhập {length}.")
      String authority) {
  }

  @GetMapping("/api/awards")
  public List<AwardView> register(@RequestParam(required = false) Integer year) {
    List<Award> found = awards.register(year);
    Map<Long, AwardRevocation> revoked = revocations.appliedFor(found.stream().filter(a -> !a.isActive())
        .map(Award::getId).toList());
    return found.stream().map(a -> view(a, revoked.get(a.getId()))).toList();
  }

  /** The grounds on which an award may be revoked, with their legal source; those in force today first. */
  @GetMapping("/api/revocation-grounds")
  public List<GroundView> grounds() {
    LocalDate today = LocalDate.now(clock);
    return revocations.allGrounds().stream().map(g -> new GroundView(g.getCode(), g.getLabel(), g.getSourceNote(),
        g.getValidFrom().toString(), g.getValidTo() == null ? null : g.getValidTo().toString(), g.inForceOn(today)))
        .toList();
  }

  @GetMapping("/api/awards/{id}/history")
  public List<AwardEventView> history(@PathVariable long id) {
    return awards.history(id).stream().map(AwardController::view).toList();
  }

  /**
   * A revocation decided outside the system (before the process award-revocation existed, or on paper), entered by
   * an administrator with the same ground, reasons, evidence and decision the process asks for, and applied at once
   * through the same service. The award is marked revoked, never deleted; the register keeps who, when, why and under
   * which decision.
   */
  @PostMapping("/api/admin/awards/{id}/revocation")
  public AwardView revoke(@PathVariable long id, @Valid @RequestBody RevocationRequest body) {
    Award award = revocations.recordDecidedOutsideProcess(new RevocationService.Dossier(String.valueOf(id),
        body.ground().strip(), body.reason().strip(), body.evidence().strip()),
        new RevocationService.Decision(body.decisionNumber().strip(), FormValues.parseDate(body.decisionDate()),
            body.signer().strip(), body.authority().strip()),
        identity.getCurrentAuthentication().getUserId());
    return view(award, revocations.appliedFor(List.of(award.getId())).get(award.getId()));
  }

  static AwardView view(Award a, AwardRevocation revocation) {
    return new AwardView(a.getId(), a.getYear(), a.getNomineeName(), a.getUnit().getName(), a.getAwardType().label(),
        a.getAuthority(), a.getDecisionNumber(), a.getDecisionDate().toString(), a.getStatus(),
        a.isActive() ? "Đang hiệu lực" : "Đã thu hồi", revocation == null ? null : revocationView(revocation));
  }

  private static RevocationView revocationView(AwardRevocation r) {
    RevocationGround g = r.getGround();
    return new RevocationView(g.getCode(), g.getLabel(), g.getSourceNote(), r.getReasons(), r.getEvidence(),
        r.getPreparedBy(), r.isByDirector(), r.getDecisionNumber(), VietnameseDates.format(r.getDecisionDate()),
        r.getDecisionSigner(), r.getIssuingAuthority(), r.getStatus().name(), r.getStatus().label(),
        r.getCertificateRecovered(), dayMonthYear(r.getCertificateRecoveredOn()), r.getCertificateNote(),
        r.getMoneyAmount(), dayMonthYear(r.getMoneyRecoveredOn()), r.getMoneyNote());
  }

  private static String dayMonthYear(LocalDate date) {
    return date == null ? null : VietnameseDates.format(date);
  }

  private static AwardEventView view(AwardEvent e) {
    return new AwardEventView(e.getAction(), AwardEvent.ENTERED.equals(e.getAction()) ? "Vào sổ khen thưởng"
        : "Hủy bỏ khen thưởng, thu hồi hiện vật và tiền thưởng", e.getReason(), e.getActor(),
        e.getCreatedAt().toString());
  }
}
