package vn.gov.soctrang.tnmt.tdkt.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Evidence through the REST API as the Department's users would upload it, HTTP Basic, engine authorizations on:
 * the unit's staff uploads to its «Lập báo cáo thi đua» task; another unit is refused; impostor and oversized files
 * are refused with a Vietnamese reason and leave what was uploaded untouched; downloads only for those allowed.
 */
@SharedApplication
class EvidenceRestTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int YEAR = TestClock.startYear();
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate rest;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  @Test
  @SuppressWarnings("unchecked")
  void unitStaffUploadEvidenceAndOnlyAuthorizedUsersDownloadIt() {
    startCycleAndRegisterQldd();
    String task = onlyTask("qlddcv", "draftReport");

    // The form links to the task's upload page, which the app serves (its data comes from the API).
    Map<String, Object> url = (Map<String, Object>) get("qlddcv", "/engine-rest/task/" + task
        + "/form-variables?variableNames=evidenceUploadUrl", MAP).getBody().get("evidenceUploadUrl");
    assertThat(url).containsEntry("value", "http://localhost:8080/minh-chung/" + task);
    ResponseEntity<String> page = rest.getForEntity("/minh-chung/" + task, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("Minh chứng của nhiệm vụ", "Tải lên", "/minh-chung/giao-dien/minh-chung.js",
        "/minh-chung/giao-dien/minh-chung.css").doesNotContain("<script>", "<style");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self';",
        "style-src 'self';").doesNotContain("unsafe-inline");
    ResponseEntity<String> script = rest.getForEntity("/minh-chung/giao-dien/minh-chung.js", String.class);
    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getBody()).contains("X-Requested-With");
    assertThat(rest.getForEntity("/minh-chung/giao-dien/minh-chung.css", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity("/api/tasks/" + task + "/evidence", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // The unit's staff uploads a real PDF.
    byte[] pdf = SampleFiles.pdf();
    ResponseEntity<Map<String, Object>> uploaded = upload("qlddcv", task, "Biên bản kiểm tra.pdf", pdf,
        "Biên bản kiểm tra thực tế tại xã Phú Tâm");
    assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(uploaded.getBody()).containsEntry("fileName", "Biên bản kiểm tra.pdf")
        .containsEntry("contentType", "application/pdf").containsEntry("unitCode", "qldd")
        .containsEntry("businessKey", "TDKT-" + YEAR).containsEntry("taskDefinitionKey", "draftReport")
        .containsEntry("uploadedBy", "qlddcv").containsEntry("sizeBytes", pdf.length);
    Number pdfId = (Number) uploaded.getBody().get("id");

    // Another unit may neither upload nor look; the Office looks but is not the task's candidate.
    assertThat(upload("ccbvmtcv", task, "x.pdf", SampleFiles.pdf("khac", 0), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("ccbvmtcv", "/api/tasks/" + task + "/evidence", MAP).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("vanphong", task, "x.pdf", SampleFiles.pdf("vp", 0), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("qlddcv", "khong-co-nhiem-vu-nay", "x.pdf", pdf, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // Impostors are refused by content, with the reason in Vietnamese; the earlier upload stays.
    ResponseEntity<Map<String, Object>> exe = upload("qlddcv", task, "Kế hoạch.pdf", SampleFiles.windowsExecutable(),
        null);
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exe.getBody().get("message").toString()).contains("«Kế hoạch.pdf» không được chấp nhận",
        "PDF, DOCX, JPEG, PNG", "10 MB");
    assertThat(upload("qlddcv", task, "Báo cáo.docx", SampleFiles.plainZip(), null).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(upload("qlddcv", task, "trong.pdf", new byte[0], null).getBody().get("message").toString())
        .contains("rỗng");
    assertThat(get("qlddcv", "/api/tasks/" + task + "/evidence", LIST).getBody()).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("fileName", "Biên bản kiểm tra.pdf"));

    // The type and the extension come from the content; the same file twice is a conflict.
    ResponseEntity<Map<String, Object>> photo = upload("qlddcv", task, "Ảnh hiện trường.png", SampleFiles.jpeg(),
        null);
    assertThat(photo.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(photo.getBody()).containsEntry("fileName", "Ảnh hiện trường.jpg")
        .containsEntry("contentType", "image/jpeg");
    assertThat(upload("qlddcv", task, "lan-hai.pdf", pdf, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // The administrator lowers the limit from today; a larger (real) PDF is then refused, nothing else changes.
    assertThat(post("admin", "/api/admin/settings", Map.of("key", "evidence.maxSizeMb", "value", "1",
        "effectiveFrom", TestClock.today().toString(), "note", "Thử giới hạn"), MAP).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map<String, Object>> large = upload("qlddcv", task, "Hồ sơ lớn.pdf",
        SampleFiles.pdf("lon", 1536 * 1024), null);
    assertThat(large.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(large.getBody().get("message").toString()).contains("«Hồ sơ lớn.pdf»", "vượt quá giới hạn 1 MB");
    Map<String, Object> pageData = get("qlddcv", "/api/tasks/" + task + "/evidence-page", MAP).getBody();
    assertThat(pageData).containsEntry("taskName", "Lập báo cáo thi đua").containsEntry("canUpload", true)
        .containsEntry("maxSizeMb", 1);
    assertThat((List<?>) pageData.get("files")).hasSize(2);
    assertThat(get("vanphong", "/api/tasks/" + task + "/evidence-page", MAP).getBody())
        .containsEntry("canUpload", false);

    // Downloads: identical bytes for the uploader, the unit's head, the Office and the leadership; others refused.
    String download = "/api/evidence/" + pdfId + "/download";
    for (String user : List.of("qlddcv", "qlddtruong", "vanphong", "giamdoc")) {
      ResponseEntity<byte[]> file = as(user).exchange(download, HttpMethod.GET, null, byte[].class);
      assertThat(file.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(file.getBody()).as(user).isEqualTo(pdf);
      assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; "
          + "filename=\"Bien ban kiem tra.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ki%E1%BB%83m%20tra.pdf");
    }
    for (String user : List.of("ccbvmtcv", "ccbvmttruong", "thanhtra")) {
      assertThat(as(user).exchange(download, HttpMethod.GET, null, String.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as("vanphong").exchange("/api/evidence/999999/download", HttpMethod.GET, null, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // The year's evidence: the Office and the leadership only.
    assertThat(get("vanphong", "/api/cycles/" + YEAR + "/evidence", LIST).getBody()).hasSize(2)
        .allSatisfy(e -> assertThat(e).containsEntry("unitCode", "qldd"));
    assertThat(get("giamdoc", "/api/cycles/" + YEAR + "/evidence", LIST).getBody()).hasSize(2);
    assertThat(get("qlddcv", "/api/cycles/" + YEAR + "/evidence", MAP).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("vanphong", "/api/cycles/1999/evidence", MAP).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // Once the task is done, nothing more can be added; what was uploaded stays visible to those allowed.
    Map<String, Object> report = new HashMap<>();
    report.put("guidanceOnTime", Map.of("value", true));
    report.put("propagandaDone", Map.of("value", true));
    report.put("localitySupported", Map.of("value", true));
    report.put("reportSummary", Map.of("value", "Hoàn thành nhiệm vụ năm " + YEAR));
    assertThat(post("qlddcv", "/engine-rest/task/" + task + "/submit-form", Map.of("variables", report), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> late = upload("qlddcv", task, "muon.png", SampleFiles.png(), null);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody().get("message").toString()).contains("đã hoàn thành");
    assertThat(get("qlddcv", "/api/tasks/" + task + "/evidence", LIST).getBody()).hasSize(2);
    assertThat(get("ccbvmtcv", "/api/tasks/" + task + "/evidence", MAP).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("qlddcv").exchange(download, HttpMethod.GET, null, byte[].class).getBody()).isEqualTo(pdf);
  }

  private void startCycleAndRegisterQldd() {
    Map<String, Object> start = Map.of("variables", Map.of("cycleYear", Map.of("value", YEAR),
        "reportDeadline", Map.of("value", TestClock.today().plusDays(20).toString()),
        "finalSummary", Map.of("value", false)));
    assertThat(post("vanphong", "/engine-rest/process-definition/key/annual-cycle/submit-form", start, MAP)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    vn.gov.soctrang.tnmt.tdkt.Jobs.startUnitReports(management);
    String register = onlyTask("qlddcv", "registerCommitment");
    Map<String, Object> registration = Map.of("variables", Map.of(
        "commitment", Map.of("value", "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao"),
        "localityCode", Map.of("value", "x-phutam"),
        "supportPlan", Map.of("value", "Hướng dẫn thủ tục đất đai cho người dân")));
    assertThat(post("qlddcv", "/engine-rest/task/" + register + "/submit-form", registration, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String onlyTask(String user, String taskKey) {
    List<Map<String, Object>> open = get(user, "/engine-rest/task?taskDefinitionKey=" + taskKey, LIST).getBody();
    assertThat(open).as("%s of %s", taskKey, user).hasSize(1);
    return (String) open.get(0).get("id");
  }

  private ResponseEntity<Map<String, Object>> upload(String user, String taskId, String fileName, byte[] content,
      String note) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders fileHeaders = new HttpHeaders();
    // What the browser claims does not matter: every upload here says "PDF".
    fileHeaders.setContentType(MediaType.APPLICATION_PDF);
    parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, fileHeaders));
    if (note != null) {
      parts.add("note", note);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).exchange("/api/tasks/" + taskId + "/evidence", HttpMethod.POST, new HttpEntity<>(parts, headers),
        MAP);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }

  private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
    return as(user).exchange(path, HttpMethod.GET, null, type);
  }

  private <T> ResponseEntity<T> post(String user, String path, Object body, ParameterizedTypeReference<T> type) {
    return as(user).exchange(path, HttpMethod.POST, json(body), type);
  }

  private ResponseEntity<String> post(String user, String path, Object body, Class<String> type) {
    return as(user).exchange(path, HttpMethod.POST, json(body), type);
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
