package vn.gov.soctrang.tnmt.tdkt.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.Vars;

/** The Council's tasks: attendance, the secret ballot, the tally and the minutes. */
final class CouncilProcessAdapters {

  private CouncilProcessAdapters() {
  }

  @Component
  static class OpenMeetingPreparer implements TaskPreparer {

    private final CouncilService council;

    OpenMeetingPreparer(CouncilService council) {
      this.council = council;
    }

    @Override
    public UserTask task() {
      return UserTask.OPEN_COUNCIL_MEETING;
    }

    @Override
    public void prepare(DelegateTask task) {
      JsonVariables.set(task, Vars.COUNCIL_MEMBER_OPTIONS, council.memberOptions());
      JsonVariables.set(task, Vars.BALLOT_OPTIONS, council.ballotOptions(Vars.CYCLE_ID.get(task)));
      Vars.COUNCIL_INFO_TEXT.set(task, council.councilInfo());
      if (Vars.QUORUM_NOTICE.find(task).isEmpty()) {
        Vars.QUORUM_NOTICE.set(task, "");
      }
    }
  }

  @Component
  static class OpenMeetingHandler implements TaskSubmissionHandler {

    private final CouncilService council;

    OpenMeetingHandler(CouncilService council) {
      this.council = council;
    }

    @Override
    public UserTask task() {
      return UserTask.OPEN_COUNCIL_MEETING;
    }

    @Override
    public void onSubmit(DelegateTask task, String actor) {
      FormValues form = FormValues.of(task);
      LocalDate date = form.date(Vars.MEETING_DATE, "Ngày họp", true);
      List<String> present = form.codes(Vars.PRESENT_MEMBERS, "Thành viên có mặt");
      form.validate();
      CouncilMeeting meeting = council.open(Vars.CYCLE_ID.get(task), date, present, form.problems());
      Vars.MEETING_ID.set(task, meeting.getId());
      Vars.QUORUM_REACHED.set(task, meeting.isQuorumReached());
      Vars.QUORUM_NOTICE.set(task, meeting.isQuorumReached() ? "" : "Phiên họp ngày " + date + " chỉ có "
          + meeting.getPresentCount() + "/" + meeting.getTotalMembers() + " thành viên, không đủ số để biểu quyết. "
          + "Vui lòng triệu tập lại.");
      // The ballots' multi-instance reads a plain collection, whatever the form sent.
      Vars.PRESENT_MEMBERS.set(task, new ArrayList<>(present));
    }
  }

  @Component
  static class CastBallotPreparer implements TaskPreparer {

    @Override
    public UserTask task() {
      return UserTask.CAST_BALLOT;
    }

    @Override
    public void prepare(DelegateTask task) {
      // Local to this member's ballot: the choice never sits where anyone else's task or the process could show it.
      // An empty JSON list, so Tasklist submits the member's choice as JSON too.
      task.getExecution().setVariableLocal(Vars.BALLOT_APPROVALS.name(), JsonVariables.jsonValue(List.of()));
    }
  }

  @Component
  static class CastBallotHandler implements TaskSubmissionHandler {

    private final CouncilService council;

    CastBallotHandler(CouncilService council) {
      this.council = council;
    }

    @Override
    public UserTask task() {
      return UserTask.CAST_BALLOT;
    }

    @Override
    public void onSubmit(DelegateTask task, String actor) {
      FormValues form = FormValues.of(task);
      List<String> approved = form.codes(Vars.BALLOT_APPROVALS, "Các đề nghị đồng ý");
      form.validate();
      council.castBallot(Vars.MEETING_ID.get(task), Vars.COUNCIL_MEMBER.get(task), approved);
      task.getExecution().removeVariableLocal(Vars.BALLOT_APPROVALS.name());
    }
  }

  @Component("tallyVotesDelegate")
  static class TallyVotesDelegate implements JavaDelegate {

    private final CouncilService council;

    TallyVotesDelegate(CouncilService council) {
      this.council = council;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Vars.MINUTES_TEXT.set(execution, council.tally(Vars.MEETING_ID.get(execution)));
    }
  }

  @Component
  static class ConfirmMinutesHandler implements TaskSubmissionHandler {

    private final CouncilService council;

    ConfirmMinutesHandler(CouncilService council) {
      this.council = council;
    }

    @Override
    public UserTask task() {
      return UserTask.CONFIRM_MINUTES;
    }

    @Override
    public void onSubmit(DelegateTask task, String actor) {
      FormValues form = FormValues.of(task);
      form.problems().addIf(!form.bool(Vars.CONFIRM_MINUTES, "Xác nhận biên bản"),
          "Vui lòng đánh dấu «Xác nhận biên bản đúng với kết quả kiểm phiếu».");
      form.validate();
      council.confirmMinutes(Vars.MEETING_ID.get(task), actor);
    }
  }
}
