package vn.gov.soctrang.tnmt.tdkt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.soctrang.tnmt.tdkt.OwnApplication;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * An administrator edits the organisation, the dated settings and the holidays through /api/admin; Camunda follows;
 * nobody else may.
 */
@OwnApplication
class OrganizationAdminRestTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  private ResponseEntity<Map<String, Object>> call(String user, String password, HttpMethod method, String path,
      Object body) {
    return rest.withBasicAuth(user, password).exchange(path, method, body == null ? null : new HttpEntity<>(body), MAP);
  }

  private ResponseEntity<Map<String, Object>> admin(HttpMethod method, String path, Object body) {
    return call("admin", "demo", method, path, body);
  }

  private static Map<String, Object> person(String username, String unit, List<String> roles) {
    Map<String, Object> p = new HashMap<>();
    p.put("username", username);
    p.put("fullName", "Nguyễn Thị Thu Trang");
    p.put("unitCode", unit);
    p.put("position", "Chuyên viên");
    p.put("gender", "FEMALE");
    p.put("roles", roles);
    p.put("initialPassword", "matkhau-ban-dau");
    return p;
  }

  @Test
  void onlyAdministratorsMayEditTheOrganisation() {
    assertThat(rest.withBasicAuth("vanphong", "demo").getForEntity("/api/admin/people", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> refused = call("qlddtruong", "demo", HttpMethod.PUT, "/api/admin/people",
        person("khongduoctao", "qldd", List.of("UNIT_STAFF")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").toString()).contains("Chỉ quản trị hệ thống");
    assertThat(rest.withBasicAuth("khongduoctao", "matkhau-ban-dau").getForEntity("/api/me", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aNewColleagueGetsAnAccountInHerUnitAndLosesItAllWhenSheLeaves() {
    ResponseEntity<Map<String, Object>> created = admin(HttpMethod.PUT, "/api/admin/people",
        person("trangnt", "qldd", List.of("UNIT_STAFF")));
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.OK);
    Map<String, Object> me = call("trangnt", "matkhau-ban-dau", HttpMethod.GET, "/api/me", null).getBody();
    assertThat(me).containsEntry("unit", "Phòng Quản lý đất đai");
    assertThat(me.get("groups").toString()).contains("donviqldd").doesNotContain("truongqldd");

    Map<String, Object> seat = admin(HttpMethod.POST, "/api/admin/council",
        Map.of("username", "trangnt", "councilRole", "MEMBER", "validFrom", "2021-01-01")).getBody();
    assertThat(call("trangnt", "matkhau-ban-dau", HttpMethod.GET, "/api/me", null).getBody().get("groups")
        .toString()).contains("hoidongtdkt");
    assertThat(admin(HttpMethod.DELETE, "/api/admin/council/" + seat.get("id") + "?lastDay=2021-12-31", null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call("trangnt", "matkhau-ban-dau", HttpMethod.GET, "/api/me", null).getBody().get("groups")
        .toString()).doesNotContain("hoidongtdkt");

    Map<String, Object> leaving = person("trangnt", "qldd", List.of("UNIT_STAFF"));
    leaving.put("active", false);
    leaving.remove("initialPassword");
    admin(HttpMethod.PUT, "/api/admin/people", leaving);
    assertThat(call("trangnt", "matkhau-ban-dau", HttpMethod.GET, "/api/me", null).getBody().get("groups")
        .toString()).isEqualTo("[]");
  }

  @Test
  void theProvinceReorganisesUnitsAndLocalitiesAsData() {
    assertThat(admin(HttpMethod.PUT, "/api/admin/units",
        Map.of("code", "ccqlbien", "shortName", "CCQLB", "name", "Chi cục Quản lý biển")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    admin(HttpMethod.PUT, "/api/admin/people", person("bienthu", "ccqlbien", List.of("UNIT_HEAD")));
    assertThat(call("bienthu", "matkhau-ban-dau", HttpMethod.GET, "/api/me", null).getBody().get("groups")
        .toString()).contains("donviccqlbien", "truongccqlbien");

    Map<String, Object> merged = admin(HttpMethod.PUT, "/api/admin/localities",
        Map.of("code", "x-phutam", "name", "Xã Phú Tâm", "kind", "COMMUNE", "parentCode", "h-chauthanh",
            "active", false)).getBody();
    assertThat(merged).containsEntry("active", false);
    assertThat(admin(HttpMethod.PUT, "/api/admin/localities",
        Map.of("code", "x-phutammoi", "name", "Phường Phú Tâm", "kind", "COMMUNE")).getBody())
        .containsEntry("fullName", "Phường Phú Tâm");
  }

  private ResponseEntity<Map<String, Object>> importFile(String user, byte[] content, String fileName) {
    org.springframework.util.MultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").exchange("/api/admin/localities/import",
        HttpMethod.POST, new HttpEntity<>(parts, headers), MAP);
  }

  private List<Map<String, Object>> localities() {
    return rest.withBasicAuth("admin", "demo").exchange("/api/admin/localities", HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }).getBody();
  }

  private Map<String, Object> locality(String code) {
    return localities().stream().filter(l -> code.equals(l.get("code"))).findFirst().orElse(null);
  }

  @Test
  void theOfficialListOfPlacesIsImportedFromAFileAndEachChangeIsAudited() throws Exception {
    byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/samples/dia-ban-mau.csv"));
    ResponseEntity<Map<String, Object>> first = importFile("admin", sample, "dia-ban-mau.csv");
    assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody()).containsEntry("rows", 15).containsEntry("created", 15).containsEntry("updated", 0);
    Map<String, Object> ward = locality("ct-p-soctrang");
    assertThat(ward).containsEntry("fullName", "Phường Sóc Trăng, Thành phố Cần Thơ").containsEntry("kind", "WARD")
        .containsEntry("parentCode", "ct-cantho").containsEntry("validFrom", "2025-07-01")
        .containsEntry("validTo", null);
    assertThat(ward.get("note").toString()).contains("1668/NQ-UBTVQH15");
    assertThat(locality("ct-cantho")).containsEntry("kind", "PROVINCE");
    // The seeded districts ended with the three-tier government; their communes stay until the list closes them.
    assertThat(locality("h-chauthanh")).containsEntry("validTo", "2025-06-30");
    assertThat(audit("LOCALITY", "ct-p-soctrang")).hasSize(1);

    // The same list again changes nothing; a corrected row (semicolons, as some spreadsheets save) updates that one.
    assertThat(importFile("admin", sample, "dia-ban-mau.csv").getBody()).containsEntry("created", 0)
        .containsEntry("updated", 0).containsEntry("unchanged", 15);
    String corrected = "\uFEFFma;ten;cap;ma_cap_tren;hieu_luc_tu;hieu_luc_den;ghi_chu\r\n"
        + "x-phutam;Xã Phú Tâm;xã;h-chauthanh;;30/06/2025;\"Sắp xếp vào xã Phú Tâm; thành phố Cần Thơ\"\r\n";
    ResponseEntity<Map<String, Object>> closing = importFile("admin", corrected.getBytes(
        java.nio.charset.StandardCharsets.UTF_8), "dong-xa-cu.csv");
    assertThat(closing.getBody()).as(String.valueOf(closing.getBody())).containsEntry("updated", 1);
    assertThat(locality("x-phutam")).containsEntry("validTo", "2025-06-30");
    List<Map<String, Object>> trail = audit("LOCALITY", "x-phutam");
    assertThat(trail.get(0).get("after").toString()).contains("2025-06-30");
  }

  @Test
  void anExcelWorkbookWithTheSameColumnsIsImportedToo() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Địa bàn");
      String[] header = {"Mã", "Tên", "Cấp", "Mã cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Ghi chú"};
      org.apache.poi.ss.usermodel.Row top = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        top.createCell(i).setCellValue(header[i]);
      }
      org.apache.poi.ss.usermodel.CellStyle dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("xl-p-vithanh");
      row.createCell(1).setCellValue("Phường Vị Thanh");
      row.createCell(2).setCellValue("phường");
      org.apache.poi.ss.usermodel.Cell from = row.createCell(4);
      from.setCellValue(java.time.LocalDate.of(2025, 7, 1));
      from.setCellStyle(dateStyle);
      row.createCell(6).setCellValue("Nghị quyết số 1668/NQ-UBTVQH15");
      book.write(out);
    }
    ResponseEntity<Map<String, Object>> imported = importFile("admin", out.toByteArray(), "dia-ban.xlsx");
    assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(locality("xl-p-vithanh")).containsEntry("kind", "WARD").containsEntry("validFrom", "2025-07-01");
  }

  @Test
  void aListWithOneBadRowStoresNothingAndSaysWhichRowAndWhy() {
    String csv = "Mã,Tên,Cấp,Mã cấp trên,Hiệu lực từ,Hiệu lực đến,Ghi chú\n"
        + "loi-tinh,Tỉnh Thử Nghiệm,tỉnh,,01/07/2025,,Không được lưu\n"
        + "loi-x-tot,Xã Tốt,xã,loi-tinh,01/07/2025,,Không được lưu\n"
        + "loi-x-xau,Xã Xấu,vương quốc,khong-co,31/02/2025,2025-01-01,\n"
        + "loi-x-tot,Xã Tốt lần hai,xã,,,,\n";
    ResponseEntity<Map<String, Object>> refused = importFile("admin", csv.getBytes(
        java.nio.charset.StandardCharsets.UTF_8), "co-loi.csv");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String messages = refused.getBody().get("messages").toString();
    assertThat(messages).contains("Chưa nhập địa phương nào", "Dòng 4: «Cấp hành chính» không hợp lệ: vương quốc",
        "Dòng 4: Không có địa phương cấp trên mã khong-co", "Dòng 4: «Hiệu lực từ» không phải một ngày hợp lệ: «31/02/2025»",
        "Dòng 5: mã loi-x-tot đã có ở dòng 3").doesNotContain("Dòng 2", "Dòng 3:");
    assertThat(locality("loi-tinh")).isNull();
    assertThat(locality("loi-x-tot")).isNull();
    assertThat(audit("LOCALITY", "loi-tinh")).isEmpty();

    assertThat(importFile("admin", "Mã,Tên\nloi-x,Xã\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "thieu-cot.csv").getBody().get("messages").toString()).contains("Dòng 1: thiếu cột «Cấp»");
    assertThat(importFile("admin", new byte[] {'M', (byte) 0xE3, ',', 'T'}, "latin.csv").getBody().get("message")
        .toString()).contains("UTF-8");
    Map<String, Object> badDates = new HashMap<>(Map.of("code", "loi-put", "name", "Xã Lỗi", "kind", "COMMUNE",
        "validFrom", "2025-07-01", "validTo", "2025-06-30"));
    assertThat(admin(HttpMethod.PUT, "/api/admin/localities", badDates).getBody().get("messages").toString())
        .contains("«Hiệu lực đến» (30/06/2025) không được trước «Hiệu lực từ» (01/07/2025)");
  }

  @Test
  void onlyAdministratorsMayImportPlaces() {
    byte[] csv = "Mã,Tên,Cấp\nkhongquyen-x,Xã Không Quyền,xã\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ResponseEntity<Map<String, Object>> refused = importFile("vanphong", csv, "khong-quyen.csv");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").toString()).contains("Chỉ quản trị hệ thống");
    assertThat(importFile("qlddtruong", csv, "khong-quyen.csv").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(locality("khongquyen-x")).isNull();
  }

  @Test
  void badOrganisationInputIsRefusedWithEveryReason() {
    Map<String, Object> bad = person("nguyễn", "khongco", List.of());
    bad.put("gender", "X");
    ResponseEntity<Map<String, Object>> refused = admin(HttpMethod.PUT, "/api/admin/people", bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("messages").toString()).contains("Tên đăng nhập chỉ gồm",
        "«Giới tính» không hợp lệ", "ít nhất một vai trò", "Không có đơn vị mã khongco");
    assertThat(admin(HttpMethod.PUT, "/api/admin/units", Map.of("code", "Phòng Mới", "name", "x", "shortName", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(admin(HttpMethod.DELETE, "/api/admin/council/999999", null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(admin(HttpMethod.DELETE, "/api/admin/council/1?lastDay=31-12-2026", null).getBody().get("message")
        .toString()).contains("Ngày không hợp lệ");
  }

  @Test
  void settingsChangeFromADateOnNeverRetroactivelyAndOnlyByAdministrators() {
    java.time.LocalDate today = TestClock.today();
    Map<String, Object> change = Map.of("key", "council.quorum", "value", "3/4",
        "effectiveFrom", today.plusDays(1).toString(), "note", "Quy chế mới của Hội đồng");
    assertThat(call("vanphong", "demo", HttpMethod.POST, "/api/admin/settings", change).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(admin(HttpMethod.POST, "/api/admin/settings", change).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(admin(HttpMethod.POST, "/api/admin/settings", change).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<Map<String, Object>> retroactive = admin(HttpMethod.POST, "/api/admin/settings",
        Map.of("key", "council.quorum", "value", "40", "effectiveFrom", "2024-01-01"));
    assertThat(retroactive.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(retroactive.getBody().get("messages").toString()).contains("không áp dụng hồi tố",
        "phải là một phân số");
    assertThat(admin(HttpMethod.POST, "/api/admin/settings", Map.of("key", "khong.co", "value", "1",
        "effectiveFrom", today.toString())).getBody().get("message").toString()).contains("Không có tham số");

    String inForce = rest.withBasicAuth("qlddcv", "demo").getForEntity("/api/settings", String.class).getBody();
    assertThat(inForce).contains("\"key\":\"council.quorum\",\"label\":\"Số thành viên Hội đồng có mặt tối thiểu "
        + "(phần tổng số thành viên)\",\"value\":\"2/3\"");
    assertThat(rest.withBasicAuth("qlddcv", "demo").getForEntity("/api/settings/council.quorum/history",
        String.class).getBody()).contains("\"value\":\"3/4\"", "\"value\":\"2/3\"");
  }

  @Test
  void holidaysArePerYearDataTheAdministratorKeeps() {
    assertThat(rest.withBasicAuth("qlddcv", "demo").getForEntity("/api/holidays/2026", String.class).getBody())
        .contains("2026-02-17", "Tết Nguyên đán");
    assertThat(admin(HttpMethod.PUT, "/api/admin/holidays/2026-12-31", Map.of("name", "Nghỉ bù Tết Dương lịch"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("qlddcv", "demo").getForEntity("/api/holidays/2026", String.class).getBody())
        .contains("2026-12-31");
    assertThat(admin(HttpMethod.DELETE, "/api/admin/holidays/2026-12-31", null).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(admin(HttpMethod.DELETE, "/api/admin/holidays/2026-12-31", null).getBody().get("message").toString())
        .contains("không có trong danh sách ngày nghỉ");
    assertThat(admin(HttpMethod.PUT, "/api/admin/holidays/31-12-2026", Map.of("name", "x")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void objectionsAreRefusedClearlyOutsideADisclosure() {
    ResponseEntity<Map<String, Object>> noCycle = call("qlddcv", "demo", HttpMethod.POST, "/api/cycles/2026/objections",
        Map.of("nominationId", 1, "content", "Thành tích chưa đúng"));
    assertThat(noCycle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noCycle.getBody().get("message").toString()).contains("Chưa có chu trình thi đua năm 2026");
    ResponseEntity<Map<String, Object>> noNomination = call("qlddcv", "demo", HttpMethod.POST,
        "/api/cycles/2026/objections", Map.of("nominationId", "một", "content", "x"));
    assertThat(noNomination.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noNomination.getBody().get("message").toString()).contains("nominationId là một số");
    assertThat(rest.postForEntity("/api/cycles/2026/objections", Map.of("nominationId", 1), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("qlddcv", "demo").getForEntity("/api/awards?year=2026", String.class).getBody())
        .isEqualTo("[]");
    assertThat(rest.getForEntity("/api/awards", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void changesMadeInCamundaAdminAreInTheAuditTrailWithoutPasswordsAndTheAppsOwnMirroringIsNot() throws Exception {
    CamundaAdmin camundaAdmin = new CamundaAdmin("http://localhost:" + port);
    camundaAdmin.login("admin", "demo");
    assertThat(camundaAdmin.call("POST", "/user/create", "{\"profile\":{\"id\":\"kiemtoan\",\"firstName\":\"Lê\","
        + "\"lastName\":\"Kiểm Toán\",\"email\":\"kt@example.vn\"},\"credentials\":{\"password\":\"bi-mat-khong-ghi\"}}"))
        .isEqualTo(204);
    assertThat(camundaAdmin.call("PUT", "/group/vanphongso/members/kiemtoan", null)).isEqualTo(204);
    assertThat(camundaAdmin.call("POST", "/authorization/create", "{\"type\":1,\"permissions\":[\"READ\"],"
        + "\"userId\":\"kiemtoan\",\"resourceType\":8,\"resourceId\":\"annual-cycle\"}")).isEqualTo(200);
    assertThat(camundaAdmin.call("DELETE", "/group/vanphongso/members/kiemtoan", null)).isEqualTo(204);

    List<Map<String, Object>> account = audit("ACCOUNT", "kiemtoan");
    assertThat(account).hasSize(1);
    assertThat(account.get(0)).containsEntry("actor", "admin").containsEntry("action", "CREATED");
    assertThat(account.get(0).get("after").toString()).contains("Kiểm Toán", "kt@example.vn");
    List<Map<String, Object>> membership = audit("GROUP_MEMBERSHIP", "kiemtoan → vanphongso");
    assertThat(membership).extracting(e -> e.get("action")).containsExactly("DELETED", "CREATED");
    assertThat(membership).allSatisfy(e -> assertThat(e).containsEntry("actor", "admin"));
    List<Map<String, Object>> grants = audit("AUTHORIZATION", null);
    assertThat(grants).hasSize(1);
    assertThat(grants.get(0)).containsEntry("action", "CREATED");
    assertThat(grants.get(0).get("after").toString()).contains("READ", "annual-cycle", "kiemtoan");
    String wholeTrail = rest.withBasicAuth("admin", "demo").getForObject("/api/admin/audit?limit=1000", String.class);
    assertThat(wholeTrail).doesNotContain("bi-mat-khong-ghi");

    // A person created through the app's own API is one PERSON entry; its mirroring into Camunda adds no more.
    assertThat(admin(HttpMethod.PUT, "/api/admin/people", person("motnguoimoi", "khtc", List.of("UNIT_STAFF")))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(audit("PERSON", "motnguoimoi")).hasSize(1);
    assertThat(audit("ACCOUNT", "motnguoimoi")).isEmpty();
    assertThat(audit("GROUP_MEMBERSHIP", "motnguoimoi → donvikhtc")).isEmpty();
  }

  @Test
  void aPagesOwnScriptIsRefusedWithoutTheBrowsersPasswordBox() {
    org.springframework.http.HttpHeaders xhr = new org.springframework.http.HttpHeaders();
    xhr.add("X-Requested-With", "XMLHttpRequest");
    ResponseEntity<String> fromScript = rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(xhr), String.class);
    assertThat(fromScript.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromScript.getHeaders().containsKey("WWW-Authenticate")).isFalse();
    assertThat(fromScript.getBody()).contains("Vui lòng đăng nhập");
    ResponseEntity<String> fromClient = rest.getForEntity("/api/me", String.class);
    assertThat(fromClient.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromClient.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
  }

  private List<Map<String, Object>> audit(String type, String objectId) {
    String path = "/api/admin/audit?objectType=" + type + (objectId == null ? "" : "&objectId={id}");
    ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth("admin", "demo").exchange(path,
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {
        }, objectId == null ? Map.of() : Map.of("id", objectId));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  /** Camunda Admin as a browser drives it: the login with its CSRF token, then the webapps' engine API. */
  private static final class CamundaAdmin {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String token;

    CamundaAdmin(String base) {
      this.base = base;
    }

    void login(String user, String password) throws Exception {
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/"))
          .build(), HttpResponse.BodyHandlers.ofString());
      token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base
          + "/camunda/api/admin/auth/user/default/login/admin")).header("X-XSRF-TOKEN", token)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      // The login starts a new session; the page hands out that session's token.
      token = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/admin/default/")).build(),
          HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    }

    int call(String method, String path, String json) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default"
          + path)).header("X-XSRF-TOKEN", token).header("Content-Type", "application/json")
          .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
      HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      answer.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> token = t);
      return answer.statusCode();
    }
  }
}
