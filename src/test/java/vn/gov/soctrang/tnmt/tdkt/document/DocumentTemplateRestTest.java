package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * An administrator replaces the decision's template through the API, as the "done when" says: downloads the
 * default, edits it as Word would, uploads it with today as its date; the next decision is written from it, the
 * decision written before stays as it was; a broken template, a past date, a non-administrator are refused with the
 * reason and nothing stored; a template dated later waits for its date.
 */
@SharedApplication
class DocumentTemplateRestTest {

  private static final int YEAR = TestClock.startYear();
  private static final String BASE = "/api/admin/document-templates";
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };
  private static final String ARTICLE_2 = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.";
  private static final String NEW_ARTICLE_2 = "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.";

  @Autowired TestRestTemplate rest;
  @Autowired CycleRepository cycles;
  @Autowired DocumentService documents;
  @Autowired DocumentTemplateRepository templates;
  @Autowired AuditService audit;

  @Test
  void theAdministratorReplacesTheDecisionTemplateAndOnlyTheNextDecisionUsesIt() throws Exception {
    long cycleId = cycle();
    GeneratedDocument before = decision(cycleId);
    assertThat(before.getTemplateId()).as("written from the shipped template").isNull();
    byte[] beforeBytes = documents.file(before).content();
    assertThat(text(beforeBytes)).contains(ARTICLE_2).doesNotContain("{{");

    ResponseEntity<Map<String, Object>> fields = as("admin").exchange(BASE + "/DIRECTOR_DECISION/fields",
        HttpMethod.GET, null, MAP);
    assertThat(fields.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(String.valueOf(fields.getBody().get("fields"))).contains("{{so_ky_hieu}}", "{{danh_sach.ho_ten}}");
    assertThat(((Map<?, ?>) fields.getBody().get("fields")).keySet().iterator().next())
        .as("the fields in the order declared, the heading's first").isEqualTo("{{co_quan_chu_quan}}");

    byte[] shipped = download("admin", BASE + "/DIRECTOR_DECISION/docx");
    assertThat(text(shipped)).contains("{{so_ky_hieu}}").contains("{{danh_sach.ho_ten}}").contains(ARTICLE_2);
    byte[] edited = edit(shipped, ARTICLE_2, NEW_ARTICLE_2 + " Mẫu của {{co_quan}}.");

    // Refused, with the reason, and nothing stored.
    assertRefused("vanphong", edited, today(), HttpStatus.FORBIDDEN, "Chỉ quản trị hệ thống");
    assertRefused("admin", edit(shipped, ARTICLE_2, "Điều 2. Có hiệu lực từ {{ngay_hieu_luc}}."), today(),
        HttpStatus.BAD_REQUEST, "{{ngay_hieu_luc}}");
    assertRefused("admin", edit(shipped, ARTICLE_2, "Điều 2. {{danh_sach.ho_ten}} chịu trách nhiệm."), today(),
        HttpStatus.BAD_REQUEST, "phải nằm trong một dòng của bảng");
    assertRefused("admin", edited, TestClock.today().minusDays(1).toString(), HttpStatus.BAD_REQUEST, "đã qua");
    assertRefused("admin", "PK không phải Word".getBytes(), today(), HttpStatus.BAD_REQUEST, "không phải tệp Word");
    assertRefused("admin", edited, null, HttpStatus.BAD_REQUEST, "Chưa nhập ngày áp dụng");

    ResponseEntity<Map<String, Object>> uploaded = upload("admin", edited, today(), "Sửa Điều 2 theo góp ý");
    assertThat(uploaded.getStatusCode()).as(String.valueOf(uploaded.getBody())).isEqualTo(HttpStatus.CREATED);
    long templateId = ((Number) uploaded.getBody().get("id")).longValue();
    assertThat(audit.find(AuditedObject.DOCUMENT_TEMPLATE, String.valueOf(templateId), 5)).hasSize(1);

    GeneratedDocument after = decision(cycleId);
    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(after.getTemplateId()).isEqualTo(templateId);
    String afterText = text(documents.file(after).content());
    assertThat(afterText).contains(NEW_ARTICLE_2 + " Mẫu của Sở").doesNotContain(ARTICLE_2).doesNotContain("{{");
    assertThat(documents.file(documents.find(before.getId()).orElseThrow()).content())
        .as("the decision written before is never written again").isEqualTo(beforeBytes);

    // A template dated later applies from its date: today's documents keep today's template.
    String later = TestClock.today().plusDays(10).toString();
    byte[] laterTemplate = edit(shipped, ARTICLE_2, "Điều 2. Mẫu áp dụng sau.");
    assertThat(upload("admin", laterTemplate, later, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(decision(cycleId).getTemplateId()).isEqualTo(templateId);
    assertThat(text(download("admin", BASE + "/DIRECTOR_DECISION/docx?on=" + later))).contains("Mẫu áp dụng sau");
    assertThat(text(download("admin", BASE + "/DIRECTOR_DECISION/docx"))).contains(NEW_ARTICLE_2);
    assertThat(templates.count()).isEqualTo(2);
  }

  private void assertRefused(String user, byte[] file, String effectiveFrom, HttpStatus status, String reason) {
    long stored = templates.count();
    ResponseEntity<Map<String, Object>> answer = upload(user, file, effectiveFrom, null);
    assertThat(answer.getStatusCode()).as(reason + ": " + answer.getBody()).isEqualTo(status);
    assertThat(String.valueOf(answer.getBody())).contains(reason);
    assertThat(templates.count()).as("nothing stored: " + reason).isEqualTo(stored);
  }

  private long cycle() {
    if (cycles.findByYear(YEAR).isEmpty()) {
      Map<String, Object> start = Map.of("variables", Map.of("cycleYear", Map.of("value", YEAR),
          "reportDeadline", Map.of("value", TestClock.today().plusDays(20).toString()),
          "finalSummary", Map.of("value", false)));
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      assertThat(as("vanphong").exchange("/engine-rest/process-definition/key/annual-cycle/submit-form",
          HttpMethod.POST, new HttpEntity<>(start, headers), MAP).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    return cycles.findByYear(YEAR).orElseThrow().getId();
  }

  /** The draft decision, as the step that opens the Director's decision writes it. */
  private GeneratedDocument decision(long cycleId) {
    return documents.directorDecision(cycleId, null, null, "vanphong").get(0);
  }

  private static String today() {
    return TestClock.today().toString();
  }

  /** What Word does to a paragraph edited by hand: the new text in two runs of different format. */
  private static byte[] edit(byte[] docx, String paragraph, String replacement) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      boolean found = false;
      for (XWPFParagraph p : doc.getParagraphs()) {
        if (p.getText().equals(paragraph)) {
          found = true;
          while (p.getRuns().size() > 1) {
            p.removeRun(1);
          }
          int half = replacement.length() / 2;
          p.getRuns().get(0).setText(replacement.substring(0, half), 0);
          XWPFRun second = p.createRun();
          second.setItalic(true);
          second.setText(replacement.substring(half));
        }
      }
      assertThat(found).as("the template has the paragraph «" + paragraph + "»").isTrue();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static String text(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private byte[] download(String user, String path) {
    ResponseEntity<byte[]> answer = as(user).exchange(path, HttpMethod.GET, null, byte[].class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<Map<String, Object>> upload(String user, byte[] content, String effectiveFrom,
      String note) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "mau-quyet-dinh.docx";
      }
    }));
    if (effectiveFrom != null) {
      parts.add("effectiveFrom", effectiveFrom);
    }
    if (note != null) {
      parts.add("note", note);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).exchange(BASE + "/DIRECTOR_DECISION", HttpMethod.POST, new HttpEntity<>(parts, headers), MAP);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, "demo");
  }
}
