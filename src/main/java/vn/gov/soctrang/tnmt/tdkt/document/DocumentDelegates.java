package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.soctrang.tnmt.tdkt.adhoc.AdHocAwardVariables;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.process.Actors;
import vn.gov.soctrang.tnmt.tdkt.process.AnnualCycleVariables;
import vn.gov.soctrang.tnmt.tdkt.process.FormValues;
import vn.gov.soctrang.tnmt.tdkt.process.SharedVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.thematic.ThematicMovementVariables;
import vn.gov.soctrang.tnmt.tdkt.titles.YearEndTitlesVariables;

/**
 * The service tasks that write documents. In the models each is {@code asyncBefore} with a retry cycle, so a failed
 * write becomes an incident on that task in Cockpit instead of a refusal of the step before it. Each task writes its
 * documents, then puts the links to the latest versions where the next forms show them ({@code documentsText}).
 *
 * <p>What a user submitted is validated when their task is completed (e.g. the decision's number and date in the
 * {@code decideAwards} handler); these tasks only write.
 */
@Configuration
class DocumentDelegates {

  /** The documents of the cycle itself that the annual cycle's forms link to. */
  private static final Set<DocumentKind> CYCLE_DOCUMENTS = EnumSet.of(DocumentKind.CONSOLIDATED_REPORT,
      DocumentKind.COUNCIL_MINUTES, DocumentKind.DIRECTOR_DECISION, DocumentKind.CERTIFICATES,
      DocumentKind.FINAL_SUMMARY_REPORT, DocumentKind.PUBLIC_LIST);

  /** «Soạn báo cáo tổng hợp»: the consolidated report once the list is closed. */
  @Bean
  JavaDelegate consolidatedReportDelegate(DocumentService documents) {
    return cycleDocuments(documents, (execution, actor) ->
        documents.consolidatedReport(AnnualCycleVariables.CYCLE_ID.get(execution), actor));
  }

  /**
   * «Soạn biên bản họp Hội đồng» (council-vote.bpmn, and the cycle's inline stage of the models before ADR 0019): the
   * minutes of the meeting, from the tally. A cycle's meeting links the cycle's latest documents, as the cycle's own
   * task did; a meeting on another agenda links its minutes.
   */
  @Bean
  JavaDelegate councilMinutesDelegate(DocumentService documents) {
    return execution -> {
      long meetingId = CouncilMeetingVariables.MEETING_ID.get(execution);
      GeneratedDocument minutes = documents.councilMinutes(meetingId, Actors.of(execution));
      Long cycleId = documents.cycleOfMeeting(meetingId).orElse(null);
      SharedVariables.DOCUMENTS_TEXT.set(execution, cycleId == null ? documents.linksText(List.of(minutes))
          : documents.linksText(cycleId, d -> CYCLE_DOCUMENTS.contains(d.getKind())));
    };
  }

  /** «Soạn dự thảo quyết định khen thưởng»: the draft the Director sees before deciding. */
  @Bean
  JavaDelegate draftDecisionDelegate(DocumentService documents) {
    return cycleDocuments(documents, (execution, actor) ->
        documents.directorDecision(AnnualCycleVariables.CYCLE_ID.get(execution), null, null, actor));
  }

  /**
   * «Soạn quyết định khen thưởng và giấy khen»: the numbered decision and the certificates. The number and date were
   * checked when the Director completed the task; they are read here as submitted.
   */
  @Bean
  JavaDelegate awardDecisionDelegate(DocumentService documents) {
    return cycleDocuments(documents, (execution, actor) -> {
      FormValues form = FormValues.of(execution);
      String number = form.text(AwardDecisionVariables.DECISION_NUMBER, "Số quyết định", true, 50);
      LocalDate date = form.date(AwardDecisionVariables.DECISION_DATE, "Ngày quyết định", true);
      form.validate();
      documents.directorDecision(AnnualCycleVariables.CYCLE_ID.get(execution), number, date, actor);
    });
  }

  /** «Soạn báo cáo tổng kết phong trào»: the final summary, from the movement's totals. */
  @Bean
  JavaDelegate finalSummaryDelegate(DocumentService documents) {
    return cycleDocuments(documents, (execution, actor) ->
        documents.finalSummary(AnnualCycleVariables.CYCLE_ID.get(execution), actor));
  }

  /** «Soạn danh sách công bố»: the public list of the year's awards, once the IT Center has published. */
  @Bean
  JavaDelegate publicListDelegate(DocumentService documents) {
    return cycleDocuments(documents, (execution, actor) ->
        documents.publicList(AnnualCycleVariables.CYCLE_ID.get(execution), actor));
  }

  /**
   * «Soạn hồ sơ đề nghị lên Tỉnh» and «Hoàn thiện tờ trình và hồ sơ trình Giám đốc ký»: the upward dossier of one
   * proposal (its tờ trình and each nominee's achievement report), with a link to the whole dossier as a zip.
   */
  @Bean
  JavaDelegate provinceDossierDelegate(DocumentService documents) {
    return execution -> {
      long submissionId = ProvinceSubmissionVariables.SUBMISSION_ID.get(execution);
      documents.upwardDossier(submissionId, Actors.of(execution));
      String links = documents.linksText(AnnualCycleVariables.CYCLE_ID.get(execution), documents.dossierOf(submissionId));
      SharedVariables.DOCUMENTS_TEXT.set(execution, links + "\n\n[Tải trọn bộ hồ sơ đề nghị (.zip)]("
          + DocumentPaths.dossier(AnnualCycleVariables.CYCLE_YEAR.raw(execution), ProvinceSubmissionVariables.AWARD_TYPE.get(execution)) + ")");
    };
  }

  /**
   * «Soạn quyết định công nhận danh hiệu thi đua» (year-end-titles.bpmn): the Director's decision on the year's titles,
   * from the number and date recorded when the Director completed the task and the titles that met the standards.
   */
  @Bean
  JavaDelegate titlesDecisionDelegate(DocumentService documents) {
    return execution -> {
      GeneratedDocument decision = documents.titlesDecision(YearEndTitlesVariables.TITLES_RUN_ID.get(execution),
          Actors.of(execution));
      SharedVariables.DOCUMENTS_TEXT.set(execution, documents.linksText(List.of(decision)));
    };
  }

  /**
   * «Soạn quyết định khen thưởng đột xuất» (ad-hoc-award.bpmn): the Director's decision giving the award, from the
   * number and date recorded when the Director completed the task.
   */
  @Bean
  JavaDelegate adHocDecisionDelegate(DocumentService documents) {
    return execution -> {
      GeneratedDocument decision = documents.adHocDecision(AdHocAwardVariables.AWARD_ID.get(execution),
          Actors.of(execution));
      SharedVariables.DOCUMENTS_TEXT.set(execution, documents.linksText(List.of(decision)));
    };
  }

  /**
   * «Soạn quyết định khen thưởng tổng kết phong trào» (thematic-movement.bpmn): the Director's decision at the
   * movement's summary, from the number and date recorded when the Director completed the task and the proposals the
   * Office forwarded and the Council approved. A run that awards nobody gets no decision document.
   */
  @Bean
  JavaDelegate thematicDecisionDelegate(DocumentService documents) {
    return execution -> SharedVariables.DOCUMENTS_TEXT.set(execution, documents.linksText(documents.thematicDecision(
        ThematicMovementVariables.RUN_ID.get(execution), Actors.of(execution)).stream().toList()));
  }

  /**
   * «Soạn báo cáo tổng kết phong trào» (thematic-movement.bpmn): the report on the movement's final summary, once the
   * summary is stored.
   */
  @Bean
  JavaDelegate thematicSummaryReportDelegate(DocumentService documents) {
    return execution -> SharedVariables.DOCUMENTS_TEXT.set(execution, documents.linksText(List.of(
        documents.thematicSummary(ThematicMovementVariables.RUN_ID.get(execution), Actors.of(execution)))));
  }

  /** Writes with {@code write}, then links the cycle's latest documents for the next forms. */
  private static JavaDelegate cycleDocuments(DocumentService documents,
      BiConsumer<DelegateExecution, String> write) {
    return execution -> {
      write.accept(execution, Actors.of(execution));
      SharedVariables.DOCUMENTS_TEXT.set(execution, documents.linksText(AnnualCycleVariables.CYCLE_ID.get(execution),
          d -> CYCLE_DOCUMENTS.contains(d.getKind())));
    };
  }
}
