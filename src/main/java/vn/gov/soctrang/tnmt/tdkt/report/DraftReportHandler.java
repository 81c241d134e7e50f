package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationDraft;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/** "Lập báo cáo thi đua": the criteria results and the unit's nominations, sent to the head. */
@Component
class DraftReportHandler implements TaskSubmissionHandler {

  /** No unit holds a million propaganda sessions: larger counts are typing mistakes. */
  static final int MAX_COUNT = 1_000_000;


  private final ReportService reports;

  public DraftReportHandler(ReportService reports) {
    this.reports = reports;
  }

  @Override
  public UserTask task() {
    return UserTask.DRAFT_REPORT;
  }

  @Override
  public void onSubmit(DelegateTask task, String actor) {
    FormValues form = FormValues.of(task);
    UnitReport.Content content = new UnitReport.Content(
        form.bool(UnitReportVariables.GUIDANCE_ON_TIME, "Hoàn thành văn bản hướng dẫn đúng tiến độ"),
        form.text(UnitReportVariables.GUIDANCE_NOTE, "Các văn bản đã hoàn thành", false, 4000),
        count(form, UnitReportVariables.GUIDANCE_DOCUMENT_COUNT, "Số văn bản hướng dẫn đã hoàn thành"),
        form.bool(UnitReportVariables.PROPAGANDA_DONE, "Đã tuyên truyền, vận động"),
        form.text(UnitReportVariables.PROPAGANDA_NOTE, "Kết quả tuyên truyền", false, 4000),
        count(form, UnitReportVariables.PROPAGANDA_SESSION_COUNT, "Số buổi, hoạt động tuyên truyền"),
        count(form, UnitReportVariables.PARTICIPANT_COUNT, "Số lượt người tham gia"),
        form.bool(UnitReportVariables.LOCALITY_SUPPORTED, "Đã chỉ đạo, hỗ trợ địa phương"),
        form.text(UnitReportVariables.SUPPORT_RESULT, "Kết quả hỗ trợ địa phương", false, 4000),
        form.text(UnitReportVariables.REPORT_SUMMARY, "Tóm tắt kết quả thực hiện phong trào", true, 4000));
    List<NominationDraft> drafts = new ArrayList<>();
    if (form.bool(NominationSlots.COLLECTIVE_PROPOSED, "Đề nghị khen thưởng cho tập thể đơn vị")) {
      drafts.add(readCollective(form));
    }
    for (int k = 1; k <= NominationSlots.INDIVIDUAL_SLOTS; k++) {
      readIndividual(form, NominationSlots.individual(k)).ifPresent(drafts::add);
    }
    long reportId = UnitReportVariables.UNIT_REPORT_ID.get(task);
    reports.submit(reportId, actor, content, drafts, form.problems());
    clearUnusedSlots(task, drafts);
    UnitReportVariables.REPORT_SUMMARY_TEXT.set(task, reports.summaryText(reportId));
  }

  /** A count the unit reports: absent means none; negative or fractional is refused. */
  private static int count(FormValues form, ProcessVariable<?> variable, String label) {
    Integer value = form.integer(variable, label, false, 0, MAX_COUNT);
    return value == null ? 0 : value;
  }

  /**
   * Hidden fields are not submitted, so an emptied slot would keep what was typed in it before; clear it so a
   * returned report opens with exactly what was sent.
   */
  private static void clearUnusedSlots(DelegateTask task, List<NominationDraft> drafts) {
    if (drafts.stream().noneMatch(d -> d.type() == NomineeType.COLLECTIVE)) {
      List.of(NominationSlots.COLLECTIVE_AWARD, NominationSlots.COLLECTIVE_ACHIEVEMENTS,
          NominationSlots.COLLECTIVE_INITIATIVES).forEach(v -> task.removeVariable(v.name()));
    }
    for (int k = 1; k <= NominationSlots.INDIVIDUAL_SLOTS; k++) {
      NominationSlots.Individual slot = NominationSlots.individual(k);
      if (drafts.stream().noneMatch(d -> slot.place().equals(d.place()))) {
        List.of(slot.award(), slot.tasksCompleted(), slot.achievements(), slot.initiatives())
            .forEach(v -> task.removeVariable(v.name()));
      }
    }
  }

  private static NominationDraft readCollective(FormValues form) {
    String place = "Tập thể đơn vị";
    Problems problems = new Problems();
    FormValues own = FormValues.sharing(form, problems);
    AwardType award = own.choice(NominationSlots.COLLECTIVE_AWARD, "Hình thức khen thưởng đề nghị", AwardType.class,
        true);
    String achievements = own.text(NominationSlots.COLLECTIVE_ACHIEVEMENTS, "Thành tích", true, 4000);
    String initiatives = own.text(NominationSlots.COLLECTIVE_INITIATIVES, "Sáng kiến, giải pháp hữu ích", false, 4000);
    form.problems().addAll(place + ": ", problems);
    return new NominationDraft(place, NomineeType.COLLECTIVE, null, award, achievements, initiatives, true);
  }

  /**
   * An individual slot counts when a person is chosen in it (the form shows the other fields only then); it must
   * then be complete.
   */
  private static Optional<NominationDraft> readIndividual(FormValues form, NominationSlots.Individual slot) {
    Problems problems = new Problems();
    FormValues own = FormValues.sharing(form, problems);
    String person = own.text(slot.person(), "Cá nhân được đề nghị", false, 64);
    if (person == null && problems.isEmpty()) {
      return Optional.empty();
    }
    AwardType award = own.choice(slot.award(), "Hình thức khen thưởng đề nghị", AwardType.class, true);
    String achievements = own.text(slot.achievements(), "Thành tích", true, 4000);
    String initiatives = own.text(slot.initiatives(), "Sáng kiến, giải pháp hữu ích", false, 4000);
    boolean tasksCompleted = own.bool(slot.tasksCompleted(), "Hoàn thành nhiệm vụ được giao");
    form.problems().addAll(slot.place() + ": ", problems);
    return Optional.of(new NominationDraft(slot.place(), NomineeType.INDIVIDUAL, person, award, achievements,
        initiatives, tasksCompleted));
  }
}
