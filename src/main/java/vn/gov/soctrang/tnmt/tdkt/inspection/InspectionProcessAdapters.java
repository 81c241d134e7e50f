package vn.gov.soctrang.tnmt.tdkt.inspection;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;

/** The two inspection tasks' adapters: what their forms show, and what their submissions write. */
@Configuration
class InspectionProcessAdapters {

  /** Whether to inspect: the codes the form submits. */
  enum Needed { YES, NO }

  /** One nomination's finding: the codes the form submits. */
  enum Result { CONFIRMED, NOT_CONFIRMED }

  @Bean
  TaskPreparer decideInspectionPreparer(InspectionService inspection) {
    return TaskPreparer.of(UserTask.DECIDE_INSPECTION, task ->
        JsonVariables.set(task, InspectionVariables.INSPECTION_UNIT_OPTIONS,
            inspection.unitOptions(AnnualCycleVariables.CYCLE_ID.get(task))));
  }

  @Bean
  TaskSubmissionHandler decideInspectionHandler(InspectionService inspection) {
    return TaskSubmissionHandler.of(UserTask.DECIDE_INSPECTION, (task, actor) -> {
      FormValues form = FormValues.of(task);
      Needed needed = form.choice(InspectionVariables.INSPECTION_NEEDED, "Tổ chức kiểm tra thực tế", Needed.class,
          true);
      List<String> codes = form.codes(InspectionVariables.INSPECTION_UNIT_CODES, "Đơn vị được kiểm tra");
      String note = form.text(InspectionVariables.INSPECTION_NOTE, "Ghi chú", false, 4000);
      form.validate();
      List<String> units = inspection.decide(AnnualCycleVariables.CYCLE_ID.get(task), needed == Needed.YES, codes, note,
          form.problems());
      // The multi-instance reads a plain collection, whatever the form sent.
      InspectionVariables.INSPECTION_UNIT_CODES.set(task, new ArrayList<>(units));
    });
  }

  @Bean
  TaskPreparer inspectUnitPreparer(InspectionService inspection, OrganizationService organization) {
    return TaskPreparer.of(UserTask.INSPECT_UNIT, task -> {
      String unitCode = InspectionVariables.INSPECTION_UNIT_CODE.get(task);
      // Local to this unit's instance of the multi-instance, so parallel inspections never share answers; on the
      // execution rather than the task, so a submission through the form or through complete lands in the same place.
      var scope = task.getExecution();
      scope.setVariableLocal(TaskContextVariables.INSPECTION_UNIT_NAME.name(), organization.unit(unitCode).getName());
      List<Nomination> list = inspection.toInspect(AnnualCycleVariables.CYCLE_ID.get(task), unitCode);
      for (int k = 1; k <= FindingSlots.SLOTS; k++) {
        FindingSlots.Slot slot = FindingSlots.slot(k);
        scope.setVariableLocal(slot.result().name(), null);
        scope.setVariableLocal(slot.note().name(), null);
        if (k <= list.size()) {
          Nomination n = list.get(k - 1);
          scope.setVariableLocal(slot.label().name(), "**" + n.getNomineeType().label() + " "
              + Markdown.escape(n.getNomineeName()) + "** – " + n.getProposedAward().label() + ". Thành tích: "
              + Markdown.escape(n.getAchievements()));
          scope.setVariableLocal(slot.nominationId().name(), n.getId());
        }
      }
    });
  }

  @Bean
  TaskSubmissionHandler inspectUnitHandler(InspectionService inspection) {
    return TaskSubmissionHandler.of(UserTask.INSPECT_UNIT, (task, actor) -> {
      FormValues form = FormValues.of(task);
      List<InspectionService.Finding> findings = new ArrayList<>();
      for (int k = 1; k <= FindingSlots.SLOTS; k++) {
        FindingSlots.Slot slot = FindingSlots.slot(k);
        Long nominationId = (Long) task.getExecution().getVariableLocal(slot.nominationId().name());
        if (nominationId == null) {
          continue;
        }
        Result result = form.choice(slot.result(), "Kết quả kiểm tra đề nghị thứ " + k, Result.class, true);
        String note = form.text(slot.note(), "Ghi chú đề nghị thứ " + k, false, 4000);
        form.problems().addIf(result == Result.NOT_CONFIRMED && note == null,
            "Đề nghị thứ " + k + ": vui lòng ghi lý do không xác nhận.");
        findings.add(new InspectionService.Finding(nominationId, result == Result.CONFIRMED, note));
      }
      form.validate();
      inspection.record(AnnualCycleVariables.CYCLE_ID.get(task), InspectionVariables.INSPECTION_UNIT_CODE.get(task),
          actor, findings);
    });
  }
}
