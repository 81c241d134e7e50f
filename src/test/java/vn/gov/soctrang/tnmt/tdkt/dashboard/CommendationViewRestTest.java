package vn.gov.soctrang.tnmt.tdkt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.soctrang.tnmt.tdkt.PutsBack;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReport;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportRepository;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * Every kind of commendation together: titles and ratings entered in the merit register by the Office over HTTP,
 * Giấy khen entered in the award register by the award service for the 2025 cycle, one of them revoked; read back per
 * person, per unit and as the Department's yearly totals, with the refusals.
 */
@SharedApplication
@PutsBack("merit_record")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AtDate("2026-11-16")
class CommendationViewRestTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final String OFFICE = "vanphong";
  private static final String AUTHORITY = "Giám đốc Sở Tài nguyên và Môi trường";
  private static final String REASON = "Kê khai thành tích không trung thực";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired OrganizationService organization;
  @Autowired MovementService movements;
  @Autowired CycleRepository cycles;
  @Autowired UnitReportRepository reports;
  @Autowired NominationRepository nominations;
  @Autowired AwardService awardService;
  @Autowired MeritRecordRepository merits;

  private long revokedAward;

  @BeforeAll
  void bothRegisters() {
    // Only what this class enters: not the demo history.
    jdbc.update("delete from merit_record");
    assertThat(jdbc.queryForObject("select count(*) from award", Integer.class)).isZero();

    // The merit register, as the Office enters decisions.
    entered(2025, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "20/01/2026");
    entered(2025, "HOAN_THANH_XUAT_SAC_NHIEM_VU", "qlddcv", null, "15/12/2025");
    entered(2024, "TAP_THE_LAO_DONG_XUAT_SAC", null, "qldd", "03/02/2025");
    entered(2024, "CHIEN_SI_THI_DUA_CO_SO", "ccbvmtcv", null, "10/01/2025");

    // The award register: the 2025 cycle's Giấy khen, by the award service; then one revoked.
    List<Award> entered = transaction.execute(status -> enterTheCycleOf2025());
    Award clerk = entered.stream().filter(a -> a.getNomineeKey().equals("qlddcv")).findFirst().orElseThrow();
    revokedAward = clerk.getId();
    awardService.revoke(revokedAward, REASON, "admin");

    // The merit register's copy of a Department decision is the award register's entry: not counted twice.
    merits.save(new MeritRecord(2025, MeritCode.GIAY_KHEN, "unit:qldd", "Phòng Quản lý đất đai", "qldd",
        "98/QĐ-STNMT", LocalDate.of(2025, 12, 20), "Giám đốc Sở", MeritSource.DEPARTMENT, null, OFFICE,
        clock.instant()));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPersonSeesTitlesRatingsAndAwardsOfBothRegistersWithTheRevokedOneMarked() {
    Map<String, Object> view = ok("qlddcv", "/api/dashboard/commendations?person=qlddcv");
    assertThat(view).containsEntry("scope", "PERSON").containsEntry("key", "qlddcv")
        .containsEntry("name", "Lý Quốc Hải").containsEntry("unit", "Phòng Quản lý đất đai")
        .containsEntry("from", 2025).containsEntry("to", 2026);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) view.get("rows");
    assertThat(rows).extracting(r -> r.get("year") + " " + r.get("kindLabel") + ": " + r.get("label"))
        .containsExactly("2025 Danh hiệu thi đua: Lao động tiên tiến",
            "2025 Hình thức khen thưởng: Giấy khen của Giám đốc Sở",
            "2025 Kết quả đánh giá: Hoàn thành xuất sắc nhiệm vụ");

    Map<String, Object> title = rows.get(0);
    assertThat(title).containsEntry("kind", "TITLE").containsEntry("register", "MERIT_REGISTER")
        .containsEntry("decisionNumber", "15/QĐ-STNMT").containsEntry("decisionDate", "2026-01-20")
        .containsEntry("authority", AUTHORITY).containsEntry("revoked", false)
        .containsEntry("nomineeType", "INDIVIDUAL");
    assertThat(title.get("origin").toString()).startsWith("Sổ theo dõi danh hiệu, khen thưởng, dòng số ")
        .endsWith("(Văn phòng nhập theo quyết định)");

    Map<String, Object> award = rows.get(1);
    assertThat(award).containsEntry("kind", "AWARD").containsEntry("register", "AWARD_REGISTER")
        .containsEntry("reference", "AWARD-" + revokedAward).containsEntry("decisionNumber", "98/QĐ-STNMT")
        .containsEntry("decisionDate", "2025-12-20").containsEntry("authority", "Giám đốc Sở")
        .containsEntry("revoked", true).containsEntry("statusLabel", "Đã thu hồi")
        .containsEntry("revocation", "Lý do: " + REASON);
    assertThat(award.get("revokedAt")).isNotNull();
    // The second of the 2025 decision's entries in the register (the unit's comes first).
    assertThat(award.get("origin").toString())
        .matches("Chu trình thi đua năm 2025 \\(.+\\), số 2 trong sổ khen thưởng năm 2025");

    assertThat(rows.get(2)).containsEntry("kind", "RATING").containsEntry("decisionDate", "2025-12-15");

    assertThat((List<Map<String, Object>>) view.get("years")).extracting(CommendationViewRestTest::totals)
        .containsExactly("2026: 0 titles, 0 ratings, 0 awards, 0 revoked, 0 in all",
            "2025: 1 titles, 1 ratings, 0 awards, 1 revoked, 2 in all");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aUnitSeesItselfAndItsPeopleButNotAnotherUnitsAndTheDepartmentCopyOnce() {
    Map<String, Object> view = ok("qlddtruong", "/api/dashboard/commendations?unit=qldd");
    assertThat(view).containsEntry("scope", "UNIT").containsEntry("name", "Phòng Quản lý đất đai")
        .containsEntry("from", 2024).containsEntry("to", 2026);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) view.get("rows");
    assertThat(rows).extracting(r -> r.get("year") + " " + r.get("nominee") + ": " + r.get("label") + " "
        + r.get("statusLabel"))
        .containsExactly("2025 Lý Quốc Hải: Lao động tiên tiến Đang hiệu lực",
            "2025 Lý Quốc Hải: Giấy khen của Giám đốc Sở Đã thu hồi",
            "2025 Phòng Quản lý đất đai: Giấy khen của Giám đốc Sở Đang hiệu lực",
            "2025 Lý Quốc Hải: Hoàn thành xuất sắc nhiệm vụ Đang hiệu lực",
            "2024 Phòng Quản lý đất đai: Tập thể lao động xuất sắc Đang hiệu lực");
    assertThat(rows.get(2)).containsEntry("register", "AWARD_REGISTER").containsEntry("nomineeType", "COLLECTIVE");
    assertThat((List<Map<String, Object>>) view.get("years")).extracting(CommendationViewRestTest::totals)
        .containsExactly("2026: 0 titles, 0 ratings, 0 awards, 0 revoked, 0 in all",
            "2025: 1 titles, 1 ratings, 1 awards, 1 revoked, 3 in all",
            "2024: 1 titles, 0 ratings, 0 awards, 0 revoked, 1 in all");

    Map<String, Object> oneYear = ok(OFFICE, "/api/dashboard/commendations?unit=qldd&from=2024&to=2024");
    assertThat((List<Map<String, Object>>) oneYear.get("rows")).extracting(r -> r.get("label"))
        .containsExactly("Tập thể lao động xuất sắc");
    assertThat((List<Map<String, Object>>) oneYear.get("years")).hasSize(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theOfficeSeesTheDepartmentsTotalsPerYearAndKind() {
    for (String reader : List.of(OFFICE, "giamdoc", "admin")) {
      Map<String, Object> view = ok(reader, "/api/dashboard/commendations?from=2023&to=2026");
      assertThat(view).as(reader).containsEntry("scope", "DEPARTMENT").containsEntry("from", 2023)
          .containsEntry("to", 2026).containsEntry("name", ok(reader, "/api/issuing-body").get("name"));
      assertThat((List<Object>) view.get("rows")).isEmpty();
      assertThat((List<Map<String, Object>>) view.get("years")).extracting(CommendationViewRestTest::totals)
          .containsExactly("2026: 0 titles, 0 ratings, 0 awards, 0 revoked, 0 in all",
              "2025: 1 titles, 1 ratings, 2 awards, 1 revoked, 4 in all",
              "2024: 2 titles, 0 ratings, 0 awards, 0 revoked, 2 in all",
              "2023: 0 titles, 0 ratings, 0 awards, 0 revoked, 0 in all");
    }
  }

  @Test
  void theViewDownloadsAsCsvWithTheRevokedAwardAndTheTotals() {
    ResponseEntity<byte[]> csv = rest.withBasicAuth(OFFICE, "demo")
        .getForEntity("/api/dashboard/commendations.csv?unit=qldd", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("tong-hop-khen-thuong-qldd-2024-2026.csv");
    List<List<String>> lines = CsvParser.parse(csv.getBody());
    assertThat(lines.get(0)).startsWith("STT", "Năm", "Loại", "Danh hiệu, hình thức, kết quả");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("Giấy khen của Giám đốc Sở", "Đã thu hồi",
        "Lý do: " + REASON));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("Tổng số năm 2025", "Danh hiệu thi đua: 1; Hình thức "
        + "khen thưởng: 1; Kết quả đánh giá: 1; đã thu hồi: 1"));
    ResponseEntity<byte[]> xlsx = rest.withBasicAuth("qlddcv", "demo")
        .getForEntity("/api/dashboard/commendations.xlsx?person=qlddcv", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("qlddcv", "demo").getForEntity("/api/dashboard/commendations.csv?unit=ccbvmt",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void everyRefusalSaysWhyInVietnamese() {
    refused(OFFICE, "?person=khongcoai", HttpStatus.NOT_FOUND,
        "Không tìm thấy cá nhân có tên đăng nhập «khongcoai».");
    refused(OFFICE, "?unit=khongco", HttpStatus.NOT_FOUND, "Không tìm thấy đơn vị có mã «khongco».");
    refused(OFFICE, "?person=qlddcv&unit=qldd", HttpStatus.BAD_REQUEST,
        "Chỉ chọn một trong hai: cá nhân (tên đăng nhập) hoặc đơn vị (mã đơn vị).");
    refused(OFFICE, "?unit=qldd&from=1980", HttpStatus.BAD_REQUEST, "«Từ năm» 1980 quá xa: sổ chỉ ghi từ năm 1990.");
    refused(OFFICE, "?unit=qldd&to=2030", HttpStatus.BAD_REQUEST, "«Đến năm» 2030 chưa đến (năm nay là 2026).");
    refused(OFFICE, "?unit=qldd&from=2026&to=2024", HttpStatus.BAD_REQUEST,
        "«Từ năm» (2026) không được sau «Đến năm» (2024).");
    refused(OFFICE, "?unit=qldd&from=abc", HttpStatus.BAD_REQUEST,
        "Giá trị «abc» của tham số «from» không hợp lệ (cần một số).");
    refused("qlddcv", "?person=ccbvmtcv", HttpStatus.FORBIDDEN,
        "Bạn chỉ được xem khen thưởng của bản thân hoặc của đơn vị mình.");
    refused("qlddcv", "?unit=ccbvmt", HttpStatus.FORBIDDEN,
        "Bạn chỉ được xem khen thưởng của bản thân hoặc của đơn vị mình.");
    refused("qlddcv", "", HttpStatus.FORBIDDEN, "Chỉ Văn phòng Sở và Lãnh đạo Sở được xem tổng hợp khen thưởng của "
        + "toàn Sở; hãy chọn bản thân hoặc đơn vị mình.");
    assertThat(rest.getForEntity("/api/dashboard/commendations?unit=qldd", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePageHasTheSectionWithItsScriptInAStaticFileThatInsertsTextOnly() {
    ResponseEntity<String> page = rest.getForEntity("/dashboard/index.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Tổng hợp khen thưởng qua các năm", "<script src=\"commendations.js\" defer>",
        "id=\"commendations-kind\"", "id=\"commendations-table\"", "id=\"commendations-totals\"")
        .doesNotContain("style=\"", "onclick=", "<script>");
    ResponseEntity<String> script = rest.getForEntity("/dashboard/commendations.js", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("dashboard/commendations", "textContent", "X-Requested-With")
        .doesNotContain("innerHTML", "insertAdjacentHTML", "outerHTML", "document.write", "eval(");
  }

  // ---------------------------------------------------------------- helpers

  private List<Award> enterTheCycleOf2025() {
    Instant at = LocalDate.of(2025, 12, 1).atStartOfDay(clock.getZone()).toInstant();
    Cycle cycle = cycles.save(new Cycle(movements.covering(2025).orElseThrow(), 2025, LocalDate.of(2025, 11, 30),
        false, null, OFFICE, at));
    Unit qldd = organization.unit("qldd");
    Unit ccbvmt = organization.unit("ccbvmt");
    UnitReport qlddReport = reports.save(new UnitReport(cycle.getId(), qldd, null, cycle.getReportDeadline()));
    UnitReport ccbvmtReport = reports.save(new UnitReport(cycle.getId(), ccbvmt, null, cycle.getReportDeadline()));
    List<Nomination> decided = List.of(
        approved(Nomination.collective(qlddReport.getId(), cycle.getId(), qldd, AwardType.GIAY_KHEN,
            "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", null), at),
        approved(Nomination.individual(qlddReport.getId(), cycle.getId(), organization.person("qlddcv").orElseThrow(),
            AwardType.GIAY_KHEN, "Số hóa hồ sơ địa chính", null, true), at),
        approved(Nomination.individual(ccbvmtReport.getId(), cycle.getId(),
            organization.person("ccbvmtcv").orElseThrow(), AwardType.GIAY_KHEN, "Kiểm soát ô nhiễm", null, true), at));
    return decided.stream().map(n -> {
      n.awarded();
      return awardService.enter(cycle, n, "98/QĐ-STNMT", LocalDate.of(2025, 12, 20), "giamdoc");
    }).toList();
  }

  private Nomination approved(Nomination n, Instant at) {
    n.evaluated(true, "Đạt các tiêu chí", at);
    n.councilDecided(true, "Hội đồng đề nghị khen thưởng");
    return nominations.save(n);
  }

  private void entered(int year, String code, String username, String unit, String date) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("year", year, "code", code, "decisionNumber",
        "15/QĐ-STNMT", "decisionDate", date, "authority", AUTHORITY));
    if (username != null) {
      body.put("username", username);
    }
    if (unit != null) {
      body.put("unitCode", unit);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map<String, Object>> created = rest.withBasicAuth(OFFICE, "demo")
        .exchange("/api/merit-records", HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
  }

  private Map<String, Object> ok(String user, String path) {
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, "demo")
        .exchange(path, HttpMethod.GET, null, MAP);
    assertThat(response.getStatusCode()).as(user + " " + path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private void refused(String user, String query, HttpStatus status, String message) {
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, "demo")
        .exchange("/api/dashboard/commendations" + query, HttpMethod.GET, null, MAP);
    assertThat(response.getStatusCode()).as(query).isEqualTo(status);
    assertThat(String.valueOf(response.getBody().get("message"))).as(query).isEqualTo(message);
  }

  private static String totals(Map<String, Object> y) {
    return y.get("year") + ": " + y.get("titles") + " titles, " + y.get("ratings") + " ratings, " + y.get("awards")
        + " awards, " + y.get("revokedAwards") + " revoked, " + y.get("total") + " in all";
  }
}
