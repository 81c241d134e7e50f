package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator enters a reorganisation as dated rows: the issuing body's names from a date
 * ({@code POST /api/admin/issuing-bodies}) and a unit's new name from a date
 * ({@code POST /api/admin/units/{code}/names}); documents dated before keep the old names.
 */
@RestController
@RequestMapping("/api")
class OrganizationHistoryController {

  private final OrganizationHistoryService history;
  private final IdentityService identity;
  private final java.time.Clock clock;

  public OrganizationHistoryController(OrganizationHistoryService history,
      IdentityService identity, java.time.Clock clock) {
    this.clock = clock;
    this.history = history;
    this.identity = identity;
  }

  public record IssuingBodyView(String validFrom, String superior, String name, String symbol, String place,
      String directorTitle, String sourceNote, String createdBy) {

    static IssuingBodyView of(IssuingBody b) {
      return new IssuingBodyView(b.getValidFrom().toString(), b.getSuperior(), b.getName(), b.getSymbol(),
          b.getPlace(), b.getDirectorTitle(), b.getSourceNote(), b.getCreatedBy());
    }
  }

  public record UnitNameView(long unitId, String validFrom, String name, String shortName, String sourceNote) {

    static UnitNameView of(UnitName n) {
      return new UnitNameView(n.getUnitId(), n.getValidFrom().toString(), n.getName(), n.getShortName(),
          n.getSourceNote());
    }
  }

  /** The issuing body in force today, for pages that name it (anyone logged in). */
  @GetMapping("/issuing-body")
  public IssuingBodyView inForce() {
    return IssuingBodyView.of(history.issuingBodyOn(java.time.LocalDate.now(clock)));
  }

  @GetMapping("/admin/issuing-bodies")
  public List<IssuingBodyView> issuingBodies() {
    return history.issuingBodies().stream().map(IssuingBodyView::of).toList();
  }

  @PostMapping("/admin/issuing-bodies")
  @ResponseStatus(HttpStatus.CREATED)
  public IssuingBodyView declareIssuingBody(@RequestBody OrganizationHistoryService.NewIssuingBody body) {
    return IssuingBodyView.of(history.declareIssuingBody(body, actor()));
  }

  @GetMapping("/admin/unit-names")
  public List<UnitNameView> unitNames() {
    return history.unitNames().stream().map(UnitNameView::of).toList();
  }

  @PostMapping("/admin/units/{code}/names")
  @ResponseStatus(HttpStatus.CREATED)
  public UnitNameView renameUnit(@PathVariable String code,
      @RequestBody OrganizationHistoryService.UnitRenaming body) {
    return UnitNameView.of(history.renameUnit(code, body, actor()));
  }

  private String actor() {
    return identity.getCurrentAuthentication().getUserId();
  }
}
