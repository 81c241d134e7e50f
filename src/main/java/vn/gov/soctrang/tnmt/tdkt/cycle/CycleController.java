package vn.gov.soctrang.tnmt.tdkt.cycle;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** Starting and listing the yearly cycles through the app's REST API. */
@RestController
@RequestMapping("/api/cycles")
class CycleController {

  private final RuntimeService runtime;
  private final CycleService cycles;

  CycleController(RuntimeService runtime, CycleService cycles) {
    this.runtime = runtime;
    this.cycles = cycles;
  }

  /**
   * The start form's fields, as the start event's form takes them (its listener checks them: a year, a date, yes or
   * no); any other field is collected in {@code unsupported} and refused (Jackson does not keep their order).
   */
  record StartCycle(Object year, Object reportDeadline, Object finalSummary,
      @Hidden @JsonAnySetter Map<String, Object> unsupported) {

    StartCycle {
      unsupported = unsupported == null ? Map.of() : unsupported;
    }
  }

  record StartedCycle(String processInstanceId, String businessKey) {
  }

  record CycleView(int year, String businessKey, String reportDeadline, boolean finalSummary, String status,
      String statusLabel, String openedBy) {
  }

  /** Starts the year's cycle as the logged-in user (the Office); the engine checks their permission. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public StartedCycle start(@RequestBody(required = false) StartCycle body) {
    if (body == null) {
      throw new InvalidInputException("Thiếu dữ liệu: cần năm thi đua (year) và hạn nộp báo cáo (reportDeadline).");
    }
    if (!body.unsupported().isEmpty()) {
      throw new InvalidInputException("Trường không được hỗ trợ: " + String.join(", ", body.unsupported().keySet())
          + ".");
    }
    if (body.year() instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      cycles.ensureYearIsFree(n.intValue());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AnnualCycleVariables.CYCLE_YEAR.name(), body.year());
    variables.put(AnnualCycleVariables.REPORT_DEADLINE.name(), body.reportDeadline());
    variables.put(AnnualCycleVariables.FINAL_SUMMARY.name(), body.finalSummary() == null ? Boolean.FALSE : body.finalSummary());
    ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.ANNUAL_CYCLE, variables);
    return new StartedCycle(instance.getId(), runtime.createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey());
  }

  @GetMapping
  public List<CycleView> list() {
    return cycles.all().stream().map(CycleController::view).toList();
  }

  private static CycleView view(Cycle cycle) {
    return new CycleView(cycle.getYear(), ProcessKeys.cycleBusinessKey(cycle.getYear()),
        cycle.getReportDeadline().toString(), cycle.isFinalSummary(), cycle.getStatus().name(),
        cycle.getStatus().label(), cycle.getOpenedBy());
  }
}
