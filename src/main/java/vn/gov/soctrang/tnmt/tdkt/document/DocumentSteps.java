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
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.SharedVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;

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
    long cycleId = AnnualCycleVariables.CYCLE_ID.get(execution);
    String actor = Actors.of(execution);
    switch (step) {
      case CONSOLIDATION_CLOSED -> documents.consolidatedReport(cycleId, actor);
      case VOTES_TALLIED -> documents.councilMinutes(CouncilMeetingVariables.MEETING_ID.get(execution), actor);
      case DECISION_OPENED -> documents.directorDecision(cycleId, null, null, actor);
      case DECISION_TAKEN -> {
        FormValues form = FormValues.of(execution);
        String number = form.text(AwardDecisionVariables.DECISION_NUMBER, "Số quyết định", true, 50);
        LocalDate date = form.date(AwardDecisionVariables.DECISION_DATE, "Ngày quyết định", true);
        form.validate();
        documents.directorDecision(cycleId, number, date, actor);
      }
      case MOVEMENT_SUMMARIZED -> documents.finalSummary(cycleId, actor);
      case PUBLISHED -> documents.publicList(cycleId, actor);
      case DOSSIER_OPENED, PROPOSAL_NUMBERED ->
          documents.upwardDossier(ProvinceSubmissionVariables.SUBMISSION_ID.get(execution), actor);
      default -> throw new IllegalStateException("No documents for " + step);
    }
    if (step.inProvinceSubmission()) {
      String links = documents.linksText(cycleId,
          documents.dossierOf(ProvinceSubmissionVariables.SUBMISSION_ID.get(execution)));
      SharedVariables.DOCUMENTS_TEXT.set(execution, links + "\n\n[Tải trọn bộ hồ sơ đề nghị (.zip)]("
          + DocumentPaths.dossier(AnnualCycleVariables.CYCLE_YEAR.raw(execution),
              ProvinceSubmissionVariables.AWARD_TYPE.get(execution)) + ")");
    } else {
      SharedVariables.DOCUMENTS_TEXT.set(execution, documents.linksText(cycleId, d ->
          CYCLE_DOCUMENTS.contains(d.getKind())));
    }
  }
}
