package vn.gov.soctrang.tnmt.tdkt.difficulty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.InstanceAccess;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.Vars;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;

/** Checks and records the reported difficulty; the reporting unit (only) may follow it. */
@Component("recordDifficultyDelegate")
class RecordDifficultyDelegate implements JavaDelegate {

  private final DifficultyService difficulties;
  private final InstanceAccess access;
  private final CalendarService calendar;
  private final SettingsService settings;

  public RecordDifficultyDelegate(DifficultyService difficulties, InstanceAccess access, CalendarService calendar,
      SettingsService settings) {
    this.difficulties = difficulties;
    this.access = access;
    this.calendar = calendar;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues form = FormValues.of(execution);
    String title = form.text(Vars.DIFFICULTY_TITLE, "Tiêu đề", true, 200);
    DifficultyField field = form.choice(Vars.DIFFICULTY_FIELD, "Lĩnh vực", DifficultyField.class, true);
    String content = form.text(Vars.DIFFICULTY_CONTENT, "Nội dung khó khăn, vướng mắc", true, 4000);
    String proposal = form.text(Vars.PROPOSAL, "Đề xuất, kiến nghị", false, 4000);
    form.validate();
    String reporter = Vars.REPORTER.find(execution).orElse(null);
    DifficultyReport report = difficulties.record(reporter, title, field, content, proposal,
        execution.getProcessInstanceId());
    String unitGroup = CamundaGroups.staffGroup(report.getUnit().getCode());
    Vars.DIFFICULTY_ID.set(execution, report.getId());
    Vars.DIFFICULTY_FIELD_NAME.set(execution, field.label());
    Vars.REPORTER_GROUP.set(execution, unitGroup);
    Vars.REPORTER_UNIT_NAME.set(execution, report.getUnit().getName());
    Vars.FEEDBACK.set(execution, "");
    Vars.ROUTING_NOTE.set(execution, "");
    Vars.DIFFICULTY_TITLE_TEXT.set(execution, Markdown.escape(title));
    Vars.DIFFICULTY_CONTENT_TEXT.set(execution, Markdown.escape(content));
    Vars.PROPOSAL_TEXT.set(execution, Markdown.escape(proposal));
    Vars.FEEDBACK_TEXT.set(execution, "");
    Vars.ROUTING_NOTE_TEXT.set(execution, "");
    JsonVariables.set(execution, Vars.RESOLVER_OPTIONS, difficulties.resolverOptions());
    int days = settings.intValue(SettingKey.DIFFICULTY_ANSWER_WORKING_DAYS);
    Vars.ANSWER_DUE_DATE.set(execution, calendar.dueAt(calendar.addWorkingDays(calendar.today(), days)));
    access.grantRead(execution.getProcessInstanceId(), unitGroup);
  }
}
