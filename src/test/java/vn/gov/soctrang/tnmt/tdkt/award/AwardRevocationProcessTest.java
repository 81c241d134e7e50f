package vn.gov.soctrang.tnmt.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
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
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditEntryRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.movement.MovementService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.publication.Publication;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationRepository;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReport;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportRepository;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * award-revocation: the Office prepares the dossier on one of the law's grounds; the Director decides on a Giấy khen
 * (or returns the dossier, or refuses), the Office records a superior authority's decision on the others; the register
 * marks the award revoked with its ground and decision, keeps its history, and the public page drops it; the Office
 * records what was recovered. Bad input is refused in Vietnamese with the task left open; only the Office starts.
 */
@AtDate("2026-11-16")
class AwardRevocationProcessTest extends ProcessTestSupport {

  private static final int AWARD_YEAR = 2025;
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
      new ParameterizedTypeReference<>() { };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

  @Autowired TestRestTemplate rest;
  @Autowired MovementService movements;
  @Autowired CycleRepository cycles;
  @Autowired UnitReportRepository reports;
  @Autowired NominationRepository nominations;
  @Autowired AwardRepository awards;
  @Autowired AwardEventRepository awardEvents;
  @Autowired AwardRevocationRepository revocations;
  @Autowired PublicationRepository publications;
  @Autowired AuditEntryRepository auditEntries;

  private Award giayKhen;
  private Award bangKhen;

  /** Last year's published cycle: a Giấy khen for qlddcv (the Director's) and a Bằng khen UBND for qlddtruong. */
  @BeforeEach
  void aPublishedYearWithTwoAwards() {
    Instant at = LocalDate.of(AWARD_YEAR, 12, 1).atStartOfDay(ZONE).toInstant();
    Cycle cycle = new Cycle(movements.covering(AWARD_YEAR).orElseThrow(), AWARD_YEAR, LocalDate.of(AWARD_YEAR, 11, 30),
        false, null, "vanphong", at);
    cycle.startConsolidation();
    cycle.confirmConsolidation("vanphong", at, "Đã tổng hợp");
    cycle.startDisclosure(LocalDate.of(AWARD_YEAR, 12, 5));
    cycle.endDisclosure();
    cycle.published();
    cycle = cycles.save(cycle);
    Unit qldd = organizationService.unit("qldd");
    UnitReport report = new UnitReport(cycle.getId(), qldd, null, cycle.getReportDeadline());
    report.registered();
    report.submit(new UnitReport.Content(true, null, 2, true, null, 3, 120, true, "Đã hỗ trợ", "Hoàn thành"),
        "qlddcv", at);
    report.approveByHead("qlddtruong", null);
    report.acceptByOffice("vanphong", null);
    report = reports.save(report);
    giayKhen = awarded(cycle, Nomination.individual(report.getId(), cycle.getId(),
        organizationService.person("qlddcv").orElseThrow(), AwardType.GIAY_KHEN, "Số hóa hồ sơ địa chính",
        "Sáng kiến số hóa", true), "98/QĐ-STNMT", LocalDate.of(AWARD_YEAR, 12, 20), "giamdoc", at);
    bangKhen = awarded(cycle, Nomination.individual(report.getId(), cycle.getId(),
        organizationService.person("qlddtruong").orElseThrow(), AwardType.BANG_KHEN_UBND,
        "Rút ngắn thời gian giải quyết hồ sơ", "Giải pháp một cửa", true), "1520/QĐ-UBND",
        LocalDate.of(AWARD_YEAR, 12, 22), "vanphong", at);
    publications.save(new Publication(cycle.getId(), "Điển hình tiên tiến năm " + AWARD_YEAR, null, List.of(),
        "ttcnttcv", at));
  }

  private Award awarded(Cycle cycle, Nomination n, String number, LocalDate date, String by, Instant at) {
    n.evaluated(true, "Đạt các tiêu chí", at);
    n.councilDecided(true, "Hội đồng đề nghị khen thưởng");
    n.awarded();
    n = nominations.save(n);
    Award award = awards.save(new Award(cycle.getYear(), n, number, date, by, at));
    awardEvents.save(new AwardEvent(award.getId(), AwardEvent.ENTERED, n.getProposedAward().authority()
        + ", quyết định số " + number, by, at));
    return award;
  }

  // ------------------------------------------------------------------ the Director's own award

  @Test
  void theOfficePreparesTheDirectorReturnsThenRevokesTheRegisterAndThePublicPageFollowAndRecoveryIsRecorded() {
    assertThat(publicPage()).contains(giayKhen.getNomineeName(), bangKhen.getNomineeName());

    ProcessInstance instance = start("vanphong");
    assertThat(instance).isWaitingAt(UserTask.PREPARE_REVOCATION.id());
    assertThat(instance).task().hasCandidateGroup("vanphongso");
    assertThat(runtime.getVariable(instance.getId(),
        AwardRevocationVariables.REVOCABLE_AWARD_OPTIONS.name()).toString())
        .contains("\"value\":\"" + giayKhen.getId() + "\"", "\"value\":\"" + bangKhen.getId() + "\"");
    assertThat(runtime.getVariable(instance.getId(),
        AwardRevocationVariables.REVOCATION_GROUND_OPTIONS.name()).toString())
        .contains("KE_KHAI_GIAN_DOI", "HO_SO_SAI_SU_THAT", "XET_DUYET_TRAI_PHAP_LUAT", "KHONG_DAM_BAO_TIEU_CHUAN");

    complete(instance, UserTask.PREPARE_REVOCATION, "vanphong", dossier(giayKhen, "KE_KHAI_GIAN_DOI"));
    assertThat(instance).isWaitingAt(UserTask.DECIDE_REVOCATION.id());
    assertThat(instance).task().hasCandidateGroup("lanhdaoso");
    assertThat(task(instance, UserTask.DECIDE_REVOCATION).getDescription()).contains(giayKhen.getNomineeName());
    assertThat((String) runtime.getVariable(instance.getId(), AwardRevocationVariables.REVOCATION_TEXT.name()))
        .contains("Gian dối trong việc kê khai", "Điều 93", "Kết luận thanh tra số 12/KL-TTr");

    // A Deputy Director sees the task (leadership) but only the Director decides.
    assertThatThrownBy(() -> complete(instance, UserTask.DECIDE_REVOCATION, "phogiamdoc", accept("15/QĐ-STNMT",
        "10/11/2026"))).hasMessageContaining("Chỉ Giám đốc Sở quyết định hủy bỏ");
    assertThat(instance).isWaitingAt(UserTask.DECIDE_REVOCATION.id());

    // Returned to the Office with what is missing, completed, decided.
    complete(instance, UserTask.DECIDE_REVOCATION, "giamdoc",
        Map.of(AwardRevocationVariables.REVOCATION_DECISION.name(), "RETURN",
        AwardRevocationVariables.REVOCATION_COMMENT.name(), "Bổ sung biên bản làm việc với cá nhân"));
    assertThat(instance).isWaitingAt(UserTask.PREPARE_REVOCATION.id());
    assertThat((String) runtime.getVariable(instance.getId(), AwardRevocationVariables.REVOCATION_RETURN_TEXT.name()))
        .contains("Bổ sung biên bản làm việc với cá nhân");
    assertThat(runtime.getVariable(instance.getId(),
        AwardRevocationVariables.REVOCABLE_AWARD_OPTIONS.name()).toString())
        .as("the award of the dossier being completed is still offered").contains("\"" + giayKhen.getId() + "\"");
    Map<String, Object> completed = dossier(giayKhen, "KE_KHAI_GIAN_DOI");
    completed.put(AwardRevocationVariables.REVOCATION_EVIDENCE.name(),
        "Kết luận thanh tra số 12/KL-TTr; biên bản làm việc ngày 02/11/2026");
    complete(instance, UserTask.PREPARE_REVOCATION, "vanphong", completed);
    complete(instance, UserTask.DECIDE_REVOCATION, "giamdoc", accept("15/QĐ-STNMT", "10/11/2026"));

    // The register is changed by its own service task (a job), not by the Director's submission.
    assertThat(instance).isWaitingAt(Activities.APPLY_REVOCATION);
    assertThat(awards.findById(giayKhen.getId()).orElseThrow().isActive()).isTrue();
    runJobs();
    assertThat(instance).isWaitingAt(UserTask.RECORD_REVOCATION_RECOVERY.id());
    assertThat(instance).task().hasCandidateGroup("vanphongso");

    Award revoked = awards.findById(giayKhen.getId()).orElseThrow();
    assertThat(revoked.getStatus()).isEqualTo(Award.REVOKED);
    assertThat(nominations.findById(revoked.getNominationId()).orElseThrow().getStatus())
        .isEqualTo(NominationStatus.AWARD_REVOKED);
    assertThat(awardEvents.findByAwardIdOrderByIdAsc(revoked.getId())).extracting(AwardEvent::getAction)
        .containsExactly(AwardEvent.ENTERED, AwardEvent.REVOKED);
    AwardEvent event = awardEvents.findByAwardIdOrderByIdAsc(revoked.getId()).get(1);
    assertThat(event.getActor()).isEqualTo("giamdoc");
    assertThat(event.getReason()).contains("15/QĐ-STNMT", "10/11/2026", "Gian dối trong việc kê khai",
        "Kê khai thành tích");
    assertThat(auditEntries.findAll()).anySatisfy(e -> assertThat(e.getObjectType()).isEqualTo("AWARD"))
        .filteredOn(e -> "AWARD".equals(e.getObjectType()) && "REVOKED".equals(e.getAction()))
        .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo("giamdoc"));

    // The register and the history show it revoked with ground and decision; the public page drops it.
    Map<String, Object> entry = register().stream().filter(a -> giayKhen.getId().equals(((Number) a.get("id"))
        .longValue())).findFirst().orElseThrow();
    assertThat(entry).containsEntry("status", "REVOKED").containsEntry("statusLabel", "Đã thu hồi");
    @SuppressWarnings("unchecked")
    Map<String, Object> revocation = (Map<String, Object>) entry.get("revocation");
    assertThat(revocation).containsEntry("ground", "KE_KHAI_GIAN_DOI").containsEntry("decisionNumber", "15/QĐ-STNMT")
        .containsEntry("decisionDate", "10/11/2026").containsEntry("authority", "Giám đốc Sở")
        .containsEntry("byDirector", true);
    assertThat((String) revocation.get("legalSource")).contains("Điều 93");
    assertThat(rest.withBasicAuth("vanphong", "demo").exchange("/api/awards/" + giayKhen.getId() + "/history",
        HttpMethod.GET, null, LIST).getBody()).extracting(e -> e.get("action"))
        .containsExactly("ENTERED", "REVOKED");
    assertThat(publicPage()).doesNotContain(giayKhen.getNomineeName()).contains(bangKhen.getNomineeName());

    // Recovery: "nothing recovered" needs a note; the dates are checked.
    Map<String, Object> noNote = new HashMap<>(Map.of(AwardRevocationVariables.CERTIFICATE_RECOVERED.name(), true,
        AwardRevocationVariables.CERTIFICATE_RECOVERED_ON.name(), "12/11/2026",
            AwardRevocationVariables.MONEY_AMOUNT.name(), 0));
    assertThatThrownBy(() -> complete(instance, UserTask.RECORD_REVOCATION_RECOVERY, "vanphong", noNote))
        .hasMessageContaining("Số tiền thu hồi là 0");
    Map<String, Object> future = new HashMap<>(Map.of(AwardRevocationVariables.CERTIFICATE_RECOVERED.name(), true,
        AwardRevocationVariables.CERTIFICATE_RECOVERED_ON.name(), "20/11/2026",
            AwardRevocationVariables.MONEY_AMOUNT.name(), 745000,
        AwardRevocationVariables.MONEY_RECOVERED_ON.name(), "12/11/2026"));
    assertThatThrownBy(() -> complete(instance, UserTask.RECORD_REVOCATION_RECOVERY, "vanphong", future))
        .hasMessageContaining("«Ngày thu hồi hiện vật» không được sau ngày hôm nay");
    assertThat(instance).isWaitingAt(UserTask.RECORD_REVOCATION_RECOVERY.id());
    complete(instance, UserTask.RECORD_REVOCATION_RECOVERY, "vanphong",
        Map.of(AwardRevocationVariables.CERTIFICATE_RECOVERED.name(), true,
        AwardRevocationVariables.CERTIFICATE_RECOVERED_ON.name(), "12/11/2026",
            AwardRevocationVariables.MONEY_AMOUNT.name(), 745000,
        AwardRevocationVariables.MONEY_RECOVERED_ON.name(), "13/11/2026", AwardRevocationVariables.MONEY_NOTE.name(),
            "Nộp lại tại Phòng Kế hoạch – Tài chính"));
    assertThat(instance).isEnded().hasPassed(Activities.AWARD_REVOKED);

    AwardRevocation record = revocations.findByAwardIdOrderByIdAsc(giayKhen.getId()).get(0);
    assertThat(record.getStatus()).isEqualTo(AwardRevocation.Status.COMPLETED);
    assertThat(record.getPreparedBy()).isEqualTo("vanphong");
    assertThat(record.getDecisionDate()).isEqualTo(LocalDate.of(2026, 11, 10));
    assertThat(record.getDecisionSigner()).isEqualTo("Nguyễn Văn Giám");
    assertThat(record.getCertificateRecoveredOn()).isEqualTo(LocalDate.of(2026, 11, 12));
    assertThat(record.getMoneyAmount()).isEqualTo(745000L);
    assertThat(record.getMoneyRecoveredOn()).isEqualTo(LocalDate.of(2026, 11, 13));
    assertThat(record.getProcessInstanceId()).isEqualTo(instance.getId());
  }

  // ------------------------------------------------------------------ an award decided above the Department

  @Test
  void theOfficeRecordsTheSuperiorAuthoritysDecisionOnAnAwardItConferred() {
    ProcessInstance instance = start("chanhvanphong");
    complete(instance, UserTask.PREPARE_REVOCATION, "chanhvanphong", dossier(bangKhen, "HO_SO_SAI_SU_THAT"));
    assertThat(instance).isWaitingAt(UserTask.RECORD_SUPERIOR_REVOCATION.id());
    assertThat(instance).task().hasCandidateGroup("vanphongso");
    assertThat(runtime.getVariable(instance.getId(), AwardRevocationVariables.ISSUING_AUTHORITY.name()))
        .as("the authority that conferred the award, offered as the one that revokes it")
        .isEqualTo("Chủ tịch UBND tỉnh");

    // The Director has no say here, and the Office must enter the decision whole.
    assertThatThrownBy(() -> complete(instance, UserTask.RECORD_SUPERIOR_REVOCATION, "giamdoc",
        superior("2031/QĐ-UBND", "09/11/2026"))).isInstanceOf(AuthorizationException.class);
    Map<String, Object> noSigner = superior("2031/QĐ-UBND", "09/11/2026");
    noSigner.remove(AwardRevocationVariables.DECISION_SIGNER.name());
    assertThatThrownBy(() -> complete(instance, UserTask.RECORD_SUPERIOR_REVOCATION, "vanphong", noSigner))
        .hasMessageContaining("Vui lòng nhập «Người ký quyết định»");

    complete(instance, UserTask.RECORD_SUPERIOR_REVOCATION, "vanphong", superior("2031/QĐ-UBND", "09/11/2026"));
    runJobs();
    assertThat(awards.findById(bangKhen.getId()).orElseThrow().isActive()).isFalse();
    assertThat(awards.findById(giayKhen.getId()).orElseThrow().isActive()).isTrue();
    assertThat(awardEvents.findByAwardIdOrderByIdAsc(bangKhen.getId()).get(1).getReason())
        .contains("2031/QĐ-UBND", "Chủ tịch UBND tỉnh", "Cung cấp thông tin sai sự thật");

    complete(instance, UserTask.RECORD_REVOCATION_RECOVERY, "vanphong", Map.of(
        AwardRevocationVariables.CERTIFICATE_RECOVERED.name(), false, AwardRevocationVariables.CERTIFICATE_NOTE.name(),
            "Cá nhân đã chuyển công tác, đã gửi văn bản đề nghị nộp lại",
        AwardRevocationVariables.MONEY_AMOUNT.name(), 0, AwardRevocationVariables.MONEY_NOTE.name(),
            "Chưa thu hồi, đã đề nghị nộp lại trong 30 ngày"));
    assertThat(instance).isEnded().hasPassed(Activities.AWARD_REVOKED);
    AwardRevocation record = revocations.findByAwardIdOrderByIdAsc(bangKhen.getId()).get(0);
    assertThat(record.isByDirector()).isFalse();
    assertThat(record.getIssuingAuthority()).isEqualTo("Chủ tịch UBND tỉnh");
    assertThat(record.getDecisionRecordedBy()).isEqualTo("vanphong");
    assertThat(record.getCertificateRecovered()).isFalse();
    assertThat(record.getMoneyAmount()).isZero();
  }

  // ------------------------------------------------------------------ bad input, through the REST API as Tasklist sends it

  @Test
  void badInputIsRefusedWithAVietnameseMessageTheTaskStaysOpenAndNothingIsStored() {
    ResponseEntity<Map<String, Object>> started = post("vanphong",
        "/engine-rest/process-definition/key/" + ProcessKeys.AWARD_REVOCATION + "/submit-form",
        Map.of("variables", Map.of()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId((String) started.getBody()
        .get("id")).singleResult();

    Map<String, Object> unknownGround = dossier(giayKhen, "KHONG_CO_TRONG_LUAT");
    assertRefused(instance, UserTask.PREPARE_REVOCATION, "vanphong", unknownGround,
        "«Căn cứ hủy bỏ» không phải là một trường hợp hủy bỏ khen thưởng");
    Map<String, Object> unknownAward = dossier(giayKhen, "KE_KHAI_GIAN_DOI");
    unknownAward.put(AwardRevocationVariables.REVOCATION_AWARD.name(), "999999");
    assertRefused(instance, UserTask.PREPARE_REVOCATION, "vanphong", unknownAward,
        "«Khen thưởng cần hủy bỏ» không có trong sổ khen thưởng");
    Map<String, Object> noReasons = dossier(giayKhen, "KE_KHAI_GIAN_DOI");
    noReasons.remove(AwardRevocationVariables.REVOCATION_REASONS.name());
    assertRefused(instance, UserTask.PREPARE_REVOCATION, "vanphong", noReasons, "Vui lòng nhập «Lý do hủy bỏ»");
    assertThat(revocations.count()).isZero();

    submit(instance, UserTask.PREPARE_REVOCATION, "vanphong", dossier(giayKhen, "XET_DUYET_TRAI_PHAP_LUAT"));
    Map<String, Object> noNumber = accept(null, "10/11/2026");
    noNumber.remove(AwardDecisionVariables.DECISION_NUMBER.name());
    assertRefused(instance, UserTask.DECIDE_REVOCATION, "giamdoc", noNumber, "Vui lòng nhập «Số quyết định hủy bỏ»");
    assertRefused(instance, UserTask.DECIDE_REVOCATION, "giamdoc", accept("15/QĐ-STNMT", "31/02/2026"),
        "«Ngày quyết định hủy bỏ» không phải là ngày hợp lệ");
    assertRefused(instance, UserTask.DECIDE_REVOCATION, "giamdoc", accept("15/QĐ-STNMT", "2026/11/10"),
        "«Ngày quyết định hủy bỏ» không phải là ngày hợp lệ");
    assertRefused(instance, UserTask.DECIDE_REVOCATION, "giamdoc", accept("15/QĐ-STNMT", "20/11/2026"),
        "không được sau ngày hôm nay");
    assertRefused(instance, UserTask.DECIDE_REVOCATION, "giamdoc", accept("15/QĐ-STNMT", "01/12/2025"),
        "không được trước ngày quyết định khen thưởng (20/12/2025)");
    assertRefused(instance, UserTask.DECIDE_REVOCATION, "giamdoc",
        Map.of(AwardRevocationVariables.REVOCATION_DECISION.name(), "XOA"),
        "«Quyết định của Giám đốc» có giá trị không hợp lệ");
    assertRefused(instance, UserTask.DECIDE_REVOCATION, "giamdoc",
        Map.of(AwardRevocationVariables.REVOCATION_DECISION.name(), "REFUSE"),
        "Vui lòng ghi rõ lý do không hủy bỏ khen thưởng");
    AwardRevocation untouched = revocations.findAll().get(0);
    assertThat(untouched.getStatus()).isEqualTo(AwardRevocation.Status.PREPARED);
    assertThat(untouched.getDecisionNumber()).isNull();
    assertThat(awards.findById(giayKhen.getId()).orElseThrow().isActive()).isTrue();

    // The Director refuses: the award stays in force, the dossier is kept with the reason.
    submit(instance, UserTask.DECIDE_REVOCATION, "giamdoc", Map.of(AwardRevocationVariables.REVOCATION_DECISION.name(),
        "REFUSE",
        AwardRevocationVariables.REVOCATION_COMMENT.name(), "Chưa đủ căn cứ kết luận sai phạm"));
    assertThat(instance).isEnded().hasPassed(Activities.REVOCATION_REFUSED);
    assertThat(revocations.findAll().get(0).getStatus()).isEqualTo(AwardRevocation.Status.REFUSED);
    assertThat(awards.findById(giayKhen.getId()).orElseThrow().isActive()).isTrue();
  }

  // ------------------------------------------------------------------ who may start

  @Test
  void onlyTheOfficeMayStartARevocation() {
    for (String user : List.of("qlddcv", "qlddtruong", "giamdoc")) {
      assertThatThrownBy(() -> start(user)).as(user).isInstanceOf(AuthorizationException.class);
    }
    assertThat(post("giamdoc", "/engine-rest/process-definition/key/" + ProcessKeys.AWARD_REVOCATION + "/submit-form",
        Map.of("variables", Map.of())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // An administrator holds every engine right, but is not the Office.
    assertThatThrownBy(() -> start("admin")).hasMessageContaining("Chỉ Văn phòng Sở được đề nghị hủy bỏ khen thưởng");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.AWARD_REVOCATION).count())
        .isZero();
  }

  // ------------------------------------------------------------------ a revocation decided outside the process

  @Test
  void anAdministratorEntersARevocationDecidedOutsideTheProcessWithTheSameGroundAndDecision() {
    String path = "/api/admin/awards/" + giayKhen.getId() + "/revocation";
    Map<String, Object> body = new HashMap<>(Map.of("ground", "KHONG_DAM_BAO_TIEU_CHUAN",
        "reason", "Kết luận kỷ luật trong năm tính thành tích", "evidence", "Quyết định kỷ luật số 7/QĐ-STNMT",
        "decisionNumber", "16/QĐ-STNMT", "decisionDate", "11/11/2026", "signer", "Nguyễn Văn Giám",
        "authority", "Giám đốc Sở"));
    assertThat(post("vanphong", path, body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> onlyReason = Map.of("reason", "Kê khai không trung thực");
    ResponseEntity<Map<String, Object>> refused = post("admin", path, onlyReason);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("Vui lòng nhập «Căn cứ hủy bỏ (ground)»",
        "Vui lòng nhập «Số quyết định hủy bỏ (decisionNumber)»");
    assertThat(awards.findById(giayKhen.getId()).orElseThrow().isActive()).isTrue();

    ResponseEntity<Map<String, Object>> revoked = post("admin", path, body);
    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revoked.getBody()).containsEntry("status", "REVOKED");
    assertThat(revocations.findByAwardIdOrderByIdAsc(giayKhen.getId())).singleElement().satisfies(r -> {
      assertThat(r.getStatus()).isEqualTo(AwardRevocation.Status.APPLIED);
      assertThat(r.getGround().getCode()).isEqualTo("KHONG_DAM_BAO_TIEU_CHUAN");
      assertThat(r.getDecisionNumber()).isEqualTo("16/QĐ-STNMT");
    });
    assertThat(post("admin", path, body).getStatusCode()).as("revoked once").isEqualTo(HttpStatus.BAD_REQUEST);
  }

  // ------------------------------------------------------------------ helpers

  private ProcessInstance start(String user) {
    as(user);
    try {
      return runtime.startProcessInstanceByKey(ProcessKeys.AWARD_REVOCATION);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Map<String, Object> dossier(Award award, String ground) {
    Map<String, Object> values = new HashMap<>();
    values.put(AwardRevocationVariables.REVOCATION_AWARD.name(), String.valueOf(award.getId()));
    values.put(AwardRevocationVariables.REVOCATION_GROUND.name(), ground);
    values.put(AwardRevocationVariables.REVOCATION_REASONS.name(),
        "Kê khai thành tích không đúng thực tế: sáng kiến chưa được công nhận");
    values.put(AwardRevocationVariables.REVOCATION_EVIDENCE.name(), "Kết luận thanh tra số 12/KL-TTr ngày 30/10/2026");
    return values;
  }

  private static Map<String, Object> accept(String number, String date) {
    Map<String, Object> values = new HashMap<>();
    values.put(AwardRevocationVariables.REVOCATION_DECISION.name(), "ACCEPT");
    values.put(AwardDecisionVariables.DECISION_NUMBER.name(), number);
    values.put(AwardDecisionVariables.DECISION_DATE.name(), date);
    values.put(AwardRevocationVariables.DECISION_SIGNER.name(), "Nguyễn Văn Giám");
    return values;
  }

  private static Map<String, Object> superior(String number, String date) {
    Map<String, Object> values = new HashMap<>();
    values.put(AwardRevocationVariables.SUPERIOR_OUTCOME.name(), "REVOKED");
    values.put(AwardRevocationVariables.ISSUING_AUTHORITY.name(), "Chủ tịch UBND tỉnh");
    values.put(AwardDecisionVariables.DECISION_NUMBER.name(), number);
    values.put(AwardDecisionVariables.DECISION_DATE.name(), date);
    values.put(AwardRevocationVariables.DECISION_SIGNER.name(), "Trần Văn Tỉnh");
    return values;
  }

  private void assertRefused(ProcessInstance instance, UserTask userTask, String user, Map<String, Object> values,
      String message) {
    Task task = task(instance, userTask);
    ResponseEntity<Map<String, Object>> response = post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", FormVariables.of(values)));
    assertThat(response.getStatusCode().is4xxClientError()).as("%s: %s", message, response).isTrue();
    assertThat(response.getBody().get("message").toString()).contains(message);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
  }

  private void submit(ProcessInstance instance, UserTask userTask, String user, Map<String, Object> values) {
    Task task = task(instance, userTask);
    ResponseEntity<Map<String, Object>> response = post(user, "/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", FormVariables.of(values)));
    assertThat(response.getStatusCode().is2xxSuccessful()).as("%s", response).isTrue();
  }

  private ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
  }

  private List<Map<String, Object>> register() {
    return rest.withBasicAuth("vanphong", "demo").exchange("/api/awards?year=" + AWARD_YEAR, HttpMethod.GET, null,
        LIST).getBody();
  }

  private String publicPage() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> page = rest.exchange("/cong-bo/" + AWARD_YEAR, HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return page.getBody();
  }
}
