package vn.gov.soctrang.tnmt.tdkt.disclosure;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/** Disclosure: open it for the working days in force, close it, and the Council's ruling on objections. */
@Configuration
class DisclosureProcessAdapters {

  @Bean
  JavaDelegate openDisclosureDelegate(DisclosureService disclosure, CalendarService calendar) {
    return execution -> DisclosureVariables.DISCLOSURE_ENDS_AT.set(execution,
        calendar.dueAt(disclosure.open(AnnualCycleVariables.CYCLE_ID.get(execution))));
  }

  @Bean
  JavaDelegate closeDisclosureDelegate(DisclosureService disclosure) {
    return execution -> DisclosureVariables.OBJECTIONS_PENDING.set(execution,
        disclosure.close(AnnualCycleVariables.CYCLE_ID.get(execution)));
  }

  @Bean
  TaskPreparer ruleOnObjectionsPreparer(DisclosureService disclosure) {
    return TaskPreparer.of(UserTask.RULE_ON_OBJECTIONS, task -> {
      long cycleId = AnnualCycleVariables.CYCLE_ID.get(task);
      JsonVariables.set(task, DisclosureVariables.OBJECTION_OPTIONS, disclosure.openObjectionOptions(cycleId));
      DisclosureVariables.OBJECTIONS_TEXT.set(task, disclosure.openObjectionsText(cycleId));
    });
  }

  @Bean
  TaskSubmissionHandler ruleOnObjectionsHandler(DisclosureService disclosure) {
    return TaskSubmissionHandler.of(UserTask.RULE_ON_OBJECTIONS, (task, actor) -> {
      FormValues form = FormValues.of(task);
      List<String> upheld = form.codes(DisclosureVariables.UPHELD_OBJECTIONS, "Ý kiến phản đối được chấp nhận");
      String note = form.text(DisclosureVariables.RULING_NOTE, "Kết luận của Hội đồng", true, 4000);
      form.validate();
      disclosure.rule(AnnualCycleVariables.CYCLE_ID.get(task), upheld, note, actor);
    });
  }
}
