package vn.gov.soctrang.tnmt.tdkt.thematic;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;

/**
 * Thematic movements through the app's REST API: the Office (or the administrator) declares one with its criteria and
 * starts its run; anyone logged in reads a movement, its criteria and its stored final summary. The role rule is in
 * {@code security/AccessRules}.
 */
@RestController
@RequestMapping("/api/thematic-movements")
class ThematicMovementController {

  private final ThematicMovementService service;
  private final RuntimeService runtime;
  private final IdentityService identity;

  ThematicMovementController(ThematicMovementService service, RuntimeService runtime, IdentityService identity) {
    this.service = service;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** One criterion: its text, the plan's maximum score if it scores it, where the wording comes from. */
  record CriterionRequest(
      @NotBlank(message = "Vui lòng nhập nội dung của từng tiêu chí.")
      @Size(max = 1000, message = "Nội dung tiêu chí tối đa 1000 ký tự.") String text,
      @DecimalMin(value = "0", inclusive = false, message = "Điểm tối đa của tiêu chí phải lớn hơn 0.")
      BigDecimal maxScore,
      @Size(max = 1000, message = "Nguồn của tiêu chí tối đa 1000 ký tự.") String sourceNote) {
  }

  /** A thematic movement as the Office declares it; dates as {@code 2027-03-31}. */
  record ThematicMovementRequest(
      @NotBlank(message = "Vui lòng nhập mã phong trào.") String code,
      @NotBlank(message = "Vui lòng nhập tên phong trào.")
      @Size(max = 300, message = "Tên phong trào tối đa 300 ký tự.") String name,
      @NotBlank(message = "Vui lòng nhập tên ngắn của phong trào.") @Size(max = 120,
          message = "Tên ngắn tối đa 120 ký tự.") String shortName,
      @NotBlank(message = "Vui lòng nhập nội dung, mục đích của đợt thi đua.") @Size(max = 2000,
          message = "Nội dung, mục đích tối đa 2000 ký tự.") String description,
      @NotNull(message = "Vui lòng nhập ngày bắt đầu đợt thi đua.") LocalDate startsOn,
      @NotNull(message = "Vui lòng nhập ngày kết thúc đợt thi đua.") LocalDate endsOn,
      @NotBlank(message = "Vui lòng nhập số văn bản phát động.") @Size(max = 60,
          message = "Số văn bản phát động tối đa 60 ký tự.") String launchDocNumber,
      @NotNull(message = "Vui lòng nhập ngày ban hành văn bản phát động.") LocalDate launchDocDate,
      @NotBlank(message = "Vui lòng nhập cơ quan ban hành văn bản phát động.") @Size(max = 300,
          message = "Cơ quan ban hành tối đa 300 ký tự.") String launchDocIssuer,
      @NotBlank(message = "Vui lòng ghi căn cứ pháp lý của đợt thi đua.") @Size(max = 1000,
          message = "Căn cứ pháp lý tối đa 1000 ký tự.") String legalBasisNote,
      @NotBlank(message = "Vui lòng chọn hình thức khen thưởng khi tổng kết (ví dụ GIAY_KHEN).") String awardCode,
      @NotBlank(message = "Vui lòng ghi thẩm quyền quyết định khen thưởng khi tổng kết.") @Size(max = 200,
          message = "Thẩm quyền tối đa 200 ký tự.") String awardAuthority,
      @NotBlank(message = "Vui lòng ghi nguồn của thông tin khai báo.") @Size(max = 1000,
          message = "Nguồn tối đa 1000 ký tự.") String sourceNote,
      @NotEmpty(message = "Đợt thi đua cần ít nhất một tiêu chí.")
      @Size(max = MovementService.MOST_CRITERIA, message = "Đợt thi đua có tối đa " + MovementService.MOST_CRITERIA
          + " tiêu chí.") List<@Valid @NotNull(message = "Tiêu chí không được để trống.") CriterionRequest> criteria) {
  }

  record CriterionView(int position, String text, BigDecimal maxScore, String validFrom, String validTo,
      String sourceNote) {
  }

  record ThematicMovementView(long id, String code, String kind, String name, String shortName, String description,
      String startsOn, String endsOn, String launchDocNumber, String launchDocDate, String launchDocIssuer,
      String legalBasisNote, String awardCode, String awardAuthority, String sourceNote,
      List<CriterionView> criteria, String runStatus, String processInstanceId) {
  }

  record StartedRun(String processInstanceId, String code) {
  }

  record SummaryView(String code, String name, int participatingUnits, int reportingUnits, int commendations,
      String text, String recordedAt) {
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ThematicMovementView declare(@Valid @RequestBody ThematicMovementRequest body) {
    Movement movement = service.declare(new MovementService.NewThematicMovement(body.code(), body.name(),
        body.shortName(), body.description(), body.startsOn(), body.endsOn(), body.launchDocNumber(),
        body.launchDocDate(), body.launchDocIssuer(), body.legalBasisNote(), body.awardCode(), body.awardAuthority(),
        body.sourceNote(), body.criteria().stream().map(c -> new MovementService.NewCriterion(c.text(), c.maxScore(),
            c.sourceNote())).toList()), identity.getCurrentAuthentication().getUserId());
    return view(movement);
  }

  /** One thematic movement in the list: its period, where its run stands, and its summary's counts once stored. */
  record ThematicMovementRow(String code, String name, String startsOn, String endsOn, String runStatus,
      Integer participatingUnits, Integer commendations) {
  }

  /** Every thematic movement, the latest first, as a dashboard lists them. */
  @GetMapping
  List<ThematicMovementRow> all() {
    return service.thematicMovements().stream().map(m -> {
      var run = service.runOf(m);
      var summary = service.summaryOf(m);
      return new ThematicMovementRow(m.getCode(), m.getName(), String.valueOf(m.getStartsOn()),
          String.valueOf(m.getEndsOn()), run.map(ThematicRun::getStatus).orElse(null),
          summary.map(ThematicSummary::getParticipatingUnits).orElse(null),
          summary.map(ThematicSummary::getCommendations).orElse(null));
    }).toList();
  }

  @GetMapping("/{code}")
  ThematicMovementView get(@PathVariable String code) {
    return view(service.movement(code));
  }

  /** Starts the run as the logged-in user; its first step refuses an unknown movement (400), a second run (409). */
  @PostMapping("/{code}/run")
  @ResponseStatus(HttpStatus.CREATED)
  StartedRun run(@PathVariable String code) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(ProcessKeys.THEMATIC_MOVEMENT,
        Map.of(ThematicMovementVariables.MOVEMENT_CODE.name(), code));
    return new StartedRun(instance.getId(), code);
  }

  /** The stored final summary, or 409 while the movement has not been summarised. */
  @GetMapping("/{code}/summary")
  SummaryView summary(@PathVariable String code) {
    Movement movement = service.movement(code);
    ThematicSummary s = service.summaryOf(movement).orElseThrow(() ->
        new vn.gov.soctrang.tnmt.tdkt.shared.ConflictException("Phong trào «" + movement.getName()
            + "» chưa được tổng kết trên hệ thống."));
    return new SummaryView(movement.getCode(), movement.getName(), s.getParticipatingUnits(), s.getReportingUnits(),
        s.getCommendations(), s.getText(), s.getRecordedAt().toString());
  }

  private ThematicMovementView view(Movement m) {
    List<CriterionView> criteria = service.criteria(m).stream().map(c -> new CriterionView(c.getPosition(),
        c.getText(), c.getMaxScore(), String.valueOf(c.getValidFrom()),
        c.getValidTo() == null ? null : c.getValidTo().toString(), c.getSourceNote())).toList();
    var run = service.runOf(m);
    return new ThematicMovementView(m.getId(), m.getCode(), m.getKind().name(), m.getName(), m.getShortName(),
        m.getDescription(), String.valueOf(m.getStartsOn()), String.valueOf(m.getEndsOn()), m.getLaunchDocNumber(),
        String.valueOf(m.getLaunchDocDate()), m.getLaunchDocIssuer(), m.getLegalBasisNote(), m.getAwardCode(),
        m.getAwardAuthority(), m.getSourceNote(), criteria, run.map(ThematicRun::getStatus).orElse(null),
        run.map(ThematicRun::getProcessInstanceId).orElse(null));
  }
}
