package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.Arrays;
import java.util.Optional;

/** Every user task of every model, by its element id in the BPMN file. */
public enum UserTask {
  CONFIRM_NOMINATION_LIST("confirmNominationList"),
  DECIDE_INSPECTION("decideInspection"),
  INSPECT_UNIT("inspectUnit"),
  OPEN_COUNCIL_MEETING("openCouncilMeeting"),
  SEAL_BALLOT_BOX("sealBallotBox"),
  CAST_BALLOT("castBallot"),
  OPEN_BALLOT_BOX("openBallotBox"),
  CONFIRM_MINUTES("confirmMinutes"),
  RULE_ON_OBJECTIONS("ruleOnObjections"),
  DECIDE_AWARDS("decideAwards"),
  PUBLISH_MODELS("publishModels"),
  PREPARE_PROVINCE_DOSSIER("prepareProvinceDossier"),
  SIGN_PROVINCE_PROPOSAL("signProvinceProposal"),
  RECORD_PROVINCE_DISPATCH("recordProvinceDispatch"),
  RECORD_PROVINCE_CONSULTATION("recordProvinceConsultation"),
  RECORD_PROVINCE_ANSWER("recordProvinceAnswer"),
  REGISTER_COMMITMENT("registerCommitment"),
  DRAFT_REPORT("draftReport"),
  APPROVE_REPORT("approveReport"),
  REVIEW_REPORT("reviewReport"),
  HANDLE_OVERDUE_REPORT("handleOverdueReport"),
  ROUTE_DIFFICULTY("routeDifficulty"),
  ANSWER_DIFFICULTY("answerDifficulty"),
  REVIEW_DIFFICULTY_ANSWER("reviewDifficultyAnswer"),
  PREPARE_REVOCATION("prepareRevocation"),
  DECIDE_REVOCATION("decideRevocation"),
  RECORD_SUPERIOR_REVOCATION("recordSuperiorRevocation"),
  RECORD_REVOCATION_RECOVERY("recordRevocationRecovery"),
  PROPOSE_TITLES("proposeTitles"),
  DECIDE_TITLES("decideTitles"),
  APPROVE_AD_HOC_AWARD("approveAdHocAward"),
  CHECK_AD_HOC_AWARD("checkAdHocAward"),
  DECIDE_AD_HOC_AWARD("decideAdHocAward"),
  REGISTER_THEMATIC_PARTICIPATION("registerThematicParticipation"),
  REPORT_THEMATIC_RESULTS("reportThematicResults"),
  REVIEW_THEMATIC_RESULTS("reviewThematicResults"),
  DECIDE_THEMATIC_AWARDS("decideThematicAwards");

  private final String id;

  UserTask(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<UserTask> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }
}
