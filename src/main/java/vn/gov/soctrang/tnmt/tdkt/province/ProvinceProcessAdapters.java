package vn.gov.soctrang.tnmt.tdkt.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.process.Actors;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/** The route of approved nominations by who decides them, and the proposal to the province per award type. */
@Configuration
class ProvinceProcessAdapters {

  /** What the Director signs or sends back. */
  public enum SignDecision { SIGN, RETURN }

  /** What the Office reports while the province is to consult the public. */
  public enum ConsultationReport { POSTED, ANSWERED_FIRST }

  /** The consultation's dates, from the Office's form or from the province's message: the same variables. */
  private static final List<ProcessVariable<Object>> CONSULTATION_VARIABLES = List.of(
      ProvinceSubmissionVariables.CONSULTATION_REPORT, ProvinceSubmissionVariables.CONSULTATION_POSTED_DATE,
      ProvinceSubmissionVariables.CONSULTATION_END_DATE);

  /** The province's answer, from the Office's form or from a correlated message: the same variables. */
  private static final List<ProcessVariable<Object>> ANSWER_VARIABLES = List.of(
      ProvinceSubmissionVariables.APPROVED_NOMINATIONS, ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER,
      ProvinceSubmissionVariables.PROVINCE_DECISION_DATE, ProvinceSubmissionVariables.RETURNED_NOMINATIONS,
      ProvinceSubmissionVariables.PROVINCE_RETURN_REASON, ProvinceSubmissionVariables.REFUSED_NOMINATIONS,
      ProvinceSubmissionVariables.PROVINCE_REFUSAL_REASON);

  @Bean
  JavaDelegate routeAwardsDelegate(AwardService awards, ProvinceSubmissionService submissions) {
    return execution -> {
      long cycleId = AnnualCycleVariables.CYCLE_ID.get(execution);
      ProvinceSubmissionVariables.HAS_GIAY_KHEN.set(execution, !awards.forDirector(cycleId).isEmpty());
      ProvinceSubmissionVariables.PROVINCE_AWARD_TYPES.set(execution,
          new ArrayList<>(submissions.awardTypesToSubmit(cycleId).stream().map(AwardType::name).toList()));
    };
  }

  @Bean
  JavaDelegate openProvinceSubmissionDelegate(ProvinceSubmissionService submissions) {
    return execution -> {
      AwardType type = AwardType.valueOf(ProvinceSubmissionVariables.AWARD_TYPE.get(execution));
      ProvinceSubmissionVariables.SUBMISSION_ID.set(execution,
          submissions.open(AnnualCycleVariables.CYCLE_ID.get(execution), type).getId());
      ProvinceSubmissionVariables.AWARD_TYPE_NAME.set(execution, type.label());
    };
  }

  @Bean
  TaskPreparer prepareDossierPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.PREPARE_PROVINCE_DOSSIER,
        task -> ProvinceSubmissionVariables.DOSSIER_TEXT.set(task,
            submissions.dossierText(ProvinceSubmissionVariables.SUBMISSION_ID.get(task))));
  }

  @Bean
  TaskSubmissionHandler prepareDossierHandler(ProvinceSubmissionService submissions) {
    return TaskSubmissionHandler.of(UserTask.PREPARE_PROVINCE_DOSSIER, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String number = form.text(ProvinceSubmissionVariables.PROPOSAL_NUMBER, "Số tờ trình", true, 50);
      LocalDate date = form.date(ProvinceSubmissionVariables.PROPOSAL_DATE, "Ngày tờ trình", true);
      List<String> documents = form.codes(ProvinceSubmissionVariables.DOSSIER_DOCUMENTS, "Thành phần hồ sơ");
      String note = form.text(ProvinceSubmissionVariables.DOSSIER_NOTE, "Ghi chú", false, 4000);
      form.validate();
      submissions.prepare(ProvinceSubmissionVariables.SUBMISSION_ID.get(task), number, date, documents, note, actor,
          form.problems());
    });
  }

  @Bean
  TaskPreparer signProposalPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.SIGN_PROVINCE_PROPOSAL, task -> {
      ProvinceSubmissionVariables.DOSSIER_TEXT.set(task,
          submissions.dossierText(ProvinceSubmissionVariables.SUBMISSION_ID.get(task)));
      task.removeVariable(ProvinceSubmissionVariables.SIGN_DECISION.name());
      task.removeVariable(ProvinceSubmissionVariables.SIGN_COMMENT.name());
    });
  }

  @Bean
  TaskSubmissionHandler signProposalHandler(ProvinceSubmissionService submissions) {
    return TaskSubmissionHandler.of(UserTask.SIGN_PROVINCE_PROPOSAL, (task, actor) -> {
      FormValues form = FormValues.of(task);
      SignDecision decision = form.choice(ProvinceSubmissionVariables.SIGN_DECISION, "Ý kiến của Giám đốc",
          SignDecision.class, true);
      String comment = form.text(ProvinceSubmissionVariables.SIGN_COMMENT, "Ý kiến", false, 4000);
      form.validate();
      ProvinceSubmissionVariables.PROPOSAL_SIGNED.set(task,
          submissions.sign(ProvinceSubmissionVariables.SUBMISSION_ID.get(task), decision == SignDecision.SIGN, comment,
              actor));
    });
  }

  @Bean
  TaskPreparer recordDispatchPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.RECORD_PROVINCE_DISPATCH,
        task -> ProvinceSubmissionVariables.DOSSIER_TEXT.set(task,
            submissions.dossierText(ProvinceSubmissionVariables.SUBMISSION_ID.get(task))));
  }

  @Bean
  TaskSubmissionHandler recordDispatchHandler(ProvinceSubmissionService submissions, CalendarService calendar) {
    return TaskSubmissionHandler.of(UserTask.RECORD_PROVINCE_DISPATCH, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String number = form.text(ProvinceSubmissionVariables.DISPATCH_NUMBER, "Số văn bản gửi", true, 50);
      LocalDate date = form.date(ProvinceSubmissionVariables.DISPATCH_DATE, "Ngày gửi", true);
      boolean otherAgencies = form.bool(ProvinceSubmissionVariables.OTHER_AGENCIES, "Cần lấy ý kiến cơ quan khác");
      form.validate();
      long submissionId = ProvinceSubmissionVariables.SUBMISSION_ID.get(task);
      LocalDate due = submissions.dispatch(submissionId, number, date, otherAgencies, actor, form.problems());
      ProvinceSubmissionVariables.PROVINCE_ANSWER_DUE_AT.set(task, calendar.dueAt(due));
      ProvinceSubmissionVariables.CONSULTATION_NEEDED.set(task, submissions.awaitsConsultation(submissionId));
    });
  }

  @Bean
  TaskPreparer recordConsultationPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.RECORD_PROVINCE_CONSULTATION, task -> {
      ProvinceSubmissionVariables.DOSSIER_TEXT.set(task,
          submissions.dossierText(ProvinceSubmissionVariables.SUBMISSION_ID.get(task)));
      CONSULTATION_VARIABLES.forEach(v -> task.removeVariable(v.name()));
    });
  }

  @Bean
  TaskSubmissionHandler recordConsultationHandler(ProvinceSubmissionService submissions, CalendarService calendar) {
    return TaskSubmissionHandler.of(UserTask.RECORD_PROVINCE_CONSULTATION, (task, actor) -> {
      FormValues form = FormValues.of(task);
      ConsultationReport report = form.choice(ProvinceSubmissionVariables.CONSULTATION_REPORT,
          "Tình hình lấy ý kiến của tỉnh",
          ConsultationReport.class, true);
      if (report == ConsultationReport.ANSWERED_FIRST) {
        form.validate();
        submissions.consultationNotHeld(ProvinceSubmissionVariables.SUBMISSION_ID.get(task), actor);
        ProvinceSubmissionVariables.CONSULTATION_HELD.set(task, false);
        return;
      }
      applyConsultation(task, form, submissions, calendar, actor);
    });
  }

  /** The province's consultation dates arrived as a message through the REST API: the same checks as the form. */
  @Bean
  JavaDelegate applyConsultationDatesDelegate(ProvinceSubmissionService submissions, CalendarService calendar) {
    return execution -> {
      applyConsultation(execution, FormValues.of(execution), submissions, calendar, Actors.of(execution));
      CONSULTATION_VARIABLES.forEach(v -> execution.removeVariable(v.name()));
    };
  }

  private static void applyConsultation(VariableScope scope, FormValues form, ProvinceSubmissionService submissions,
      CalendarService calendar, String actor) {
    LocalDate posted = form.date(ProvinceSubmissionVariables.CONSULTATION_POSTED_DATE,
        "Ngày tỉnh đăng danh sách lấy ý kiến", true);
    LocalDate ends = form.date(ProvinceSubmissionVariables.CONSULTATION_END_DATE, "Ngày kết thúc lấy ý kiến", false);
    form.validate();
    ProvinceSubmissionService.Consultation consultation = submissions.recordConsultation(
        ProvinceSubmissionVariables.SUBMISSION_ID.get(scope), posted, ends, actor, form.problems());
    ProvinceSubmissionVariables.CONSULTATION_HELD.set(scope, true);
    ProvinceSubmissionVariables.CONSULTATION_ENDS_AT.set(scope, calendar.dueAt(consultation.endsOn()));
    ProvinceSubmissionVariables.PROVINCE_ANSWER_DUE_AT.set(scope, calendar.dueAt(consultation.answerDueOn()));
  }

  @Bean
  TaskPreparer recordAnswerPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.RECORD_PROVINCE_ANSWER, task -> {
      long submissionId = ProvinceSubmissionVariables.SUBMISSION_ID.get(task);
      ProvinceSubmissionVariables.DOSSIER_TEXT.set(task, submissions.dossierText(submissionId));
      JsonVariables.set(task, ProvinceSubmissionVariables.WAITING_OPTIONS, submissions.waitingOptions(submissionId));
      ANSWER_VARIABLES.forEach(v -> task.removeVariable(v.name()));
    });
  }

  @Bean
  TaskSubmissionHandler recordAnswerHandler(ProvinceSubmissionService submissions) {
    return TaskSubmissionHandler.of(UserTask.RECORD_PROVINCE_ANSWER, (task, actor) ->
        ProvinceSubmissionVariables.PROVINCE_NEXT.set(task, applyAnswer(task, submissions, actor).name()));
  }

  /** The province's answer arrived as a message through the REST API: the same checks as the form. */
  @Bean
  JavaDelegate applyProvinceAnswerDelegate(ProvinceSubmissionService submissions) {
    return execution -> {
      ProvinceNext next = applyAnswer(execution, submissions, Actors.of(execution));
      ProvinceSubmissionVariables.PROVINCE_NEXT.set(execution, next.name());
      ANSWER_VARIABLES.forEach(v -> execution.removeVariable(v.name()));
    };
  }

  private static ProvinceNext applyAnswer(VariableScope scope, ProvinceSubmissionService submissions, String actor) {
    FormValues form = FormValues.of(scope);
    List<Long> approved = ids(form, ProvinceSubmissionVariables.APPROVED_NOMINATIONS, "Được khen thưởng");
    String number = form.text(ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER, "Số quyết định của tỉnh", false,
        50);
    LocalDate date = form.date(ProvinceSubmissionVariables.PROVINCE_DECISION_DATE, "Ngày quyết định của tỉnh", false);
    List<Long> returned = ids(form, ProvinceSubmissionVariables.RETURNED_NOMINATIONS, "Trả lại, bổ sung hồ sơ");
    String returnReason = form.text(ProvinceSubmissionVariables.PROVINCE_RETURN_REASON, "Nội dung yêu cầu bổ sung",
        false, 4000);
    List<Long> refused = ids(form, ProvinceSubmissionVariables.REFUSED_NOMINATIONS, "Không khen thưởng");
    String refusalReason = form.text(ProvinceSubmissionVariables.PROVINCE_REFUSAL_REASON, "Lý do không khen thưởng",
        false, 4000);
    form.validate();
    return submissions.answer(ProvinceSubmissionVariables.SUBMISSION_ID.get(scope), new ProvinceAnswer(approved, number,
        date, returned,
        returnReason, refused, refusalReason), actor, form.problems());
  }

  private static List<Long> ids(FormValues form, ProcessVariable<?> variable, String label) {
    List<Long> ids = new ArrayList<>();
    for (String code : form.codes(variable, label)) {
      try {
        ids.add(Long.valueOf(code));
      } catch (NumberFormatException e) {
        form.problems().add("«" + label + "» chứa mã đề nghị không hợp lệ: «" + code + "».");
      }
    }
    return ids;
  }

  @Bean
  JavaDelegate remindProvinceAnswerDelegate(ProvinceSubmissionService submissions) {
    return execution -> submissions.remindLate(ProvinceSubmissionVariables.SUBMISSION_ID.get(execution),
        execution.getProcessInstanceId());
  }
}
