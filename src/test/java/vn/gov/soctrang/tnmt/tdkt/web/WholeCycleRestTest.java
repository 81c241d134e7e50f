package vn.gov.soctrang.tnmt.tdkt.web;

import vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
import vn.gov.soctrang.tnmt.tdkt.FormVariables;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.SharedApplication;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;
import vn.gov.soctrang.tnmt.tdkt.IsoDates;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import java.util.Set;

/**
 * One whole cycle of the current year through REST, as the Department's real users would run it in Tasklist:
 * reports and nominations, the Council's secret ballot, disclosure with an objection, the Director's Giấy khen and
 * the province's Bằng khen (answered by message), publication, the register, the public page and a revocation.
 */
@SharedApplication
class WholeCycleRestTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int YEAR = TestClock.startYear();
  private static final String KEY = "TDKT-" + YEAR;
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");
  private static final String BALLOT = "ballotApprovals";
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  @Autowired TestRestTemplate rest;
  @Autowired OrganizationService organization;
  /** The job executor is off in tests: the test runs the asynchronous continuations where it would. */
  @Autowired ManagementService management;
  @Autowired org.camunda.bpm.engine.HistoryService history;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void aWholeYearRunsThroughRestAsTheRealUsers() {
    String cycleId = startTheYear();
    organization.activeUnits().stream().map(Unit::getCode).forEach(this::registerAndReport);
    Jobs.runAll(management); // the list is evaluated in a job after the last unit
    submit("vanphong", "confirmNominationList", Map.of("confirmList", true));
    Jobs.runAll(management);

    String clerk = fullName("qlddcv");
    String head = fullName("qlddtruong");
    Map<String, String> ids = councilVotesForEverything();
    assertThat(ids).hasSize(3);
    theBallotsLeftNoTrace();
    submit("chanhvanphong", "confirmMinutes", Map.of("confirmMinutes", true));

    anObjectionIsFiledThenDismissed(cycleId, idOf(ids, clerk), clerk);

    submit("giamdoc", "decideAwards", Map.of("decisionNumber", "125/QĐ-STNMT", "decisionDate", today()));
    assertThat(activeAwards()).hasSize(2);
    theProvinceApprovesByMessage(idOf(ids, head), head);

    Map<String, Object> featured = awardOf(head);
    submit("ttcnttcv", "publishModels", Map.of("publicationTitle", "Điển hình tiên tiến năm " + YEAR,
        "publicationIntro", "Các tập thể, cá nhân tiêu biểu trong phong trào",
        "featuredAwards", List.of(String.valueOf(featured.get("id")))));
    theCycleHasEnded(cycleId);

    theRegisterAndThePublicPageShowTheYear(clerk, head);
    theDocumentsReachOnlyThoseAllowed();
    anAdministratorRevokesAnAward(awardOf(clerk), clerk, head);
    everyDateUsersReadIsWrittenTheVietnameseWay(cycleId);
  }

  // Dates as people read them: forms, documents (titles and text), messages, the public page.

  private void everyDateUsersReadIsWrittenTheVietnameseWay(String cycleId) {
    Set<String> shown = IsoDates.variablesShownInForms();
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .variableNameIn(shown.toArray(String[]::new)).list();
    assertThat(variables).as("texts the forms showed during the cycle").extracting(v -> v.getName())
        .contains("minutesText", "councilInfoText", "documentsText", "consolidationSummaryText");
    variables.stream().filter(v -> v.getValue() != null).forEach(v -> IsoDates.assertNone("form variable "
        + v.getName(), String.valueOf(v.getValue())));

    List<Map<String, Object>> documents = get("vanphong", "/api/cycles/" + YEAR + "/documents?versions=true", LIST)
        .getBody();
    assertThat(documents).isNotEmpty();
    for (Map<String, Object> document : documents) {
      String title = (String) document.get("title");
      IsoDates.assertNone("the title of " + document.get("kind"), title);
      byte[] content = rest.withBasicAuth("vanphong", "demo").getForEntity((String) document.get("download"),
          byte[].class).getBody();
      assertThat(content).as(title).isNotEmpty();
      if (content[0] == 'P' && content[1] == 'K') { // a .docx (the public list is also a PDF, read as the page)
        IsoDates.assertNone(title, IsoDates.docxText(content));
      }
    }
    jdbc.queryForList("select subject, body from notification").forEach(n -> IsoDates.assertNone(
        "notification " + n.get("subject"), n.get("subject") + "\n" + n.get("body")));
    jdbc.queryForList("select subject, body_text from mail_outbox").forEach(m -> IsoDates.assertNone(
        "mail " + m.get("subject"), m.get("subject") + "\n" + m.get("body_text")));
    IsoDates.assertNone("the public page", publicHtml());
  }

  // The generated documents: listed and downloaded by role; the upward dossier as one ZIP; the public PDF.

  private void theDocumentsReachOnlyThoseAllowed() {
    List<Map<String, Object>> all = get("vanphong", "/api/cycles/" + YEAR + "/documents", LIST).getBody();
    assertThat(all).extracting(d -> d.get("kind")).contains("CONSOLIDATED_REPORT", "COUNCIL_MINUTES", "PROPOSAL",
        "ACHIEVEMENT_REPORT", "DIRECTOR_DECISION", "CERTIFICATES", "PUBLIC_LIST");
    String minutes = all.stream().filter(d -> d.get("kind").equals("COUNCIL_MINUTES")).map(d -> (String) d.get(
        "download")).findFirst().orElseThrow();
    String proposal = all.stream().filter(d -> d.get("kind").equals("PROPOSAL")).map(d -> (String) d.get(
        "download")).findFirst().orElseThrow();

    ResponseEntity<byte[]> asOffice = rest.withBasicAuth("vanphong", "demo").getForEntity(minutes, byte[].class);
    assertThat(asOffice.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asOffice.getHeaders().getContentType().toString()).contains("wordprocessingml");
    assertThat(asOffice.getHeaders().getContentDisposition().getFilename()).startsWith("bien-ban-hop-hoi-dong");
    assertThat(rest.withBasicAuth("khtctruong", "demo").getForEntity(minutes, byte[].class).getStatusCode())
        .as("a Council member reads the minutes").isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth("ccbvmtcv", "demo").getForEntity(minutes, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("qlddcv", "demo").getForEntity(proposal, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("ccbvmtcv", "/api/cycles/" + YEAR + "/documents", LIST).getBody()).extracting(d -> d.get("kind"))
        .containsOnly("PUBLIC_LIST");

    ResponseEntity<byte[]> dossier = rest.withBasicAuth("vanphong", "demo")
        .getForEntity("/api/cycles/" + YEAR + "/dossiers/BANG_KHEN_UBND", byte[].class);
    assertThat(dossier.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dossier.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("application/zip"));
    assertThat(rest.withBasicAuth("qlddtruong", "demo").getForEntity("/api/cycles/" + YEAR
        + "/dossiers/BANG_KHEN_UBND", byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<byte[]> pdf = rest.getForEntity("/cong-bo/" + YEAR + ".pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  // Step 1: the year starts, every unit reports, the Office consolidates.

  private String startTheYear() {
    ResponseEntity<Map<String, Object>> started = post("vanphong",
        "/engine-rest/process-definition/key/annual-cycle/submit-form", Map.of("variables", FormVariables.of(Map.of(
            "cycleYear", YEAR, "reportDeadline", TestClock.today().plusDays(20).toString(), "finalSummary", false))),
        MAP);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    Jobs.startUnitReports(management);
    return (String) started.getBody().get("id");
  }

  private void registerAndReport(String unit) {
    String staff = unit + "cv";
    submit(staff, "registerCommitment", Map.of("commitment", "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao",
        "localityCode", "x-phutam", "supportPlan", "Hướng dẫn thủ tục đất đai cho người dân"));
    Map<String, Object> report = new HashMap<>(Map.of("guidanceOnTime", true, "propagandaDone", true,
        "localitySupported", true, "reportSummary", "Hoàn thành nhiệm vụ năm " + YEAR));
    if (unit.equals("qldd")) {
      report.putAll(Map.of("collectiveProposed", true, "collectiveAward", "GIAY_KHEN",
          "collectiveAchievements", "Hỗ trợ xã Phú Tâm đạt chuẩn nông thôn mới nâng cao"));
      report.putAll(individual(1, "qlddcv", "GIAY_KHEN", "Sáng kiến số hóa hồ sơ địa chính"));
      report.putAll(individual(2, "qlddtruong", "BANG_KHEN_UBND", "Giải pháp rút ngắn thời gian giải quyết hồ sơ"));
    }
    submit(staff, "draftReport", report);
    submit(unit + "truong", "approveReport", Map.of("headDecision", "APPROVE"));
    submit("vanphong", "reviewReport", "&processVariables=unitCode_eq_" + unit, Map.of("officeDecision", "ACCEPT"));
  }

  private static Map<String, Object> individual(int slot, String person, String award, String initiative) {
    String p = "individual" + slot;
    return Map.of(p + "Person", person, p + "Award", award, p + "TasksCompleted", true,
        p + "Achievements", "Tham mưu tháo gỡ vướng mắc đất đai cho cơ sở", p + "Initiatives", initiative);
  }

  // Step 2: no inspection, the Council meets in full and every member approves every nomination.

  /** @return the nominations' ids by their ballot label */
  private Map<String, String> councilVotesForEverything() {
    submit("vanphong", "decideInspection", Map.of("inspectionNeeded", "NO"));
    submit("chanhvanphong", "openCouncilMeeting", CouncilMeetingForm.rest(today(), COUNCIL));
    // The chair and the secretary seal the ballot box, each with their own passphrase.
    for (String holder : List.of("giamdoc", "chanhvanphong")) {
      submit(holder, "sealBallotBox", "&assignee=" + holder, BallotBoxKeys.seal(holder));
    }
    Jobs.runAll(management);
    Map<String, String> ids = new LinkedHashMap<>();
    for (String member : COUNCIL) {
      String ballot = taskId(member, "castBallot", "&assignee=" + member);
      if (ids.isEmpty()) {
        ballotOptions(member, ballot).forEach(o -> ids.put((String) o.get("label"), (String) o.get("value")));
      }
      complete(member, ballot, Map.of(BALLOT, List.copyOf(ids.values())));
    }
    Jobs.runAll(management);
    // Both open the box before the counting committee; the counts are written only now.
    submit("giamdoc", "openBallotBox", BallotBoxKeys.open("giamdoc", "chanhvanphong"));
    Jobs.runAll(management);
    return ids;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> ballotOptions(String member, String taskId) {
    Map<String, Object> variables = get(member, "/engine-rest/task/" + taskId
        + "/form-variables?variableNames=ballotOptions", MAP).getBody();
    return (List<Map<String, Object>>) ((Map<String, Object>) variables.get("ballotOptions")).get("value");
  }

  // Step 7: nobody, not even an administrator, finds how a member voted.

  private void theBallotsLeftNoTrace() {
    assertThat(get("admin", "/engine-rest/variable-instance?variableName=" + BALLOT, LIST).getBody()).isEmpty();
    assertThat(get("admin", "/engine-rest/history/variable-instance?variableName=" + BALLOT, LIST).getBody())
        .isEmpty();
    List<Map<String, Object>> details = get("admin", "/engine-rest/history/detail?deserializeValues=false", LIST)
        .getBody();
    assertThat(details).isNotEmpty().filteredOn(d -> BALLOT.equals(d.get("variableName"))
        || BALLOT.equals(d.get("fieldId")) || BALLOT.equals(d.get("propertyId"))).isEmpty();
    // Nor the passphrases of the ballot box, whose keys are destroyed once counted.
    for (String secret : List.of("sealPassphrase", "sealPassphraseRepeat", "chairPassphrase", "secretaryPassphrase")) {
      assertThat(details).filteredOn(d -> secret.equals(d.get("variableName")) || secret.equals(d.get("propertyId")))
          .as(secret).isEmpty();
      assertThat(get("admin", "/engine-rest/history/variable-instance?variableName=" + secret, LIST).getBody())
          .as(secret).isEmpty();
    }
  }

  // Step 3: an objection holds a nomination until the Council dismisses it.

  private void anObjectionIsFiledThenDismissed(String cycleId, String nominationId, String nominee) {
    ResponseEntity<Map<String, Object>> filed = post("ccbvmtcv", "/api/cycles/" + YEAR + "/objections",
        Map.of("nominationId", Long.valueOf(nominationId), "content", "Thành tích sáng kiến chưa được xác nhận"), MAP);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(statusOf(nominee)).isEqualTo("OBJECTED");

    // The disclosure period ends: the administrator runs its timer as Cockpit would.
    List<Map<String, Object>> timers = get("admin", "/engine-rest/job?processInstanceId=" + cycleId
        + "&activityId=disclosurePeriod", LIST).getBody();
    assertThat(timers).hasSize(1);
    ResponseEntity<String> executed = post("admin", "/engine-rest/job/" + timers.get(0).get("id") + "/execute",
        Map.of(), String.class);
    assertThat(executed.getStatusCode()).as(executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    submit("vanphong", "ruleOnObjections", Map.of("upheldObjections", List.of(),
        "rulingNote", "Sáng kiến đã được Hội đồng sáng kiến cơ sở công nhận; không chấp nhận ý kiến phản đối"));
    assertThat(statusOf(nominee)).isEqualTo("COUNCIL_APPROVED");
  }

  // Step 4: the Bằng khen goes up to the province, whose answer arrives as a message.

  private void theProvinceApprovesByMessage(String nominationId, String nominee) {
    submit("vanphong", "prepareProvinceDossier", Map.of("proposalNumber", "45/TTr-STNMT", "proposalDate", today(),
        "dossierDocuments", List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS")));
    submit("giamdoc", "signProvinceProposal", Map.of("signDecision", "SIGN"));
    submit("vanphong", "recordProvinceDispatch", Map.of("dispatchNumber", "312/STNMT-VP", "dispatchDate", today(),
        "otherAgencies", false));
    assertThat(statusOf(nominee)).isEqualTo("SUBMITTED_UPWARD");

    Map<String, Object> answer = new HashMap<>(FormVariables.of(Map.of("approvedNominations", List.of(nominationId),
        "provinceDecisionDate", today())));
    ResponseEntity<Map<String, Object>> refused = post("vanphong", "/engine-rest/message", message(answer), MAP);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("Vui lòng nhập số quyết định khen thưởng của tỉnh");
    taskId("vanphong", "recordProvinceAnswer", "");
    assertThat(statusOf(nominee)).isEqualTo("SUBMITTED_UPWARD");
    assertThat(activeAwards()).hasSize(2);

    answer.putAll(FormVariables.of(Map.of("provinceDecisionNumber", "1520/QĐ-UBND")));
    ResponseEntity<String> delivered = post("vanphong", "/engine-rest/message", message(answer), String.class);
    assertThat(delivered.getStatusCode()).as(delivered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(statusOf(nominee)).isEqualTo("AWARDED");
  }

  private static Map<String, Object> message(Map<String, Object> processVariables) {
    return Map.of("messageName", "provinceAnswer", "businessKey", KEY,
        "correlationKeys", Map.of("awardType", Map.of("value", "BANG_KHEN_UBND", "type", "String")),
        "processVariables", processVariables);
  }

  // Step 5: published by the IT Center, the cycle is over.

  private void theCycleHasEnded(String cycleId) {
    assertThat(get("vanphong", "/engine-rest/history/process-instance/" + cycleId, MAP).getBody())
        .containsEntry("state", "COMPLETED");
    assertThat(get("vanphong", "/engine-rest/task?processInstanceBusinessKey=" + KEY, LIST).getBody()).isEmpty();
    assertThat(get("vanphong", "/api/cycles", LIST).getBody()).anySatisfy(c ->
        assertThat(c).containsEntry("year", YEAR).containsEntry("status", "FINISHED"));
  }

  // Step 6: the register, the public page, and a revocation.

  private void theRegisterAndThePublicPageShowTheYear(String clerk, String head) {
    List<Map<String, Object>> awards = activeAwards();
    assertThat(awards).hasSize(3);
    assertThat(awards).filteredOn(a -> "Giấy khen của Giám đốc Sở".equals(a.get("award"))).hasSize(2)
        .allSatisfy(a -> assertThat(a).containsEntry("decisionNumber", "125/QĐ-STNMT")
            .containsEntry("authority", "Giám đốc Sở"));
    assertThat(awardOf(head)).containsEntry("award", "Bằng khen của Chủ tịch UBND tỉnh")
        .containsEntry("authority", "Chủ tịch UBND tỉnh").containsEntry("decisionNumber", "1520/QĐ-UBND");

    String page = publicHtml();
    assertThat(page).contains(clerk, head, "Phòng Quản lý đất đai", "Điển hình tiên tiến năm " + YEAR);
    ResponseEntity<Map<String, Object>> json = rest.exchange("/cong-bo/" + YEAR, HttpMethod.GET,
        accepting(MediaType.APPLICATION_JSON), MAP);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.getBody()).containsEntry("year", YEAR);
    assertThat((List<?>) json.getBody().get("awards")).hasSize(3);
  }

  private void anAdministratorRevokesAnAward(Map<String, Object> award, String nominee, String stillListed) {
    String path = "/api/admin/awards/" + award.get("id") + "/revocation";
    assertThat(post("vanphong", path, Map.of("reason", "Kê khai không trung thực"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> decided = new java.util.HashMap<>(Map.of("ground", "KE_KHAI_GIAN_DOI",
        "evidence", "Kết luận thanh tra số 12/KL-TTr", "decisionNumber", "15/QĐ-STNMT",
        "decisionDate", vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(TestClock.today()),
        "signer", "Giám đốc Sở", "authority", "Giám đốc Sở"));
    decided.put("reason", " ");
    ResponseEntity<Map<String, Object>> empty = post("admin", path, decided, MAP);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().get("message").toString()).contains("Vui lòng nhập «Lý do hủy bỏ (reason)»");
    assertThat(activeAwards()).hasSize(3);

    decided.put("reason", "Kê khai thành tích không trung thực");
    ResponseEntity<Map<String, Object>> revoked = post("admin", path, decided, MAP);
    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revoked.getBody()).containsEntry("status", "REVOKED");
    assertThat(get("vanphong", "/api/awards/" + award.get("id") + "/history", LIST).getBody())
        .extracting(e -> e.get("action")).containsExactly("ENTERED", "REVOKED");
    assertThat(activeAwards()).hasSize(2);
    assertThat(publicHtml()).doesNotContain(nominee).contains(stillListed);
  }

  // Reading the app's API.

  private String fullName(String user) {
    return (String) get(user, "/api/me", MAP).getBody().get("fullName");
  }

  private static String idOf(Map<String, String> idsByLabel, String nominee) {
    List<String> found = idsByLabel.entrySet().stream().filter(e -> e.getKey().contains(" · " + nominee + " · "))
        .map(Map.Entry::getValue).toList();
    assertThat(found).as("ballot option of %s", nominee).hasSize(1);
    return found.get(0);
  }

  private String statusOf(String nominee) {
    List<Map<String, Object>> found = get("vanphong", "/api/cycles/" + YEAR + "/nominations", LIST).getBody()
        .stream().filter(n -> nominee.equals(n.get("nominee"))).toList();
    assertThat(found).as("nomination of %s", nominee).hasSize(1);
    return (String) found.get(0).get("status");
  }

  private List<Map<String, Object>> activeAwards() {
    return get("vanphong", "/api/awards?year=" + YEAR, LIST).getBody().stream()
        .filter(a -> "ACTIVE".equals(a.get("status"))).toList();
  }

  private Map<String, Object> awardOf(String nominee) {
    List<Map<String, Object>> found = activeAwards().stream().filter(a -> nominee.equals(a.get("nominee"))).toList();
    assertThat(found).as("award of %s", nominee).hasSize(1);
    return found.get(0);
  }

  /** The public page, as anyone on the internet sees it. */
  private String publicHtml() {
    ResponseEntity<String> page = rest.exchange("/cong-bo/" + YEAR, HttpMethod.GET, accepting(MediaType.TEXT_HTML),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    return page.getBody();
  }

  // Working on tasks as Tasklist does.

  private void submit(String user, String taskKey, Map<String, Object> values) {
    submit(user, taskKey, "", values);
  }

  private void submit(String user, String taskKey, String filter, Map<String, Object> values) {
    complete(user, taskId(user, taskKey, filter), values);
  }

  private String taskId(String user, String taskKey, String filter) {
    Jobs.runDocumentTasks(management); // documents the step before left to their own jobs
    List<Map<String, Object>> open = get(user, "/engine-rest/task?processInstanceBusinessKey=" + KEY
        + "&taskDefinitionKey=" + taskKey + filter, LIST).getBody();
    assertThat(open).as("%s of %s", taskKey, user).hasSize(1);
    return (String) open.get(0).get("id");
  }

  private void complete(String user, String taskId, Map<String, Object> values) {
    ResponseEntity<String> done = post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", FormVariables.of(values)), String.class);
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runDocumentTasks(management); // the documents this step leaves to their own jobs
  }


  private static String today() {
    return TestClock.today().toString();
  }

  // HTTP as a given demo user (every password is "demo").

  private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, type);
  }

  private <T> ResponseEntity<T> post(String user, String path, Object body, ParameterizedTypeReference<T> type) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, jsonBody(body), type);
  }

  private ResponseEntity<String> post(String user, String path, Object body, Class<String> type) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, jsonBody(body), type);
  }

  private static HttpEntity<Object> jsonBody(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static HttpEntity<Void> accepting(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(type));
    return new HttpEntity<>(headers);
  }
}
