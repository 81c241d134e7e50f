package vn.gov.soctrang.tnmt.tdkt.evidence;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.TdktProperties;
import vn.gov.soctrang.tnmt.tdkt.process.EveryTaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskContextVariables;

/**
 * Every task gets the address of its evidence upload page, a task-local variable the forms show as a link (Tasklist
 * forms cannot upload files).
 */
@Component
class EvidenceLinkPreparer implements EveryTaskPreparer {

  private final TdktProperties properties;

  EvidenceLinkPreparer(TdktProperties properties) {
    this.properties = properties;
  }

  @Override
  public void prepare(DelegateTask task) {
    task.setVariableLocal(TaskContextVariables.EVIDENCE_UPLOAD_URL.name(),
        EvidencePages.uploadUrl(properties.publicUrl(),
        task.getId()));
  }
}
