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
import vn.gov.soctrang.tnmt.tdkt.shared.MaxText;

/**
 * The wording documents take from the law, as dated rows: {@code GET /api/admin/document-wordings};
 * {@code POST} {@code {"key":"PROPOSAL_THROUGH","variant":null,"validFrom":"…","wording":"…","sourceNote":"…"}}
 * (the row it replaces ends the day before); {@code PUT …/{id}/confirm} {@code {"sourceNote":"…"}} once a row
 * flagged «cần đối chiếu» has been checked against its source.
 */
@RestController
@RequestMapping("/api/admin/document-wordings")
class DocumentWordingController {

  private final DocumentWordingService wordings;
  private final IdentityService identity;

  DocumentWordingController(DocumentWordingService wordings, IdentityService identity) {
    this.wordings = wordings;
    this.identity = identity;
  }

  /** A dated row of wording: the fields the audit trail records of it, then its id. */
  record WordingView(String key, String variant, String validFrom, String validTo, String wording,
      String sourceNote, boolean toConfirm, Long id) {
  }

  /** The source the row was checked against: required, at most 1000 characters. */
  record WordingConfirmation(
      @NotBlank(message = SOURCE_MESSAGE) @MaxText(max = 1000, message = SOURCE_MESSAGE) String sourceNote) {
  }

  private static final String SOURCE_MESSAGE = "Vui lòng ghi nguồn đã đối chiếu (văn bản, điều, khoản, phụ lục; tối đa"
      + " 1000 ký tự).";

  @GetMapping
  public List<WordingView> all() {
    return wordings.all().stream().map(DocumentWordingController::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public WordingView declare(@RequestBody DocumentWordingService.NewWording body) {
    return view(wordings.declare(body, identity.getCurrentAuthentication().getUserId()));
  }

  @PutMapping("/{id}/confirm")
  public WordingView confirm(@PathVariable long id, @Valid @RequestBody WordingConfirmation body) {
    return view(wordings.confirm(id, body.sourceNote(), identity.getCurrentAuthentication().getUserId()));
  }

  private static WordingView view(DocumentWording w) {
    return new WordingView(w.getKey(), w.getVariant(), w.getValidFrom().toString(),
        w.getValidTo() == null ? null : w.getValidTo().toString(), w.getWording(), w.getSourceNote(), w.isToConfirm(),
        w.getId());
  }
}
