package vn.gov.soctrang.tnmt.tdkt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardEvent;
import vn.gov.soctrang.tnmt.tdkt.award.AwardEventRepository;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Person;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmission;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionRepository;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReport;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportRepository;

/**
 * The dashboard, the statistics, the award history and the exports, read back as the Department's users would: last
 * year's finished cycle is in the register (entered directly), this year's cycle runs through REST until a few units
 * have reported — qldd accepted with two nominations, tnn waiting for its head, ccbvmt past its (moved) due date,
 * the others not registered yet.
 */
@SharedApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardRestTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final String INJECTION = "=HYPERLINK(\"http://example.invalid\";\"Xem minh chứng\")";
  private static final String REVOCATION_REASON = "Kê khai thành tích không trung thực";

  @Autowired TestRestTemplate rest;
  @Autowired OrganizationService organization;
  @Autowired CycleRepository cycles;
  @Autowired vn.gov.soctrang.tnmt.tdkt.movement.MovementService movements;
  @Autowired UnitReportRepository reports;
  @Autowired NominationRepository nominations;
  @Autowired AwardRepository awards;
  @Autowired AwardEventRepository awardEvents;
  @Autowired ProvinceSubmissionRepository submissions;
  @Autowired TaskService taskService;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  private int year;
  private int lastYear;

  @BeforeAll
  void twoYears() {
    year = LocalDate.now(clock).getYear();
    lastYear = year - 1;
    transaction.executeWithoutResult(status -> enterLastYear());
    runThisYearUntilAFewUnitsReported();
  }

  // ---------------------------------------------------------------- the dashboard

  @Test
  @SuppressWarnings("unchecked")
  void theOfficeSeesThisYearsProgressWithRealNumbers() {
    ResponseEntity<Map<String, Object>> response = get("vanphong", "/api/dashboard", MAP);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> d = response.getBody();
    assertThat(d).containsEntry("year", year).containsEntry("status", "REPORTING");
    assertThat((List<Integer>) d.get("years")).containsExactly(year, lastYear);
    assertThat((Map<String, Object>) d.get("dates")).containsEntry("reportDeadline",
        LocalDate.now(clock).plusDays(20).toString());

    int unitCount = organization.activeUnits().size();
    assertThat((Map<String, Object>) d.get("progress")).containsEntry("units", unitCount)
        .containsEntry("registered", 3).containsEntry("reported", 2).containsEntry("headApproved", 1)
        .containsEntry("accepted", 1).containsEntry("notReported", 0).containsEntry("late", 1);

    Map<String, Object> qldd = unit(d, "qldd");
    assertThat(qldd).containsEntry("registered", true).containsEntry("reportStatus", "ACCEPTED")
        .containsEntry("reported", true).containsEntry("headApproved", true).containsEntry("accepted", true)
        .containsEntry("late", false).containsEntry("nominations", 2).containsEntry("openTasks", 0);
    assertThat((Map<String, Object>) qldd.get("nominationsByGroup")).containsEntry("PROPOSED", 2)
        .containsEntry("AWARDED", 0).hasSize(NominationGroup.values().length);

    assertThat(unit(d, "ccbvmt")).containsEntry("registered", true).containsEntry("reportStatus", "DRAFTING")
        .containsEntry("reported", false).containsEntry("late", true)
        .containsEntry("dueDate", LocalDate.now(clock).minusDays(1).toString())
        .containsEntry("openTasks", 1).containsEntry("overdueTasks", 1);
    assertThat(unit(d, "tnn")).containsEntry("reportStatus", "SUBMITTED").containsEntry("reported", true)
        .containsEntry("headApproved", false).containsEntry("late", false).containsEntry("openTasks", 1)
        .containsEntry("overdueTasks", 0);
    assertThat(unit(d, "khtc")).containsEntry("registered", false).containsEntry("reportStatus", "REGISTERING")
        .containsEntry("openTasks", 1).containsEntry("nominations", 0);

    assertThat(d).containsEntry("nominationTotal", 2);
    assertThat(group(d, "PROPOSED")).containsEntry("count", 2).containsEntry("label", "Đã đề nghị, chưa xét");
    assertThat(group(d, "AWARDED")).containsEntry("count", 0);

    assertThat((Map<String, Object>) d.get("tasks")).containsEntry("open", unitCount - 1)
        .containsEntry("overdue", 1).containsEntry("outsideUnitsOpen", 0);
    List<Map<String, Object>> overdue = (List<Map<String, Object>>) ((Map<String, Object>) d.get("tasks"))
        .get("overdueTasks");
    assertThat(overdue).singleElement().satisfies(t -> assertThat(t)
        .containsEntry("taskKey", "draftReport").containsEntry("unit", "Chi cục Bảo vệ môi trường")
        .doesNotContainKeys("assignee", "owner"));
    assertThat((Map<String, Object>) d.get("council")).containsEntry("pending", 0).containsEntry("openBallots", 0);
    assertThat((Map<String, Object>) d.get("province")).containsEntry("waiting", 0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLeadershipSeesLastYearsFinishedCycle() {
    Map<String, Object> d = get("giamdoc", "/api/dashboard?year=" + lastYear, MAP).getBody();
    assertThat(d).containsEntry("year", lastYear).containsEntry("status", "FINISHED")
        .containsEntry("nominationTotal", 5);
    assertThat(group(d, "AWARDED")).containsEntry("count", 3);
    assertThat(group(d, "NOT_MET")).containsEntry("count", 1);
    assertThat(group(d, "REFUSED")).containsEntry("count", 1);
    assertThat((List<Map<String, Object>>) group(d, "REFUSED").get("statuses"))
        .anySatisfy(s -> assertThat(s).containsEntry("status", "AWARD_REVOKED").containsEntry("count", 1));
    Map<String, Object> province = (Map<String, Object>) d.get("province");
    assertThat((List<Map<String, Object>>) province.get("submissions")).singleElement().satisfies(s ->
        assertThat(s).containsEntry("awardType", "BANG_KHEN_UBND").containsEntry("status", "COMPLETED")
            .containsEntry("nominations", 1).containsEntry("waiting", 0).containsEntry("answerOverdue", false));
    assertThat(unit(d, "qldd")).containsEntry("accepted", true).containsEntry("late", false);
    assertThat(unit(d, "khtc")).containsEntry("reportStatus", null).containsEntry("registered", false);

    assertThat(get("admin", "/api/dashboard?year=1999", MAP).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyTheOfficeTheLeadershipAndAdministratorsSeeTheDashboard() {
    for (String path : List.of("/api/dashboard", "/api/stats", "/api/stats.csv", "/api/stats.xlsx")) {
      ResponseEntity<Map<String, Object>> refused = get("qlddcv", path, MAP);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("message").toString()).contains("Văn phòng Sở");
      assertThat(get("qlddtruong", path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(get("admin", "/api/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("chanhvanphong", "/api/stats", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** The page's way in: someone logged into Tasklist reads the API with the same browser session. */
  @Test
  void theTasklistSessionOpensTheDashboard() {
    String leader = loginToTasklist("giamdoc");
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, leader);
    headers.add("X-Requested-With", "XMLHttpRequest");
    assertThat(rest.exchange("/api/dashboard", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    HttpHeaders unit = new HttpHeaders();
    unit.add(HttpHeaders.COOKIE, loginToTasklist("qlddcv"));
    unit.add("X-Requested-With", "XMLHttpRequest");
    assertThat(rest.exchange("/api/dashboard", HttpMethod.GET, new HttpEntity<>(unit), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * The cycle's report deadline (today + 20 days) falls in a year whose calendar may or may not be announced,
   * depending on the suite's date: the test sets that year's status itself and puts it back afterwards.
   */
  @Test
  @SuppressWarnings("unchecked")
  void openDeadlinesInAYearWithoutAnAnnouncedCalendarAreFlagged() {
    int deadlineYear = LocalDate.now(clock).plusDays(20).getYear();
    Map<String, Object> before = get("admin", "/api/holidays/" + deadlineYear, MAP).getBody();
    try {
      markYear(deadlineYear, "PROVISIONAL", "Chưa có thông báo (thử nghiệm)");
      Map<String, Object> warning = calendarWarnings(get("vanphong", "/api/dashboard", MAP).getBody()).stream()
          .filter(w -> Integer.valueOf(deadlineYear).equals(w.get("year"))).findFirst().orElseThrow();
      assertThat(warning.get("message")).isEqualTo("Lịch nghỉ năm " + deadlineYear
          + " chưa được công bố chính thức; hạn tính theo ngày làm việc có thể thay đổi.");
      assertThat((List<String>) warning.get("concerns")).contains("hạn báo cáo của chu trình");
      assertThat((Integer) warning.get("deadlines")).isPositive();
      assertThat(warning.get("detail").toString()).contains("hạn đang mở rơi vào năm " + deadlineYear, "sớm nhất ngày");
      assertThat(calendarWarnings(get("admin", "/api/dashboard", MAP).getBody()))
          .anySatisfy(w -> assertThat(w).containsEntry("year", deadlineYear));

      markYear(deadlineYear, "ANNOUNCED", "Thông báo lịch nghỉ (thử nghiệm)");
      assertThat(calendarWarnings(get("vanphong", "/api/dashboard", MAP).getBody()))
          .noneSatisfy(w -> assertThat(w).containsEntry("year", deadlineYear));
    } finally {
      markYear(deadlineYear, before.get("status").toString(),
          before.get("note") == null ? "Khôi phục sau kiểm thử" : before.get("note").toString());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> calendarWarnings(Map<String, Object> dashboard) {
    return (List<Map<String, Object>>) dashboard.get("calendarWarnings");
  }

  private void markYear(int calendarYear, String status, String note) {
    ResponseEntity<Map<String, Object>> marked = rest.withBasicAuth("admin", "demo").exchange(
        "/api/admin/calendar-years/" + calendarYear, HttpMethod.PUT,
        new HttpEntity<>(Map.of("status", status, "note", note)), MAP);
    assertThat(marked.getStatusCode()).as(String.valueOf(marked.getBody())).isEqualTo(HttpStatus.OK);
  }

  // ---------------------------------------------------------------- statistics

  @Test
  @SuppressWarnings("unchecked")
  void statisticsCountNominationsMetAndActiveAwardsPerUnitAndPerAwardType() {
    Map<String, Object> s = get("vanphong", "/api/stats", MAP).getBody();
    assertThat(s).containsEntry("from", lastYear).containsEntry("to", year);
    List<Map<String, Object>> perYear = (List<Map<String, Object>>) s.get("perYear");
    assertThat(perYear.get(0)).containsEntry("year", lastYear).containsEntry("hasCycle", true)
        .containsEntry("nominations", 5).containsEntry("met", 4).containsEntry("awards", 3);
    assertThat((Map<String, Object>) perYear.get(0).get("awardsByType")).containsEntry("GIAY_KHEN", 2)
        .containsEntry("BANG_KHEN_UBND", 1).containsEntry("BANG_KHEN_TTG", 0).containsEntry("HUAN_CHUONG_LD3", 0);
    assertThat(perYear.get(1)).containsEntry("year", year).containsEntry("nominations", 2).containsEntry("met", 0)
        .containsEntry("awards", 0);

    Map<String, Object> qldd = byCode((List<Map<String, Object>>) s.get("perUnit"), "qldd");
    assertThat((Map<String, Object>) qldd.get("total")).containsEntry("nominations", 5).containsEntry("met", 3)
        .containsEntry("awards", 3);
    Map<String, Object> ccbvmt = byCode((List<Map<String, Object>>) s.get("perUnit"), "ccbvmt");
    assertThat((Map<String, Object>) ccbvmt.get("total")).as("a revoked award is not counted")
        .containsEntry("nominations", 2).containsEntry("met", 1).containsEntry("awards", 0);

    Map<String, Object> giayKhen = ((List<Map<String, Object>>) s.get("perAwardType")).stream()
        .filter(t -> "GIAY_KHEN".equals(t.get("awardType"))).findFirst().orElseThrow();
    assertThat(giayKhen).containsEntry("total", 2).containsEntry("label", "Giấy khen của Giám đốc Sở");
    assertThat((List<Map<String, Object>>) giayKhen.get("perYear")).containsExactly(
        Map.of("year", lastYear, "count", 2), Map.of("year", year, "count", 0));

    Map<String, Object> earlier = get("vanphong", "/api/stats?from=" + (lastYear - 2) + "&to=" + lastYear, MAP)
        .getBody();
    assertThat(((List<Map<String, Object>>) earlier.get("perYear")).get(0)).containsEntry("hasCycle", false)
        .containsEntry("nominations", 0);
    ResponseEntity<Map<String, Object>> backwards = get("vanphong", "/api/stats?from=2030&to=2020", MAP);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody().get("message").toString()).contains("Năm bắt đầu");
  }

  @Test
  void statisticsCsvHasARowPerUnitAndYearAndATotal() {
    ResponseEntity<byte[]> csv = get("giamdoc", "/api/stats.csv?from=" + lastYear + "&to=" + year, byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("thong-ke-" + lastYear + "-" + year + ".csv");
    List<List<String>> rows = CsvParser.parse(csv.getBody());
    assertThat(rows.get(0)).containsExactly("Năm", "Mã đơn vị", "Đơn vị", "Số đề nghị", "Số đạt tiêu chí",
        "Giấy khen của Giám đốc Sở", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Thủ tướng Chính phủ",
        "Huân chương Lao động hạng Ba", "Tổng số khen thưởng");
    assertThat(rows).contains(
        List.of(String.valueOf(lastYear), "qldd", "Phòng Quản lý đất đai", "3", "3", "2", "1", "0", "0", "3"),
        List.of(String.valueOf(year), "qldd", "Phòng Quản lý đất đai", "2", "0", "0", "0", "0", "0", "0"),
        List.of("Cả giai đoạn " + lastYear + "–" + year, "qldd", "Phòng Quản lý đất đai", "5", "3", "2", "1", "0",
            "0", "3"));
    assertThat(rows).hasSize(1 + organization.activeUnits().size() * 3);
  }

  // ---------------------------------------------------------------- award history

  @Test
  @SuppressWarnings("unchecked")
  void everyoneLooksUpTheirOwnAwardsTheOfficeAnyones() {
    Map<String, Object> mine = get("qlddcv", "/api/awards/history?person=qlddcv", MAP).getBody();
    assertThat(mine).containsEntry("kind", "PERSON").containsEntry("unit", "Phòng Quản lý đất đai")
        .containsEntry("active", 1).containsEntry("revoked", 0);
    assertThat((List<Map<String, Object>>) mine.get("awards")).singleElement().satisfies(a -> assertThat(a)
        .containsEntry("year", lastYear).containsEntry("award", "Giấy khen của Giám đốc Sở")
        .containsEntry("authority", "Giám đốc Sở").containsEntry("decisionNumber", "98/QĐ-STNMT")
        .containsEntry("decisionDate", lastYear + "-12-20").containsEntry("status", "ACTIVE")
        .containsEntry("nomineeType", "INDIVIDUAL"));

    Map<String, Object> unit = get("qlddcv", "/api/awards/history?unit=qldd", MAP).getBody();
    assertThat((List<Map<String, Object>>) unit.get("awards")).hasSize(3)
        .extracting(a -> a.get("decisionNumber")).contains("98/QĐ-STNMT", "1520/QĐ-UBND");
    assertThat((List<Map<String, Object>>) unit.get("awards"))
        .anySatisfy(a -> assertThat(a).containsEntry("nomineeType", "COLLECTIVE"));

    for (String other : List.of("person=qlddtruong", "person=ccbvmtcv", "unit=ccbvmt")) {
      ResponseEntity<Map<String, Object>> refused = get("qlddcv", "/api/awards/history?" + other, MAP);
      assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("message").toString()).contains("bản thân hoặc của đơn vị mình");
    }

    Map<String, Object> revoked = get("vanphong", "/api/awards/history?unit=ccbvmt", MAP).getBody();
    assertThat(revoked).containsEntry("active", 0).containsEntry("revoked", 1);
    assertThat((List<Map<String, Object>>) revoked.get("awards")).singleElement().satisfies(a -> assertThat(a)
        .containsEntry("status", "REVOKED").containsEntry("statusLabel", "Đã thu hồi")
        .containsEntry("revocationReason", REVOCATION_REASON).containsKey("revokedAt"));
    assertThat(get("giamdoc", "/api/awards/history?person=qlddtruong", MAP).getBody())
        .containsEntry("active", 1);

    assertThat(get("vanphong", "/api/awards/history?person=khongtontai", MAP).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("vanphong", "/api/awards/history", MAP).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("vanphong", "/api/awards/history?person=qlddcv&unit=qldd", MAP).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.getForEntity("/api/awards/history?person=qlddcv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---------------------------------------------------------------- exports

  @Test
  void nominationsCsvIsScopedLikeTheJsonAndGuardsFormulas() {
    ResponseEntity<byte[]> csv = get("vanphong", "/api/cycles/" + year + "/nominations.csv", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("de-nghi-khen-thuong-" + year + ".csv");
    List<List<String>> rows = CsvParser.parse(csv.getBody());
    assertThat(rows.get(0)).containsExactly("STT", "Mã đề nghị", "Đơn vị", "Tập thể/Cá nhân", "Tên tập thể, cá nhân",
        "Hình thức đề nghị", "Thành tích", "Sáng kiến, giải pháp", "Trạng thái", "Nhóm", "Lý do",
        "Ý kiến của cấp trên", "Phong trào thi đua");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).subList(2, 10)).containsExactly("Phòng Quản lý đất đai", "Tập thể", "Phòng Quản lý đất đai",
        "Giấy khen của Giám đốc Sở", "'" + INJECTION, "", "Đề nghị", "Đã đề nghị, chưa xét");
    assertThat(rows.get(2).get(4)).isEqualTo(organization.person("qlddcv").orElseThrow().getFullName());

    assertThat(CsvParser.parse(get("qlddcv", "/api/cycles/" + year + "/nominations.csv", byte[].class).getBody()))
        .hasSize(3);
    assertThat(CsvParser.parse(get("ccbvmtcv", "/api/cycles/" + year + "/nominations.csv", byte[].class).getBody()))
        .as("another unit's nominations stay hidden").hasSize(1);
    assertThat(get("vanphong", "/api/cycles/1999/nominations.csv", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/cycles/" + year + "/nominations.csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void nominationsXlsxOpensWithABoldVietnameseHeaderAndGuardedText() throws Exception {
    ResponseEntity<byte[]> xlsx = get("giamdoc", "/api/cycles/" + year + "/nominations.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(xlsx.getHeaders().getContentType().toString()).contains("spreadsheetml.sheet");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Đề nghị khen thưởng " + year);
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Tên tập thể, cá nhân");
      assertThat(sheet.getRow(0).getCell(4).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).as("as typed, no apostrophe").isEqualTo(INJECTION);
      assertThat(sheet.getRow(1).getCell(6).getCellStyle().getQuotePrefixed()).as("kept text when edited").isTrue();
    }
    try (XSSFWorkbook own = new XSSFWorkbook(new ByteArrayInputStream(
        get("ccbvmtcv", "/api/cycles/" + year + "/nominations.xlsx", byte[].class).getBody()))) {
      assertThat(own.getSheetAt(0).getLastRowNum()).as("header only").isZero();
    }
  }

  @Test
  void theAwardRegisterExportsForAnyoneLoggedIn() throws Exception {
    List<List<String>> rows = CsvParser.parse(get("ccbvmtcv", "/api/awards.csv?year=" + lastYear, byte[].class)
        .getBody());
    assertThat(rows.get(0)).containsExactly("STT", "Năm", "Tập thể/Cá nhân", "Tên tập thể, cá nhân", "Đơn vị",
        "Hình thức khen thưởng", "Cấp quyết định", "Số quyết định", "Ngày quyết định", "Trạng thái",
        "Phong trào thi đua");
    assertThat(rows).hasSize(5);
    assertThat(rows).anySatisfy(r -> assertThat(r).containsSubsequence("Bằng khen của Chủ tịch UBND tỉnh",
        "Chủ tịch UBND tỉnh", "1520/QĐ-UBND", "22/12/" + lastYear, "Đang hiệu lực"));
    assertThat(rows).anySatisfy(r -> assertThat(r).endsWith("Đã thu hồi", rows.get(1).get(10)));
    assertThat(rows.subList(1, rows.size())).as("each award with the movement of its year")
        .allSatisfy(r -> assertThat(r.get(10)).isEqualTo(movements.covering(lastYear).orElseThrow().getName()));
    assertThat(CsvParser.parse(get("qlddcv", "/api/awards.csv?year=" + year, byte[].class).getBody())).hasSize(1);
    assertThat(get("qlddcv", "/api/awards.csv", byte[].class).getHeaders().getContentDisposition().getFilename())
        .isEqualTo("so-khen-thuong.csv");

    ResponseEntity<byte[]> xlsx = get("qlddcv", "/api/awards.xlsx?year=" + lastYear, byte[].class);
    assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Ngày quyết định");
      assertThat(sheet.getRow(0).getCell(8).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
      assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(8))).isTrue();
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(lastYear);
    }
    assertThat(rest.getForEntity("/api/awards.xlsx", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---------------------------------------------------------------- OpenAPI and the page

  @Test
  @SuppressWarnings("unchecked")
  void theApiIsDocumentedWithOpenApi() {
    ResponseEntity<Map<String, Object>> spec = rest.exchange("/v3/api-docs/tdkt", HttpMethod.GET, null, MAP);
    assertThat(spec.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> paths = (Map<String, Object>) spec.getBody().get("paths");
    assertThat(paths).containsKeys("/api/dashboard", "/api/stats", "/api/awards/history",
        "/api/cycles/{year}/nominations.csv", "/api/awards.xlsx", "/api/stats.csv", "/api/cycles/{year}/nominations",
        "/cong-bo/{year}");
    assertThat(paths).doesNotContainKeys("/dashboard", "/dashboard/");
    assertThat((Map<String, Object>) spec.getBody().get("info")).containsEntry("title",
        "API Thi đua – Khen thưởng");
    Map<String, Object> schemes = (Map<String, Object>) ((Map<String, Object>) spec.getBody().get("components"))
        .get("securitySchemes");
    assertThat((Map<String, Object>) schemes.get("basicAuth")).containsEntry("type", "http")
        .containsEntry("scheme", "basic");
    Map<String, Object> dashboard = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/dashboard"))
        .get("get");
    assertThat(dashboard).containsEntry("summary", "Tình hình chu trình thi đua năm");
    Map<String, Object> publicPage = (Map<String, Object>) ((Map<String, Object>) paths.get("/cong-bo/{year}"))
        .get("get");
    assertThat((List<Object>) publicPage.get("security")).as("the public page needs no login").isEmpty();

    assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> ui = rest.getForEntity("/swagger-ui/index.html", String.class);
    assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ui.getBody()).contains("swagger-ui");
  }

  @Test
  void thePageIsServedWithoutExternalResources() {
    ResponseEntity<String> page = rest.getForEntity("/dashboard/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<html lang=\"vi\">", "Bảng theo dõi thi đua, khen thưởng",
        "dashboard.js", "../camunda/app/tasklist/").doesNotContain("http://", "https://");
    ResponseEntity<String> script = rest.getForEntity("/dashboard/dashboard.js", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("X-Requested-With", "same-origin").doesNotContain("innerHTML",
        "insertAdjacentHTML", "outerHTML", "document.write", "eval(");
    assertThat(rest.getForEntity("/dashboard/dashboard.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> bare = rest.getForEntity("/dashboard", String.class);
    assertThat(bare.getStatusCode().is3xxRedirection() ? bare.getHeaders().getLocation().getPath() : bare.getBody())
        .contains(bare.getStatusCode().is3xxRedirection() ? "/dashboard/" : "Bảng theo dõi");
  }

  // ---------------------------------------------------------------- last year, entered directly

  private void enterLastYear() {
    Instant at = LocalDate.of(lastYear, 12, 1).atStartOfDay(clock.getZone()).toInstant();
    Cycle cycle = new Cycle(movements.covering(lastYear).orElseThrow(), lastYear, LocalDate.of(lastYear, 11, 30), false,
        null, "vanphong", at);
    cycle.startConsolidation();
    cycle.confirmConsolidation("vanphong", at, "Đã tổng hợp");
    cycle.startDisclosure(LocalDate.of(lastYear, 12, 10));
    cycle.endDisclosure();
    cycle.published();
    cycle.finish(at.plus(Duration.ofDays(30)));
    cycle = cycles.save(cycle);

    Unit qldd = organization.unit("qldd");
    Unit ccbvmt = organization.unit("ccbvmt");
    UnitReport qlddReport = acceptedReport(cycle, qldd, at);
    UnitReport ccbvmtReport = acceptedReport(cycle, ccbvmt, at);

    Nomination qlddUnit = approved(Nomination.collective(qlddReport.getId(), cycle.getId(), qldd, AwardType.GIAY_KHEN,
        "Hỗ trợ xã Phú Tâm đạt chuẩn nông thôn mới nâng cao", null), at);
    Nomination clerk = approved(Nomination.individual(qlddReport.getId(), cycle.getId(), person("qlddcv"),
        AwardType.GIAY_KHEN, "Số hóa hồ sơ địa chính", "Sáng kiến số hóa", true), at);
    Nomination head = approved(Nomination.individual(qlddReport.getId(), cycle.getId(), person("qlddtruong"),
        AwardType.BANG_KHEN_UBND, "Rút ngắn thời gian giải quyết hồ sơ", "Giải pháp một cửa", true), at);
    Nomination notMet = Nomination.collective(ccbvmtReport.getId(), cycle.getId(), ccbvmt, AwardType.GIAY_KHEN,
        "Tuyên truyền bảo vệ môi trường", null);
    notMet.evaluated(false, "Chưa đăng ký hỗ trợ địa phương (tiêu chí 3)", at);
    nominations.save(notMet);
    Nomination revoked = approved(Nomination.individual(ccbvmtReport.getId(), cycle.getId(), person("ccbvmtcv"),
        AwardType.GIAY_KHEN, "Kiểm soát ô nhiễm", null, true), at);

    LocalDate decided = LocalDate.of(lastYear, 12, 20);
    for (Nomination n : List.of(qlddUnit, clerk, revoked)) {
      n.awarded();
      awards.save(new Award(lastYear, n, "98/QĐ-STNMT", decided, "giamdoc", at));
    }

    ProvinceSubmission submission = submissions.save(new ProvinceSubmission(cycle.getId(), AwardType.BANG_KHEN_UBND,
        at));
    submission.prepared("45/TTr-STNMT", decided, "Đủ hồ sơ");
    submission.signed("giamdoc", at);
    submission.dispatched("312/STNMT-VP", decided, false, decided.plusDays(21));
    head.submittedUpward(submission.getId());
    head.provinceAnswered(NominationStatus.AWARDED, "Quyết định 1520/QĐ-UBND");
    submission.answered(false, false);
    awards.save(new Award(lastYear, head, "1520/QĐ-UBND", LocalDate.of(lastYear, 12, 22), "vanphong", at));

    Award withdrawn = awards.findAll().stream().filter(a -> a.getNominationId().equals(revoked.getId()))
        .findFirst().orElseThrow();
    withdrawn.revoke(at.plus(Duration.ofDays(40)));
    revoked.awardRevoked(REVOCATION_REASON);
    awardEvents.save(new AwardEvent(withdrawn.getId(), AwardEvent.REVOKED, REVOCATION_REASON, "admin",
        at.plus(Duration.ofDays(40))));
  }

  private UnitReport acceptedReport(Cycle cycle, Unit unit, Instant at) {
    UnitReport report = new UnitReport(cycle.getId(), unit, null, cycle.getReportDeadline());
    report.registered();
    report.submit(new UnitReport.Content(true, null, 2, true, null, 3, 120, true, "Đã hỗ trợ", "Hoàn thành"),
        unit.getCode() + "cv", at);
    report.approveByHead(unit.getCode() + "truong", null);
    report.acceptByOffice("vanphong", null);
    return reports.save(report);
  }

  private Nomination approved(Nomination n, Instant at) {
    n.evaluated(true, "Đạt các tiêu chí", at);
    n.councilDecided(true, "Hội đồng đề nghị khen thưởng");
    return nominations.save(n);
  }

  private Person person(String username) {
    return organization.person(username).orElseThrow();
  }

  // ---------------------------------------------------------------- this year, through REST

  @SuppressWarnings("unchecked")
  private void runThisYearUntilAFewUnitsReported() {
    ResponseEntity<Map<String, Object>> started = post("vanphong",
        "/engine-rest/process-definition/key/annual-cycle/submit-form", Map.of("variables", variables(Map.of(
            "cycleYear", year, "reportDeadline", LocalDate.now(clock).plusDays(20).toString(),
            "finalSummary", false))));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    // Before the job executor has started the units' report instances (one job per unit), the dashboard claims no
    // unit has a report or a task yet.
    Map<String, Object> pending = get("vanphong", "/api/dashboard?year=" + year, MAP).getBody();
    assertThat(pending).containsEntry("status", "REPORTING");
    assertThat((List<Map<String, Object>>) pending.get("units")).isNotEmpty().allSatisfy(u -> assertThat(u)
        .containsEntry("reportStatusLabel", "Chưa mở báo cáo").containsEntry("openTasks", 0)
        .containsEntry("registered", false));
    vn.gov.soctrang.tnmt.tdkt.Jobs.startUnitReports(management);

    register("qldd");
    Map<String, Object> report = new HashMap<>(reportBody());
    report.putAll(Map.of("collectiveProposed", true, "collectiveAward", "GIAY_KHEN",
        "collectiveAchievements", INJECTION,
        "individual1Person", "qlddcv", "individual1Award", "GIAY_KHEN", "individual1TasksCompleted", true,
        "individual1Achievements", "Tham mưu tháo gỡ vướng mắc đất đai cho cơ sở"));
    submit("qlddcv", "draftReport", "", report);
    submit("qlddtruong", "approveReport", "", Map.of("headDecision", "APPROVE"));
    submit("vanphong", "reviewReport", "&processVariables=unitCode_eq_qldd", Map.of("officeDecision", "ACCEPT"));

    register("tnn");
    submit("tnncv", "draftReport", "", reportBody());

    register("ccbvmt");
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    transaction.executeWithoutResult(status -> {
      Cycle cycle = cycles.findByYear(year).orElseThrow();
      UnitReport late = reports.findByCycleIdOrderByIdAsc(cycle.getId()).stream()
          .filter(r -> r.getUnit().getCode().equals("ccbvmt")).findFirst().orElseThrow();
      late.extendDeadline(yesterday);
    });
    Task draft = taskService.createTaskQuery().processInstanceBusinessKey("TDKT-" + year)
        .taskDefinitionKey("draftReport").singleResult();
    draft.setDueDate(Date.from(clock.instant().minus(Duration.ofHours(2))));
    taskService.saveTask(draft);
  }

  private void register(String unit) {
    submit(unit + "cv", "registerCommitment", "", Map.of("commitment", "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao",
        "localityCode", "x-phutam", "supportPlan", "Hướng dẫn thủ tục cho người dân"));
  }

  private Map<String, Object> reportBody() {
    return Map.of("guidanceOnTime", true, "propagandaDone", true, "localitySupported", true,
        "reportSummary", "Hoàn thành nhiệm vụ năm " + year);
  }

  private void submit(String user, String taskKey, String filter, Map<String, Object> values) {
    List<Map<String, Object>> open = get(user, "/engine-rest/task?processInstanceBusinessKey=TDKT-" + year
        + "&taskDefinitionKey=" + taskKey + filter, LIST).getBody();
    assertThat(open).as("%s of %s", taskKey, user).hasSize(1);
    ResponseEntity<String> done = rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/"
        + open.get(0).get("id") + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", variables(values))), String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Logs into Tasklist as its login form does (the webapp's CSRF token first, then the form); returns the session
   * cookie.
   */
  private String loginToTasklist(String user) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);
    String session = cookie(page, "JSESSIONID");
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(token).as("the webapp hands out its CSRF token").isNotBlank();
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "demo");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + token);
    headers.add("X-XSRF-TOKEN", token);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    String renewed = cookie(login, "JSESSIONID");
    return renewed != null ? renewed : session;
  }

  private static String cookie(ResponseEntity<?> response, String name) {
    List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    return cookies == null ? null : cookies.stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.contains(";") ? c.substring(0, c.indexOf(';')) : c).findFirst().orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> unit(Map<String, Object> dashboard, String code) {
    return byCode((List<Map<String, Object>>) dashboard.get("units"), code);
  }

  private static Map<String, Object> byCode(List<Map<String, Object>> list, String code) {
    return list.stream().filter(u -> code.equals(u.get("code"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> group(Map<String, Object> dashboard, String group) {
    return ((List<Map<String, Object>>) dashboard.get("nominations")).stream()
        .filter(g -> group.equals(g.get("group"))).findFirst().orElseThrow();
  }

  private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, type);
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, type);
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, json(body), MAP);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
