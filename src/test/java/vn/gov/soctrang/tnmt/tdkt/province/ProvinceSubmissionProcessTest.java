package vn.gov.soctrang.tnmt.tdkt.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.StageFixtures;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleStatus;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.notification.NotificationRepository;
import vn.gov.soctrang.tnmt.tdkt.process.Activities;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.ProcessKeys;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The proposal to the province, one per award type: dossier, the Director's signature, dispatch, and the answer
 * per nominee (approved, returned for more documents, refused), by the Office's form or by a message; the
 * reminder when the answer is late; then publication and the cycle's end.
 */
class ProvinceSubmissionProcessTest extends ProcessTestSupport {

  private static final String UBND = "BANG_KHEN_UBND";
  private static final List<String> ALL_DOCUMENTS = List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS");

  @Autowired NominationRepository nominations;
  @Autowired AwardRepository awards;
  @Autowired CycleRepository cycles;
  @Autowired CalendarService calendar;
  @Autowired NotificationRepository notifications;

  private static String today() {
    return TestClock.today().toString();
  }

  private Nomination nominee(String username) {
    return nominations.findAll().stream().filter(n -> n.getPerson() != null
        && n.getPerson().getUsername().equals(username)).findFirst().orElseThrow();
  }

  private Nomination collectiveOf(String unitCode) {
    return nominations.findAll().stream().filter(n -> n.getPerson() == null
        && n.getUnit().getCode().equals(unitCode)).findFirst().orElseThrow();
  }

  /**
   * qldd proposes its collective and qlddtruong for a Bằng khen UBND, qlddcv for a Giấy khen; all approved by the
   * Council and disclosed without objections (built by {@link vn.gov.soctrang.tnmt.tdkt.StageFixtures}; the stages
   * before are driven in their own tests and in the whole-cycle test of AnnualCycleProcessTest).
   *
   * @return the cycle's id
   */
  private long disclosed() {
    long cycleId = stages.consolidated(YEAR, false, Map.of("qldd", List.of(collective(UBND),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ địa chính"),
        individual("qlddtruong", UBND, true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ"))));
    stages.councilApprovedEverything(cycleId);
    stages.disclosedWithoutObjections(cycleId);
    return cycleId;
  }

  /** The annual cycle of {@link #disclosed()}, from the routing of the awards on (the Giấy khen and the proposals). */
  private ProcessInstance atProvince() {
    ProcessInstance cycle = startCycleBefore(StageFixtures.ROUTE_AWARDS, disclosed());
    // The draft decision and the upward dossiers are written in jobs of their own.
    runDocumentTasks();
    return cycle;
  }

  /** The Bằng khen UBND proposal of {@link #disclosed()}, started on its own as the cycle's call activity would. */
  private ProcessInstance submission() {
    return startProvinceSubmission(disclosed(), UBND);
  }

  private static Map<String, Object> dossier(List<String> documents) {
    return Map.of(ProvinceSubmissionVariables.PROPOSAL_NUMBER.name(), "45/TTr-STNMT",
        ProvinceSubmissionVariables.PROPOSAL_DATE.name(), today(),
        ProvinceSubmissionVariables.DOSSIER_DOCUMENTS.name(), JsonVariables.jsonValue(documents));
  }

  private static Map<String, Object> signature(String decision, String comment) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProvinceSubmissionVariables.SIGN_DECISION.name(), decision);
    v.put(ProvinceSubmissionVariables.SIGN_COMMENT.name(), comment);
    return v;
  }

  private static Map<String, Object> dispatch(boolean otherAgencies) {
    return Map.of(ProvinceSubmissionVariables.DISPATCH_NUMBER.name(), "312/STNMT-VP",
        ProvinceSubmissionVariables.DISPATCH_DATE.name(), today(),
        ProvinceSubmissionVariables.OTHER_AGENCIES.name(), otherAgencies);
  }

  private void sent(ProcessInstance submission) {
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong", dossier(ALL_DOCUMENTS));
    complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "giamdoc", signature("SIGN", null));
    complete(submission, UserTask.RECORD_PROVINCE_DISPATCH, "vanphong", dispatch(false));
  }

  private static Map<String, Object> answer(List<Nomination> approved, List<Nomination> returned,
      List<Nomination> refused) {
    Map<String, Object> v = new HashMap<>();
    v.put(ProvinceSubmissionVariables.APPROVED_NOMINATIONS.name(), ids(approved));
    v.put(ProvinceSubmissionVariables.RETURNED_NOMINATIONS.name(), ids(returned));
    v.put(ProvinceSubmissionVariables.REFUSED_NOMINATIONS.name(), ids(refused));
    if (!approved.isEmpty()) {
      v.put(ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER.name(), "1520/QĐ-UBND");
      v.put(ProvinceSubmissionVariables.PROVINCE_DECISION_DATE.name(), today());
    }
    if (!returned.isEmpty()) {
      v.put(ProvinceSubmissionVariables.PROVINCE_RETURN_REASON.name(),
          "Bổ sung xác nhận sáng kiến của Hội đồng sáng kiến tỉnh");
    }
    if (!refused.isEmpty()) {
      v.put(ProvinceSubmissionVariables.PROVINCE_REFUSAL_REASON.name(),
          "Chưa đủ tiêu chuẩn theo Điều 72 Nghị định 98/2023");
    }
    return v;
  }

  private static Object ids(List<Nomination> list) {
    return JsonVariables.jsonValue(list.stream().map(n -> String.valueOf(n.getId())).toList());
  }

  @Test
  void eachAwardTypeGoesUpInItsOwnProposalWhileTheDirectorDecidesTheGiayKhen() {
    ProcessInstance cycle = atProvince();

    assertThat(cycle).isWaitingAt(UserTask.DECIDE_AWARDS.id(), Activities.PROVINCE_SUBMISSION);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.PROVINCE_SUBMISSION).count())
        .isEqualTo(1);
    ProcessInstance submission = provinceInstance(cycle, UBND);
    assertThat(submission).isWaitingAt(UserTask.PREPARE_PROVINCE_DOSSIER.id());
    assertThat(runtime.getVariable(submission.getId(), ProvinceSubmissionVariables.DOSSIER_TEXT.name()).toString())
        .contains("Bằng khen của Chủ tịch UBND tỉnh", "Phòng Quản lý đất đai", "Giải pháp rút ngắn")
        .doesNotContain("Sáng kiến số hóa");
  }

  @Test
  void aDossierMissingAPartOrABadNumberIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance submission = submission();

    assertThatThrownBy(() -> complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong", Map.of(
        ProvinceSubmissionVariables.PROPOSAL_NUMBER.name(), "tờ trình",
            ProvinceSubmissionVariables.PROPOSAL_DATE.name(), today(),
        ProvinceSubmissionVariables.DOSSIER_DOCUMENTS.name(), JsonVariables.jsonValue(List.of("PROPOSAL", "LIST")))))
        .hasMessageContaining("«Số tờ trình» không đúng dạng")
        .hasMessageContaining("Hồ sơ còn thiếu: Biên bản họp Hội đồng");

    assertThat(submission).isWaitingAt(UserTask.PREPARE_PROVINCE_DOSSIER.id());
    assertThat(jdbc.queryForObject("select count(*) from province_submission_event", Integer.class)).isZero();
  }

  @Test
  void onlyTheDirectorSignsAndMaySendTheDossierBackWithAComment() {
    ProcessInstance submission = submission();
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong", dossier(ALL_DOCUMENTS));

    assertThatThrownBy(() -> complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "phogiamdoc",
        signature("SIGN", null))).hasMessageContaining("Chỉ Giám đốc Sở ký tờ trình");
    assertThatThrownBy(() -> complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "giamdoc",
        signature("RETURN", " "))).hasMessageContaining("Vui lòng ghi ý kiến khi trả lại");
    complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "giamdoc", signature("RETURN", "Bổ sung số liệu năm"));

    assertThat(submission).isWaitingAt(UserTask.PREPARE_PROVINCE_DOSSIER.id());
    sent(submission);
    assertThat(submission).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id());
    assertThat(nominee("qlddtruong").getStatus()).isEqualTo(NominationStatus.SUBMITTED_UPWARD);
  }

  @Test
  void approvedNomineesEnterTheRegisterUnderTheProvinceDecisionThenTheYearIsPublishedAndEnds() {
    ProcessInstance cycle = atProvince();
    ProcessInstance submission = provinceInstance(cycle, UBND);
    sent(submission);
    assertThatThrownBy(() -> complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong", Map.of(
        ProvinceSubmissionVariables.APPROVED_NOMINATIONS.name(), ids(List.of(nominee("qlddtruong"))))))
        .hasMessageContaining("Vui lòng nhập số quyết định khen thưởng của tỉnh");
    complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong",
        answer(List.of(nominee("qlddtruong"), collectiveOf("qldd")), List.of(), List.of()));

    assertThat(submission).isEnded();
    assertThat(awards.findByYearOrderByIdAsc(YEAR)).extracting(Award::getNomineeName, Award::getAuthority,
        Award::getDecisionNumber).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(nominee("qlddtruong").getNomineeName(), "Chủ tịch UBND tỉnh",
            "1520/QĐ-UBND"),
        org.assertj.core.groups.Tuple.tuple(collectiveOf("qldd").getNomineeName(), "Chủ tịch UBND tỉnh",
            "1520/QĐ-UBND"));
    assertThat(cycle).isWaitingAt(UserTask.DECIDE_AWARDS.id());

    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "125/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), today()));
    assertThat(cycle).isWaitingAt(UserTask.PUBLISH_MODELS.id()).hasNotPassed(Activities.SUMMARIZE_MOVEMENT);
    assertThat(task(cycle, UserTask.PUBLISH_MODELS)).isNotNull();
    assertThat(runtime.getVariable(cycle.getId(),
        PublicationVariables.PUBLICATION_TEXT.name()).toString()).contains("(3)",
        "Sáng kiến");
    Award featured = awards.findByYearOrderByIdAsc(YEAR).get(0);
    complete(cycle, UserTask.PUBLISH_MODELS, "ttcnttcv", Map.of(PublicationVariables.PUBLICATION_TITLE.name(),
        "Điển hình năm "
        + YEAR, PublicationVariables.FEATURED_AWARDS.name(),
            JsonVariables.jsonValue(List.of(String.valueOf(featured.getId())))));

    assertThat(cycle).isEnded().hasPassed(Activities.CYCLE_FINISHED);
    assertThat(cycles.findByYear(YEAR).orElseThrow().getStatus()).isEqualTo(CycleStatus.FINISHED);
    assertThat(jdbc.queryForObject("select featured_award_ids from publication", String.class))
        .isEqualTo(String.valueOf(featured.getId()));
  }

  @Test
  void returnedNominationsGoRoundAgainWithMoreDocumentsAndMayThenBeRefused() {
    ProcessInstance submission = submission();
    sent(submission);
    Nomination head = nominee("qlddtruong");
    Nomination unit = collectiveOf("qldd");
    assertThatThrownBy(() -> complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong", Map.of(
        ProvinceSubmissionVariables.RETURNED_NOMINATIONS.name(), ids(List.of(head)),
            ProvinceSubmissionVariables.REFUSED_NOMINATIONS.name(), ids(List.of(head)))))
        .hasMessageContaining("Một đề nghị chỉ có một kết quả")
        .hasMessageContaining("Vui lòng ghi nội dung tỉnh yêu cầu bổ sung");

    complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong", answer(List.of(unit), List.of(head), List.of()));

    assertThat(submission).isWaitingAt(UserTask.PREPARE_PROVINCE_DOSSIER.id());
    assertThat(nominations.findById(head.getId()).orElseThrow().getStatus())
        .isEqualTo(NominationStatus.RETURNED_BY_PROVINCE);
    assertThat(runtime.getVariable(submission.getId(), ProvinceSubmissionVariables.DOSSIER_TEXT.name()).toString())
        .contains("bổ sung lần 1", "Bổ sung xác nhận sáng kiến", head.getNomineeName())
        .doesNotContain(unit.getNomineeName() + "**");

    sent(submission);
    assertThat(nominations.findById(head.getId()).orElseThrow().getStatus())
        .isEqualTo(NominationStatus.SUBMITTED_UPWARD);
    complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong", answer(List.of(), List.of(), List.of(head)));

    assertThat(submission).isEnded();
    Nomination refused = nominations.findById(head.getId()).orElseThrow();
    assertThat(refused.getStatus()).isEqualTo(NominationStatus.REFUSED_BY_PROVINCE);
    assertThat(refused.getProvinceNote()).contains("Điều 72");
    assertThat(awards.findByYearOrderByIdAsc(YEAR)).extracting(Award::getNomineeName)
        .containsExactly(unit.getNomineeName());
    assertThat(jdbc.queryForObject("select round_no from province_submission", Integer.class)).isEqualTo(2);
  }

  @Test
  void aPartialAnswerKeepsTheOthersWaiting() {
    ProcessInstance submission = submission();
    sent(submission);

    complete(submission, UserTask.RECORD_PROVINCE_ANSWER, "vanphong",
        answer(List.of(collectiveOf("qldd")), List.of(), List.of()));

    assertThat(submission).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id());
    assertThat(runtime.getVariable(submission.getId(), ProvinceSubmissionVariables.WAITING_OPTIONS.name()).toString())
        .contains("(số " + nominee("qlddtruong").getId() + ")")
        .doesNotContain("(số " + collectiveOf("qldd").getId() + ")");
  }

  @Test
  void theProvinceAnswerMayArriveAsAMessageCheckedLikeTheForm() {
    ProcessInstance submission = submission();
    sent(submission);
    Map<String, Object> incomplete = new HashMap<>(answer(List.of(nominee("qlddtruong")), List.of(), List.of()));
    incomplete.remove(ProvinceSubmissionVariables.PROVINCE_DECISION_NUMBER.name());

    assertThatThrownBy(() -> runtime.createMessageCorrelation(ProcessKeys.PROVINCE_ANSWER_MESSAGE)
        .processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(YEAR))
        .processInstanceVariableEquals(ProvinceSubmissionVariables.AWARD_TYPE.name(),
            UBND).setVariables(incomplete).correlate())
        .hasMessageContaining("Vui lòng nhập số quyết định khen thưởng của tỉnh");
    assertThat(submission).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id());
    assertThat(awards.count()).isZero();

    runtime.createMessageCorrelation(ProcessKeys.PROVINCE_ANSWER_MESSAGE)
        .processInstanceBusinessKey(ProcessKeys.cycleBusinessKey(YEAR))
        .processInstanceVariableEquals(ProvinceSubmissionVariables.AWARD_TYPE.name(), UBND)
        .setVariables(answer(List.of(nominee("qlddtruong"), collectiveOf("qldd")), List.of(), List.of()))
        .correlate();

    assertThat(submission).isEnded().hasPassed(Activities.PROVINCE_ANSWER_RECEIVED);
    assertThat(awards.count()).isEqualTo(2);
  }

  @Test
  void aLateAnswerRemindsTheOfficeAndTheLeadershipAfterTheWorkingDaysInForce() {
    ProcessInstance submission = submission();
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong", dossier(ALL_DOCUMENTS));
    complete(submission, UserTask.SIGN_PROVINCE_PROPOSAL, "giamdoc", signature("SIGN", null));
    complete(submission, UserTask.RECORD_PROVINCE_DISPATCH, "vanphong", dispatch(true));

    Job late = timer(submission, Activities.PROVINCE_ANSWER_LATE);
    assertThat(late.getDuedate())
        .isEqualTo(calendar.dueAt(calendar.addWorkingDays(TestClock.today(), 30)));
    management.executeJob(late.getId());

    assertThat(submission).isWaitingAt(UserTask.RECORD_PROVINCE_ANSWER.id()).hasPassed(
        Activities.REMIND_PROVINCE_ANSWER);
    assertThat(notifications.findAll()).filteredOn(n -> n.getSubject().contains("Tỉnh chưa trả lời tờ trình"))
        .extracting(n -> n.getRecipientGroup()).containsExactlyInAnyOrder("vanphongso", "lanhdaoso");
  }
}
