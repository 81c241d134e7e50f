package vn.gov.soctrang.tnmt.tdkt.web;

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
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** Starting and listing the yearly cycles through the app's REST API. */
@RestController
@RequestMapping("/api/cycles")
public class CycleController {

  private final RuntimeService runtime;
  private final CycleService cycles;

  public CycleController(RuntimeService runtime, CycleService cycles) {
    this.runtime = runtime;
    this.cycles = cycles;
  }

  /** The start form's fields; anything else in the body is refused. */
  public record StartCycle(Object year, Object reportDeadline, Object finalSummary) {
  }

  /** Starts the year's cycle as the logged-in user (the Office); the engine checks their permission. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> start(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("Thiếu dữ liệu: cần năm thi đua (year) và hạn nộp báo cáo (reportDeadline).");
    }
    List<String> unknown = body.keySet().stream()
        .filter(k -> !List.of("year", "reportDeadline", "finalSummary").contains(k)).toList();
    if (!unknown.isEmpty()) {
      throw new InvalidInputException("Trường không được hỗ trợ: " + String.join(", ", unknown) + ".");
    }
    if (body.get("year") instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      cycles.ensureYearIsFree(n.intValue());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(AnnualCycleVariables.CYCLE_YEAR.name(), body.get("year"));
    variables.put(AnnualCycleVariables.REPORT_DEADLINE.name(), body.get("reportDeadline"));
    variables.put(AnnualCycleVariables.FINAL_SUMMARY.name(), body.getOrDefault("finalSummary", false));
    ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.ANNUAL_CYCLE, variables);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("processInstanceId", instance.getId());
    result.put("businessKey", runtime.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey());
    return result;
  }

  @GetMapping
  public List<Map<String, Object>> list() {
    return cycles.all().stream().map(CycleController::view).toList();
  }

  private static Map<String, Object> view(Cycle cycle) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("year", cycle.getYear());
    view.put("businessKey", ProcessKeys.cycleBusinessKey(cycle.getYear()));
    view.put("reportDeadline", cycle.getReportDeadline().toString());
    view.put("finalSummary", cycle.isFinalSummary());
    view.put("status", cycle.getStatus().name());
    view.put("statusLabel", cycle.getStatus().label());
    view.put("openedBy", cycle.getOpenedBy());
    return view;
  }
}
