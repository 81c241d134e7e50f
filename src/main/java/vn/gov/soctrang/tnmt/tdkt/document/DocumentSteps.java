package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.Actors;
import vn.gov.soctrang.tnmt.tdkt.process.DocumentStep;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.Vars;

/**
 * Writes the documents at the steps that need them (an execution listener on those steps) and puts the links to
 * the latest versions where the next forms show them.
 */
@Component("documentListener")
class DocumentSteps implements ExecutionListener {

  private static final Set<DocumentKind> CYCLE_DOCUMENTS = EnumSet.of(DocumentKind.CONSOLIDATED_REPORT,
      DocumentKind.COUNCIL_MINUTES, DocumentKind.DIRECTOR_DECISION, DocumentKind.CERTIFICATES,
      DocumentKind.FINAL_SUMMARY_REPORT, DocumentKind.PUBLIC_LIST);

  private final DocumentService documents;

  public DocumentSteps(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    DocumentStep step = DocumentStep.of(execution.getCurrentActivityId(), execution.getEventName()).orElse(null);
    if (step == null) {
      return;
    }
    long cycleId = Vars.CYCLE_ID.get(execution);
    String actor = Actors.of(execution);
    switch (step) {
      case CONSOLIDATION_CLOSED -> documents.consolidatedReport(cycleId, actor);
      case VOTES_TALLIED -> documents.councilMinutes(Vars.MEETING_ID.get(execution), actor);
      case DECISION_OPENED -> documents.directorDecision(cycleId, null, null, actor);
      case DECISION_TAKEN -> {
        FormValues form = FormValues.of(execution);
        String number = form.text(Vars.DECISION_NUMBER, "Số quyết định", true, 50);
        LocalDate date = form.date(Vars.DECISION_DATE, "Ngày quyết định", true);
        form.validate();
        documents.directorDecision(cycleId, number, date, actor);
      }
      case MOVEMENT_SUMMARIZED -> documents.finalSummary(cycleId, actor);
      case PUBLISHED -> documents.publicList(cycleId, actor);
      case DOSSIER_OPENED, PROPOSAL_NUMBERED -> documents.upwardDossier(Vars.SUBMISSION_ID.get(execution), actor);
      default -> throw new IllegalStateException("No documents for " + step);
    }
    if (step.inProvinceSubmission()) {
      String links = documents.linksText(cycleId, documents.dossierOf(Vars.SUBMISSION_ID.get(execution)));
      Vars.DOCUMENTS_TEXT.set(execution, links + "\n\n[Tải trọn bộ hồ sơ đề nghị (.zip)]("
          + DocumentPaths.dossier(Vars.CYCLE_YEAR.raw(execution), Vars.AWARD_TYPE.get(execution)) + ")");
    } else {
      Vars.DOCUMENTS_TEXT.set(execution, documents.linksText(cycleId, d -> CYCLE_DOCUMENTS.contains(d.getKind())));
    }
  }
}
