package vn.gov.soctrang.tnmt.tdkt.adhoc;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilService;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.InstanceAccess;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;

/** The ad-hoc award process's steps: the proposal, the head's approval, the Office's check, the decision, the register. */
@Configuration
class AdHocProcessAdapters {

  /** The head's choice on approve-ad-hoc-award. */
  enum HeadDecision { APPROVE, RETURN }

  /** The Office's choice on check-ad-hoc-award. */
  enum OfficeDecision { FORWARD, RETURN }

  /** The Director's choice on decide-ad-hoc-award. */
  enum DirectorDecision { AWARD, REFUSE }

  @Bean
  JavaDelegate proposeAdHocAwardDelegate(AdHocAwardService service, InstanceAccess access) {
    return execution -> {
      FormValues form = FormValues.of(execution);
      boolean collective = form.bool(AdHocAwardVariables.COLLECTIVE, "Đề nghị khen thưởng cho tập thể đơn vị");
      String nominee = form.text(AdHocAwardVariables.NOMINEE, "Tài khoản của cá nhân được đề nghị", false, 64);
      String achievement = form.text(AdHocAwardVariables.ACHIEVEMENT, "Thành tích đột xuất", true, 1000);
      LocalDate date = form.date(AdHocAwardVariables.ACHIEVEMENT_DATE, "Ngày lập được thành tích", true);
      String result = form.text(AdHocAwardVariables.RESULT, "Kết quả, hiệu quả của thành tích", true, 2000);
      if (collective && nominee != null) {
        form.problems().add("Đề nghị cho tập thể đơn vị thì để trống «Tài khoản của cá nhân được đề nghị».");
      }
      form.validate();
      String proposer = AdHocAwardVariables.PROPOSER.find(execution).orElse(null);
      AdHocAward award = service.propose(proposer, new AdHocAwardService.Proposal(nominee, collective, achievement,
          date, result), execution.getProcessInstanceId(), form.problems());
      AdHocAwardVariables.AWARD_ID.set(execution, award.getId());
      AdHocAwardVariables.HEAD_GROUP.set(execution, AdHocAwardService.headGroup(award));
      AdHocAwardVariables.SUMMARY_TEXT.set(execution, service.summary(award));
      // The proposing unit's staff follow their proposal; no other unit sees it.
      access.grantRead(execution.getProcessInstanceId(),
          vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups.staffGroup(award.getUnitCode()));
    };
  }

  @Bean
  TaskSubmissionHandler approveAdHocAwardHandler(AdHocAwardService service) {
    return TaskSubmissionHandler.of(UserTask.APPROVE_AD_HOC_AWARD, (task, actor) -> {
      FormValues form = FormValues.of(task);
      HeadDecision decision = form.choice(AdHocAwardVariables.HEAD_DECISION, "Ý kiến của trưởng đơn vị",
          HeadDecision.class, true);
      String comment = form.text(AdHocAwardVariables.HEAD_COMMENT, "Ý kiến", false, 2000);
      form.validate();
      service.headDecides(AdHocAwardVariables.AWARD_ID.get(task), decision == HeadDecision.APPROVE, comment,
          form.problems());
    });
  }

  @Bean
  TaskPreparer checkAdHocAwardPreparer(AdHocAwardService service) {
    return TaskPreparer.of(UserTask.CHECK_AD_HOC_AWARD, task -> {
      AdHocAward award = service.award(AdHocAwardVariables.AWARD_ID.get(task.getExecution()));
      String found = service.checkText(award, true);
      task.getExecution().setVariableLocal(AdHocAwardVariables.CHECK_TEXT.name(), found);
      AdHocRule council = service.councilRule();
      task.getExecution().setVariableLocal(AdHocAwardVariables.COUNCIL_RULE.name(), council.consultation().name());
      task.getExecution().setVariableLocal(AdHocAwardVariables.COUNCIL_RULE_TEXT.name(),
          AdHocAwardService.councilRuleText(council));
    });
  }

  @Bean
  TaskSubmissionHandler checkAdHocAwardHandler(AdHocAwardService service) {
    return TaskSubmissionHandler.of(UserTask.CHECK_AD_HOC_AWARD, (task, actor) -> {
      FormValues form = FormValues.of(task);
      OfficeDecision decision = form.choice(AdHocAwardVariables.OFFICE_DECISION, "Ý kiến của Văn phòng Sở",
          OfficeDecision.class, true);
      String reason = form.text(AdHocAwardVariables.OFFICE_REASON, "Lý do trả lại đơn vị", false, 2000);
      Boolean viaCouncil = task.getVariable(AdHocAwardVariables.VIA_COUNCIL.name()) == null ? null
          : form.bool(AdHocAwardVariables.VIA_COUNCIL, "Xin ý kiến Hội đồng Thi đua – Khen thưởng Sở trước khi trình");
      form.validate();
      // An instance of the model before the Council path (no call activity) goes to the Director as it began.
      boolean modelHasCouncil = task.getExecution().getBpmnModelInstance()
          .getModelElementById(COUNCIL_VOTE_ACTIVITY) != null;
      boolean council = service.officeDecides(AdHocAwardVariables.AWARD_ID.get(task),
          decision == OfficeDecision.FORWARD, viaCouncil, reason, modelHasCouncil, form.problems());
      AdHocAwardVariables.COUNCIL_NEEDED.set(task.getExecution(), council);
    });
  }

  @Bean
  TaskPreparer decideAdHocAwardPreparer(AdHocAwardService service, CouncilService council) {
    return TaskPreparer.of(UserTask.DECIDE_AD_HOC_AWARD, task -> {
      AdHocAward award = service.award(AdHocAwardVariables.AWARD_ID.get(task.getExecution()));
      task.getExecution().setVariableLocal(AdHocAwardVariables.COUNCIL_TEXT.name(), service.councilText(award,
          award.getCouncilApproved() == null ? java.util.Optional.empty()
              : council.countedMeetingDate(AdHocCouncilAgenda.KIND, award.getId())));
    });
  }

  @Bean
  TaskSubmissionHandler decideAdHocAwardHandler(AdHocAwardService service) {
    return TaskSubmissionHandler.of(UserTask.DECIDE_AD_HOC_AWARD, (task, actor) -> {
      FormValues form = FormValues.of(task);
      DirectorDecision decision = form.choice(AdHocAwardVariables.DIRECTOR_DECISION, "Quyết định của Giám đốc Sở",
          DirectorDecision.class, true);
      String number = form.text(AdHocAwardVariables.DECISION_NUMBER, "Số quyết định", false, 60);
      LocalDate date = form.date(AdHocAwardVariables.DECISION_DATE, "Ngày quyết định", false);
      String refusal = form.text(AdHocAwardVariables.REFUSAL_REASON, "Lý do không khen thưởng", false, 2000);
      form.validate();
      service.directorDecides(AdHocAwardVariables.AWARD_ID.get(task), decision == DirectorDecision.AWARD,
          Texts.trimToNull(number), date, refusal, actor, form.problems());
    });
  }

  /** The call activity of council-vote.bpmn in ad-hoc-award.bpmn. */
  static final String COUNCIL_VOTE_ACTIVITY = "adHocCouncilVote";

  @Bean
  JavaDelegate recordAdHocAwardDelegate(AdHocAwardService service) {
    return execution -> service.record(AdHocAwardVariables.AWARD_ID.get(execution));
  }
}
