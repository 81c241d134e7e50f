package vn.gov.soctrang.tnmt.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/** "Xác nhận danh sách đề nghị khen thưởng": the Office confirms the consolidated list. */
@Component
class ConfirmNominationListHandler implements TaskSubmissionHandler {

  private final ConsolidationService consolidation;

  public ConfirmNominationListHandler(ConsolidationService consolidation) {
    this.consolidation = consolidation;
  }

  @Override
  public UserTask task() {
    return UserTask.CONFIRM_NOMINATION_LIST;
  }

  @Override
  public void onSubmit(DelegateTask task, String actor) {
    FormValues form = FormValues.of(task);
    boolean confirmed = form.bool(ConsolidationVariables.CONFIRM_LIST, "Xác nhận danh sách");
    String note = form.text(ConsolidationVariables.CONSOLIDATION_NOTE, "Ghi chú của Văn phòng", false, 4000);
    form.problems().addIf(!confirmed, "Vui lòng đánh dấu «Tôi xác nhận danh sách đề nghị khen thưởng» để hoàn thành.");
    form.validate();
    consolidation.confirm(AnnualCycleVariables.CYCLE_ID.get(task), actor, note);
  }
}
