package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.soctrang.tnmt.tdkt.PutsBack;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The wording the law decides (whom a tờ trình goes through, the form numbers) is changed by the administrator from a
 * date, without SQL: the row it replaces ends the day before, documents dated before keep the old wording, a row
 * flagged «cần đối chiếu» is confirmed with the source checked; bad input is refused and nothing stored.
 */
@SharedApplication
@PutsBack("document_wording")
class DocumentWordingRestTest {

  private static final String BASE = "/api/admin/document-wordings";
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() {
      };
  private static final String THROUGH = "Sở Nội vụ (cơ quan thường trực Hội đồng Thi đua – Khen thưởng tỉnh)";

  @Autowired TestRestTemplate rest;
  @Autowired DocumentWordingService wordings;
  @Autowired DocumentWordingRepository rows;
  @Autowired AuditService audit;

  @Test
  void theAdministratorRecordsANewWordingFromItsDateAndConfirmsAFlaggedRow() {
    LocalDate today = TestClock.today();
    String before = wordings.text(DocumentWordingService.PROPOSAL_THROUGH, "BANG_KHEN_UBND", today, Map.of());
    List<Map<String, Object>> all = as("admin").exchange(BASE, HttpMethod.GET, null, LIST).getBody();
    assertThat(all).anySatisfy(r -> assertThat(r).containsEntry("key", "PROPOSAL_THROUGH")
        .containsEntry("toConfirm", true));

    // Refused, with the reason, nothing stored.
    long stored = rows.count();
    refused("vanphong", body("PROPOSAL_THROUGH", null, today, THROUGH), HttpStatus.FORBIDDEN, "quản trị");
    refused("admin", body("PROPOSAL_VIA", null, today, THROUGH), HttpStatus.BAD_REQUEST, "PROPOSAL_VIA");
    refused("admin", body("PROPOSAL_REQUEST", "BANG_KHEN_UBND", today, "{issuer} đề nghị {chairman} tặng {award}"),
        HttpStatus.BAD_REQUEST, "{chairman}");
    refused("admin", body("ACHIEVEMENT_FORM", "TAP_THE", today, "Mẫu số 04"), HttpStatus.BAD_REQUEST, "TAP_THE");
    refused("admin", body("PROPOSAL_THROUGH", null, LocalDate.of(2017, 8, 1), THROUGH), HttpStatus.BAD_REQUEST,
        "01/08/2017");
    Map<String, Object> noSource = body("PROPOSAL_THROUGH", null, today, THROUGH);
    noSource.remove("sourceNote");
    refused("admin", noSource, HttpStatus.BAD_REQUEST, "nguồn");
    assertThat(rows.count()).isEqualTo(stored);

    ResponseEntity<Map<String, Object>> made = as("admin").exchange(BASE, HttpMethod.POST, json(body(
        "PROPOSAL_THROUGH", null, today, THROUGH)), MAP);
    assertThat(made.getStatusCode()).as(String.valueOf(made.getBody())).isEqualTo(HttpStatus.CREATED);
    assertThat(wordings.text(DocumentWordingService.PROPOSAL_THROUGH, "BANG_KHEN_UBND", today, Map.of()))
        .isEqualTo(THROUGH);
    assertThat(wordings.text(DocumentWordingService.PROPOSAL_THROUGH, "BANG_KHEN_UBND", today.minusDays(1),
        Map.of())).as("documents dated before keep the old wording").isEqualTo(before);

    DocumentWording flagged = rows.findByKeyOrderByValidFromDesc(DocumentWordingService.ACHIEVEMENT_FORM).stream()
        .filter(DocumentWording::isToConfirm).findFirst().orElseThrow();
    refused("admin", Map.of(), HttpStatus.BAD_REQUEST, "nguồn", BASE + "/" + flagged.getId() + "/confirm",
        HttpMethod.PUT);
    ResponseEntity<Map<String, Object>> confirmed = as("admin").exchange(BASE + "/" + flagged.getId() + "/confirm",
        HttpMethod.PUT, json(Map.of("sourceNote", "Đã đối chiếu Phụ lục của Nghị định số 152/2025/NĐ-CP")), MAP);
    assertThat(confirmed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(confirmed.getBody()).containsEntry("toConfirm", false);
    assertThat(audit.find(AuditedObject.DOCUMENT_WORDING, String.valueOf(flagged.getId()), 5)).hasSize(1);
  }

  private void refused(String user, Map<String, ?> body, HttpStatus status, String reason) {
    refused(user, body, status, reason, BASE, HttpMethod.POST);
  }

  private void refused(String user, Map<String, ?> body, HttpStatus status, String reason, String path,
      HttpMethod method) {
    ResponseEntity<Map<String, Object>> answer = as(user).exchange(path, method, json(body), MAP);
    assertThat(answer.getStatusCode()).as(reason + ": " + answer.getBody()).isEqualTo(status);
    assertThat(String.valueOf(answer.getBody())).contains(reason);
  }

  private static Map<String, Object> body(String key, String variant, LocalDate from, String wording) {
    Map<String, Object> b = new HashMap<>();
    b.put("key", key);
    b.put("variant", variant);
    b.put("validFrom", from.toString());
    b.put("wording", wording);
    b.put("sourceNote", "Quyết định của UBND tỉnh về cơ quan thường trực Hội đồng Thi đua – Khen thưởng (thử)");
    return b;
  }

  private static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }
}
