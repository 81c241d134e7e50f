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
import vn.gov.soctrang.tnmt.tdkt.process.Vars;

/** The route of approved nominations by who decides them, and the proposal to the province per award type. */
@Configuration
class ProvinceProcessAdapters {

  /** What the Director signs or sends back. */
  public enum SignDecision { SIGN, RETURN }

  /** What the Office reports while the province is to consult the public. */
  public enum ConsultationReport { POSTED, ANSWERED_FIRST }

  /** The consultation's dates, from the Office's form or from the province's message: the same variables. */
  private static final List<ProcessVariable<Object>> CONSULTATION_VARIABLES = List.of(Vars.CONSULTATION_REPORT,
      Vars.CONSULTATION_POSTED_DATE, Vars.CONSULTATION_END_DATE);

  /** The province's answer, from the Office's form or from a correlated message: the same variables. */
  private static final List<ProcessVariable<Object>> ANSWER_VARIABLES = List.of(Vars.APPROVED_NOMINATIONS,
      Vars.PROVINCE_DECISION_NUMBER, Vars.PROVINCE_DECISION_DATE, Vars.RETURNED_NOMINATIONS,
      Vars.PROVINCE_RETURN_REASON, Vars.REFUSED_NOMINATIONS, Vars.PROVINCE_REFUSAL_REASON);

  @Bean
  JavaDelegate routeAwardsDelegate(AwardService awards, ProvinceSubmissionService submissions) {
    return execution -> {
      long cycleId = Vars.CYCLE_ID.get(execution);
      Vars.HAS_GIAY_KHEN.set(execution, !awards.forDirector(cycleId).isEmpty());
      Vars.PROVINCE_AWARD_TYPES.set(execution,
          new ArrayList<>(submissions.awardTypesToSubmit(cycleId).stream().map(AwardType::name).toList()));
    };
  }

  @Bean
  JavaDelegate openProvinceSubmissionDelegate(ProvinceSubmissionService submissions) {
    return execution -> {
      AwardType type = AwardType.valueOf(Vars.AWARD_TYPE.get(execution));
      Vars.SUBMISSION_ID.set(execution, submissions.open(Vars.CYCLE_ID.get(execution), type).getId());
      Vars.AWARD_TYPE_NAME.set(execution, type.label());
    };
  }

  @Bean
  TaskPreparer prepareDossierPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.PREPARE_PROVINCE_DOSSIER,
        task -> Vars.DOSSIER_TEXT.set(task, submissions.dossierText(Vars.SUBMISSION_ID.get(task))));
  }

  @Bean
  TaskSubmissionHandler prepareDossierHandler(ProvinceSubmissionService submissions) {
    return TaskSubmissionHandler.of(UserTask.PREPARE_PROVINCE_DOSSIER, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String number = form.text(Vars.PROPOSAL_NUMBER, "Số tờ trình", true, 50);
      LocalDate date = form.date(Vars.PROPOSAL_DATE, "Ngày tờ trình", true);
      List<String> documents = form.codes(Vars.DOSSIER_DOCUMENTS, "Thành phần hồ sơ");
      String note = form.text(Vars.DOSSIER_NOTE, "Ghi chú", false, 4000);
      form.validate();
      submissions.prepare(Vars.SUBMISSION_ID.get(task), number, date, documents, note, actor, form.problems());
    });
  }

  @Bean
  TaskPreparer signProposalPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.SIGN_PROVINCE_PROPOSAL, task -> {
      Vars.DOSSIER_TEXT.set(task, submissions.dossierText(Vars.SUBMISSION_ID.get(task)));
      task.removeVariable(Vars.SIGN_DECISION.name());
      task.removeVariable(Vars.SIGN_COMMENT.name());
    });
  }

  @Bean
  TaskSubmissionHandler signProposalHandler(ProvinceSubmissionService submissions) {
    return TaskSubmissionHandler.of(UserTask.SIGN_PROVINCE_PROPOSAL, (task, actor) -> {
      FormValues form = FormValues.of(task);
      SignDecision decision = form.choice(Vars.SIGN_DECISION, "Ý kiến của Giám đốc", SignDecision.class, true);
      String comment = form.text(Vars.SIGN_COMMENT, "Ý kiến", false, 4000);
      form.validate();
      Vars.PROPOSAL_SIGNED.set(task,
          submissions.sign(Vars.SUBMISSION_ID.get(task), decision == SignDecision.SIGN, comment, actor));
    });
  }

  @Bean
  TaskPreparer recordDispatchPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.RECORD_PROVINCE_DISPATCH,
        task -> Vars.DOSSIER_TEXT.set(task, submissions.dossierText(Vars.SUBMISSION_ID.get(task))));
  }

  @Bean
  TaskSubmissionHandler recordDispatchHandler(ProvinceSubmissionService submissions, CalendarService calendar) {
    return TaskSubmissionHandler.of(UserTask.RECORD_PROVINCE_DISPATCH, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String number = form.text(Vars.DISPATCH_NUMBER, "Số văn bản gửi", true, 50);
      LocalDate date = form.date(Vars.DISPATCH_DATE, "Ngày gửi", true);
      boolean otherAgencies = form.bool(Vars.OTHER_AGENCIES, "Cần lấy ý kiến cơ quan khác");
      form.validate();
      long submissionId = Vars.SUBMISSION_ID.get(task);
      LocalDate due = submissions.dispatch(submissionId, number, date, otherAgencies, actor, form.problems());
      Vars.PROVINCE_ANSWER_DUE_AT.set(task, calendar.dueAt(due));
      Vars.CONSULTATION_NEEDED.set(task, submissions.awaitsConsultation(submissionId));
    });
  }

  @Bean
  TaskPreparer recordConsultationPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.RECORD_PROVINCE_CONSULTATION, task -> {
      Vars.DOSSIER_TEXT.set(task, submissions.dossierText(Vars.SUBMISSION_ID.get(task)));
      CONSULTATION_VARIABLES.forEach(v -> task.removeVariable(v.name()));
    });
  }

  @Bean
  TaskSubmissionHandler recordConsultationHandler(ProvinceSubmissionService submissions, CalendarService calendar) {
    return TaskSubmissionHandler.of(UserTask.RECORD_PROVINCE_CONSULTATION, (task, actor) -> {
      FormValues form = FormValues.of(task);
      ConsultationReport report = form.choice(Vars.CONSULTATION_REPORT, "Tình hình lấy ý kiến của tỉnh",
          ConsultationReport.class, true);
      if (report == ConsultationReport.ANSWERED_FIRST) {
        form.validate();
        submissions.consultationNotHeld(Vars.SUBMISSION_ID.get(task), actor);
        Vars.CONSULTATION_HELD.set(task, false);
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
    LocalDate posted = form.date(Vars.CONSULTATION_POSTED_DATE, "Ngày tỉnh đăng danh sách lấy ý kiến", true);
    LocalDate ends = form.date(Vars.CONSULTATION_END_DATE, "Ngày kết thúc lấy ý kiến", false);
    form.validate();
    ProvinceSubmissionService.Consultation consultation = submissions.recordConsultation(
        Vars.SUBMISSION_ID.get(scope), posted, ends, actor, form.problems());
    Vars.CONSULTATION_HELD.set(scope, true);
    Vars.CONSULTATION_ENDS_AT.set(scope, calendar.dueAt(consultation.endsOn()));
    Vars.PROVINCE_ANSWER_DUE_AT.set(scope, calendar.dueAt(consultation.answerDueOn()));
  }

  @Bean
  TaskPreparer recordAnswerPreparer(ProvinceSubmissionService submissions) {
    return TaskPreparer.of(UserTask.RECORD_PROVINCE_ANSWER, task -> {
      long submissionId = Vars.SUBMISSION_ID.get(task);
      Vars.DOSSIER_TEXT.set(task, submissions.dossierText(submissionId));
      JsonVariables.set(task, Vars.WAITING_OPTIONS, submissions.waitingOptions(submissionId));
      ANSWER_VARIABLES.forEach(v -> task.removeVariable(v.name()));
    });
  }

  @Bean
  TaskSubmissionHandler recordAnswerHandler(ProvinceSubmissionService submissions) {
    return TaskSubmissionHandler.of(UserTask.RECORD_PROVINCE_ANSWER, (task, actor) ->
        Vars.PROVINCE_NEXT.set(task, applyAnswer(task, submissions, actor).name()));
  }

  /** The province's answer arrived as a message through the REST API: the same checks as the form. */
  @Bean
  JavaDelegate applyProvinceAnswerDelegate(ProvinceSubmissionService submissions) {
    return execution -> {
      ProvinceNext next = applyAnswer(execution, submissions, Actors.of(execution));
      Vars.PROVINCE_NEXT.set(execution, next.name());
      ANSWER_VARIABLES.forEach(v -> execution.removeVariable(v.name()));
    };
  }

  private static ProvinceNext applyAnswer(VariableScope scope, ProvinceSubmissionService submissions, String actor) {
    FormValues form = FormValues.of(scope);
    List<Long> approved = ids(form, Vars.APPROVED_NOMINATIONS, "Được khen thưởng");
    String number = form.text(Vars.PROVINCE_DECISION_NUMBER, "Số quyết định của tỉnh", false, 50);
    LocalDate date = form.date(Vars.PROVINCE_DECISION_DATE, "Ngày quyết định của tỉnh", false);
    List<Long> returned = ids(form, Vars.RETURNED_NOMINATIONS, "Trả lại, bổ sung hồ sơ");
    String returnReason = form.text(Vars.PROVINCE_RETURN_REASON, "Nội dung yêu cầu bổ sung", false, 4000);
    List<Long> refused = ids(form, Vars.REFUSED_NOMINATIONS, "Không khen thưởng");
    String refusalReason = form.text(Vars.PROVINCE_REFUSAL_REASON, "Lý do không khen thưởng", false, 4000);
    form.validate();
    return submissions.answer(Vars.SUBMISSION_ID.get(scope), new ProvinceAnswer(approved, number, date, returned,
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
    return execution -> submissions.remindLate(Vars.SUBMISSION_ID.get(execution),
        execution.getProcessInstanceId());
  }
}
