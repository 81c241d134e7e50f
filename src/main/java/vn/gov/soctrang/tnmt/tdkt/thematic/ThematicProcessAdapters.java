package vn.gov.soctrang.tnmt.tdkt.thematic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Actors;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;

/**
 * The thematic movement process's steps: opening the run, the units' registration, the end of the period, their
 * results and proposals, the Office's review, the Director's decision, the register and the final summary.
 */
@Configuration
class ThematicProcessAdapters {

  /** A unit's answer on register-thematic-participation. */
  enum Participation { YES, NO }

  /** The Office's choice on review-thematic-results. */
  enum OfficeDecision { ACCEPT, RETURN }

  @Bean
  JavaDelegate openThematicRunDelegate(ThematicMovementService service) {
    return execution -> {
      FormValues form = FormValues.of(execution);
      String code = form.text(ThematicMovementVariables.MOVEMENT_CODE, "Mã phong trào theo chuyên đề", true, 40);
      form.validate();
      ThematicRun run = service.open(code, execution.getProcessInstanceId(), Actors.of(execution));
      Movement movement = service.movementOf(run);
      ThematicMovementVariables.RUN_ID.set(execution, run.getId());
      ThematicMovementVariables.ENDS_AT.set(execution, service.endsAt(movement));
      ThematicMovementVariables.MOVEMENT_TEXT.set(execution, service.movementText(movement));
      ThematicMovementVariables.CRITERIA_TEXT.set(execution, service.criteriaText(movement));
      ThematicMovementVariables.CRITERIA_COUNT.set(execution, service.criteria(movement).size());
      ThematicMovementVariables.RETURNED.set(execution, Boolean.FALSE);
      ThematicMovementVariables.RETURN_TEXT.set(execution, "");
      // No read grant on the instance for the units: each sees its own task only, never another unit's answers.
      ThematicMovementVariables.UNIT_GROUPS.set(execution, new ArrayList<>(service.unitGroups()));
    };
  }

  @Bean
  TaskPreparer registerThematicParticipationPreparer() {
    // Local to this unit's task: one unit's answer never fills another unit's form.
    return TaskPreparer.of(UserTask.REGISTER_THEMATIC_PARTICIPATION, task -> {
      task.getExecution().setVariableLocal(ThematicMovementVariables.PARTICIPATES.name(), "");
      task.getExecution().setVariableLocal(ThematicMovementVariables.COMMITMENT.name(), "");
    });
  }

  @Bean
  TaskSubmissionHandler registerThematicParticipationHandler(ThematicMovementService service) {
    return TaskSubmissionHandler.of(UserTask.REGISTER_THEMATIC_PARTICIPATION, (task, actor) -> {
      Unit unit = service.unitOfGroup(ThematicMovementVariables.UNIT_GROUP.get(task));
      FormValues form = FormValues.of(task);
      Participation answer = form.choice(ThematicMovementVariables.PARTICIPATES, "Đơn vị tham gia phong trào",
          Participation.class, true);
      String commitment = form.text(ThematicMovementVariables.COMMITMENT, "Nội dung đăng ký thi đua", false, 2000);
      form.validate();
      service.register(ThematicMovementVariables.RUN_ID.get(task), unit, answer == Participation.YES, commitment,
          actor, form.problems());
    });
  }

  @Bean
  JavaDelegate prepareThematicReportsDelegate(ThematicMovementService service) {
    return execution -> {
      long runId = ThematicMovementVariables.RUN_ID.get(execution);
      ThematicMovementVariables.REPORT_GROUPS.set(execution, new ArrayList<>(service.reportGroups(runId)));
      ThematicMovementVariables.REPORT_DUE_AT.set(execution,
          service.reportDueAt(service.movementOf(service.run(runId)).getEndsOn()));
    };
  }

  @Bean
  TaskPreparer reportThematicResultsPreparer() {
    // Empty and local to this unit's task: what one unit types never shows in another unit's form.
    return TaskPreparer.of(UserTask.REPORT_THEMATIC_RESULTS, task -> {
      for (ProcessVariable<Object> field : ThematicMovementVariables.reportFields()) {
        task.getExecution().setVariableLocal(field.name(),
            field == ThematicMovementVariables.PROPOSE_UNIT ? Boolean.FALSE : "");
      }
    });
  }

  @Bean
  TaskSubmissionHandler reportThematicResultsHandler(ThematicMovementService service) {
    return TaskSubmissionHandler.of(UserTask.REPORT_THEMATIC_RESULTS, (task, actor) -> {
      Unit unit = service.unitOfGroup(ThematicMovementVariables.REPORT_GROUP.get(task));
      int count = ThematicMovementVariables.CRITERIA_COUNT.get(task);
      FormValues form = FormValues.of(task);
      List<String> results = new ArrayList<>();
      for (int k = 0; k < count && k < ThematicMovementVariables.RESULTS.size(); k++) {
        results.add(form.text(ThematicMovementVariables.RESULTS.get(k), "Kết quả thực hiện tiêu chí " + (k + 1),
            true, 2000));
      }
      boolean proposeUnit = form.bool(ThematicMovementVariables.PROPOSE_UNIT, "Đề nghị khen thưởng tập thể đơn vị");
      String unitAchievement = form.text(ThematicMovementVariables.UNIT_ACHIEVEMENT, "Thành tích của tập thể đơn vị",
          false, 2000);
      List<ThematicMovementService.PersonInput> people = new ArrayList<>();
      for (ThematicMovementVariables.PersonSlot s : ThematicMovementVariables.PEOPLE) {
        people.add(new ThematicMovementService.PersonInput(s.place(),
            form.text(s.person(), s.place() + ": Tài khoản của cá nhân", false, 64),
            form.text(s.achievement(), s.place() + ": Thành tích trong phong trào", false, 2000)));
      }
      form.validate();
      service.report(ThematicMovementVariables.RUN_ID.get(task), unit, results, proposeUnit, unitAchievement, people,
          actor, form.problems());
    });
  }

  @Bean
  TaskPreparer reviewThematicResultsPreparer(ThematicMovementService service) {
    return TaskPreparer.of(UserTask.REVIEW_THEMATIC_RESULTS, task -> {
      // A review after a return starts from an empty form, not from the choices of the review before.
      for (ProcessVariable<Object> field : List.of(ThematicMovementVariables.OFFICE_DECISION,
          ThematicMovementVariables.EXCLUDED, ThematicMovementVariables.RETURN_UNITS,
          ThematicMovementVariables.OFFICE_REASON)) {
        task.getExecution().setVariableLocal(field.name(), "");
      }
      task.getExecution().setVariableLocal(ThematicMovementVariables.REVIEW_TEXT.name(),
          service.reviewText(ThematicMovementVariables.RUN_ID.get(task.getExecution()), false));
    });
  }

  @Bean
  TaskSubmissionHandler reviewThematicResultsHandler(ThematicMovementService service) {
    return TaskSubmissionHandler.of(UserTask.REVIEW_THEMATIC_RESULTS, (task, actor) -> {
      FormValues form = FormValues.of(task);
      OfficeDecision decision = form.choice(ThematicMovementVariables.OFFICE_DECISION, "Ý kiến của Văn phòng Sở",
          OfficeDecision.class, true);
      String excluded = form.text(ThematicMovementVariables.EXCLUDED, "Số thứ tự các đề nghị không trình", false,
          200);
      String returned = form.text(ThematicMovementVariables.RETURN_UNITS, "Mã các đơn vị báo cáo lại", false, 500);
      String reason = form.text(ThematicMovementVariables.OFFICE_REASON, "Lý do", false, 2000);
      List<Integer> numbers = new ArrayList<>();
      for (String part : split(excluded)) {
        if (part.matches("\\d{1,4}")) {
          numbers.add(Integer.parseInt(part));
        } else {
          form.problems().add("«Số thứ tự các đề nghị không trình»: «" + part + "» không phải là số thứ tự.");
        }
      }
      form.validate();
      List<String> again = service.review(ThematicMovementVariables.RUN_ID.get(task),
          new ThematicMovementService.Review(decision == OfficeDecision.ACCEPT, numbers, split(returned), reason),
          form.problems());
      ThematicMovementVariables.RETURNED.set(task, !again.isEmpty());
      ThematicMovementVariables.COUNCIL_NEEDED.set(task,
          again.isEmpty() && service.anyForwarded(ThematicMovementVariables.RUN_ID.get(task)));
      if (!again.isEmpty()) {
        ThematicMovementVariables.REPORT_GROUPS.set(task, new ArrayList<>(again));
        ThematicMovementVariables.RETURN_TEXT.set(task, "Văn phòng Sở trả lại để báo cáo lại: " + reason.strip());
        ThematicMovementVariables.REPORT_DUE_AT.set(task, service.reportDueAt(LocalDate.MIN));
      }
    });
  }

  @Bean
  TaskPreparer decideThematicAwardsPreparer(ThematicMovementService service) {
    return TaskPreparer.of(UserTask.DECIDE_THEMATIC_AWARDS, task -> task.getExecution().setVariableLocal(
        ThematicMovementVariables.REVIEW_TEXT.name(),
        service.reviewText(ThematicMovementVariables.RUN_ID.get(task.getExecution()), true)));
  }

  @Bean
  TaskSubmissionHandler decideThematicAwardsHandler(ThematicMovementService service) {
    return TaskSubmissionHandler.of(UserTask.DECIDE_THEMATIC_AWARDS, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String number = form.text(ThematicMovementVariables.DECISION_NUMBER, "Số quyết định", true, 60);
      LocalDate date = form.date(ThematicMovementVariables.DECISION_DATE, "Ngày quyết định", true);
      form.validate();
      service.decide(ThematicMovementVariables.RUN_ID.get(task), number, date, actor, form.problems());
    });
  }

  @Bean
  JavaDelegate recordThematicAwardsDelegate(ThematicMovementService service) {
    return execution -> service.record(ThematicMovementVariables.RUN_ID.get(execution));
  }

  @Bean
  JavaDelegate recordThematicSummaryDelegate(ThematicMovementService service) {
    return execution -> service.summarise(ThematicMovementVariables.RUN_ID.get(execution));
  }

  private static List<String> split(String text) {
    String t = Texts.trimToNull(text);
    return t == null ? List.of() : Arrays.stream(t.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }
}
