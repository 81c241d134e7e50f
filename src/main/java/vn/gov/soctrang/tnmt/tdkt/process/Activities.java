package vn.gov.soctrang.tnmt.tdkt.process;

/** Element ids other than user tasks that code and tests refer to. */
public final class Activities {

  public static final String UNIT_PARTICIPATION = "unitParticipation";
  public static final String EVALUATE_NOMINATIONS = "evaluateNominations";
  public static final String CLOSE_CONSOLIDATION = "closeConsolidation";
  /** The annual cycle's call of council-vote.bpmn (ADR 0019), in place of its inline Council stage. */
  public static final String COUNCIL_VOTE = "councilVote";
  public static final String TALLY_VOTES = "tallyVotes";
  public static final String WRITE_COUNCIL_MINUTES = "writeCouncilMinutes";
  public static final String DISCLOSURE_PERIOD = "disclosurePeriod";
  public static final String ROUTE_AWARDS = "routeAwards";
  public static final String PROVINCE_SUBMISSION = "provinceSubmission";
  public static final String SUMMARIZE_MOVEMENT = "summarizeMovement";
  public static final String CYCLE_FINISHED = "cycleFinished";

  public static final String PROVINCE_CONSULTATION = "provinceConsultation";
  public static final String CONSULTATION_PERIOD = "consultationPeriod";
  public static final String CONSULTATION_DATES_RECEIVED = "consultationDatesReceived";
  public static final String ANSWER_DURING_CONSULTATION = "answerDuringConsultation";
  public static final String PROVINCE_ANSWER_LATE = "provinceAnswerLate";
  public static final String REMIND_PROVINCE_ANSWER = "remindProvinceAnswer";
  public static final String PROVINCE_ANSWER_RECEIVED = "provinceAnswerReceived";
  public static final String SUBMISSION_COMPLETED = "submissionCompleted";

  public static final String REPORT_REMINDER_TIMER = "reportReminderTimer";
  public static final String REPORT_OVERDUE_TIMER = "reportOverdueTimer";
  public static final String SEND_REPORT_REMINDER = "sendReportReminder";
  public static final String MARK_NOT_REPORTED = "markNotReported";
  public static final String REPORT_ACCEPTED = "reportAccepted";
  public static final String UNIT_NOT_REPORTED = "unitNotReported";
  public static final String REMINDER_SENT = "reminderSent";

  public static final String DIFFICULTY_RESOLVED = "difficultyResolved";
  public static final String ANSWER_OVERDUE_TIMER = "answerOverdueTimer";
  public static final String REMIND_DIFFICULTY_ANSWER = "remindDifficultyAnswer";
  public static final String ANSWER_REMINDED = "answerReminded";

  public static final String CHECK_REVOCATION_STARTER = "checkRevocationStarter";
  public static final String APPLY_REVOCATION = "applyRevocation";
  public static final String AWARD_REVOKED = "awardRevoked";
  public static final String REVOCATION_REFUSED = "revocationRefused";
  public static final String SUPERIOR_REFUSED = "superiorRefused";

  private Activities() {
  }
}
