package vn.gov.soctrang.tnmt.tdkt.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;
import vn.gov.soctrang.tnmt.tdkt.organization.CouncilRole;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.TaskPreparer;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;

/** The Council's tasks: attendance, the secret ballot, the tally and the minutes. */
@Configuration
class CouncilProcessAdapters {

  @Bean
  TaskPreparer openMeetingPreparer(CouncilService council) {
    return TaskPreparer.of(UserTask.OPEN_COUNCIL_MEETING, task -> {
      JsonVariables.set(task, CouncilMeetingVariables.COUNCIL_MEMBER_OPTIONS, council.memberOptions());
      JsonVariables.set(task, CouncilMeetingVariables.BALLOT_OPTIONS,
          council.ballotOptions(agendaKind(task), agendaRef(task)));
      CouncilMeetingVariables.COUNCIL_INFO_TEXT.set(task, council.councilInfo());
      if (CouncilMeetingVariables.QUORUM_NOTICE.find(task).isEmpty()) {
        CouncilMeetingVariables.QUORUM_NOTICE.set(task, "");
      }
      // Proposed: the Council's chair and secretary; the Office changes them when someone else presides.
      council.seated(CouncilRole.CHAIR).ifPresent(u ->
          task.setVariableLocal(CouncilMeetingVariables.MEETING_CHAIR.name(), u));
      council.seated(CouncilRole.SECRETARY).ifPresent(u ->
          task.setVariableLocal(CouncilMeetingVariables.MEETING_SECRETARY.name(), u));
    });
  }

  @Bean
  TaskSubmissionHandler openMeetingHandler(CouncilService council, CalendarService calendar,
      SettingsService settings) {
    return TaskSubmissionHandler.of(UserTask.OPEN_COUNCIL_MEETING, (task, actor) -> {
      FormValues form = FormValues.of(task);
      LocalDate date = form.date(CouncilMeetingVariables.MEETING_DATE, "Ngày họp", true);
      LocalTime time = form.time(CouncilMeetingVariables.MEETING_TIME, "Giờ họp", true);
      String place = form.text(CouncilMeetingVariables.MEETING_PLACE, "Địa điểm họp", true, 300);
      List<String> present = form.codes(CouncilMeetingVariables.PRESENT_MEMBERS, "Thành viên có mặt");
      List<String> written = form.codes(CouncilMeetingVariables.WRITTEN_BALLOT_MEMBERS,
          "Thành viên vắng mặt gửi phiếu bằng văn bản");
      String chair = form.text(CouncilMeetingVariables.MEETING_CHAIR, "Chủ trì phiên họp", false, 64);
      String secretary = form.text(CouncilMeetingVariables.MEETING_SECRETARY, "Thư ký phiên họp", false, 64);
      List<String> counters = form.codes(CouncilMeetingVariables.COUNTING_COMMITTEE, "Ban kiểm phiếu");
      form.validate();
      // A process started before the ballot box (its model has no «Niêm phong hòm phiếu») counts as it did then.
      boolean ballotBox = task.getExecution().getBpmnModelInstance()
          .getModelElementById(UserTask.SEAL_BALLOT_BOX.id()) != null;
      CouncilMeeting meeting = council.open(agendaKind(task), agendaRef(task), new CouncilService.Opening(date,
          time, place, present, written, chair, secretary, counters), form.problems(), ballotBox);
      CouncilMeetingVariables.BALLOT_KEY_HOLDERS.set(task, new ArrayList<>(council.keyHolders(meeting.getId())));
      CouncilMeetingVariables.BALLOT_BOX_OPENER.set(task, meeting.getChairUsername() == null ? ""
          : meeting.getChairUsername());
      CouncilMeetingVariables.MEETING_ID.set(task, meeting.getId());
      CouncilMeetingVariables.QUORUM_REACHED.set(task, meeting.isQuorumReached());
      CouncilMeetingVariables.QUORUM_NOTICE.set(task, meeting.isQuorumReached() ? "" : "Phiên họp ngày "
          + VietnameseDates.format(date)
          + " chỉ có " + meeting.getPresentCount() + "/" + meeting.getTotalMembers() + " thành viên có mặt, không đủ số "
          + "thành viên để biểu quyết (cần có mặt " + meeting.quorumLabel() + " tổng số thành viên). Vui lòng triệu "
          + "tập lại.");
      // The ballots' and the confirmations' multi-instances read plain collections, whatever the form sent.
      CouncilMeetingVariables.PRESENT_MEMBERS.set(task, new ArrayList<>(present));
      CouncilMeetingVariables.BALLOT_VOTERS.set(task, new ArrayList<>(council.voters(meeting.getId())));
      CouncilMeetingVariables.MINUTES_CONFIRMERS.set(task, new ArrayList<>(council.minutesConfirmers(meeting.getId())));
      CouncilMeetingVariables.BALLOT_CLOSES_AT.set(task, calendar.dueAt(calendar.addWorkingDays(date,
          settings.intValue(SettingKey.COUNCIL_BALLOT_WORKING_DAYS, date))));
    });
  }

  /** The agenda's kind: passed in by the caller of council-vote.bpmn, the cycle's in the annual cycle's own stage. */
  static String agendaKind(VariableScope scope) {
    return CouncilMeetingVariables.AGENDA_KIND.find(scope).orElse(CycleNominationsAgenda.KIND);
  }

  static long agendaRef(VariableScope scope) {
    return CouncilMeetingVariables.AGENDA_KIND.find(scope).isPresent()
        ? CouncilMeetingVariables.AGENDA_REF.get(scope) : AnnualCycleVariables.CYCLE_ID.get(scope);
  }

  @Bean
  TaskPreparer castBallotPreparer(CouncilService council) {
    // Local to this member's ballot: the choice never sits where anyone else's task or the process could show it.
    // An empty JSON list, so Tasklist submits the member's choice as JSON too.
    return TaskPreparer.of(UserTask.CAST_BALLOT, task -> {
      task.getExecution().setVariableLocal(CouncilMeetingVariables.BALLOT_APPROVALS.name(),
          JsonVariables.jsonValue(List.of()));
      // Whose ballot this is, recorded in the application's own table as the ballot is issued: the element variable
      // is read only now, while the engine is creating the task from the list of voters.
      council.issueBallot(CouncilMeetingVariables.MEETING_ID.get(task),
          CouncilMeetingVariables.COUNCIL_MEMBER.get(task), task.getId(),
          task.getExecutionId());
      Attendance how = council.attendanceOf(CouncilMeetingVariables.MEETING_ID.get(task),
          CouncilMeetingVariables.COUNCIL_MEMBER.get(task));
      task.getExecution().setVariableLocal(CouncilMeetingVariables.BALLOT_KIND_TEXT.name(),
          how == Attendance.WRITTEN_BALLOT
          ? "Bạn vắng mặt tại phiên họp và đã đăng ký gửi **phiếu bầu bằng văn bản**: phiếu được tính như phiếu của "
              + "thành viên có mặt, thư ký chỉ ghi nhận phiếu đã đến."
          : "Bạn có mặt tại phiên họp.");
    });
  }

  @Bean
  TaskSubmissionHandler castBallotHandler(CouncilService council, AuditService audit) {
    return TaskSubmissionHandler.of(UserTask.CAST_BALLOT, (task, actor) -> {
      // The member and the meeting come from the ballot as issued, never from the engine's variables or assignee.
      long meetingId;
      String member;
      Optional<BallotIssue> issue = council.issuedWith(task.getId());
      if (issue.isPresent()) {
        meetingId = issue.get().getMeetingId();
        member = issue.get().getMemberUsername();
      } else {
        // A ballot opened before ballots were recorded (V27): its variables were set by the engine then.
        meetingId = CouncilMeetingVariables.MEETING_ID.get(task);
        member = CouncilMeetingVariables.COUNCIL_MEMBER.get(task);
      }
      Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      if (auth != null && auth.getUserId() != null && !auth.getUserId().equals(member)) {
        forgetChoice(task);
        audit.recordRefused(auth.getUserId(), AuditedObject.SECRET_BALLOT, task.getId(),
            Map.of("thaoTac", "Bỏ phiếu kín thay thành viên khác", "phieuCua", member, "phienHop", meetingId));
        throw new ForbiddenException(NOT_YOUR_BALLOT);
      }
      FormValues form = FormValues.of(task);
      List<String> approved = form.codes(CouncilMeetingVariables.BALLOT_APPROVALS, "Các đề nghị đồng ý");
      form.validate();
      council.castBallot(meetingId, member, approved);
      forgetChoice(task);
    });
  }

  static final String NOT_YOUR_BALLOT = "Phiếu bầu kín này được phát cho một thành viên khác của Hội đồng; chỉ thành "
      + "viên được phát phiếu mới bỏ phiếu được, kể cả quản trị hệ thống cũng không bỏ phiếu thay.";

  /**
   * Removes the submitted choice from every scope it reached: normally this member's execution, where the ballot was
   * prepared, but the task or a parent scope if the prepared ballot went missing. Removed in the same command it was
   * set, the value is never written to the database.
   */
  static void forgetChoice(DelegateTask task) {
    forget(task, CouncilMeetingVariables.BALLOT_APPROVALS.name());
  }

  @Bean
  TaskPreparer sealBallotBoxPreparer() {
    return TaskPreparer.of(UserTask.SEAL_BALLOT_BOX, task -> {
      // Local and empty, so that what the holder types lands on this execution and is removed from it.
      task.getExecution().setVariableLocal(CouncilMeetingVariables.SEAL_PASSPHRASE.name(), "");
      task.getExecution().setVariableLocal(CouncilMeetingVariables.SEAL_PASSPHRASE_REPEAT.name(), "");
    });
  }

  @Bean
  TaskSubmissionHandler sealBallotBoxHandler(CouncilService council) {
    return TaskSubmissionHandler.of(UserTask.SEAL_BALLOT_BOX, (task, actor) -> {
      try {
        // The holder is whoever is logged in (checked against the meeting's chair and secretary), never a variable.
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String holder = auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
        FormValues form = FormValues.of(task);
        council.sealBox(CouncilMeetingVariables.MEETING_ID.get(task), holder,
            secret(task, CouncilMeetingVariables.SEAL_PASSPHRASE.name()),
            secret(task, CouncilMeetingVariables.SEAL_PASSPHRASE_REPEAT.name()), form.problems());
      } finally {
        forget(task, CouncilMeetingVariables.SEAL_PASSPHRASE.name());
        forget(task, CouncilMeetingVariables.SEAL_PASSPHRASE_REPEAT.name());
      }
    });
  }

  @Bean
  TaskPreparer openBallotBoxPreparer(CouncilService council) {
    return TaskPreparer.of(UserTask.OPEN_BALLOT_BOX, task -> {
      task.getExecution().setVariableLocal(CouncilMeetingVariables.CHAIR_PASSPHRASE.name(), "");
      task.getExecution().setVariableLocal(CouncilMeetingVariables.SECRETARY_PASSPHRASE.name(), "");
      CouncilMeetingVariables.BALLOT_BOX_TEXT.set(task, council.boxInfo(CouncilMeetingVariables.MEETING_ID.get(task)));
    });
  }

  @Bean
  TaskSubmissionHandler openBallotBoxHandler(CouncilService council) {
    return TaskSubmissionHandler.of(UserTask.OPEN_BALLOT_BOX, (task, actor) -> {
      try {
        FormValues form = FormValues.of(task);
        council.openBox(CouncilMeetingVariables.MEETING_ID.get(task),
            secret(task, CouncilMeetingVariables.CHAIR_PASSPHRASE.name()),
            secret(task, CouncilMeetingVariables.SECRETARY_PASSPHRASE.name()), form.problems());
      } finally {
        forget(task, CouncilMeetingVariables.CHAIR_PASSPHRASE.name());
        forget(task, CouncilMeetingVariables.SECRETARY_PASSPHRASE.name());
      }
    });
  }

  private static String secret(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : String.valueOf(value);
  }

  /** Removes a secret field from every scope it reached, in the command that set it: it is never written. */
  static void forget(DelegateTask task, String name) {
    for (int scopes = 0; task.hasVariable(name) && scopes < 16; scopes++) {
      task.removeVariable(name);
    }
  }

  @Bean
  JavaDelegate tallyVotesDelegate(CouncilService council) {
    return execution -> CouncilMeetingVariables.MINUTES_TEXT.set(execution,
        council.tally(CouncilMeetingVariables.MEETING_ID.get(execution)));
  }

  @Bean
  TaskSubmissionHandler confirmMinutesHandler(CouncilService council) {
    return TaskSubmissionHandler.of(UserTask.CONFIRM_MINUTES, (task, actor) -> {
      FormValues form = FormValues.of(task);
      form.problems().addIf(!form.bool(CouncilMeetingVariables.CONFIRM_MINUTES, "Xác nhận biên bản"),
          "Vui lòng đánh dấu «Xác nhận biên bản đúng với kết quả kiểm phiếu».");
      form.validate();
      council.confirmMinutes(CouncilMeetingVariables.MEETING_ID.get(task),
          CouncilMeetingVariables.MINUTES_CONFIRMER.get(task));
    });
  }
}
