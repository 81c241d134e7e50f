package vn.gov.soctrang.tnmt.tdkt.adhoc;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;

/**
 * A unit's staff propose an ad-hoc award through the app's REST API, like the start form in Tasklist: the start's
 * own step checks the proposer (403 unless unit staff), the nominee and the rules (400), and stores nothing then.
 */
@RestController
@RequestMapping("/api/ad-hoc-awards")
class AdHocAwardController {

  private final RuntimeService runtime;

  AdHocAwardController(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** The start form's fields; the achievement date as {@code 15/11/2026} or {@code 2026-11-15}. */
  record ProposalRequest(String nominee, Boolean collective, String achievement, String achievementDate,
      String result) {
  }

  record StartedAdHocAward(String processInstanceId) {
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  StartedAdHocAward start(@RequestBody ProposalRequest body) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(AdHocAwardVariables.NOMINEE.name(), body.nominee());
    variables.put(AdHocAwardVariables.COLLECTIVE.name(), Boolean.TRUE.equals(body.collective()));
    variables.put(AdHocAwardVariables.ACHIEVEMENT.name(), body.achievement());
    variables.put(AdHocAwardVariables.ACHIEVEMENT_DATE.name(), body.achievementDate());
    variables.put(AdHocAwardVariables.RESULT.name(), body.result());
    ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.AD_HOC_AWARD, variables);
    return new StartedAdHocAward(instance.getId());
  }
}
