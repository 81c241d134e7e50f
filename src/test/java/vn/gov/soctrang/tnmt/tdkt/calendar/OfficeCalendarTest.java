package vn.gov.soctrang.tnmt.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditEntry;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;

/**
 * The office calendar as the migrations leave it (days off and make-up working days, with their sources; which
 * years are announced), the working-day arithmetic the deadlines use, and the administrators' API over it.
 */
@SharedApplication
class OfficeCalendarTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired CalendarService calendar;
  @Autowired AuditService audit;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  // ---------------------------------------------------------------- the seeded calendar

  @Test
  void theCalendarOf2026IsCompleteAndAnnounced() {
    YearCalendar year = calendar.calendarOf(2026);
    assertThat(year.provisional()).isFalse();
    assertThat(year.status()).isEqualTo(CalendarYearStatus.ANNOUNCED);
    assertThat(year.note()).contains("12729/VPCP-KGVX");
    assertThat(year.days().stream().filter(Holiday::isDayOff).map(Holiday::getDate)).containsExactly(
        d("2026-01-01"), d("2026-01-02"),                                                      // Tết Dương lịch, swap
        d("2026-02-16"), d("2026-02-17"), d("2026-02-18"), d("2026-02-19"), d("2026-02-20"), // Tết Bính Ngọ
        d("2026-04-27"),                                                                       // Giỗ Tổ, nghỉ bù
        d("2026-04-30"), d("2026-05-01"),
        d("2026-08-31"), d("2026-09-01"), d("2026-09-02"));                                    // swap, Quốc khánh
    assertThat(year.days().stream().filter(Holiday::isWorkingDay).map(Holiday::getDate))
        .containsExactly(d("2026-01-10"), d("2026-08-22"));
    assertThat(year.days()).allSatisfy(h -> assertThat(h.getNote()).as(h.getDate().toString()).isNotBlank());
  }

  @Test
  void theMigrationKeepsTheEarlierRowsAndGivesEachItsSource() {
    // V3 seeded 79 rows; V21 adds two make-up Saturdays (2024, 2025) and the two swaps of 2026 (four rows).
    assertThat(jdbc.queryForObject("select count(*) from holiday where holiday_date < date '2028-01-01'",
        Integer.class)).isEqualTo(85);
    assertThat(jdbc.queryForObject(
        "select count(*) from holiday where note is null and holiday_date < date '2028-01-01'", Integer.class))
        .isZero();
    Map<String, Object> swapped = jdbc.queryForMap("select name, kind from holiday where holiday_date = ?",
        java.sql.Date.valueOf("2024-04-29"));
    assertThat(swapped.get("name")).isEqualTo("Nghỉ hoán đổi");
    assertThat(swapped.get("kind")).isEqualTo("DAY_OFF");
    assertThat(calendar.holidaysOf(2024)).filteredOn(Holiday::isWorkingDay).singleElement()
        .satisfies(h -> assertThat(h.getDate()).isEqualTo(d("2024-05-04")))
        .satisfies(h -> assertThat(h.getNote()).contains("2450/VPCP-KGVX"));
    assertThat(calendar.holidaysOf(2025)).filteredOn(Holiday::isWorkingDay).singleElement()
        .satisfies(h -> assertThat(h.getDate()).isEqualTo(d("2025-04-26")));
  }

  @Test
  void yearsWithoutAnAnnouncementAreProvisional() {
    assertThat(calendar.isProvisional(2021)).isFalse();
    assertThat(calendar.isProvisional(2026)).isFalse();
    assertThat(calendar.isProvisional(2027)).isTrue();
    YearCalendar unknown = calendar.calendarOf(2031);
    assertThat(unknown.provisional()).isTrue();
    assertThat(unknown.note()).isNull();
    assertThat(unknown.days()).isEmpty();
    assertThat(calendar.provisionalAmong(List.of(2031, 2025, 2027, 2026))).containsExactly(2027, 2031);
  }

  // ---------------------------------------------------------------- deadlines over the seeded calendar

  @Test
  void deadlinesOverNewYear2026SkipTheSwappedFridayAndCountTheMakeUpSaturday() {
    assertThat(calendar.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-05"));
    assertThat(calendar.addWorkingDays(d("2025-12-31"), 5)).isEqualTo(d("2026-01-09"));
    assertThat(calendar.addWorkingDays(d("2025-12-31"), 6)).isEqualTo(d("2026-01-10"));
    assertThat(calendar.addWorkingDays(d("2025-12-31"), 7)).isEqualTo(d("2026-01-12"));
    assertThat(calendar.countWorkingDays(d("2026-01-01"), d("2026-01-12"))).isEqualTo(7);
  }

  @Test
  void deadlinesOverTheOtherSwapsOfTheSeed() {
    // 2024: Monday 29/04 off, Saturday 04/05 worked.
    assertThat(calendar.addWorkingDays(d("2024-04-26"), 1)).isEqualTo(d("2024-05-02"));
    assertThat(calendar.addWorkingDays(d("2024-05-03"), 1)).isEqualTo(d("2024-05-04"));
    // 2025: Saturday 26/04 worked, Friday 02/05 off.
    assertThat(calendar.addWorkingDays(d("2025-04-25"), 1)).isEqualTo(d("2025-04-26"));
    assertThat(calendar.addWorkingDays(d("2025-04-29"), 1)).isEqualTo(d("2025-05-05"));
    // Quốc khánh 2026: Saturday 22/08 worked, Monday 31/08 swapped away, 01–02/09 holidays.
    assertThat(calendar.addWorkingDays(d("2026-08-21"), 1)).isEqualTo(d("2026-08-22"));
    assertThat(calendar.addWorkingDays(d("2026-08-28"), 1)).isEqualTo(d("2026-09-03"));
    // Tết Bính Ngọ: the whole week of 16–20/02 skipped.
    assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-23"));
  }

  // ---------------------------------------------------------------- the API

  @Test
  @SuppressWarnings("unchecked")
  void everyoneReadsBothKindsAndWhetherTheYearIsProvisional() {
    Map<String, Object> year = get("qlddcv", "/api/holidays/2026").getBody();
    assertThat(year).containsEntry("year", 2026).containsEntry("status", "ANNOUNCED")
        .containsEntry("provisional", false);
    List<Map<String, Object>> days = (List<Map<String, Object>>) year.get("days");
    assertThat(days).anySatisfy(day -> assertThat(day).containsEntry("date", "2026-01-10")
        .containsEntry("kind", "WORKING_DAY").containsEntry("kindLabel", "Ngày làm bù"));
    assertThat(days).anySatisfy(day -> assertThat(day).containsEntry("date", "2026-01-02")
        .containsEntry("kind", "DAY_OFF").containsKey("note"));

    assertThat(get("vanphong", "/api/holidays/2027").getBody()).containsEntry("provisional", true)
        .containsEntry("status", "PROVISIONAL");
    ResponseEntity<Map<String, Object>> tooFar = get("vanphong", "/api/holidays/1800");
    assertThat(tooFar.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooFar.getBody().get("message").toString()).contains("Năm 1800 không hợp lệ");
  }

  @Test
  void theAdministratorAddsAMakeUpSaturdayAndDeadlinesCountIt() throws Exception {
    LocalDate friday = d("2098-09-05");
    LocalDate saturday = d("2098-09-06");
    assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(d("2098-09-08"));

    ResponseEntity<Map<String, Object>> saved = admin(HttpMethod.PUT, "/api/admin/holidays/2098-09-06",
        Map.of("name", "Làm bù cho ngày nghỉ hoán đổi", "kind", "WORKING_DAY", "note", "Thông báo (thử nghiệm)"));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).containsEntry("kind", "WORKING_DAY").containsEntry("note", "Thông báo (thử nghiệm)");
    assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(saturday);

    // A rename that does not name the kind keeps it, and keeps the note.
    assertThat(admin(HttpMethod.PUT, "/api/admin/holidays/2098-09-06", Map.of("name", "Làm bù thứ Bảy"))
        .getBody()).containsEntry("kind", "WORKING_DAY").containsEntry("note", "Thông báo (thử nghiệm)");

    List<AuditEntry> trail = audit.find(AuditedObject.HOLIDAY, "2098-09-06", 10);
    assertThat(trail).extracting(AuditEntry::getAction).containsExactly("UPDATED", "CREATED");
    assertThat(map(trail.get(1).getAfterJson())).containsEntry("kind", "WORKING_DAY")
        .containsEntry("note", "Thông báo (thử nghiệm)");
    assertThat(trail).extracting(AuditEntry::getActor).containsOnly("admin");

    assertThat(admin(HttpMethod.DELETE, "/api/admin/holidays/2098-09-06", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(d("2098-09-08"));
  }

  @Test
  void aWrongKindOrAMakeUpDayOnAWeekdayIsRefusedInVietnamese() {
    ResponseEntity<Map<String, Object>> badKind = admin(HttpMethod.PUT, "/api/admin/holidays/2098-09-13",
        Map.of("name", "Làm bù", "kind", "HOLIDAY"));
    assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badKind.getBody().get("message").toString())
        .contains("Loại ngày «HOLIDAY» không hợp lệ", "DAY_OFF", "WORKING_DAY");

    ResponseEntity<Map<String, Object>> blankKind = admin(HttpMethod.PUT, "/api/admin/holidays/2098-09-13",
        Map.of("name", "Làm bù", "kind", " "));
    assertThat(blankKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blankKind.getBody().get("message").toString()).contains("Vui lòng chọn loại ngày");

    ResponseEntity<Map<String, Object>> weekday = admin(HttpMethod.PUT, "/api/admin/holidays/2098-09-04",
        Map.of("name", "Làm bù", "kind", "WORKING_DAY"));
    assertThat(weekday.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weekday.getBody().get("message").toString())
        .contains("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật", "04/09/2098");

    ResponseEntity<Map<String, Object>> longNote = admin(HttpMethod.PUT, "/api/admin/holidays/2098-09-13",
        Map.of("name", "Làm bù", "kind", "WORKING_DAY", "note", "x".repeat(1001)));
    assertThat(longNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(longNote.getBody().get("message").toString()).contains("tối đa 1000 ký tự");

    ResponseEntity<Map<String, Object>> notAdmin = call("vanphong", HttpMethod.PUT, "/api/admin/holidays/2098-09-13",
        Map.of("name", "Làm bù", "kind", "WORKING_DAY"));
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(calendar.holidaysOf(2098)).isEmpty();
    assertThat(audit.find(AuditedObject.HOLIDAY, "2098-09-13", 10)).isEmpty();
  }

  @Test
  void theAdministratorMarksAYearAnnouncedWithItsSource() throws Exception {
    assertThat(calendar.isProvisional(2097)).isTrue();
    ResponseEntity<Map<String, Object>> noSource = admin(HttpMethod.PUT, "/api/admin/calendar-years/2097",
        Map.of("status", "ANNOUNCED"));
    assertThat(noSource.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noSource.getBody().get("message").toString()).contains("văn bản công bố");
    ResponseEntity<Map<String, Object>> badStatus = admin(HttpMethod.PUT, "/api/admin/calendar-years/2097",
        Map.of("status", "OFFICIAL", "note", "x"));
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badStatus.getBody().get("message").toString())
        .contains("Trạng thái «OFFICIAL» không hợp lệ", "ANNOUNCED", "PROVISIONAL");
    ResponseEntity<Map<String, Object>> badYear = admin(HttpMethod.PUT, "/api/admin/calendar-years/1800",
        Map.of("status", "PROVISIONAL"));
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badYear.getBody().get("message").toString()).contains("Năm 1800 không hợp lệ");
    assertThat(call("vanphong", HttpMethod.PUT, "/api/admin/calendar-years/2097",
        Map.of("status", "ANNOUNCED", "note", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(calendar.isProvisional(2097)).isTrue();

    ResponseEntity<Map<String, Object>> announced = admin(HttpMethod.PUT, "/api/admin/calendar-years/2097",
        Map.of("status", "ANNOUNCED", "note", "Thông báo của Bộ Nội vụ (thử nghiệm)"));
    assertThat(announced.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(announced.getBody()).containsEntry("provisional", false)
        .containsEntry("note", "Thông báo của Bộ Nội vụ (thử nghiệm)");
    assertThat(calendar.isProvisional(2097)).isFalse();

    assertThat(admin(HttpMethod.PUT, "/api/admin/calendar-years/2097", Map.of("status", "PROVISIONAL"))
        .getBody()).containsEntry("provisional", true);
    assertThat(calendar.isProvisional(2097)).isTrue();

    List<AuditEntry> trail = audit.find(AuditedObject.CALENDAR_YEAR, "2097", 10);
    assertThat(trail).extracting(AuditEntry::getAction).containsExactly("UPDATED", "CREATED");
    assertThat(map(trail.get(0).getBeforeJson())).containsEntry("status", "ANNOUNCED");
    assertThat(map(trail.get(0).getAfterJson())).containsEntry("status", "PROVISIONAL");
  }

  // ---------------------------------------------------------------- helpers

  private ResponseEntity<Map<String, Object>> get(String user, String path) {
    return call(user, HttpMethod.GET, path, null);
  }

  private ResponseEntity<Map<String, Object>> admin(HttpMethod method, String path, Object body) {
    return call("admin", method, path, body);
  }

  private ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, method, body == null ? null : new HttpEntity<>(body), MAP);
  }

  private static Map<String, Object> map(String json) throws Exception {
    return JSON.readValue(json, new TypeReference<>() {
    });
  }
}
