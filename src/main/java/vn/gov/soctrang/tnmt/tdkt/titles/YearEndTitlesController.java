package vn.gov.soctrang.tnmt.tdkt.titles;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;

/** The Office opens the year-end titles of a year through the app's REST API (the role rule is in AccessRules). */
@RestController
@RequestMapping("/api/year-end-titles")
class YearEndTitlesController {

  private final RuntimeService runtime;

  YearEndTitlesController(RuntimeService runtime) {
    this.runtime = runtime;
  }

  record StartedTitles(String processInstanceId, int year) {
  }

  /** Starts the run as the logged-in user; the start's own step checks the year (400) and that it is free (409). */
  @PostMapping("/{year}")
  @ResponseStatus(HttpStatus.CREATED)
  StartedTitles start(@PathVariable int year) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.YEAR_END_TITLES,
        Map.of(YearEndTitlesVariables.TITLES_YEAR.name(), year));
    return new StartedTitles(instance.getId(), year);
  }
}
