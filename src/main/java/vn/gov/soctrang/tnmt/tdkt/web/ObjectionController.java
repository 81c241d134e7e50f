package vn.gov.soctrang.tnmt.tdkt.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.disclosure.DisclosureService;
import vn.gov.soctrang.tnmt.tdkt.disclosure.Objection;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** Anyone logged in may object to a disclosed nomination while the disclosure lasts. */
@RestController
@RequestMapping("/api/cycles/{year}/objections")
public class ObjectionController {

  private final DisclosureService disclosure;
  private final IdentityService identity;

  public ObjectionController(DisclosureService disclosure, IdentityService identity) {
    this.disclosure = disclosure;
    this.identity = identity;
  }

  /** {"nominationId": 12, "content": "…"} */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> file(@PathVariable int year, @RequestBody Map<String, Object> body) {
    Object id = body.get("nominationId");
    if (!(id instanceof Number number)) {
      throw new InvalidInputException("Vui lòng chọn đề nghị khen thưởng (nominationId là một số).");
    }
    Object content = body.get("content");
    Objection objection = disclosure.file(year, number.longValue(), identity.getCurrentAuthentication().getUserId(),
        content instanceof String text ? text : null);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", objection.getId());
    view.put("nominationId", objection.getNominationId());
    view.put("status", objection.getStatus());
    return view;
  }
}
