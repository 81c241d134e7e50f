package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * For process instances started on a model version deployed before the documents became service tasks of their own
 * (ADR 0012): those versions still call {@code ${documentListener}} at the steps that wrote documents. An upgrade
 * must not break a cycle in flight, so the listener stays, and at each of those steps runs the same delegate as the
 * «Soạn …» task that took its place. Instances of the current versions never call it.
 */
@Component("documentListener")
class EarlierModelDocumentListener implements ExecutionListener {

  /** Where the earlier models called the listener (element and event), and the delegate that now does its work. */
  static final Map<String, String> EARLIER_STEPS = Map.of(
      "closeConsolidation:end", "consolidatedReportDelegate",
      "tallyVotes:end", "councilMinutesDelegate",
      "decideAwards:start", "draftDecisionDelegate",
      "decideAwards:end", "awardDecisionDelegate",
      "summarizeMovement:end", "finalSummaryDelegate",
      "publishModels:end", "publicListDelegate",
      "prepareProvinceDossier:start", "provinceDossierDelegate",
      "signProvinceProposal:start", "provinceDossierDelegate");

  private final ApplicationContext context;

  EarlierModelDocumentListener(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void notify(DelegateExecution execution) throws Exception {
    String delegate = EARLIER_STEPS.get(execution.getCurrentActivityId() + ":" + execution.getEventName());
    if (delegate != null) {
      context.getBean(delegate, JavaDelegate.class).execute(execution);
    }
  }
}
