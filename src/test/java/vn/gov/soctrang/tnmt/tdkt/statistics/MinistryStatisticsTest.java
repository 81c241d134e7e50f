package vn.gov.soctrang.tnmt.tdkt.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRegisterService;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * The ministry's statistical forms of 2026, read back as the Office would: the regime in force (Thông tư 02/2023/TT-BNV,
 * period 01/12/2025–30/11/2026) and its five forms, each XLSX laid out like the printed form with totals equal to the
 * registers' and to the dashboard's; a later regime row changes which forms apply without any code; only the Office
 * and the administrators get in; a bad year or an unknown form is refused in Vietnamese.
 */
@AtDate("2026-12-10")
class MinistryStatisticsTest extends ProcessTestSupport {

  private static final int YEAR_2026 = 2026;
  private static final String OFFICE = "vanphong";
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate rest;
  @Autowired AwardService awards;
  @Autowired CycleService cycles;
  @Autowired NominationRepository nominations;
  @Autowired MeritRegisterService merits;
  @Autowired MovementService movements;

  /** The merit register as the demo seeded it, put back after each test. */
  private List<Map<String, Object>> seededMerits;

  @BeforeEach
  void aRegisterOf2026() {
    seededMerits = jdbc.queryForList("select * from merit_record");
    jdbc.update("delete from merit_record");
    long cycleId = stages.consolidated(YEAR_2026, false, Map.of("qldd", List.of(collective("GIAY_KHEN"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ địa chính"),
        individual("qlddtruong", "BANG_KHEN_UBND", true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ"))));
    stages.councilApprovedEverything(cycleId);
    // Two Giấy khen (a collective, a person) and the province's Bằng khen, all decided within the period.
    List<Award> giayKhen = awards.decide(cycleId, "120/QĐ-STNMT", LocalDate.of(YEAR_2026, 11, 20), "giamdoc",
        new Problems());
    assertThat(giayKhen).hasSize(2);
    Nomination bangKhen = nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(n -> n.getProposedAward() == AwardType.BANG_KHEN_UBND).findFirst().orElseThrow();
    awards.enter(cycles.get(cycleId), bangKhen, "1520/QĐ-UBND", LocalDate.of(YEAR_2026, 11, 25), OFFICE);

    // The merit register: two titles within the period, an assessment (no title, not counted), a title decided on
    // 05/12/2026 (after the period: the 2027 report's), and one of December 2025 (within the 2026 period).
    merit(YEAR_2026, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "05/11/2026");
    merit(YEAR_2026, "TAP_THE_LAO_DONG_XUAT_SAC", null, "qldd", "10/11/2026");
    merit(YEAR_2026, "HOAN_THANH_XUAT_SAC_NHIEM_VU", "qlddtruong", null, "10/11/2026");
    merit(YEAR_2026, "CHIEN_SI_THI_DUA_CO_SO", "qlddtruong", null, "05/12/2026");
    merit(2025, "CHIEN_SI_THI_DUA_CO_SO", "qlddcv", null, "15/12/2025");
  }

  @AfterEach
  void putTheRegisterBack() {
    jdbc.update("delete from stat_form_row where form_id in (select f.id from stat_form f join stat_regime r"
        + " on r.id = f.regime_id where r.code = 'TEST_LATER')");
    jdbc.update("delete from stat_form_column where form_id in (select f.id from stat_form f join stat_regime r"
        + " on r.id = f.regime_id where r.code = 'TEST_LATER')");
    jdbc.update("delete from stat_form where regime_id in (select id from stat_regime where code = 'TEST_LATER')");
    jdbc.update("delete from stat_regime where code = 'TEST_LATER'");
    jdbc.update("delete from merit_record");
    SimpleJdbcInsert insert = new SimpleJdbcInsert(jdbc).withTableName("merit_record");
    seededMerits.forEach(insert::execute);
  }

  @Test
  void the2026FormsAreThoseOfTheRegimeInForceWithItsPeriodAndTheNewCircularIsNamedAsNotYetApplied() {
    Map<String, Object> listing = get(OFFICE, "/api/statistics/2026").getBody();
    assertThat(listing).containsEntry("periodFrom", "2025-12-01").containsEntry("periodTo", "2026-11-30")
        .containsEntry("due", "2026-12-15");
    assertThat(((Map<?, ?>) listing.get("regime")).get("code")).isEqualTo("TT02_2023");
    assertThat(forms(listing)).containsExactly("0601.N/BNV-TĐKT", "0602.N/BNV-TĐKT", "0603.N/BNV-TĐKT",
        "0604.N/BNV-TĐKT", "0605.N/BNV-TĐKT");
    assertThat((List<?>) listing.get("notes")).anySatisfy(n -> assertThat(n.toString())
        .contains("Thông tư số 18/2025/TT-BNV").contains("chưa được áp dụng cho năm 2026"));
    assertThat((List<?>) get(OFFICE, "/api/statistics/2024").getBody().get("notes")).as("issued after 2024's period")
        .noneSatisfy(n -> assertThat(n.toString()).contains("18/2025"));
  }

  @Test
  void eachFormOpensLaidOutLikeTheOfficialFormWithTotalsEqualToTheRegistersAndTheDashboard() throws IOException {
    Map<String, List<Double>> stateLevel = dataRows(xlsx("0602.N"), "0602.N/BNV-TĐKT",
        "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC");
    Map<String, List<Double>> provincial = dataRows(xlsx("0603.N"), "0603.N/BNV-TĐKT",
        "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, TỈNH");
    Map<String, List<Double>> own = dataRows(xlsx("0604.N"), "0604.N/BNV-TĐKT",
        "SỐ LƯỢNG DANH HIỆU THI ĐUA VÀ KHEN THƯỞNG CỦA NGƯỜI ĐỨNG ĐẦU CƠ QUAN, ĐƠN VỊ");

    // Each cell: [total, collectives, individuals].
    assertThat(stateLevel.get("Tổng số")).containsExactly(0.0, 0.0, 0.0);
    assertThat(provincial.get("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")).containsExactly(1.0, 0.0, 1.0);
    assertThat(provincial.get("Danh hiệu «Tập thể lao động xuất sắc»")).containsExactly(1.0, 1.0, 0.0);
    assertThat(provincial.get("Tổng số")).containsExactly(2.0, 1.0, 1.0);
    assertThat(own.get("Giấy khen")).containsExactly(2.0, 1.0, 1.0);
    assertThat(own.get("Danh hiệu «Lao động tiên tiến»")).containsExactly(1.0, 0.0, 1.0);
    assertThat(own.get("Danh hiệu «Chiến sĩ thi đua cơ sở»")).as("15/12/2025 is in, 05/12/2026 is out")
        .containsExactly(1.0, 0.0, 1.0);
    assertThat(own.get("Tổng số")).containsExactly(4.0, 1.0, 3.0);

    // The totals equal the registers': the award register's awards in force and the merit register's titles and
    // awards decided within the period (the assessment is not a title).
    LocalDate from = LocalDate.of(2025, 12, 1);
    LocalDate to = LocalDate.of(2026, 11, 30);
    long inAwardRegister = awards.register(null).stream().filter(Award::isActive)
        .filter(a -> !a.getDecisionDate().isBefore(from) && !a.getDecisionDate().isAfter(to)).count();
    long inMeritRegister = merits.ofYear(YEAR_2026).size() + merits.ofYear(2025).size()
        - 1 /* the assessment */ - 1 /* decided after the period */;
    assertThat(stateLevel.get("Tổng số").get(0) + provincial.get("Tổng số").get(0) + own.get("Tổng số").get(0))
        .isEqualTo((double) (inAwardRegister + inMeritRegister)).isEqualTo(6.0);

    // The dashboard counts the same awards of 2026 by type.
    Map<String, Object> year = firstYear(get(OFFICE, "/api/stats?from=2026&to=2026").getBody());
    Map<?, ?> byType = (Map<?, ?>) year.get("awardsByType");
    assertThat(((Number) year.get("awards")).doubleValue()).isEqualTo((double) inAwardRegister).isEqualTo(3.0);
    assertThat(((Number) byType.get("GIAY_KHEN")).doubleValue()).isEqualTo(own.get("Giấy khen").get(0));
    assertThat(((Number) byType.get("BANG_KHEN_UBND")).doubleValue())
        .isEqualTo(provincial.get("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh").get(0));
    assertThat(((Number) byType.get("BANG_KHEN_TTG")).doubleValue() + ((Number) byType.get("HUAN_CHUONG_LD3"))
        .doubleValue()).isEqualTo(stateLevel.get("Tổng số").get(0));

    // Movements and the apparatus come from the movements and the organisation.
    Map<String, List<Double>> launched = dataRows(xlsx("0601.N"), "0601.N/BNV-TĐKT",
        "SỐ PHONG TRÀO THI ĐUA ĐƯỢC PHÁT ĐỘNG");
    List<Movement> all = movements.all();
    assertThat(launched.get("Số phong trào thi đua được phát động trong kỳ"))
        .containsExactly((double) all.stream().filter(m -> m.getFirstYear() == YEAR_2026).count());
    assertThat(launched.get("Số phong trào thi đua đang triển khai trong kỳ"))
        .containsExactly((double) all.stream().filter(m -> m.covers(YEAR_2026)).count());
    Map<String, List<Double>> apparatus = dataRows(xlsx("0605.N"), "0605.N/BNV-TĐKT",
        "TỔ CHỨC BỘ MÁY VÀ ĐỘI NGŨ LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG");
    assertThat(apparatus.get("Số đơn vị thuộc cơ quan báo cáo"))
        .containsExactly((double) organizationService.activeUnits().size());
    assertThat(apparatus.get("Số thành viên Hội đồng Thi đua – Khen thưởng"))
        .containsExactly((double) organizationService.councilOn(to).size());
    assertThat(apparatus.get("Số người làm công tác thi đua, khen thưởng chuyên trách")).as("left to the Office")
        .containsExactly((Double) null);

    // The CSV holds the same rows.
    ResponseEntity<byte[]> csv = rest.withBasicAuth(OFFICE, "demo").getForEntity("/api/statistics/2026/0604.N.csv",
        byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF\"Mã số\",\"Chỉ tiêu\",\"Tổng số\",\"Chia ra – Tập thể\",\"Chia ra – Cá nhân\"\r\n")
        .contains("\"01\",\"Tổng số\",\"4\",\"1\",\"3\"\r\n").contains("\"05\",\"Giấy khen\",\"2\",\"1\",\"1\"\r\n");
  }

  @Test
  void aLaterRegimeRowChangesWhichFormsApplyWithoutTouchingCode() throws IOException {
    jdbc.update("insert into stat_regime (code, circular, short_name, issued_on, effective_from, applies_from_year,"
        + " period_start_month, period_start_day, period_start_previous_year, period_end_month, period_end_day,"
        + " due_month, due_day, due_in_following_year, receiving_unit, to_confirm, source_note) values ('TEST_LATER',"
        + " 'Thông tư thử nghiệm', 'Thông tư thử nghiệm', date '2026-01-05', date '2026-02-20', 2026, 1, 1, false, 12,"
        + " 31, 1, 15, true, 'Bộ Nội vụ', false, 'Dòng thử nghiệm của bài kiểm thử')");
    long regime = jdbc.queryForObject("select id from stat_regime where code = 'TEST_LATER'", Long.class);
    jdbc.update("insert into stat_form (regime_id, position, form_code, short_code, title, unit_of_measure, to_confirm,"
        + " source_note) values (?, 1, '9901.N/TEST', '9901.N', 'Số Giấy khen', 'Lượt', false, 'thử')", regime);
    long form = jdbc.queryForObject("select id from stat_form where short_code = '9901.N'", Long.class);
    jdbc.update("insert into stat_form_column (form_id, position, header, header_group, subject) values"
        + " (?, 1, 'Cá nhân', null, 'INDIVIDUAL')", form);
    jdbc.update("insert into stat_form_row (form_id, position, row_code, label, measure, to_confirm) values"
        + " (?, 1, '01', 'Giấy khen của Giám đốc Sở', 'AWARD:GIAY_KHEN', false)", form);

    Map<String, Object> in2026 = get(OFFICE, "/api/statistics/2026").getBody();
    assertThat(((Map<?, ?>) in2026.get("regime")).get("code")).isEqualTo("TEST_LATER");
    assertThat(forms(in2026)).containsExactly("9901.N/TEST");
    assertThat(in2026).containsEntry("periodFrom", "2026-01-01").containsEntry("periodTo", "2026-12-31")
        .containsEntry("due", "2027-01-15");
    assertThat(forms(get(OFFICE, "/api/statistics/2025").getBody())).as("earlier years keep their regime")
        .hasSize(5).first().isEqualTo("0601.N/BNV-TĐKT");
    assertThat(dataRows(xlsx("9901.N"), "9901.N/TEST", "SỐ GIẤY KHEN").get("Giấy khen của Giám đốc Sở"))
        .containsExactly(1.0);
    ResponseEntity<Map<String, Object>> gone = get(OFFICE, "/api/statistics/2026/0602.N.xlsx");
    assertThat(gone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(gone.getBody().get("message").toString()).contains("không có biểu «0602.N»").contains("9901.N");
  }

  @Test
  void onlyTheOfficeAndTheAdministratorsGetTheFormsAndBadInputIsRefusedInVietnamese() {
    assertThat(get("admin", "/api/statistics/2026").getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String user : List.of("qlddcv", "giamdoc", "qlddtruong")) {
      for (String path : List.of("/api/statistics/2026", "/api/statistics/2026/0602.N.xlsx",
          "/api/statistics/2026/0602.N.csv")) {
        ResponseEntity<Map<String, Object>> refused = get(user, path);
        assertThat(refused.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("message").toString())
            .startsWith("Chỉ Văn phòng Sở và quản trị hệ thống được xem và tải các biểu báo cáo thống kê");
      }
    }
    assertThat(rest.exchange("/api/statistics/2026", HttpMethod.GET, null, MAP).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    assertRefused("/api/statistics/1989", HttpStatus.BAD_REQUEST, "Năm báo cáo 1989 không hợp lệ");
    assertRefused("/api/statistics/2027/0602.N.xlsx", HttpStatus.BAD_REQUEST, "Năm báo cáo 2027 chưa đến");
    assertRefused("/api/statistics/hai-nghin/0602.N.csv", HttpStatus.BAD_REQUEST, "không hợp lệ (cần một số)");
    assertRefused("/api/statistics/2022", HttpStatus.NOT_FOUND,
        "Chưa có chế độ báo cáo thống kê thi đua, khen thưởng nào áp dụng cho năm 2022");
    assertRefused("/api/statistics/2026/0699.N.xlsx", HttpStatus.NOT_FOUND,
        "(Thông tư số 02/2023/TT-BNV) không có biểu «0699.N»");
  }

  private void assertRefused(String path, HttpStatus status, String message) {
    ResponseEntity<Map<String, Object>> response = get(OFFICE, path);
    assertThat(response.getStatusCode()).as(path).isEqualTo(status);
    assertThat(response.getBody().get("message").toString()).as(path).contains(message);
  }

  /**
   * Opens the workbook, checks the title block and the header rows, and reads the data rows: label → values (null for
   * an empty cell).
   */
  private static Map<String, List<Double>> dataRows(byte[] xlsx, String formCode, String title) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(text(sheet, 0, 0)).isEqualTo("Biểu số: " + formCode);
      int last = sheet.getRow(FormWorkbook.HEADER_ROW).getLastCellNum() - 1;
      assertThat(text(sheet, 0, last)).startsWith("Đơn vị báo cáo: Sở ");
      assertThat(text(sheet, 1, last)).startsWith("Đơn vị nhận báo cáo: ");
      assertThat(text(sheet, FormWorkbook.TITLE_ROW, 0)).isEqualTo(title);
      assertThat(text(sheet, FormWorkbook.TITLE_ROW + 1, 0)).isEqualTo("Năm 2026");
      assertThat(text(sheet, FormWorkbook.HEADER_ROW, 0)).isEqualTo("Chỉ tiêu");
      assertThat(text(sheet, FormWorkbook.HEADER_ROW, 1)).isEqualTo("Mã số");
      List<String> letters = new ArrayList<>();
      for (int c = 0; c <= last; c++) {
        letters.add(text(sheet, FormWorkbook.HEADER_ROW + 2, c));
      }
      assertThat(letters.subList(0, 3)).containsExactly("A", "B", "1");
      if (last == 4) {
        assertThat(text(sheet, FormWorkbook.HEADER_ROW, 2)).isEqualTo("Tổng số");
        assertThat(text(sheet, FormWorkbook.HEADER_ROW, 3)).isEqualTo("Chia ra");
        assertThat(Arrays.asList(text(sheet, FormWorkbook.HEADER_ROW + 1, 3),
            text(sheet, FormWorkbook.HEADER_ROW + 1, 4))).containsExactly("Tập thể", "Cá nhân");
      }
      Map<String, List<Double>> rows = new LinkedHashMap<>();
      for (int r = FormWorkbook.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || row.getCell(1) == null || row.getCell(1).getStringCellValue().isEmpty()) {
          break;
        }
        List<Double> values = new ArrayList<>();
        for (int c = 2; c <= last; c++) {
          Cell cell = row.getCell(c);
          values.add(cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getNumericCellValue());
        }
        rows.put(row.getCell(0).getStringCellValue(), values);
      }
      return rows;
    }
  }

  private static String text(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    Cell cell = r == null ? null : r.getCell(column);
    return cell == null ? null : cell.getStringCellValue();
  }

  private byte[] xlsx(String form) {
    ResponseEntity<byte[]> response = rest.withBasicAuth(OFFICE, "demo")
        .getForEntity("/api/statistics/2026/" + form + ".xlsx", byte[].class);
    assertThat(response.getStatusCode()).as(form).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("bieu-" + form + "-2026.xlsx");
    return response.getBody();
  }

  private static List<String> forms(Map<String, Object> listing) {
    return ((List<?>) listing.get("forms")).stream().map(f -> ((Map<?, ?>) f).get("formCode").toString()).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> firstYear(Map<String, Object> stats) {
    return (Map<String, Object>) ((List<?>) stats.get("perYear")).get(0);
  }

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, MAP);
  }

  private void merit(int year, String code, String username, String unitCode, String decisionDate) {
    merits.record(new MeritRegisterService.Entry(year, code, username, unitCode, "100/QĐ-STNMT", decisionDate,
        "Giám đốc Sở", "Theo sổ của Văn phòng"), OFFICE);
  }
}
