package vn.gov.soctrang.tnmt.tdkt.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/** The dashboard of the year, the multi-year statistics and the award history lookup; and the page that shows them. */
@RestController
@Tag(name = "Theo dõi và thống kê", description = "Tình hình chu trình năm, thống kê nhiều năm, lịch sử khen thưởng")
class DashboardController {

  private final DashboardAccess access;
  private final DashboardService dashboard;
  private final StatisticsService statistics;
  private final AwardHistoryService history;
  private final CommendationService commendations;

  DashboardController(DashboardAccess access, DashboardService dashboard, StatisticsService statistics,
      AwardHistoryService history, CommendationService commendations) {
    this.access = access;
    this.dashboard = dashboard;
    this.statistics = statistics;
    this.history = history;
    this.commendations = commendations;
  }

  @GetMapping("/api/dashboard")
  @Operation(summary = "Tình hình chu trình thi đua năm",
      description = "Tiến độ báo cáo của từng đơn vị, đề nghị khen thưởng theo trạng thái, việc đang chờ của Hội đồng "
          + "và của tỉnh, việc quá hạn. Chỉ Văn phòng Sở, Lãnh đạo Sở và quản trị hệ thống.")
  public DashboardView dashboard(
      @Parameter(description = "Năm thi đua; bỏ trống: chu trình gần nhất")
      @RequestParam(required = false) Integer year) {
    access.requireOverview();
    return dashboard.dashboard(year);
  }

  @GetMapping("/api/stats")
  @Operation(summary = "Thống kê thi đua, khen thưởng nhiều năm",
      description = "Theo đơn vị (số đề nghị, số đạt, khen thưởng theo hình thức) và theo hình thức khen thưởng từng "
          + "năm; chỉ tính khen thưởng còn hiệu lực. Chỉ Văn phòng Sở, Lãnh đạo Sở và quản trị hệ thống.")
  public StatisticsView statistics(
      @Parameter(description = "Từ năm; bỏ trống: năm của chu trình đầu tiên")
      @RequestParam(required = false) Integer from,
      @Parameter(description = "Đến năm; bỏ trống: năm của chu trình gần nhất")
      @RequestParam(required = false) Integer to) {
    access.requireOverview();
    return statistics.statistics(from, to);
  }

  @GetMapping("/api/awards/history")
  @Operation(summary = "Tra cứu lịch sử khen thưởng của cá nhân hoặc đơn vị",
      description = "Mọi khen thưởng qua các năm kèm quyết định (số, ngày, cấp quyết định, trạng thái, kể cả đã thu "
          + "hồi). Mỗi người tra cứu được bản thân và đơn vị mình; Văn phòng Sở và Lãnh đạo Sở tra cứu được tất cả.")
  public AwardHistoryView awardHistory(
      @Parameter(description = "Tên đăng nhập của cá nhân") @RequestParam(required = false) String person,
      @Parameter(description = "Mã đơn vị, ví dụ qldd") @RequestParam(required = false) String unit) {
    return history.lookup(access.caller(), person, unit);
  }

  @GetMapping("/api/dashboard/commendations")
  @Operation(summary = "Tổng hợp khen thưởng qua các năm",
      description = "Danh hiệu thi đua, hình thức khen thưởng và kết quả đánh giá của một cá nhân hoặc một đơn vị "
          + "(tập thể và cán bộ của đơn vị) từ sổ khen thưởng và sổ theo dõi danh hiệu, khen thưởng, kèm quyết định, "
          + "nguồn ghi nhận và khen thưởng đã thu hồi; tổng số theo năm và theo loại. Mỗi người xem được bản thân và "
          + "đơn vị mình; không chọn cá nhân, đơn vị: tổng số của toàn Sở, chỉ Văn phòng Sở, Lãnh đạo Sở và quản trị "
          + "hệ thống.")
  public CommendationView commendations(
      @Parameter(description = "Tên đăng nhập của cá nhân") @RequestParam(required = false) String person,
      @Parameter(description = "Mã đơn vị, ví dụ qldd") @RequestParam(required = false) String unit,
      @Parameter(description = "Từ năm; bỏ trống: năm sớm nhất có trong sổ")
      @RequestParam(required = false) Integer from,
      @Parameter(description = "Đến năm; bỏ trống: năm nay") @RequestParam(required = false) Integer to) {
    return commendations.lookup(access.caller(), person, unit, from, to);
  }

  /** The page lives at /dashboard/ so that it reaches the API with relative addresses, whatever the context path. */
  @Hidden
  @GetMapping("/dashboard")
  public ModelAndView page() {
    return new ModelAndView("redirect:/dashboard/");
  }

  @Hidden
  @GetMapping("/dashboard/")
  public ModelAndView pageIndex() {
    return new ModelAndView("forward:/dashboard/index.html");
  }
}
