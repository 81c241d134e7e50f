package vn.gov.soctrang.tnmt.tdkt.award;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/** The Director's decision task: shows the list, records the decision and the register entries. */
@Configuration
class AwardProcessAdapters {

  @Bean
  TaskPreparer decideAwardsPreparer(AwardService awards) {
    return TaskPreparer.of(UserTask.DECIDE_AWARDS, task ->
        AwardDecisionVariables.AWARD_LIST_TEXT.set(task, awards.listText(AnnualCycleVariables.CYCLE_ID.get(task))));
  }

  @Bean
  TaskSubmissionHandler decideAwardsHandler(AwardService awards) {
    return TaskSubmissionHandler.of(UserTask.DECIDE_AWARDS, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String number = form.text(AwardDecisionVariables.DECISION_NUMBER, "Số quyết định", true, 50);
      LocalDate date = form.date(AwardDecisionVariables.DECISION_DATE, "Ngày quyết định", true);
      form.validate();
      awards.decide(AnnualCycleVariables.CYCLE_ID.get(task), number, date, actor, form.problems());
    });
  }
}
