package vn.gov.soctrang.tnmt.tdkt.disclosure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.shared.LenientJson;

/** Anyone logged in may object to a disclosed nomination while the disclosure lasts. */
@RestController
@RequestMapping("/api/cycles/{year}/objections")
class ObjectionController {

  private final DisclosureService disclosure;
  private final IdentityService identity;

  ObjectionController(DisclosureService disclosure, IdentityService identity) {
    this.disclosure = disclosure;
    this.identity = identity;
  }

  /**
   * {"nominationId": 12, "content": "…"}: the nomination as a JSON number; the content (text) is checked by the
   * service, which refuses it missing or too long.
   */
  record NewObjection(
      @NotNull(message = "Vui lòng chọn đề nghị khen thưởng (nominationId là một số).")
      @JsonDeserialize(using = LenientJson.NumberOnly.class) Long nominationId,
      @JsonDeserialize(using = LenientJson.TextOnly.class) String content) {
  }

  record ObjectionView(Long id, Long nominationId, String status) {
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public ObjectionView file(@PathVariable int year, @Valid @RequestBody NewObjection body) {
    Objection objection = disclosure.file(year, body.nominationId(), identity.getCurrentAuthentication().getUserId(),
        body.content());
    return new ObjectionView(objection.getId(), objection.getNominationId(), objection.getStatus());
  }
}
