package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public DocumentWordingController(DocumentWordingService wordings, IdentityService identity) {
    this.wordings = wordings;
    this.identity = identity;
  }

  @GetMapping
  public List<Map<String, Object>> all() {
    return wordings.all().stream().map(DocumentWordingController::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> declare(@RequestBody DocumentWordingService.NewWording body) {
    return view(wordings.declare(body, identity.getCurrentAuthentication().getUserId()));
  }

  @PutMapping("/{id}/confirm")
  public Map<String, Object> confirm(@PathVariable long id, @RequestBody Map<String, String> body) {
    return view(wordings.confirm(id, body.get("sourceNote"), identity.getCurrentAuthentication().getUserId()));
  }

  private static Map<String, Object> view(DocumentWording w) {
    Map<String, Object> v = new LinkedHashMap<>(DocumentWordingService.snapshot(w));
    v.put("id", w.getId());
    return v;
  }
}
