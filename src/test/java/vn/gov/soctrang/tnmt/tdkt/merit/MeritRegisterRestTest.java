package vn.gov.soctrang.tnmt.tdkt.merit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.soctrang.tnmt.tdkt.PutsBack;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * The register of titles, assessments and awards over HTTP: the Office enters a decision's row or imports earlier
 * years (CSV, .xlsx; all rows or none), removes a wrong row with its reason; everyone logged in reads; every refusal
 * is a 4xx in Vietnamese and stores nothing; an administrator marks a unit as under inspection.
 */
@SharedApplication
@PutsBack("merit_record")
@AtDate("2026-11-16")
class MeritRegisterRestTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {
      };
  private static final String OFFICE = "vanphong";
  private static final String AUTHORITY = "Giám đốc Sở Tài nguyên và Môi trường";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired MeritRecordRepository records;

  @BeforeEach
  @AfterEach
  void removeWhatTheTestCreated() {
    jdbc.update("delete from merit_record");
    jdbc.update("delete from audit_entry");
    jdbc.update("update unit set under_review = false");
  }

  // Entering one row and reading the register.

  @Test
  void theOfficeEntersADecisionAndEveryoneOfTheDepartmentReadsIt() {
    ResponseEntity<Map<String, Object>> person = post(OFFICE, entry(2024, "LAO_DONG_TIEN_TIEN", "qlddcv", null,
        "20/01/2025"));
    assertThat(person.getStatusCode()).as(String.valueOf(person.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(person.getBody()).containsEntry("nominee", "Lý Quốc Hải").containsEntry("nomineeKey", "qlddcv")
        .containsEntry("label", "Lao động tiên tiến").containsEntry("kindLabel", "Danh hiệu thi đua")
        .containsEntry("decisionDate", "2025-01-20").containsEntry("decisionDateText", "20/01/2025")
        .containsEntry("authority", AUTHORITY).containsEntry("source", "MANUAL")
        .containsEntry("sourceLabel", "Văn phòng nhập theo quyết định").containsEntry("unitCode", "qldd");

    // A collective by the label people write, and a yearly assessment.
    Map<String, Object> unit = entry(2024, "Tập thể lao động xuất sắc", null, "qldd", "2025-02-03");
    assertThat(post(OFFICE, unit).getBody()).containsEntry("nominee", "Phòng Quản lý đất đai")
        .containsEntry("nomineeKey", "unit:qldd").containsEntry("code", "TAP_THE_LAO_DONG_XUAT_SAC");
    assertThat(post(OFFICE, entry(2025, "hoan thanh xuat sac nhiem vu", "qlddcv", null, "15/12/2025"))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    for (String reader : List.of("qlddcv", "ccbvmtcv", "qlddtruong", "giamdoc", "thanhtra", "admin")) {
      List<Map<String, Object>> rows = list(reader, "/api/merit-records?nominee=qlddcv");
      assertThat(rows).as(reader).extracting(r -> r.get("year") + " " + r.get("label"))
          .containsExactly("2024 Lao động tiên tiến", "2025 Hoàn thành xuất sắc nhiệm vụ");
    }
    assertThat(list("ccbvmtcv", "/api/merit-records?year=2024")).extracting(r -> r.get("nominee"))
        .containsExactlyInAnyOrder("Lý Quốc Hải", "Phòng Quản lý đất đai");
    assertThat(list("qlddcv", "/api/merit-records?nominee=unit:qldd")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("kindLabel", "Danh hiệu thi đua")
            .containsEntry("decisionNumber", "15/QĐ-STNMT"));
    assertThat(list("qlddcv", "/api/merit-records?nominee=qlddcv&year=2025")).hasSize(1);
    assertThat(list("qlddcv", "/api/merit-records/codes")).hasSize(MeritCode.values().length);

    assertThat(rest.getForEntity("/api/merit-records?year=2024", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> neither = call("qlddcv", HttpMethod.GET, "/api/merit-records", null);
    assertThat(neither.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(neither.getBody().get("message").toString()).contains("Vui lòng chọn cán bộ");

    assertThat(jdbc.queryForList("select actor, action, after_json from audit_entry where object_type = "
        + "'MERIT_RECORD' order by id")).hasSize(3).allSatisfy(e -> {
          assertThat(e.get("ACTOR")).isEqualTo(OFFICE);
          assertThat(e.get("ACTION")).isEqualTo("CREATED");
          assertThat(e.get("AFTER_JSON").toString()).contains("\"source\":\"MANUAL\"");
        });
  }

  @Test
  void everyRefusalSaysWhyInVietnameseAndStoresNothing() {
    refused(entry(2024, "LAO_DONG_TIEN_TIEN", "khongcoai", null, "20/01/2025"),
        "Không có cán bộ với tên đăng nhập «khongcoai».");
    refused(entry(2024, "TAP_THE_LAO_DONG_TIEN_TIEN", null, "khongco", "20/01/2025"), "Không có đơn vị mã «khongco».");
    refused(entry(2024, "CHIEN_SI_THI_DUA_CO_SO", null, "qldd", "20/01/2025"),
        "«Chiến sĩ thi đua cơ sở» là danh hiệu của cá nhân, không ghi cho tập thể (Phòng Quản lý đất đai).");
    refused(entry(2024, "TAP_THE_LAO_DONG_TIEN_TIEN", "qlddcv", null, "20/01/2025"),
        "«Tập thể lao động tiên tiến» là danh hiệu của tập thể, không ghi cho cá nhân (Lý Quốc Hải); ghi theo "
            + "«Mã đơn vị».");
    refused(entry(2027, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "20/01/2026"),
        "«Năm» 2027 chưa đến (năm nay là 2026).");
    refused(entry(1989, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "20/01/1990"),
        "«Năm» 1989 quá xa: sổ chỉ ghi từ năm 1990.");
    refused(entry(2026, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "17/11/2026"),
        "«Ngày quyết định» 17/11/2026 chưa đến (hôm nay là 16/11/2026).");
    refused(entry(2024, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "31/12/2023"),
        "«Ngày quyết định» 31/12/2023 trước năm 2024: quyết định về kết quả năm 2024 được ban hành trong năm đó hoặc"
            + " sau.");
    refused(entry(2020, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "05/01/2023"),
        "«Ngày quyết định» 05/01/2023 quá xa năm 2020: quyết định về kết quả năm 2020 được ban hành chậm nhất trong"
            + " năm 2022; kiểm tra lại năm hoặc ngày.");
    refused(entry(2024, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "31/02/2025"),
        "«Ngày quyết định» không phải một ngày hợp lệ: «31/02/2025» (ghi ngày/tháng/năm như 25/12/2024).");
    refused(entry(2024, "Giấy khen của Bộ", "qlddcv", null, "20/01/2025"),
        "«Giấy khen của Bộ» không phải là danh hiệu thi đua, kết quả đánh giá hay hình thức khen thưởng");
    refused(entry(2024, "GIAY_KHEN", "qlddcv", "qldd", "20/01/2025"),
        "Chỉ ghi một trong hai: «Tên đăng nhập» (cá nhân) hoặc «Mã đơn vị» (tập thể), không ghi cả hai.");
    Map<String, Object> empty = new HashMap<>();
    ResponseEntity<Map<String, Object>> nothing = post(OFFICE, empty);
    assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(messages(nothing)).contains("Vui lòng nhập «Năm» (năm của danh hiệu, kết quả đánh giá hoặc khen "
        + "thưởng).", "Vui lòng chọn «Danh hiệu/hình thức».",
        "Vui lòng ghi «Tên đăng nhập» của cá nhân hoặc «Mã đơn vị» của tập thể.", "Vui lòng nhập «Số quyết định».",
        "Vui lòng nhập «Ngày quyết định» (ngày/tháng/năm, ví dụ 25/12/2024).", "Vui lòng nhập «Cơ quan quyết định».");
    assertThat(count()).isZero();

    // The same title of the same person in the same year is in the register once.
    assertThat(post(OFFICE, entry(2024, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "20/01/2025")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map<String, Object>> twice = post(OFFICE, entry(2024, "Lao động tiên tiến", "qlddcv", null,
        "21/01/2025"));
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(twice.getBody().get("message")).isEqualTo("Sổ đã có «Lao động tiên tiến» năm 2024 của cán bộ "
        + "Lý Quốc Hải; không ghi lần thứ hai (nếu dòng cũ sai, hãy xóa dòng đó trước).");
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void onlyTheOfficeEntersRemovesAndImports() {
    for (String user : List.of("qlddcv", "qlddtruong", "giamdoc", "thanhtra", "admin")) {
      ResponseEntity<Map<String, Object>> entered = post(user, entry(2024, "LAO_DONG_TIEN_TIEN", "qlddcv", null,
          "20/01/2025"));
      assertThat(entered.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(entered.getBody().get("message")).isEqualTo("Chỉ Văn phòng Sở được ghi, xóa hoặc nhập dữ liệu sổ "
          + "theo dõi danh hiệu, khen thưởng.");
      assertThat(importFile(user, csv("Năm;Danh hiệu;Tên đăng nhập;Số quyết định;Ngày quyết định;Cơ quan quyết định",
          "2023;LAO_DONG_TIEN_TIEN;qlddcv;12/QĐ-STNMT;10/01/2024;Giám đốc Sở"), "so.csv").getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(count()).isZero();
    long id = id(post(OFFICE, entry(2024, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "20/01/2025")));
    for (String user : List.of("qlddcv", "admin")) {
      assertThat(call(user, HttpMethod.DELETE, "/api/merit-records/" + id, Map.of("reason", "Nhập nhầm"))
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void theOfficeRemovesAWrongRowWithItsReasonButNotTheDepartmentsOwnDecision() {
    long id = id(post(OFFICE, entry(2024, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "20/01/2025")));
    ResponseEntity<Map<String, Object>> noReason = call(OFFICE, HttpMethod.DELETE, "/api/merit-records/" + id,
        Map.of("reason", " "));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("message")).isEqualTo("Vui lòng nhập «Lý do xóa».");
    assertThat(call(OFFICE, HttpMethod.DELETE, "/api/merit-records/" + id, Map.of("reason",
        "Nhập nhầm năm, quyết định thuộc năm 2023")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(count()).isZero();
    Map<String, Object> trail = jdbc.queryForMap("select actor, before_json, after_json from audit_entry where "
        + "object_type = 'MERIT_RECORD' and action = 'DELETED' and object_id = ?", String.valueOf(id));
    assertThat(trail.get("ACTOR")).isEqualTo(OFFICE);
    assertThat(trail.get("BEFORE_JSON").toString()).contains("\"code\":\"LAO_DONG_TIEN_TIEN\"",
        "\"nomineeKey\":\"qlddcv\"", "\"decisionNumber\":\"15/QĐ-STNMT\"");
    assertThat(trail.get("AFTER_JSON").toString()).contains("Nhập nhầm năm, quyết định thuộc năm 2023");
    assertThat(call(OFFICE, HttpMethod.DELETE, "/api/merit-records/" + id, Map.of("reason", "Lần nữa"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    MeritRecord department = records.save(new MeritRecord(2025, MeritCode.GIAY_KHEN, "qlddcv", "Lý Quốc Hải", "qldd",
        "125/QĐ-STNMT", LocalDate.of(2025, 12, 20), "Giám đốc Sở", MeritSource.DEPARTMENT, null, "giamdoc",
        Instant.parse("2025-12-20T02:00:00Z")));
    ResponseEntity<Map<String, Object>> kept = call(OFFICE, HttpMethod.DELETE, "/api/merit-records/"
        + department.getId(), Map.of("reason", "Thử xóa"));
    assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(kept.getBody().get("message").toString()).contains("quyết định khen thưởng của Sở trong hệ thống");
    assertThat(count()).isEqualTo(1);
  }

  // Imports of earlier years.

  @Test
  void aCsvOfEarlierYearsIsImportedWithSemicolonsOrCommas() {
    ResponseEntity<Map<String, Object>> semicolons = importFile(OFFICE, csv(
        "Năm;Mã hoặc tên danh hiệu/hình thức;Tên đăng nhập;Mã đơn vị;Số quyết định;Ngày quyết định;"
            + "Cơ quan quyết định;Ghi chú",
        "2022;Lao động tiên tiến;qlddcv;;05/QĐ-STNMT;12/01/2023;Giám đốc Sở;Sổ năm 2022",
        "2022;TAP_THE_LAO_DONG_TIEN_TIEN;;qldd;06/QĐ-STNMT;12/01/2023;Giám đốc Sở;",
        "2023;Bằng khen của Chủ tịch UBND tỉnh;;ccbvmt;1234/QĐ-UBND;8/3/2024;Chủ tịch UBND tỉnh Sóc Trăng;"),
        "so-theo-doi.csv");
    assertThat(semicolons.getStatusCode()).as(String.valueOf(semicolons.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(semicolons.getBody()).containsEntry("rows", 3).containsEntry("stored", 3);

    ResponseEntity<Map<String, Object>> commas = importFile(OFFICE, csv(
        "nam,danh hieu,ten dang nhap,so quyet dinh,ngay quyet dinh,co quan quyet dinh,ghi chu",
        "2021,CHIEN_SI_THI_DUA_CO_SO,qlddcv,10/QĐ-STNMT,2022-01-15,Giám đốc Sở,\"Sáng kiến số hóa hồ sơ, năm 2021\""),
        "so.csv");
    assertThat(commas.getStatusCode()).as(String.valueOf(commas.getBody())).isEqualTo(HttpStatus.OK);

    List<Map<String, Object>> rows = list("qlddcv", "/api/merit-records?nominee=qlddcv");
    assertThat(rows).extracting(r -> r.get("year") + " " + r.get("code") + " " + r.get("source"))
        .containsExactly("2021 CHIEN_SI_THI_DUA_CO_SO IMPORT", "2022 LAO_DONG_TIEN_TIEN IMPORT");
    assertThat(rows.get(0)).containsEntry("note", "Sáng kiến số hóa hồ sơ, năm 2021")
        .containsEntry("sourceLabel", "Nhập từ tệp dữ liệu các năm trước");
    assertThat(list("qlddcv", "/api/merit-records?nominee=unit:ccbvmt")).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("nominee", "Chi cục Bảo vệ môi trường")
            .containsEntry("decisionDate", "2024-03-08").containsEntry("kindLabel", "Hình thức khen thưởng"));
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_type = 'MERIT_RECORD' and action ="
        + " 'CREATED' and after_json like '%so-theo-doi.csv%'", Long.class)).isEqualTo(3);
  }

  @Test
  void anExcelWorkbookOfEarlierYearsIsImported() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Sổ theo dõi");
      CellStyle dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      String[] header = {"Năm", "Mã hoặc tên danh hiệu/hình thức", "Tên đăng nhập", "Mã đơn vị", "Số quyết định",
          "Ngày quyết định", "Cơ quan quyết định", "Ghi chú"};
      Row first = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        first.createCell(i).setCellValue(header[i]);
      }
      Row person = sheet.createRow(1);
      person.createCell(0).setCellValue(2023);
      person.createCell(1).setCellValue("Chiến sĩ thi đua cơ sở");
      person.createCell(2).setCellValue("qlddtruong");
      person.createCell(4).setCellValue("20/QĐ-STNMT");
      person.createCell(5).setCellValue(LocalDate.of(2024, 1, 25));
      person.getCell(5).setCellStyle(dateStyle);
      person.createCell(6).setCellValue("Giám đốc Sở");
      Row unit = sheet.createRow(2);
      unit.createCell(0).setCellValue(2023);
      unit.createCell(1).setCellValue("HOAN_THANH_XUAT_SAC_NHIEM_VU");
      unit.createCell(3).setCellValue("qldd");
      unit.createCell(4).setCellValue("21/QĐ-STNMT");
      unit.createCell(5).setCellValue("26/01/2024");
      unit.createCell(6).setCellValue("Giám đốc Sở");
      unit.createCell(7).setCellValue("Xếp loại tập thể");
      book.write(out);
      xlsx = out.toByteArray();
    }
    ResponseEntity<Map<String, Object>> imported = importFile(OFFICE, xlsx, "so-theo-doi.xlsx");
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).containsEntry("rows", 2).containsEntry("stored", 2);
    assertThat(list("qlddtruong", "/api/merit-records?year=2023")).extracting(
        r -> r.get("nominee") + " " + r.get("code") + " " + r.get("decisionDateText"))
        .containsExactlyInAnyOrder("Thạch Kim Phương CHIEN_SI_THI_DUA_CO_SO 25/01/2024",
            "Phòng Quản lý đất đai HOAN_THANH_XUAT_SAC_NHIEM_VU 26/01/2024");
  }

  @Test
  void oneBadRowRefusesTheWholeFileAndNamesEveryBadRow() {
    post(OFFICE, entry(2022, "LAO_DONG_TIEN_TIEN", "qlddcv", null, "12/01/2023"));
    ResponseEntity<Map<String, Object>> refused = importFile(OFFICE, csv(
        "Năm;Danh hiệu;Tên đăng nhập;Mã đơn vị;Số quyết định;Ngày quyết định;Cơ quan quyết định",
        "2023;LAO_DONG_TIEN_TIEN;qlddtruong;;05/QĐ-STNMT;12/01/2024;Giám đốc Sở",
        "2023;LAO_DONG_TIEN_TIEN;nguoila;;05/QĐ-STNMT;12/01/2024;Giám đốc Sở",
        "2022;Lao động tiên tiến;qlddcv;;05/QĐ-STNMT;12/01/2023;Giám đốc Sở",
        "2023;Chiến sĩ thi đua cơ sở;;qldd;05/QĐ-STNMT;12/01/2024;Giám đốc Sở",
        "2023;LAO_DONG_TIEN_TIEN;qlddtruong;;07/QĐ-STNMT;13/01/2024;Giám đốc Sở"), "so.csv");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(messages(refused)).containsExactly(
        "Chưa nhập dòng nào: tệp có 4 lỗi, hãy sửa các dòng sau rồi nhập lại cả tệp.",
        "Dòng 3: Không có cán bộ với tên đăng nhập «nguoila».",
        "Dòng 5: «Chiến sĩ thi đua cơ sở» là danh hiệu của cá nhân, không ghi cho tập thể (Phòng Quản lý đất đai).",
        "Dòng 6: trùng với dòng 2 của tệp (cùng cán bộ Thạch Kim Phương, năm 2023, «Lao động tiên tiến»).",
        "Dòng 4: Sổ đã có «Lao động tiên tiến» năm 2022 của cán bộ Lý Quốc Hải; không ghi lần thứ hai (nếu dòng cũ "
            + "sai, hãy xóa dòng đó trước).");
    assertThat(count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where object_type = 'MERIT_RECORD'",
        Long.class)).isEqualTo(1);
  }

  @Test
  void aFileBeyondTheLimitsOrOfAnotherShapeIsRefusedInVietnamese() {
    StringBuilder many = new StringBuilder("Năm;Danh hiệu;Tên đăng nhập;Số quyết định;Ngày quyết định;Cơ quan quyết định\n");
    for (int i = 0; i <= MeritTable.MAX_ROWS; i++) {
      many.append("2023;LAO_DONG_TIEN_TIEN;qlddcv;05/QĐ-STNMT;12/01/2024;Giám đốc Sở\n");
    }
    ResponseEntity<Map<String, Object>> tooMany = importFile(OFFICE, many.toString().getBytes(StandardCharsets.UTF_8),
        "so.csv");
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody().get("message").toString()).startsWith("Tệp có quá nhiều dòng: mỗi lần nhập tối đa "
        + "5000 dòng");

    byte[] big = new byte[MeritTable.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    ResponseEntity<Map<String, Object>> tooBig = importFile(OFFICE, big, "so.csv");
    assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooBig.getBody().get("message").toString()).startsWith("Tệp quá lớn").contains("tối đa 2 MB");

    ResponseEntity<Map<String, Object>> columns = importFile(OFFICE, csv("Năm;Họ tên;Danh hiệu",
        "2023;Lý Quốc Hải;LAO_DONG_TIEN_TIEN"), "so.csv");
    assertThat(columns.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(messages(columns)).contains("Dòng 1: cột «Họ tên» không thuộc mẫu sổ theo dõi danh hiệu, khen thưởng.",
        "Dòng 1: thiếu cột «Số quyết định».",
        "Dòng 1: thiếu cột «Tên đăng nhập» (cá nhân) hoặc «Mã đơn vị» (tập thể).");

    ResponseEntity<Map<String, Object>> latin1 = importFile(OFFICE, "Năm;Ghi chú\n2023;Giấy khen\n"
        .getBytes(StandardCharsets.ISO_8859_1), "so.csv");
    assertThat(latin1.getBody().get("message")).isEqualTo("Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: "
        + "«CSV UTF-8»).");
    ResponseEntity<Map<String, Object>> notExcel = importFile(OFFICE, "không phải Excel".getBytes(
        StandardCharsets.UTF_8), "so.xlsx");
    assertThat(notExcel.getBody().get("message")).isEqualTo("Không đọc được tệp Excel; hãy lưu lại dưới dạng .xlsx "
        + "hoặc CSV UTF-8.");
    assertThat(count()).isZero();
  }

  // A unit under inspection.

  @Test
  void anAdministratorMarksAUnitUnderInspectionAndTheTrailKeepsWhy() {
    Map<String, Object> mark = Map.of("underReview", true, "note", "Quyết định thanh tra số 12/QĐ-TTr ngày 02/11/2026");
    for (String user : List.of(OFFICE, "qlddtruong", "giamdoc")) {
      assertThat(call(user, HttpMethod.PUT, "/api/admin/units/qldd/under-review", mark).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<Map<String, Object>> noNote = call("admin", HttpMethod.PUT, "/api/admin/units/qldd/under-review",
        Map.of("underReview", true));
    assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noNote.getBody().get("message").toString()).contains("Vui lòng nhập «Ghi chú»");
    assertThat(jdbc.queryForObject("select under_review from unit where code = 'qldd'", Boolean.class)).isFalse();

    ResponseEntity<Map<String, Object>> marked = call("admin", HttpMethod.PUT, "/api/admin/units/qldd/under-review",
        mark);
    assertThat(marked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(marked.getBody()).containsEntry("underReview", true).containsEntry("code", "qldd");
    assertThat(jdbc.queryForObject("select under_review from unit where code = 'qldd'", Boolean.class)).isTrue();
    Map<String, Object> trail = jdbc.queryForMap("select actor, before_json, after_json from audit_entry where "
        + "object_type = 'UNIT' and object_id = 'qldd'");
    assertThat(trail.get("ACTOR")).isEqualTo("admin");
    assertThat(trail.get("BEFORE_JSON").toString()).contains("\"underReview\":false");
    assertThat(trail.get("AFTER_JSON").toString()).contains("\"underReview\":true", "12/QĐ-TTr");

    assertThat(call("admin", HttpMethod.PUT, "/api/admin/units/khongco/under-review", mark).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(call("admin", HttpMethod.PUT, "/api/admin/units/qldd/under-review", Map.of("underReview", false,
        "note", "Kết luận thanh tra số 20/KL-TTr: không có vi phạm")).getBody()).containsEntry("underReview", false);
  }

  // Helpers.

  private static Map<String, Object> entry(int year, String code, String username, String unitCode, String date) {
    Map<String, Object> e = new HashMap<>();
    e.put("year", year);
    e.put("code", code);
    e.put("username", username);
    e.put("unitCode", unitCode);
    e.put("decisionNumber", "15/QĐ-STNMT");
    e.put("decisionDate", date);
    e.put("authority", AUTHORITY);
    e.put("note", "Theo sổ khen thưởng của Văn phòng");
    return e;
  }

  private void refused(Map<String, Object> entry, String message) {
    ResponseEntity<Map<String, Object>> answer = post(OFFICE, entry);
    assertThat(answer.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(messages(answer)).as(String.valueOf(answer.getBody())).anySatisfy(m -> assertThat(m)
        .startsWith(message));
    assertThat(count()).isZero();
  }

  @SuppressWarnings("unchecked")
  private static List<String> messages(ResponseEntity<Map<String, Object>> answer) {
    return (List<String>) answer.getBody().get("messages");
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from merit_record", Long.class);
  }

  private static long id(ResponseEntity<Map<String, Object>> created) {
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private static byte[] csv(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
    return call(user, HttpMethod.POST, "/api/merit-records", body);
  }

  private ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), MAP);
  }

  private List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(user, "demo").exchange(path,
        HttpMethod.GET, null, LIST);
    assertThat(answer.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<Map<String, Object>> importFile(String user, byte[] content, String fileName) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").exchange("/api/merit-records/import", HttpMethod.POST,
        new HttpEntity<>(parts, headers), MAP);
  }
}
