package vn.gov.soctrang.tnmt.tdkt.difficulty;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationService;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Option;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;

/** Difficulties reported by units: recorded, routed by the Office, answered, and seen by the unit. */
@Service
@Transactional
class DifficultyService {

  private final DifficultyReportRepository difficulties;
  private final OrganizationService organization;
  private final NotificationService notifications;
  private final Clock clock;

  public DifficultyService(DifficultyReportRepository difficulties, OrganizationService organization,
      NotificationService notifications, Clock clock) {
    this.notifications = notifications;
    this.difficulties = difficulties;
    this.organization = organization;
    this.clock = clock;
  }

  /** The reporter's unit is taken from who they are, never from the form. */
  public DifficultyReport record(String reporter, String title, DifficultyField field, String content,
      String proposal, String processInstanceId) {
    Person person = organization.person(reporter).orElseThrow(() -> new InvalidInputException(
        "Tài khoản " + reporter + " không thuộc đơn vị nào của Sở nên không thể gửi phản ánh."));
    if (person.getUnit() == null) {
      throw new InvalidInputException("Tài khoản " + reporter + " không thuộc đơn vị nào của Sở nên không thể gửi "
          + "phản ánh.");
    }
    return difficulties.save(new DifficultyReport(person.getUnit(), reporter, title, field, content, proposal,
        processInstanceId, clock.instant()));
  }

  @Transactional(readOnly = true)
  public DifficultyReport get(long id) {
    return difficulties.findById(id)
        .orElseThrow(() -> new InvalidInputException("Không tìm thấy phản ánh số " + id + "."));
  }

  /** Who the Office may hand a difficulty to: itself, the leadership, or a unit. */
  @Transactional(readOnly = true)
  public List<Option> resolverOptions() {
    List<Option> options = new ArrayList<>();
    options.add(new Option("Văn phòng Sở (tự trả lời)", CamundaGroups.OFFICE));
    options.add(new Option("Lãnh đạo Sở", CamundaGroups.LEADERSHIP));
    for (Unit unit : organization.activeUnits()) {
      options.add(new Option(unit.getName(), CamundaGroups.staffGroup(unit.getCode())));
    }
    return options;
  }

  public void route(long id, String group, String note) {
    if (resolverOptions().stream().noneMatch(o -> o.value().equals(group))) {
      throw new InvalidInputException("Nơi được giao xử lý không hợp lệ: " + group + ".");
    }
    get(id).routeTo(group, note);
  }

  public void answer(long id, String text, String by) {
    get(id).answer(text, by, clock.instant());
  }

  /** Reminds whoever must answer, and tells the Office, that the answer is late. */
  public void remindOverdue(long id, String processInstanceId) {
    DifficultyReport report = get(id);
    if (report.getStatus() != DifficultyStatus.ROUTED) {
      return;
    }
    String subject = "Quá hạn trả lời phản ánh: " + report.getTitle();
    String body = "Phản ánh «" + report.getTitle() + "» của " + report.getUnit().getName()
        + " đã quá hạn trả lời. Đề nghị khẩn trương trả lời để đơn vị tháo gỡ khó khăn.";
    notifications.notifyGroup(report.getResolverGroup(), subject, body, processInstanceId);
    if (!CamundaGroups.OFFICE.equals(report.getResolverGroup())) {
      notifications.notifyGroup(CamundaGroups.OFFICE, subject, body, processInstanceId);
    }
  }

  public void review(long id, boolean satisfied, String feedback) {
    if (!satisfied && (feedback == null || feedback.isBlank())) {
      throw new InvalidInputException("Vui lòng ghi ý kiến của đơn vị khi chưa đồng ý với trả lời.");
    }
    get(id).reviewedByUnit(satisfied, feedback);
  }
}
