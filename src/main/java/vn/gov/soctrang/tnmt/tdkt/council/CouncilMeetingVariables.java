package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.Date;
import java.util.Set;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;

/**
 * The Council's meeting, inline in the annual cycle (annual-cycle.bpmn) or as the called process council-vote.bpmn
 * (ADR 0019): opening and quorum, the sealed ballot box, each
 * member's secret ballot, the count and the minutes.
 *
 * <p>Form fields are declared with {@link ProcessVariable#input}, what only the system sets with
 * {@link ProcessVariable#system}; the engine refuses a user's write of the latter.
 */
public final class CouncilMeetingVariables {

  /**
   * The agenda the meeting votes on, passed in by the process that calls council-vote.bpmn: the kind of a
   * {@link CouncilAgenda} and the calling feature's reference. Absent in the yearly cycle's inline Council stage, whose
   * agenda is the cycle's nominations ({@code cycleId}).
   */
  public static final ProcessVariable<String> AGENDA_KIND = ProcessVariable.system("councilAgendaKind", String.class);
  public static final ProcessVariable<Long> AGENDA_REF = ProcessVariable.system("councilAgendaRef", Long.class);
  public static final ProcessVariable<Object> COUNCIL_MEMBER_OPTIONS =
      ProcessVariable.system("councilMemberOptions", Object.class);
  public static final ProcessVariable<String> COUNCIL_INFO_TEXT =
      ProcessVariable.system("councilInfoText", String.class);
  public static final ProcessVariable<Object> MEETING_DATE = ProcessVariable.input("meetingDate");
  public static final ProcessVariable<Object> PRESENT_MEMBERS = ProcessVariable.input("presentMembers");
  public static final ProcessVariable<Object> MEETING_TIME = ProcessVariable.input("meetingTime");
  public static final ProcessVariable<Object> MEETING_PLACE = ProcessVariable.input("meetingPlace");
  public static final ProcessVariable<Object> MEETING_CHAIR = ProcessVariable.input("meetingChair");
  public static final ProcessVariable<Object> MEETING_SECRETARY = ProcessVariable.input("meetingSecretary");
  /** Absent members whose written ballot is announced: they receive a ballot like a present member. */
  public static final ProcessVariable<Object> WRITTEN_BALLOT_MEMBERS = ProcessVariable.input("writtenBallotMembers");
  /** The vote-counting committee (Ban kiểm phiếu), chosen among the members present. */
  public static final ProcessVariable<Object> COUNTING_COMMITTEE = ProcessVariable.input("countingCommittee");
  /** Who receives a ballot: the members present and the written ballots announced. */
  public static final ProcessVariable<Object> BALLOT_VOTERS = ProcessVariable.system("ballotVoters", Object.class);
  /** Who confirms the minutes: the secretary and the counting committee. */
  public static final ProcessVariable<Object> MINUTES_CONFIRMERS =
      ProcessVariable.system("minutesConfirmers", Object.class);
  public static final ProcessVariable<String> MINUTES_CONFIRMER =
      ProcessVariable.system("minutesConfirmer", String.class);
  /** When the ballot closes for the ballots still out (a timer on «Bỏ phiếu kín»). */
  public static final ProcessVariable<Date> BALLOT_CLOSES_AT = ProcessVariable.system("ballotClosesAt", Date.class);
  public static final ProcessVariable<String> BALLOT_KIND_TEXT = ProcessVariable.system("ballotKindText", String.class);
  public static final ProcessVariable<Long> MEETING_ID = ProcessVariable.system("meetingId", Long.class);
  public static final ProcessVariable<Boolean> QUORUM_REACHED = ProcessVariable.system("quorumReached", Boolean.class);
  public static final ProcessVariable<String> QUORUM_NOTICE = ProcessVariable.system("quorumNotice", String.class);
  public static final ProcessVariable<String> COUNCIL_MEMBER = ProcessVariable.system("councilMember", String.class);
  public static final ProcessVariable<Object> BALLOT_OPTIONS = ProcessVariable.system("ballotOptions", Object.class);
  /** A member's choices: secret. Local to their ballot, removed once counted, never written to history. */
  public static final ProcessVariable<Object> BALLOT_APPROVALS = ProcessVariable.input("ballotApprovals");
  /** Who holds a key of the ballot box: the meeting's chair and secretary (a multi-instance collection). */
  public static final ProcessVariable<Object> BALLOT_KEY_HOLDERS =
      ProcessVariable.system("ballotKeyHolders", Object.class);
  public static final ProcessVariable<String> KEY_HOLDER = ProcessVariable.system("keyHolder", String.class);
  /** Who opens the box in Tasklist: the chair, with the secretary beside them typing their own passphrase. */
  public static final ProcessVariable<String> BALLOT_BOX_OPENER =
      ProcessVariable.system("ballotBoxOpener", String.class);
  /** Passphrases of the ballot box: secret like the ballot, consumed by the task's listener and never stored. */
  public static final ProcessVariable<Object> SEAL_PASSPHRASE = ProcessVariable.input("sealPassphrase");
  public static final ProcessVariable<Object> SEAL_PASSPHRASE_REPEAT = ProcessVariable.input("sealPassphraseRepeat");
  public static final ProcessVariable<Object> CHAIR_PASSPHRASE = ProcessVariable.input("chairPassphrase");
  public static final ProcessVariable<Object> SECRETARY_PASSPHRASE = ProcessVariable.input("secretaryPassphrase");
  public static final ProcessVariable<String> BALLOT_BOX_TEXT = ProcessVariable.system("ballotBoxText", String.class);
  public static final ProcessVariable<String> MINUTES_TEXT = ProcessVariable.system("minutesText", String.class);
  public static final ProcessVariable<Object> CONFIRM_MINUTES = ProcessVariable.input("confirmMinutes");

  /**
   * The secret fields: the ballot and the passphrases of the ballot box. The engine adapter keeps them out of the
   * history and refuses them outside their own task (ADR 0008).
   */
  public static final Set<String> SECRET_FIELDS = Set.of(BALLOT_APPROVALS.name(), SEAL_PASSPHRASE.name(),
      SEAL_PASSPHRASE_REPEAT.name(), CHAIR_PASSPHRASE.name(), SECRETARY_PASSPHRASE.name());

  private CouncilMeetingVariables() {
  }
}
