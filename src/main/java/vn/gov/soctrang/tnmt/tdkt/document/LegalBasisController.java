package vn.gov.soctrang.tnmt.tdkt.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legal bases documents cite, as dated rows. A new law or decree: {@code POST /api/admin/legal-bases}
 * {@code {"validFrom":"…","position":20,"text":"Căn cứ …;","sourceNote":"…"}} (documentKind empty: every document),
 * and {@code PUT /api/admin/legal-bases/{id}/end} {@code {"lastDay":"…"}} for the line it replaces.
 */
@RestController
@RequestMapping("/api/admin/legal-bases")
class LegalBasisController {

  private final LegalBasisService bases;
  private final IdentityService identity;

  LegalBasisController(LegalBasisService bases, IdentityService identity) {
    this.bases = bases;
    this.identity = identity;
  }

  record LegalBasisView(long id, String documentKind, String validFrom, String validTo, int position,
      String text, String sourceNote) {

    static LegalBasisView of(LegalBasis b) {
      return new LegalBasisView(b.getId(), b.getDocumentKind() == null ? null : b.getDocumentKind().name(),
          b.getValidFrom().toString(), b.getValidTo() == null ? null : b.getValidTo().toString(), b.getPosition(),
          b.getText(), b.getSourceNote());
    }
  }

  /** The last day the line applies: required; the service checks it is an ISO date, not before the first day. */
  record LegalBasisEnd(
      @NotBlank(message = "Vui lòng nhập «Ngày hết hiệu lực» (năm-tháng-ngày).") String lastDay) {
  }

  @GetMapping
  public List<LegalBasisView> all() {
    return bases.all().stream().map(LegalBasisView::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public LegalBasisView declare(@RequestBody LegalBasisService.NewLegalBasis body) {
    return LegalBasisView.of(bases.declare(body, identity.getCurrentAuthentication().getUserId()));
  }

  @PutMapping("/{id}/end")
  public LegalBasisView end(@PathVariable long id, @Valid @RequestBody LegalBasisEnd body) {
    return LegalBasisView.of(bases.end(id, body.lastDay(), identity.getCurrentAuthentication().getUserId()));
  }
}
