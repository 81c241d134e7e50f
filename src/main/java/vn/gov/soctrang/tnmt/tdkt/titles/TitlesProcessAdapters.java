package vn.gov.soctrang.tnmt.tdkt.titles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Actors;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;

/** The year-end titles process's steps: opening the year, the units' proposals, the check, the decision, the register. */
@Configuration
class TitlesProcessAdapters {

  @Bean
  JavaDelegate openTitlesRunDelegate(YearEndTitlesService titles) {
    return execution -> {
      FormValues form = FormValues.of(execution);
      Integer year = form.integer(YearEndTitlesVariables.TITLES_YEAR, "Năm bình xét", true, 1, 9999);
      form.validate();
      TitleRun run = titles.open(year, execution.getProcessInstanceId(), Actors.of(execution));
      List<String> groups = titles.unitGroups();
      YearEndTitlesVariables.TITLES_RUN_ID.set(execution, run.getId());
      // No read grant on the instance for the units: each sees its own task only, never another unit's slots.
      YearEndTitlesVariables.TITLES_UNIT_GROUPS.set(execution, new ArrayList<>(groups));
    };
  }

  @Bean
  TaskPreparer proposeTitlesPreparer() {
    // Empty and local to this unit's task: what one unit types never shows in another unit's form.
    return TaskPreparer.of(UserTask.PROPOSE_TITLES, task -> {
      for (ProcessVariable<Object> field : YearEndTitlesVariables.proposalFields()) {
        task.getExecution().setVariableLocal(field.name(), field == YearEndTitlesVariables.ALL_MEMBERS_COMPLETED
            ? Boolean.FALSE : field == YearEndTitlesVariables.COLLECTIVE_TITLE ? TitleChoice.NONE.name() : "");
      }
    });
  }

  @Bean
  TaskSubmissionHandler proposeTitlesHandler(YearEndTitlesService titles) {
    return TaskSubmissionHandler.of(UserTask.PROPOSE_TITLES, (task, actor) -> {
      Unit unit = titles.unitOfGroup(YearEndTitlesVariables.TITLES_UNIT_GROUP.get(task));
      FormValues form = FormValues.of(task);
      List<YearEndTitlesService.SlotInput> slots = new ArrayList<>();
      for (YearEndTitlesVariables.Slot s : YearEndTitlesVariables.SLOTS) {
        String username = form.text(s.person(), s.place() + ": Tài khoản của cá nhân", false, 64);
        TitleChoice choice = form.choice(s.title(), s.place() + ": Danh hiệu đề nghị", TitleChoice.class, false);
        if (choice != null && !choice.individual()) {
          form.problems().add(s.place() + ": danh hiệu «" + (choice.code() == null ? "Không đề nghị"
              : choice.code().label()) + "» không xét tặng cho cá nhân.");
          choice = null;
        }
        String initiative = form.text(s.initiative(), s.place() + ": Sáng kiến, giải pháp được công nhận", false,
            1000);
        slots.add(new YearEndTitlesService.SlotInput(s.place(), username, choice == null ? null : choice.code(),
            initiative));
      }
      TitleChoice collective = form.choice(YearEndTitlesVariables.COLLECTIVE_TITLE, "Danh hiệu của tập thể",
          TitleChoice.class, false);
      if (collective != null && collective.individual()) {
        form.problems().add("«Danh hiệu của tập thể»: danh hiệu «" + collective.code().label()
            + "» chỉ xét tặng cho cá nhân.");
      }
      boolean allCompleted = form.bool(YearEndTitlesVariables.ALL_MEMBERS_COMPLETED,
          "100% cá nhân của đơn vị hoàn thành nhiệm vụ");
      form.validate();
      MeritCode collectiveCode = collective == null ? null : collective.code();
      titles.propose(YearEndTitlesVariables.TITLES_RUN_ID.get(task), unit, slots, collectiveCode, allCompleted,
          actor, form.problems());
    });
  }

  @Bean
  JavaDelegate checkTitleProposalsDelegate(YearEndTitlesService titles) {
    return execution -> {
      long runId = YearEndTitlesVariables.TITLES_RUN_ID.get(execution);
      titles.check(runId);
      YearEndTitlesVariables.TITLES_LIST_TEXT.set(execution, titles.listText(runId));
      YearEndTitlesVariables.TITLES_COUNCIL_NEEDED.set(execution, titles.anyMet(runId));
    };
  }

  @Bean
  TaskPreparer decideTitlesPreparer(YearEndTitlesService titles) {
    // The list again, now with the Council's result on each proposal that met the standards.
    return TaskPreparer.of(UserTask.DECIDE_TITLES, task -> YearEndTitlesVariables.TITLES_LIST_TEXT.set(task,
        titles.listText(YearEndTitlesVariables.TITLES_RUN_ID.get(task))));
  }

  @Bean
  TaskSubmissionHandler decideTitlesHandler(YearEndTitlesService titles) {
    return TaskSubmissionHandler.of(UserTask.DECIDE_TITLES, (task, actor) -> {
      FormValues form = FormValues.of(task);
      String number = form.text(YearEndTitlesVariables.TITLES_DECISION_NUMBER, "Số quyết định", true, 60);
      LocalDate date = form.date(YearEndTitlesVariables.TITLES_DECISION_DATE, "Ngày quyết định", true);
      form.validate();
      titles.decide(YearEndTitlesVariables.TITLES_RUN_ID.get(task), number, date, actor, form.problems());
    });
  }

  @Bean
  JavaDelegate recordTitlesDelegate(YearEndTitlesService titles) {
    // A run started with a model before the Council's vote (no call activity) confers what met the standards.
    return execution -> titles.record(YearEndTitlesVariables.TITLES_RUN_ID.get(execution),
        execution.getBpmnModelInstance().getModelElementById(COUNCIL_VOTE_ACTIVITY) != null);
  }

  /** The call activity of council-vote.bpmn in year-end-titles.bpmn. */
  static final String COUNCIL_VOTE_ACTIVITY = "councilVote";
}
