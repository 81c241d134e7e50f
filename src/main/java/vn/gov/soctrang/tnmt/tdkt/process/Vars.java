package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.Date;

/**
 * Every process variable the models and the code share, with its type. Form fields are read raw through
 * {@link FormValues}, which validates them; variables the system sets are typed.
 */
public final class Vars {

  // annual-cycle: start form and what the system derives
  public static final ProcessVariable<Object> CYCLE_YEAR = ProcessVariable.of("cycleYear", Object.class);
  public static final ProcessVariable<Object> REPORT_DEADLINE = ProcessVariable.of("reportDeadline", Object.class);
  public static final ProcessVariable<Object> FINAL_SUMMARY = ProcessVariable.of("finalSummary", Object.class);
  public static final ProcessVariable<String> INITIATOR = ProcessVariable.of("initiator", String.class);
  public static final ProcessVariable<Long> CYCLE_ID = ProcessVariable.of("cycleId", Long.class);
  public static final ProcessVariable<Object> UNIT_CODES = ProcessVariable.of("unitCodes", Object.class);
  public static final ProcessVariable<Date> CONSOLIDATION_DUE_DATE = ProcessVariable.of("consolidationDueDate", Date.class);
  public static final ProcessVariable<Object> CONSOLIDATION_RESULTS = ProcessVariable.of("consolidationResults", Object.class);
  public static final ProcessVariable<String> CONSOLIDATION_SUMMARY_TEXT =
      ProcessVariable.of("consolidationSummaryText", String.class);
  public static final ProcessVariable<Object> CONFIRM_LIST = ProcessVariable.of("confirmList", Object.class);
  public static final ProcessVariable<Object> CONSOLIDATION_NOTE = ProcessVariable.of("consolidationNote", Object.class);

  // annual-cycle: inspection
  public static final ProcessVariable<Object> INSPECTION_NEEDED = ProcessVariable.of("inspectionNeeded", Object.class);
  public static final ProcessVariable<Object> INSPECTION_UNIT_CODES =
      ProcessVariable.of("inspectionUnitCodes", Object.class);
  public static final ProcessVariable<Object> INSPECTION_UNIT_OPTIONS =
      ProcessVariable.of("inspectionUnitOptions", Object.class);
  public static final ProcessVariable<Object> INSPECTION_NOTE = ProcessVariable.of("inspectionNote", Object.class);
  public static final ProcessVariable<String> INSPECTION_UNIT_CODE =
      ProcessVariable.of("inspectionUnitCode", String.class);
  public static final ProcessVariable<String> INSPECTION_UNIT_NAME =
      ProcessVariable.of("inspectionUnitName", String.class);

  // annual-cycle: the Council
  public static final ProcessVariable<Object> COUNCIL_MEMBER_OPTIONS =
      ProcessVariable.of("councilMemberOptions", Object.class);
  public static final ProcessVariable<String> COUNCIL_INFO_TEXT = ProcessVariable.of("councilInfoText", String.class);
  public static final ProcessVariable<Object> MEETING_DATE = ProcessVariable.of("meetingDate", Object.class);
  public static final ProcessVariable<Object> PRESENT_MEMBERS = ProcessVariable.of("presentMembers", Object.class);
  public static final ProcessVariable<Object> MEETING_TIME = ProcessVariable.of("meetingTime", Object.class);
  public static final ProcessVariable<Object> MEETING_PLACE = ProcessVariable.of("meetingPlace", Object.class);
  public static final ProcessVariable<Object> MEETING_CHAIR = ProcessVariable.of("meetingChair", Object.class);
  public static final ProcessVariable<Object> MEETING_SECRETARY = ProcessVariable.of("meetingSecretary", Object.class);
  /** Absent members whose written ballot is announced: they receive a ballot like a present member. */
  public static final ProcessVariable<Object> WRITTEN_BALLOT_MEMBERS =
      ProcessVariable.of("writtenBallotMembers", Object.class);
  /** The vote-counting committee (Ban kiểm phiếu), chosen among the members present. */
  public static final ProcessVariable<Object> COUNTING_COMMITTEE = ProcessVariable.of("countingCommittee", Object.class);
  /** Who receives a ballot: the members present and the written ballots announced. */
  public static final ProcessVariable<Object> BALLOT_VOTERS = ProcessVariable.of("ballotVoters", Object.class);
  /** Who confirms the minutes: the secretary and the counting committee. */
  public static final ProcessVariable<Object> MINUTES_CONFIRMERS = ProcessVariable.of("minutesConfirmers", Object.class);
  public static final ProcessVariable<String> MINUTES_CONFIRMER = ProcessVariable.of("minutesConfirmer", String.class);
  /** When the ballot closes for the ballots still out (a timer on «Bỏ phiếu kín»). */
  public static final ProcessVariable<Date> BALLOT_CLOSES_AT = ProcessVariable.of("ballotClosesAt", Date.class);
  public static final ProcessVariable<String> BALLOT_KIND_TEXT = ProcessVariable.of("ballotKindText", String.class);
  public static final ProcessVariable<Long> MEETING_ID = ProcessVariable.of("meetingId", Long.class);
  public static final ProcessVariable<Boolean> QUORUM_REACHED = ProcessVariable.of("quorumReached", Boolean.class);
  public static final ProcessVariable<String> QUORUM_NOTICE = ProcessVariable.of("quorumNotice", String.class);
  public static final ProcessVariable<String> COUNCIL_MEMBER = ProcessVariable.of("councilMember", String.class);
  public static final ProcessVariable<Object> BALLOT_OPTIONS = ProcessVariable.of("ballotOptions", Object.class);
  /** A member's choices: secret. Local to their ballot, removed once counted, never written to history. */
  public static final ProcessVariable<Object> BALLOT_APPROVALS = ProcessVariable.of("ballotApprovals", Object.class);
  /** Who holds a key of the ballot box: the meeting's chair and secretary (a multi-instance collection). */
  public static final ProcessVariable<Object> BALLOT_KEY_HOLDERS = ProcessVariable.of("ballotKeyHolders", Object.class);
  public static final ProcessVariable<String> KEY_HOLDER = ProcessVariable.of("keyHolder", String.class);
  /** Who opens the box in Tasklist: the chair, with the secretary beside them typing their own passphrase. */
  public static final ProcessVariable<String> BALLOT_BOX_OPENER = ProcessVariable.of("ballotBoxOpener", String.class);
  /** Passphrases of the ballot box: secret like the ballot, consumed by the task's listener and never stored. */
  public static final ProcessVariable<Object> SEAL_PASSPHRASE = ProcessVariable.of("sealPassphrase", Object.class);
  public static final ProcessVariable<Object> SEAL_PASSPHRASE_REPEAT =
      ProcessVariable.of("sealPassphraseRepeat", Object.class);
  public static final ProcessVariable<Object> CHAIR_PASSPHRASE = ProcessVariable.of("chairPassphrase", Object.class);
  public static final ProcessVariable<Object> SECRETARY_PASSPHRASE =
      ProcessVariable.of("secretaryPassphrase", Object.class);
  public static final ProcessVariable<String> BALLOT_BOX_TEXT = ProcessVariable.of("ballotBoxText", String.class);
  public static final ProcessVariable<String> MINUTES_TEXT = ProcessVariable.of("minutesText", String.class);
  public static final ProcessVariable<Object> CONFIRM_MINUTES = ProcessVariable.of("confirmMinutes", Object.class);

  // annual-cycle: disclosure
  public static final ProcessVariable<Date> DISCLOSURE_ENDS_AT =
      ProcessVariable.of("disclosureEndsAt", Date.class);
  public static final ProcessVariable<Boolean> OBJECTIONS_PENDING = ProcessVariable.of("objectionsPending", Boolean.class);
  public static final ProcessVariable<Object> OBJECTION_OPTIONS = ProcessVariable.of("objectionOptions", Object.class);
  public static final ProcessVariable<String> OBJECTIONS_TEXT = ProcessVariable.of("objectionsText", String.class);
  public static final ProcessVariable<Object> UPHELD_OBJECTIONS = ProcessVariable.of("upheldObjections", Object.class);
  public static final ProcessVariable<Object> RULING_NOTE = ProcessVariable.of("rulingNote", Object.class);

  // annual-cycle: the Director's decision
  public static final ProcessVariable<String> AWARD_LIST_TEXT = ProcessVariable.of("awardListText", String.class);
  public static final ProcessVariable<Object> DECISION_NUMBER = ProcessVariable.of("decisionNumber", Object.class);
  public static final ProcessVariable<Object> DECISION_DATE = ProcessVariable.of("decisionDate", Object.class);

  // Routing of the approved list by who decides, and the province submissions (one per award type).
  public static final ProcessVariable<Boolean> HAS_GIAY_KHEN = ProcessVariable.of("hasGiayKhen", Boolean.class);
  public static final ProcessVariable<Object> PROVINCE_AWARD_TYPES =
      ProcessVariable.of("provinceAwardTypes", Object.class);
  public static final ProcessVariable<String> AWARD_TYPE = ProcessVariable.of("awardType", String.class);
  public static final ProcessVariable<String> AWARD_TYPE_NAME = ProcessVariable.of("awardTypeName", String.class);
  public static final ProcessVariable<Long> SUBMISSION_ID = ProcessVariable.of("submissionId", Long.class);
  public static final ProcessVariable<String> DOSSIER_TEXT = ProcessVariable.of("dossierText", String.class);
  public static final ProcessVariable<Object> PROPOSAL_NUMBER = ProcessVariable.of("proposalNumber", Object.class);
  public static final ProcessVariable<Object> PROPOSAL_DATE = ProcessVariable.of("proposalDate", Object.class);
  public static final ProcessVariable<Object> DOSSIER_DOCUMENTS = ProcessVariable.of("dossierDocuments", Object.class);
  public static final ProcessVariable<Object> DOSSIER_NOTE = ProcessVariable.of("dossierNote", Object.class);
  public static final ProcessVariable<Object> SIGN_DECISION = ProcessVariable.of("signDecision", Object.class);
  public static final ProcessVariable<Object> SIGN_COMMENT = ProcessVariable.of("signComment", Object.class);
  public static final ProcessVariable<Boolean> PROPOSAL_SIGNED = ProcessVariable.of("proposalSigned", Boolean.class);
  public static final ProcessVariable<Object> DISPATCH_NUMBER = ProcessVariable.of("dispatchNumber", Object.class);
  public static final ProcessVariable<Object> DISPATCH_DATE = ProcessVariable.of("dispatchDate", Object.class);
  public static final ProcessVariable<Object> OTHER_AGENCIES = ProcessVariable.of("otherAgencies", Object.class);
  public static final ProcessVariable<Date> PROVINCE_ANSWER_DUE_AT =
      ProcessVariable.of("provinceAnswerDueAt", Date.class);
  // province-submission: the province's public consultation on state honours (form fields, then what the system sets)
  public static final ProcessVariable<Object> CONSULTATION_REPORT =
      ProcessVariable.of("consultationReport", Object.class);
  public static final ProcessVariable<Object> CONSULTATION_POSTED_DATE =
      ProcessVariable.of("consultationPostedDate", Object.class);
  public static final ProcessVariable<Object> CONSULTATION_END_DATE =
      ProcessVariable.of("consultationEndDate", Object.class);
  public static final ProcessVariable<Boolean> CONSULTATION_NEEDED =
      ProcessVariable.of("consultationNeeded", Boolean.class);
  public static final ProcessVariable<Boolean> CONSULTATION_HELD =
      ProcessVariable.of("consultationHeld", Boolean.class);
  public static final ProcessVariable<Date> CONSULTATION_ENDS_AT =
      ProcessVariable.of("consultationEndsAt", Date.class);
  public static final ProcessVariable<Object> WAITING_OPTIONS = ProcessVariable.of("waitingOptions", Object.class);
  public static final ProcessVariable<Object> APPROVED_NOMINATIONS =
      ProcessVariable.of("approvedNominations", Object.class);
  public static final ProcessVariable<Object> PROVINCE_DECISION_NUMBER =
      ProcessVariable.of("provinceDecisionNumber", Object.class);
  public static final ProcessVariable<Object> PROVINCE_DECISION_DATE =
      ProcessVariable.of("provinceDecisionDate", Object.class);
  public static final ProcessVariable<Object> RETURNED_NOMINATIONS =
      ProcessVariable.of("returnedNominations", Object.class);
  public static final ProcessVariable<Object> PROVINCE_RETURN_REASON =
      ProcessVariable.of("provinceReturnReason", Object.class);
  public static final ProcessVariable<Object> REFUSED_NOMINATIONS = ProcessVariable.of("refusedNominations", Object.class);
  public static final ProcessVariable<Object> PROVINCE_REFUSAL_REASON =
      ProcessVariable.of("provinceRefusalReason", Object.class);
  public static final ProcessVariable<String> PROVINCE_NEXT = ProcessVariable.of("provinceNext", String.class);

  // Publication by the IT Center, and the movement's final-summary totals.
  public static final ProcessVariable<String> PUBLICATION_TEXT = ProcessVariable.of("publicationText", String.class);
  public static final ProcessVariable<Object> PUBLICATION_TITLE = ProcessVariable.of("publicationTitle", Object.class);
  public static final ProcessVariable<Object> PUBLICATION_INTRO = ProcessVariable.of("publicationIntro", Object.class);
  public static final ProcessVariable<Object> FEATURED_AWARDS = ProcessVariable.of("featuredAwards", Object.class);
  public static final ProcessVariable<Object> FEATURED_OPTIONS = ProcessVariable.of("featuredOptions", Object.class);
  public static final ProcessVariable<String> PUBLIC_PAGE_URL = ProcessVariable.of("publicPageUrl", String.class);

  // Links to the generated documents, shown on the forms of the steps that use them.
  public static final ProcessVariable<String> DOCUMENTS_TEXT = ProcessVariable.of("documentsText", String.class);

  // unit-report: context the system sets
  public static final ProcessVariable<String> UNIT_CODE = ProcessVariable.of("unitCode", String.class);
  public static final ProcessVariable<String> UNIT_NAME = ProcessVariable.of("unitName", String.class);
  public static final ProcessVariable<String> STAFF_GROUP = ProcessVariable.of("staffGroup", String.class);
  public static final ProcessVariable<String> HEAD_GROUP = ProcessVariable.of("headGroup", String.class);
  public static final ProcessVariable<Long> UNIT_REPORT_ID = ProcessVariable.of("unitReportId", Long.class);
  public static final ProcessVariable<Date> REPORT_DUE_DATE = ProcessVariable.of("reportDueDate", Date.class);
  public static final ProcessVariable<Date> REMINDER_DATE = ProcessVariable.of("reminderDate", Date.class);
  public static final ProcessVariable<String> REPORT_DUE_DATE_TEXT = ProcessVariable.of("reportDueDateText", String.class);
  public static final ProcessVariable<Object> LOCALITY_OPTIONS = ProcessVariable.of("localityOptions", Object.class);
  public static final ProcessVariable<Object> NOMINEE_OPTIONS = ProcessVariable.of("nomineeOptions", Object.class);
  public static final ProcessVariable<Object> AWARD_OPTIONS = ProcessVariable.of("awardOptions", Object.class);
  public static final ProcessVariable<String> REGISTERED_LOCALITY_NAME =
      ProcessVariable.of("registeredLocalityName", String.class);
  public static final ProcessVariable<String> RETURN_REASON = ProcessVariable.of("returnReason", String.class);
  public static final ProcessVariable<String> REPORT_SUMMARY_TEXT = ProcessVariable.of("reportSummaryText", String.class);

  // unit-report: form fields
  public static final ProcessVariable<Object> COMMITMENT = ProcessVariable.of("commitment", Object.class);
  public static final ProcessVariable<Object> LOCALITY_CODE = ProcessVariable.of("localityCode", Object.class);
  public static final ProcessVariable<Object> SUPPORT_PLAN = ProcessVariable.of("supportPlan", Object.class);
  public static final ProcessVariable<Object> GUIDANCE_ON_TIME = ProcessVariable.of("guidanceOnTime", Object.class);
  public static final ProcessVariable<Object> GUIDANCE_NOTE = ProcessVariable.of("guidanceNote", Object.class);
  public static final ProcessVariable<Object> GUIDANCE_DOCUMENT_COUNT =
      ProcessVariable.of("guidanceDocumentCount", Object.class);
  public static final ProcessVariable<Object> PROPAGANDA_SESSION_COUNT =
      ProcessVariable.of("propagandaSessionCount", Object.class);
  public static final ProcessVariable<Object> PARTICIPANT_COUNT = ProcessVariable.of("participantCount", Object.class);
  public static final ProcessVariable<Object> PROPAGANDA_DONE = ProcessVariable.of("propagandaDone", Object.class);
  public static final ProcessVariable<Object> PROPAGANDA_NOTE = ProcessVariable.of("propagandaNote", Object.class);
  public static final ProcessVariable<Object> LOCALITY_SUPPORTED = ProcessVariable.of("localitySupported", Object.class);
  public static final ProcessVariable<Object> SUPPORT_RESULT = ProcessVariable.of("supportResult", Object.class);
  public static final ProcessVariable<Object> REPORT_SUMMARY = ProcessVariable.of("reportSummary", Object.class);
  public static final ProcessVariable<Object> HEAD_DECISION = ProcessVariable.of("headDecision", Object.class);
  public static final ProcessVariable<Object> HEAD_COMMENT = ProcessVariable.of("headComment", Object.class);
  public static final ProcessVariable<Object> OFFICE_DECISION = ProcessVariable.of("officeDecision", Object.class);
  public static final ProcessVariable<Object> OFFICE_COMMENT = ProcessVariable.of("officeComment", Object.class);
  public static final ProcessVariable<Object> OVERDUE_DECISION = ProcessVariable.of("overdueDecision", Object.class);
  public static final ProcessVariable<Object> NEW_DEADLINE = ProcessVariable.of("newDeadline", Object.class);
  public static final ProcessVariable<Object> OVERDUE_NOTE = ProcessVariable.of("overdueNote", Object.class);

  // difficulty-report
  public static final ProcessVariable<String> REPORTER = ProcessVariable.of("reporter", String.class);
  public static final ProcessVariable<Long> DIFFICULTY_ID = ProcessVariable.of("difficultyId", Long.class);
  public static final ProcessVariable<Object> DIFFICULTY_TITLE = ProcessVariable.of("difficultyTitle", Object.class);
  public static final ProcessVariable<Object> DIFFICULTY_FIELD = ProcessVariable.of("difficultyField", Object.class);
  public static final ProcessVariable<String> DIFFICULTY_FIELD_NAME = ProcessVariable.of("difficultyFieldName", String.class);
  public static final ProcessVariable<Object> DIFFICULTY_CONTENT = ProcessVariable.of("difficultyContent", Object.class);
  public static final ProcessVariable<Object> PROPOSAL = ProcessVariable.of("proposal", Object.class);
  public static final ProcessVariable<String> REPORTER_GROUP = ProcessVariable.of("reporterGroup", String.class);
  public static final ProcessVariable<String> REPORTER_UNIT_NAME = ProcessVariable.of("reporterUnitName", String.class);
  public static final ProcessVariable<Object> RESOLVER_OPTIONS = ProcessVariable.of("resolverOptions", Object.class);
  public static final ProcessVariable<Object> RESOLVER_GROUP = ProcessVariable.of("resolverGroup", Object.class);
  public static final ProcessVariable<Object> ROUTING_NOTE = ProcessVariable.of("routingNote", Object.class);
  public static final ProcessVariable<Object> ANSWER = ProcessVariable.of("answer", Object.class);
  public static final ProcessVariable<Date> ANSWER_DUE_DATE = ProcessVariable.of("answerDueDate", Date.class);
  public static final ProcessVariable<Object> SATISFIED = ProcessVariable.of("satisfied", Object.class);
  public static final ProcessVariable<Object> FEEDBACK = ProcessVariable.of("feedback", Object.class);
  // the user texts above as the forms' Markdown text views show them (escaped: shown as typed, never as markup)
  public static final ProcessVariable<String> DIFFICULTY_TITLE_TEXT =
      ProcessVariable.of("difficultyTitleText", String.class);
  public static final ProcessVariable<String> DIFFICULTY_CONTENT_TEXT =
      ProcessVariable.of("difficultyContentText", String.class);
  public static final ProcessVariable<String> PROPOSAL_TEXT = ProcessVariable.of("proposalText", String.class);
  public static final ProcessVariable<String> ROUTING_NOTE_TEXT = ProcessVariable.of("routingNoteText", String.class);
  public static final ProcessVariable<String> ANSWER_TEXT = ProcessVariable.of("answerText", String.class);
  public static final ProcessVariable<String> FEEDBACK_TEXT = ProcessVariable.of("feedbackText", String.class);

  // award-revocation: what the system sets
  public static final ProcessVariable<Long> REVOCATION_ID = ProcessVariable.of("revocationId", Long.class);
  public static final ProcessVariable<Boolean> REVOCATION_BY_DIRECTOR =
      ProcessVariable.of("revocationByDirector", Boolean.class);
  /** After a decision step: DECIDED, RETURNED or REFUSED ({@code RevocationService.Next}). */
  public static final ProcessVariable<String> REVOCATION_NEXT = ProcessVariable.of("revocationNext", String.class);
  public static final ProcessVariable<String> REVOCATION_TEXT = ProcessVariable.of("revocationText", String.class);
  public static final ProcessVariable<String> REVOCATION_RETURN_TEXT =
      ProcessVariable.of("revocationReturnText", String.class);
  public static final ProcessVariable<Object> REVOCABLE_AWARD_OPTIONS =
      ProcessVariable.of("revocableAwardOptions", Object.class);
  public static final ProcessVariable<Object> REVOCATION_GROUND_OPTIONS =
      ProcessVariable.of("revocationGroundOptions", Object.class);

  // award-revocation: form fields
  public static final ProcessVariable<Object> REVOCATION_AWARD = ProcessVariable.of("revocationAward", Object.class);
  public static final ProcessVariable<Object> REVOCATION_GROUND = ProcessVariable.of("revocationGround", Object.class);
  public static final ProcessVariable<Object> REVOCATION_REASONS = ProcessVariable.of("revocationReasons", Object.class);
  public static final ProcessVariable<Object> REVOCATION_EVIDENCE =
      ProcessVariable.of("revocationEvidence", Object.class);
  public static final ProcessVariable<Object> REVOCATION_DECISION =
      ProcessVariable.of("revocationDecision", Object.class);
  public static final ProcessVariable<Object> SUPERIOR_OUTCOME = ProcessVariable.of("superiorOutcome", Object.class);
  public static final ProcessVariable<Object> REVOCATION_COMMENT = ProcessVariable.of("revocationComment", Object.class);
  public static final ProcessVariable<Object> DECISION_SIGNER = ProcessVariable.of("decisionSigner", Object.class);
  public static final ProcessVariable<Object> ISSUING_AUTHORITY = ProcessVariable.of("issuingAuthority", Object.class);
  public static final ProcessVariable<Object> CERTIFICATE_RECOVERED =
      ProcessVariable.of("certificateRecovered", Object.class);
  public static final ProcessVariable<Object> CERTIFICATE_RECOVERED_ON =
      ProcessVariable.of("certificateRecoveredOn", Object.class);
  public static final ProcessVariable<Object> CERTIFICATE_NOTE = ProcessVariable.of("certificateNote", Object.class);
  public static final ProcessVariable<Object> MONEY_AMOUNT = ProcessVariable.of("moneyAmount", Object.class);
  public static final ProcessVariable<Object> MONEY_RECOVERED_ON = ProcessVariable.of("moneyRecoveredOn", Object.class);
  public static final ProcessVariable<Object> MONEY_NOTE = ProcessVariable.of("moneyNote", Object.class);

  // every user task: where its evidence files are uploaded (task-local, shown as a link in the forms)
  public static final ProcessVariable<String> EVIDENCE_UPLOAD_URL =
      ProcessVariable.of("evidenceUploadUrl", String.class);

  private Vars() {
  }
}
