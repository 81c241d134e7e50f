package vn.gov.soctrang.tnmt.tdkt.award;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationService.Decision;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationService.DirectorDecision;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationService.Dossier;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationService.Next;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationService.Recovery;
import vn.gov.soctrang.tnmt.tdkt.award.RevocationService.SuperiorOutcome;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.SharedVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;

/**
 * The steps of award-revocation: the Office's dossier, the Director's decision or the superior authority's recorded
 * by the Office, the register's update (a service task), and the recovery.
 */
@Configuration
class RevocationProcessAdapters {

  @Bean
  JavaDelegate checkRevocationStarterDelegate(RevocationService revocations) {
    return execution -> revocations.checkStarter(SharedVariables.INITIATOR.find(execution).orElse(null));
  }

  @Bean
  TaskPreparer prepareRevocationPreparer(RevocationService revocations) {
    return TaskPreparer.of(UserTask.PREPARE_REVOCATION, task -> {
      JsonVariables.set(task, AwardRevocationVariables.REVOCABLE_AWARD_OPTIONS, revocations.revocableAwardOptions(
          AwardRevocationVariables.REVOCATION_ID.find(task).orElse(null)));
      JsonVariables.set(task, AwardRevocationVariables.REVOCATION_GROUND_OPTIONS, revocations.groundOptions());
      if (AwardRevocationVariables.REVOCATION_RETURN_TEXT.find(task).isEmpty()) {
        AwardRevocationVariables.REVOCATION_RETURN_TEXT.set(task, "");
      }
      AwardRevocationVariables.REVOCATION_ID.find(task).ifPresent(id ->
          task.setDescription(revocations.awardDescription(id)));
    });
  }

  @Bean
  TaskSubmissionHandler prepareRevocationHandler(RevocationService revocations) {
    return TaskSubmissionHandler.of(UserTask.PREPARE_REVOCATION, (task, actor) -> {
      FormValues form = FormValues.of(task);
      Object rawAward = AwardRevocationVariables.REVOCATION_AWARD.raw(task);
      String award = rawAward instanceof Number n ? n.toString()
          : form.text(AwardRevocationVariables.REVOCATION_AWARD, "Khen thưởng cần hủy bỏ", true, 20);
      String ground = form.text(AwardRevocationVariables.REVOCATION_GROUND, "Căn cứ hủy bỏ", true, 40);
      String reasons = form.text(AwardRevocationVariables.REVOCATION_REASONS, "Lý do hủy bỏ", true,
          RevocationService.MAX_TEXT);
      String evidence = form.text(AwardRevocationVariables.REVOCATION_EVIDENCE, "Tài liệu, chứng cứ", true,
          RevocationService.MAX_TEXT);
      form.validate();
      AwardRevocation revocation = revocations.prepare(AwardRevocationVariables.REVOCATION_ID.find(task).orElse(null),
          new Dossier(award, ground, reasons, evidence), actor, task.getProcessInstanceId());
      AwardRevocationVariables.REVOCATION_ID.set(task, revocation.getId());
      AwardRevocationVariables.REVOCATION_BY_DIRECTOR.set(task, revocation.isByDirector());
      AwardRevocationVariables.REVOCATION_RETURN_TEXT.set(task, "");
    });
  }

  @Bean
  TaskPreparer decideRevocationPreparer(RevocationService revocations) {
    return TaskPreparer.of(UserTask.DECIDE_REVOCATION, task -> {
      showDossier(task, revocations);
      for (var variable : java.util.List.of(AwardRevocationVariables.REVOCATION_DECISION,
          AwardRevocationVariables.REVOCATION_COMMENT, AwardDecisionVariables.DECISION_NUMBER,
          AwardDecisionVariables.DECISION_DATE, AwardRevocationVariables.DECISION_SIGNER)) {
        task.removeVariable(variable.name());
      }
    });
  }

  @Bean
  TaskSubmissionHandler decideRevocationHandler(RevocationService revocations) {
    return TaskSubmissionHandler.of(UserTask.DECIDE_REVOCATION, (task, actor) -> {
      FormValues form = FormValues.of(task);
      DirectorDecision decision = form.choice(AwardRevocationVariables.REVOCATION_DECISION, "Quyết định của Giám đốc",
          DirectorDecision.class, true);
      Decision entered = decision == DirectorDecision.ACCEPT ? decision(form, null) : null;
      String comment = form.text(AwardRevocationVariables.REVOCATION_COMMENT, "Ý kiến của Giám đốc", false,
          RevocationService.MAX_TEXT);
      form.validate();
      Next next = revocations.decideByDirector(AwardRevocationVariables.REVOCATION_ID.get(task), decision, entered,
          comment, actor);
      afterDecision(task, next, "Giám đốc trả lại hồ sơ", comment);
    });
  }

  @Bean
  TaskPreparer recordSuperiorRevocationPreparer(RevocationService revocations) {
    return TaskPreparer.of(UserTask.RECORD_SUPERIOR_REVOCATION, task -> {
      showDossier(task, revocations);
      if (AwardRevocationVariables.ISSUING_AUTHORITY.raw(task) == null) {
        AwardRevocationVariables.ISSUING_AUTHORITY.set(task,
            revocations.authorityOf(AwardRevocationVariables.REVOCATION_ID.get(task)));
      }
    });
  }

  @Bean
  TaskSubmissionHandler recordSuperiorRevocationHandler(RevocationService revocations) {
    return TaskSubmissionHandler.of(UserTask.RECORD_SUPERIOR_REVOCATION, (task, actor) -> {
      FormValues form = FormValues.of(task);
      SuperiorOutcome outcome = form.choice(AwardRevocationVariables.SUPERIOR_OUTCOME, "Kết quả của cấp trên",
          SuperiorOutcome.class,
          true);
      String authority = form.text(AwardRevocationVariables.ISSUING_AUTHORITY,
          "Cơ quan, người có thẩm quyền quyết định", true, 300);
      Decision entered = outcome == SuperiorOutcome.REVOKED ? decision(form, authority)
          : new Decision(null, null, null, authority);
      String comment = form.text(AwardRevocationVariables.REVOCATION_COMMENT, "Trả lời của cấp trên", false,
          RevocationService.MAX_TEXT);
      form.validate();
      Next next = revocations.recordSuperiorDecision(AwardRevocationVariables.REVOCATION_ID.get(task), outcome, entered,
          comment, actor);
      afterDecision(task, next, null, comment);
    });
  }

  @Bean
  JavaDelegate applyRevocationDelegate(RevocationService revocations) {
    return execution -> {
      long id = AwardRevocationVariables.REVOCATION_ID.get(execution);
      revocations.apply(id);
      AwardRevocationVariables.REVOCATION_TEXT.set(execution, revocations.summaryText(id));
    };
  }

  @Bean
  TaskPreparer recordRevocationRecoveryPreparer(RevocationService revocations) {
    return TaskPreparer.of(UserTask.RECORD_REVOCATION_RECOVERY, task -> showDossier(task, revocations));
  }

  @Bean
  TaskSubmissionHandler recordRevocationRecoveryHandler(RevocationService revocations) {
    return TaskSubmissionHandler.of(UserTask.RECORD_REVOCATION_RECOVERY, (task, actor) -> {
      FormValues form = FormValues.of(task);
      boolean certificate = form.bool(AwardRevocationVariables.CERTIFICATE_RECOVERED,
          "Đã thu hồi hiện vật khen thưởng");
      LocalDate certificateOn = form.date(AwardRevocationVariables.CERTIFICATE_RECOVERED_ON, "Ngày thu hồi hiện vật",
          false);
      String certificateNote = form.text(AwardRevocationVariables.CERTIFICATE_NOTE, "Ghi chú về hiện vật", false,
          RevocationService.MAX_NOTE);
      Integer amount = form.integer(AwardRevocationVariables.MONEY_AMOUNT, "Số tiền thưởng đã thu hồi (đồng)", true, 0,
          RevocationService.MAX_AMOUNT);
      LocalDate moneyOn = form.date(AwardRevocationVariables.MONEY_RECOVERED_ON, "Ngày thu hồi tiền thưởng", false);
      String moneyNote = form.text(AwardRevocationVariables.MONEY_NOTE, "Ghi chú về tiền thưởng", false,
          RevocationService.MAX_NOTE);
      form.validate();
      revocations.recordRecovery(AwardRevocationVariables.REVOCATION_ID.get(task), new Recovery(certificate,
          certificateOn,
          certificateNote, amount, moneyOn, moneyNote), actor);
    });
  }

  /** Number, date and signer of a decision that revokes: all three required. */
  private static Decision decision(FormValues form, String authority) {
    String number = form.text(AwardDecisionVariables.DECISION_NUMBER, "Số quyết định hủy bỏ", true, 50);
    LocalDate date = form.date(AwardDecisionVariables.DECISION_DATE, "Ngày quyết định hủy bỏ", true);
    String signer = form.text(AwardRevocationVariables.DECISION_SIGNER, "Người ký quyết định", true, 200);
    return new Decision(number, date, signer, authority);
  }

  private static void showDossier(DelegateTask task, RevocationService revocations) {
    long id = AwardRevocationVariables.REVOCATION_ID.get(task);
    AwardRevocationVariables.REVOCATION_TEXT.set(task, revocations.summaryText(id));
    task.setDescription(revocations.awardDescription(id));
  }

  private static void afterDecision(DelegateTask task, Next next, String returnedBy, String comment) {
    AwardRevocationVariables.REVOCATION_NEXT.set(task, next.name());
    AwardRevocationVariables.REVOCATION_RETURN_TEXT.set(task, next == Next.RETURNED
        ? "**" + returnedBy + ":** " + Markdown.escape(comment) : "");
  }
}
