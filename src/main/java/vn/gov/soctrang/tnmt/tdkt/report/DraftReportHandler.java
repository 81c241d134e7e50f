package vn.gov.soctrang.tnmt.tdkt.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationDraft;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessVariable;
import vn.gov.soctrang.tnmt.tdkt.process.TaskSubmissionHandler;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.process.Vars;

/** "Lập báo cáo thi đua": the criteria results and the unit's nominations, sent to the head. */
@Component
public class DraftReportHandler implements TaskSubmissionHandler {

  /** More nominations than a unit has people makes no sense; this bounds what one form may carry. */
  static final int MAX_NOMINATIONS = 100;
  /** No unit holds a million propaganda sessions: larger counts are typing mistakes. */
  static final int MAX_COUNT = 1_000_000;

  private static final ProcessVariable<Object> NOMINEE_TYPE = ProcessVariable.of("nomineeType", Object.class);
  private static final ProcessVariable<Object> PERSON = ProcessVariable.of("personUsername", Object.class);
  private static final ProcessVariable<Object> AWARD = ProcessVariable.of("proposedAward", Object.class);
  private static final ProcessVariable<Object> TASKS_COMPLETED = ProcessVariable.of("tasksCompleted", Object.class);
  private static final ProcessVariable<Object> ACHIEVEMENTS = ProcessVariable.of("achievements", Object.class);
  private static final ProcessVariable<Object> INITIATIVES = ProcessVariable.of("initiatives", Object.class);

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
        form.bool(Vars.GUIDANCE_ON_TIME, "Hoàn thành văn bản hướng dẫn đúng tiến độ"),
        form.text(Vars.GUIDANCE_NOTE, "Các văn bản đã hoàn thành", false, 4000),
        count(form, Vars.GUIDANCE_DOCUMENT_COUNT, "Số văn bản hướng dẫn đã hoàn thành"),
        form.bool(Vars.PROPAGANDA_DONE, "Đã tuyên truyền, vận động"),
        form.text(Vars.PROPAGANDA_NOTE, "Kết quả tuyên truyền", false, 4000),
        count(form, Vars.PROPAGANDA_SESSION_COUNT, "Số buổi, hoạt động tuyên truyền"),
        count(form, Vars.PARTICIPANT_COUNT, "Số lượt người tham gia"),
        form.bool(Vars.LOCALITY_SUPPORTED, "Đã chỉ đạo, hỗ trợ địa phương"),
        form.text(Vars.SUPPORT_RESULT, "Kết quả hỗ trợ địa phương", false, 4000),
        form.text(Vars.REPORT_SUMMARY, "Tóm tắt kết quả thực hiện phong trào", true, 4000));
    JsonNode list = form.list(Vars.NOMINATIONS, "Đề nghị khen thưởng");
    if (list.size() > MAX_NOMINATIONS) {
      form.problems().add("Một báo cáo có tối đa " + MAX_NOMINATIONS + " đề nghị khen thưởng.");
    }
    List<NominationDraft> drafts = new ArrayList<>();
    int position = 1;
    for (JsonNode entry : list) {
      if (drafts.size() >= MAX_NOMINATIONS) {
        break;
      }
      drafts.add(readEntry(entry, position++, form));
    }
    long reportId = Vars.UNIT_REPORT_ID.get(task);
    reports.submit(reportId, actor, content, drafts, form.problems());
    Vars.REPORT_SUMMARY_TEXT.set(task, reports.summaryText(reportId));
  }

  /** A count the unit reports: absent means none; negative or fractional is refused. */
  private static int count(FormValues form, ProcessVariable<?> variable, String label) {
    Integer value = form.integer(variable, label, false, 0, MAX_COUNT);
    return value == null ? 0 : value;
  }

  private static NominationDraft readEntry(JsonNode entry, int position, FormValues outer) {
    FormValues item = FormValues.ofEntry(entry);
    if (!entry.isObject()) {
      item.problems().add("không đúng định dạng.");
    }
    NomineeType type = item.choice(NOMINEE_TYPE, "Đối tượng", NomineeType.class, true);
    String person = item.text(PERSON, "Cá nhân được đề nghị", false, 64);
    AwardType award = item.choice(AWARD, "Hình thức khen thưởng đề nghị", AwardType.class, true);
    boolean tasksCompleted = item.bool(TASKS_COMPLETED, "Hoàn thành nhiệm vụ được giao");
    String achievements = item.text(ACHIEVEMENTS, "Thành tích", true, 4000);
    String initiatives = item.text(INITIATIVES, "Sáng kiến, giải pháp hữu ích", false, 4000);
    outer.problems().addAll("Đề nghị số " + position + ": ", item.problems());
    return new NominationDraft(position, type, person, award, achievements, initiatives, tasksCompleted);
  }
}
