package vn.gov.soctrang.tnmt.tdkt.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.dashboard.StatisticsView.Figures;
import vn.gov.soctrang.tnmt.tdkt.dashboard.StatisticsView.UnitStatistics;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;

/** The tables behind the exports: the same data, and the same scoping, as the JSON they mirror. */
@Service
@Transactional(readOnly = true)
class ExportTables {

  private final CycleRepository cycles;
  private final NominationRepository nominations;
  private final AwardService awards;
  private final StatisticsService statistics;

  public ExportTables(CycleRepository cycles, NominationRepository nominations, AwardService awards,
      StatisticsService statistics) {
    this.cycles = cycles;
    this.nominations = nominations;
    this.awards = awards;
    this.statistics = statistics;
  }

  /** The year's nominations: every unit's for the Office and the leadership, the caller's own unit's otherwise. */
  public ExportTable nominations(Caller caller, int year) {
    Cycle cycle = cycles.findByYear(year).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Chưa có chu trình thi đua năm " + year + "."));
    List<List<Object>> rows = new ArrayList<>();
    int i = 1;
    for (Nomination n : nominations.findByCycleIdOrderByIdAsc(cycle.getId())) {
      if (!caller.seesAll() && !n.getUnit().getCode().equals(caller.unitCode())) {
        continue;
      }
      rows.add(Arrays.asList(i++, n.getId(), n.getUnit().getName(), n.getNomineeType().label(), n.getNomineeName(),
          n.getProposedAward().label(), n.getAchievements(), n.getInitiatives(), n.getStatus().label(),
          NominationGroup.of(n.getStatus()).label(), n.getEvaluationReason(), n.getProvinceNote(),
          cycle.getMovement().getName()));
    }
    return new ExportTable("Đề nghị khen thưởng " + year, "de-nghi-khen-thuong-" + year,
        List.of("STT", "Mã đề nghị", "Đơn vị", "Tập thể/Cá nhân", "Tên tập thể, cá nhân", "Hình thức đề nghị",
            "Thành tích", "Sáng kiến, giải pháp", "Trạng thái", "Nhóm", "Lý do", "Ý kiến của cấp trên",
            "Phong trào thi đua"),
        rows);
  }

  /** The award register (all years, or one), revoked awards included and marked, as {@code /api/awards}. */
  public ExportTable awards(Integer year) {
    List<List<Object>> rows = new ArrayList<>();
    java.util.Map<Integer, String> movementOfYear = new java.util.HashMap<>();
    int i = 1;
    for (Award a : awards.register(year)) {
      String movement = movementOfYear.computeIfAbsent(a.getYear(), y -> cycles.findByYear(y)
          .map(c -> c.getMovement().getName()).orElse(""));
      rows.add(Arrays.asList(i++, a.getYear(), AwardHistoryService.nomineeType(a).label(), a.getNomineeName(),
          a.getUnit().getName(), a.getAwardType().label(), a.getAuthority(), a.getDecisionNumber(),
          a.getDecisionDate(), AwardHistoryService.statusLabel(a), movement));
    }
    String suffix = year == null ? "" : "-" + year;
    return new ExportTable(year == null ? "Sổ khen thưởng" : "Sổ khen thưởng " + year, "so-khen-thuong" + suffix,
        List.of("STT", "Năm", "Tập thể/Cá nhân", "Tên tập thể, cá nhân", "Đơn vị", "Hình thức khen thưởng",
            "Cấp quyết định", "Số quyết định", "Ngày quyết định", "Trạng thái", "Phong trào thi đua"),
        rows);
  }

  /**
   * The combined view of every kind of commendation: one row per title, rating or award (revoked awards marked), then
   * one row per year with the totals per kind.
   */
  public ExportTable commendations(CommendationView view) {
    List<List<Object>> rows = new ArrayList<>();
    int i = 1;
    for (CommendationView.Row r : view.rows()) {
      rows.add(Arrays.asList(i++, r.year(), r.kindLabel(), r.label(), r.nomineeTypeLabel(), r.nominee(), r.unit(),
          r.decisionNumber(), r.decisionDate(), r.authority(), r.origin(), r.statusLabel(), r.revocation()));
    }
    for (CommendationView.YearTotal y : view.years()) {
      rows.add(Arrays.asList(null, y.year(), "Tổng số năm " + y.year(), "Danh hiệu thi đua: " + y.titles()
          + "; Hình thức khen thưởng: " + y.awards() + "; Kết quả đánh giá: " + y.ratings()
          + "; đã thu hồi: " + y.revokedAwards(), null, null, null, null, null, null, null, null, null));
    }
    String who = view.key() == null ? "toan-so" : view.key().replaceAll("[^A-Za-z0-9_-]", "");
    return new ExportTable("Tổng hợp khen thưởng " + view.from() + "–" + view.to(),
        "tong-hop-khen-thuong-" + who + "-" + view.from() + "-" + view.to(),
        List.of("STT", "Năm", "Loại", "Danh hiệu, hình thức, kết quả", "Tập thể/Cá nhân", "Tên tập thể, cá nhân",
            "Đơn vị", "Số quyết định", "Ngày quyết định", "Cấp quyết định", "Nguồn ghi nhận", "Trạng thái",
            "Thu hồi"),
        rows);
  }

  /** One row per unit and year, then the unit's total over the period: easy to pivot in a spreadsheet. */
  public ExportTable statistics(Integer from, Integer to) {
    StatisticsView view = statistics.statistics(from, to);
    List<String> headers = new ArrayList<>(List.of("Năm", "Mã đơn vị", "Đơn vị", "Số đề nghị", "Số đạt tiêu chí"));
    Arrays.stream(AwardType.values()).map(AwardType::label).forEach(headers::add);
    headers.add("Tổng số khen thưởng");
    List<List<Object>> rows = new ArrayList<>();
    String period = view.from() == view.to() ? String.valueOf(view.from()) : view.from() + "–" + view.to();
    for (UnitStatistics unit : view.perUnit()) {
      for (Figures f : unit.perYear()) {
        rows.add(row(f.year(), unit, f));
      }
      rows.add(row("Cả giai đoạn " + period, unit, unit.total()));
    }
    return new ExportTable("Thống kê " + period, "thong-ke-" + view.from() + "-" + view.to(), headers, rows);
  }

  private static List<Object> row(Object year, UnitStatistics unit, Figures f) {
    List<Object> row = new ArrayList<>(List.of(year, unit.code(), unit.name(), f.nominations(), f.met()));
    Arrays.stream(AwardType.values()).forEach(t -> row.add(f.awardsByType().get(t.name())));
    row.add(f.awards());
    return row;
  }
}
