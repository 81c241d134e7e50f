package vn.gov.soctrang.tnmt.tdkt.difficulty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.InstanceAccess;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;
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
    String title = form.text(TaskContextVariables.DIFFICULTY_TITLE, "Tiêu đề", true, 200);
    DifficultyField field = form.choice(DifficultyReportVariables.DIFFICULTY_FIELD, "Lĩnh vực", DifficultyField.class,
        true);
    String content = form.text(DifficultyReportVariables.DIFFICULTY_CONTENT, "Nội dung khó khăn, vướng mắc", true,
        4000);
    String proposal = form.text(DifficultyReportVariables.PROPOSAL, "Đề xuất, kiến nghị", false, 4000);
    form.validate();
    String reporter = DifficultyReportVariables.REPORTER.find(execution).orElse(null);
    DifficultyReport report = difficulties.record(reporter, title, field, content, proposal,
        execution.getProcessInstanceId());
    String unitGroup = CamundaGroups.staffGroup(report.getUnit().getCode());
    DifficultyReportVariables.DIFFICULTY_ID.set(execution, report.getId());
    DifficultyReportVariables.DIFFICULTY_FIELD_NAME.set(execution, field.label());
    DifficultyReportVariables.REPORTER_GROUP.set(execution, unitGroup);
    TaskContextVariables.REPORTER_UNIT_NAME.set(execution, report.getUnit().getName());
    DifficultyReportVariables.FEEDBACK.set(execution, "");
    DifficultyReportVariables.ROUTING_NOTE.set(execution, "");
    DifficultyReportVariables.DIFFICULTY_TITLE_TEXT.set(execution, Markdown.escape(title));
    DifficultyReportVariables.DIFFICULTY_CONTENT_TEXT.set(execution, Markdown.escape(content));
    DifficultyReportVariables.PROPOSAL_TEXT.set(execution, Markdown.escape(proposal));
    DifficultyReportVariables.FEEDBACK_TEXT.set(execution, "");
    DifficultyReportVariables.ROUTING_NOTE_TEXT.set(execution, "");
    JsonVariables.set(execution, DifficultyReportVariables.RESOLVER_OPTIONS, difficulties.resolverOptions());
    int days = settings.intValue(SettingKey.DIFFICULTY_ANSWER_WORKING_DAYS);
    DifficultyReportVariables.ANSWER_DUE_DATE.set(execution, calendar.dueAt(calendar.addWorkingDays(calendar.today(),
        days)));
    access.grantRead(execution.getProcessInstanceId(), unitGroup);
  }
}
