package vn.gov.soctrang.tnmt.tdkt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;

/**
 * The typed request records refuse bad bodies as the hand-written checks did: 400, {@code {"status", "message",
 * "messages"}}, every Vietnamese message in the order of the record's fields, and nothing else in the answer.
 */
@SharedApplication
class TypedRequestRestTest {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate rest;

  private ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body), MAP);
  }

  @Test
  void aRevocationWithoutAnythingListsEveryMissingFieldInOrder() {
    ResponseEntity<Map<String, Object>> refused = call("admin", HttpMethod.POST, "/api/admin/awards/1/revocation",
        Map.of());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> expected = List.of("Vui lòng nhập «Căn cứ hủy bỏ (ground)».", "Vui lòng nhập «Lý do hủy bỏ (reason)».",
        "Vui lòng nhập «Tài liệu, chứng cứ (evidence)».", "Vui lòng nhập «Số quyết định hủy bỏ (decisionNumber)».",
        "Vui lòng nhập «Ngày quyết định hủy bỏ (decisionDate)».", "Vui lòng nhập «Người ký quyết định (signer)».",
        "Vui lòng nhập «Cơ quan, người có thẩm quyền quyết định (authority)».");
    assertThat(refused.getBody()).containsOnlyKeys("status", "message", "messages")
        .containsEntry("status", 400).containsEntry("messages", expected)
        .containsEntry("message", String.join(" ", expected));
  }

  @Test
  void aRevocationTooLongOrWithAnImpossibleDateSaysSo() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ground", "KE_KHAI_GIAN_DOI");
    body.put("reason", "x".repeat(2001));
    body.put("evidence", "Biên bản");
    body.put("decisionNumber", "15/QĐ-STNMT");
    body.put("decisionDate", "31/02/2026");
    body.put("signer", "Giám đốc");
    body.put("authority", "Giám đốc Sở");
    ResponseEntity<Map<String, Object>> refused = call("admin", HttpMethod.POST, "/api/admin/awards/1/revocation",
        body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("messages", List.of(
        "«Lý do hủy bỏ (reason)» quá dài: tối đa 2000 ký tự, đã nhập 2001.",
        "«Ngày quyết định hủy bỏ (decisionDate)» không phải là ngày hợp lệ (nhập ngày/tháng/năm, ví dụ 28/11/2026)."));
  }

  @Test
  void startingACycleNamesEveryFieldItDoesNotTake() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", 2031);
    body.put("reportDeadline", "2031-12-01");
    body.put("status", "FINISHED");
    body.put("hacker", 1);
    ResponseEntity<Map<String, Object>> refused = call("vanphong", HttpMethod.POST, "/api/cycles", body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message")).isIn("Trường không được hỗ trợ: status, hacker.",
        "Trường không được hỗ trợ: hacker, status.");
    assertThat(rest.withBasicAuth("vanphong", "demo").getForObject("/api/cycles", String.class))
        .doesNotContain("2031");
  }

  @Test
  void anObjectionNeedsTheNominationAsAJsonNumber() {
    ResponseEntity<Map<String, Object>> refused = call("qlddcv", HttpMethod.POST, "/api/cycles/2031/objections",
        Map.of("nominationId", "12", "content", "Phản đối"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message",
        "Vui lòng chọn đề nghị khen thưởng (nominationId là một số).");
  }

  @Test
  void aHolidayNeedsItsName() {
    ResponseEntity<Map<String, Object>> refused = call("admin", HttpMethod.PUT, "/api/admin/holidays/2031-03-03",
        Map.of("note", "Thông báo"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message",
        "Vui lòng nhập tên ngày nghỉ hoặc ngày làm bù (tối đa 200 ký tự).");
  }

  @Test
  void whoAmIShowsThePersonOnlyForAPersonOfTheOrganisation() {
    Map<String, Object> person = call("qlddtruong", HttpMethod.GET, "/api/me", null).getBody();
    assertThat(person).containsKeys("username", "groups", "fullName", "position", "unit");
    Map<String, Object> admin = call("admin", HttpMethod.GET, "/api/me", null).getBody();
    assertThat(admin).containsEntry("username", "admin").containsKey("groups");
  }
}
