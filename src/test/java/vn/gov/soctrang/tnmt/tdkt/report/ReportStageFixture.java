package vn.gov.soctrang.tnmt.tdkt.report;

import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationDraft;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/**
 * The report module's part of {@code StageFixtures}: what the unit-report process and the consolidation write, through
 * the module's own services (which are not public outside the module).
 */
public final class ReportStageFixture {

  private ReportStageFixture() {
  }

  /**
   * One unit's report as the unit-report process leaves it: registered (locality x-phutam), drafted with all the
   * criteria met and the given nominations, approved by the unit's head and accepted by the Office.
   */
  public static void reportedAndAccepted(ApplicationContext context, long cycleId, int year, String unitCode,
      List<NominationDraft> nominations) {
    ReportService reports = context.getBean(ReportService.class);
    long reportId = reports.prepare(cycleId, unitCode, null).report().getId();
    reports.register(reportId, unitCode + "cv",
        "Phấn đấu hoàn thành xuất sắc nhiệm vụ, hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", "x-phutam",
        "Hướng dẫn cấp giấy chứng nhận quyền sử dụng đất", new Problems());
    reports.submit(reportId, unitCode + "cv", new UnitReport.Content(true, "Hướng dẫn số 12/HD-STNMT", 0, true,
        "3 hội nghị tuyên truyền", 0, 0, true, "Xã Phú Tâm đạt chuẩn nông thôn mới nâng cao",
        "Đơn vị hoàn thành các nhiệm vụ của phong trào năm " + year), nominations, new Problems());
    reports.headDecision(reportId, unitCode + "truong", Decisions.Head.APPROVE, null);
    reports.officeDecision(reportId, "vanphong", Decisions.Office.ACCEPT, null);
  }

  /** The criteria evaluated ({@code evaluateNominations}) and the list confirmed by the Office. */
  public static void evaluatedAndConfirmed(ApplicationContext context, long cycleId) {
    ConsolidationService consolidation = context.getBean(ConsolidationService.class);
    consolidation.evaluate(cycleId);
    consolidation.confirm(cycleId, "vanphong", null);
  }
}
