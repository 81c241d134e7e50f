package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;

/** Evaluates every nomination and gives the Office its list to confirm, due in the consolidation period. */
@Component("evaluateNominationsDelegate")
class EvaluateNominationsDelegate implements JavaDelegate {

  private final ConsolidationService consolidation;
  private final CalendarService calendar;
  private final SettingsService settings;

  public EvaluateNominationsDelegate(ConsolidationService consolidation, CalendarService calendar,
      SettingsService settings) {
    this.consolidation = consolidation;
    this.calendar = calendar;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsolidationService.Consolidation result = consolidation.evaluate(AnnualCycleVariables.CYCLE_ID.get(execution));
    JsonVariables.set(execution, ConsolidationVariables.CONSOLIDATION_RESULTS, result.lines());
    ConsolidationVariables.CONSOLIDATION_SUMMARY_TEXT.set(execution, result.summary());
    int days = settings.intValue(SettingKey.CONSOLIDATION_WORKING_DAYS);
    ConsolidationVariables.CONSOLIDATION_DUE_DATE.set(execution,
        calendar.dueAt(calendar.addWorkingDays(calendar.today(), days)));
  }
}
