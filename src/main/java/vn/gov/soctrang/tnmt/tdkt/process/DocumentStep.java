package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** The steps at which documents are written: an element of a model and the moment (start or end). */
public enum DocumentStep {
  CONSOLIDATION_CLOSED(Activities.CLOSE_CONSOLIDATION, ExecutionListener.EVENTNAME_END, false),
  VOTES_TALLIED(Activities.TALLY_VOTES, ExecutionListener.EVENTNAME_END, false),
  DECISION_OPENED(UserTask.DECIDE_AWARDS.id(), ExecutionListener.EVENTNAME_START, false),
  DECISION_TAKEN(UserTask.DECIDE_AWARDS.id(), ExecutionListener.EVENTNAME_END, false),
  MOVEMENT_SUMMARIZED(Activities.SUMMARIZE_MOVEMENT, ExecutionListener.EVENTNAME_END, false),
  PUBLISHED(UserTask.PUBLISH_MODELS.id(), ExecutionListener.EVENTNAME_END, false),
  DOSSIER_OPENED(UserTask.PREPARE_PROVINCE_DOSSIER.id(), ExecutionListener.EVENTNAME_START, true),
  PROPOSAL_NUMBERED(UserTask.SIGN_PROVINCE_PROPOSAL.id(), ExecutionListener.EVENTNAME_START, true);

  private final String activityId;
  private final String event;
  private final boolean inProvinceSubmission;

  DocumentStep(String activityId, String event, boolean inProvinceSubmission) {
    this.activityId = activityId;
    this.event = event;
    this.inProvinceSubmission = inProvinceSubmission;
  }

  public String activityId() {
    return activityId;
  }

  public String event() {
    return event;
  }

  public boolean inProvinceSubmission() {
    return inProvinceSubmission;
  }

  public static Optional<DocumentStep> of(String activityId, String event) {
    return Arrays.stream(values()).filter(s -> s.activityId.equals(activityId) && s.event.equals(event)).findFirst();
  }
}
