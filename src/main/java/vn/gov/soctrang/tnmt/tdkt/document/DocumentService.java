package vn.gov.soctrang.tnmt.tdkt.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;
import vn.gov.soctrang.tnmt.tdkt.adhoc.AdHocDecisions;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeeting;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingRepository;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilService;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleService;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmission;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionService;
import vn.gov.soctrang.tnmt.tdkt.province.SubmissionStatus;
import vn.gov.soctrang.tnmt.tdkt.publication.MovementTotal;
import vn.gov.soctrang.tnmt.tdkt.publication.MovementTotalRepository;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationService;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Markdown;
import vn.gov.soctrang.tnmt.tdkt.thematic.ThematicDecisions;
import vn.gov.soctrang.tnmt.tdkt.thematic.ThematicSummaries;
import vn.gov.soctrang.tnmt.tdkt.titles.TitleDecisions;

/**
 * Generates the documents at the step that needs them, stores every version (regenerating keeps the old ones), and
 * serves them to those allowed to read them.
 */
@Service
@Transactional
public class DocumentService {

  /** A document's bytes ready to download. */
  public record DocumentFile(String fileName, String contentType, byte[] content) {
  }

  private final GeneratedDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final DocumentWriter writer;
  private final CycleService cycles;
  private final CouncilMeetingRepository meetings;
  private final ProvinceSubmissionService submissions;
  private final AwardService awardService;
  private final AwardRepository awards;
  private final PublicationService publication;
  private final MovementTotalRepository totals;
  private final UnitRepository units;
  private final Clock clock;
  private final SignedDocumentService signing;
  private final TitleDecisions titleDecisions;
  private final AdHocDecisions adHocDecisions;
  private final ThematicDecisions thematicDecisions;
  private final ThematicSummaries thematicSummaries;
  private final CouncilService council;

  public DocumentService(GeneratedDocumentRepository documents, DocumentContentRepository contents,
      DocumentWriter writer, CycleService cycles, CouncilMeetingRepository meetings,
      ProvinceSubmissionService submissions, AwardService awardService, AwardRepository awards,
      PublicationService publication, MovementTotalRepository totals, UnitRepository units, Clock clock,
      SignedDocumentService signing, TitleDecisions titleDecisions, AdHocDecisions adHocDecisions,
      ThematicDecisions thematicDecisions, ThematicSummaries thematicSummaries, CouncilService council) {
    this.council = council;
    this.thematicSummaries = thematicSummaries;
    this.thematicDecisions = thematicDecisions;
    this.signing = signing;
    this.titleDecisions = titleDecisions;
    this.adHocDecisions = adHocDecisions;
    this.documents = documents;
    this.contents = contents;
    this.writer = writer;
    this.cycles = cycles;
    this.meetings = meetings;
    this.submissions = submissions;
    this.awardService = awardService;
    this.awards = awards;
    this.publication = publication;
    this.totals = totals;
    this.units = units;
    this.clock = clock;
  }

  private GeneratedDocument docx(Cycle cycle, DocumentKind kind, String subject, Long unitId, String title,
      String fileStem, byte[] bytes, String actor) {
    return store(cycle, kind, subject, unitId, title, fileStem + ".docx", GeneratedDocument.DOCX, bytes, actor);
  }

  /** A document written from a template: the version records which. */
  private GeneratedDocument docx(Cycle cycle, DocumentKind kind, String subject, Long unitId, String title,
      String fileStem, DocumentTemplateService.Rendered rendered, String actor) {
    GeneratedDocument d = docx(cycle, kind, subject, unitId, title, fileStem, rendered.bytes(), actor);
    d.writtenFrom(rendered.templateId());
    return d;
  }

  /** Stores a new version; the earlier versions stay. */
  GeneratedDocument store(Cycle cycle, DocumentKind kind, String subject, Long unitId, String title,
      String fileName, String contentType, byte[] bytes, String actor) {
    int version = documents.findFirstByCycleIdAndKindAndSubjectOrderByVersionDesc(cycle.getId(), kind, subject)
        .map(d -> d.getVersion() + 1).orElse(1);
    return save(cycle.getId(), cycle.getYear(), version, kind, subject, unitId, title, fileName, contentType, bytes,
        actor);
  }

  /**
   * Stores a new .docx version of a document that belongs to no cycle (a year-end titles or ad-hoc award decision),
   * recording the template that wrote it; the earlier versions stay.
   */
  private GeneratedDocument storeOutsideCycles(int year, DocumentKind kind, String subject, Long unitId, String title,
      DocumentTemplateService.Rendered rendered, String actor) {
    int version = versionsOutsideCycles(kind, subject).stream().findFirst().map(d -> d.getVersion() + 1).orElse(1);
    GeneratedDocument d = save(null, year, version, kind, subject, unitId, title, kind.slug() + ".docx",
        GeneratedDocument.DOCX, rendered.bytes(), actor);
    d.writtenFrom(rendered.templateId());
    return d;
  }

  private GeneratedDocument save(Long cycleId, int year, int version, DocumentKind kind, String subject, Long unitId,
      String title, String fileName, String contentType, byte[] bytes, String actor) {
    String versioned = fileName.replaceFirst("(\\.[a-z]+)$", "-" + year + "-v" + version + "$1");
    GeneratedDocument document = documents.save(new GeneratedDocument(cycleId, kind, subject, unitId, version,
        title, versioned, contentType, bytes.length, sha256(bytes), actor, clock.instant()));
    contents.save(new DocumentContent(document.getId(), bytes));
    return document;
  }

  /** The versions of a document that belongs to no cycle, latest first. */
  @Transactional(readOnly = true)
  public List<GeneratedDocument> versionsOutsideCycles(DocumentKind kind, String subject) {
    return documents.findByCycleIdIsNullAndKindAndSubjectOrderByVersionDesc(kind, subject);
  }

  /** The documents of a year's titles run (its decision), every version or the latest. */
  @Transactional(readOnly = true)
  public List<GeneratedDocument> titlesDocuments(int year, boolean everyVersion) {
    long runId = titleDecisions.runOfYear(year).orElseThrow(() -> new InvalidInputException("Danh hiệu thi đua năm "
        + year + " chưa được mở bình xét."));
    List<GeneratedDocument> listed = new ArrayList<>();
    // The Council's minutes of the run's meetings (ADR 0019), then the Director's decision.
    for (CouncilMeeting meeting : meetings.findByAgendaKindAndAgendaRefOrderByIdAsc(
        TitleDecisions.COUNCIL_AGENDA_KIND, runId)) {
      listed.addAll(latestOrAll(versionsOutsideCycles(DocumentKind.COUNCIL_MINUTES, minutesSubject(meeting.getId())),
          everyVersion));
    }
    listed.addAll(latestOrAll(versionsOutsideCycles(DocumentKind.TITLES_DECISION, titlesSubject(runId)),
        everyVersion));
    return listed;
  }

  private static List<GeneratedDocument> latestOrAll(List<GeneratedDocument> all, boolean everyVersion) {
    return everyVersion || all.isEmpty() ? all : List.of(all.get(0));
  }

  /** The documents of one ad-hoc award, by the process instance that proposed it; every version or the latest. */
  @Transactional(readOnly = true)
  public List<GeneratedDocument> adHocDocuments(String processInstanceId, boolean everyVersion) {
    long awardId = adHocDecisions.awardOfProcess(processInstanceId).orElseThrow(() -> new InvalidInputException(
        "Không có đề nghị khen thưởng đột xuất với mã quy trình «" + processInstanceId + "»."));
    List<GeneratedDocument> all = versionsOutsideCycles(DocumentKind.AD_HOC_DECISION, adHocSubject(awardId));
    return everyVersion || all.isEmpty() ? all : List.of(all.get(0));
  }

  /**
   * The documents of a thematic movement's run, by the movement's code: the Council's minutes of the run's meetings,
   * then the Director's decision at the summary and the summary report; every version or the latest. Empty before the
   * run has any.
   */
  @Transactional(readOnly = true)
  public List<GeneratedDocument> thematicDocuments(String movementCode, boolean everyVersion) {
    Optional<Long> run = thematicDecisions.runOfMovement(movementCode);
    if (run.isEmpty()) {
      return List.of();
    }
    List<GeneratedDocument> listed = new ArrayList<>();
    for (CouncilMeeting meeting : meetings.findByAgendaKindAndAgendaRefOrderByIdAsc(
        ThematicDecisions.COUNCIL_AGENDA_KIND, run.get())) {
      listed.addAll(latestOrAll(versionsOutsideCycles(DocumentKind.COUNCIL_MINUTES, minutesSubject(meeting.getId())),
          everyVersion));
    }
    listed.addAll(latestOrAll(versionsOutsideCycles(DocumentKind.THEMATIC_DECISION, thematicSubject(run.get())),
        everyVersion));
    listed.addAll(latestOrAll(versionsOutsideCycles(DocumentKind.THEMATIC_SUMMARY, thematicSubject(run.get())),
        everyVersion));
    return listed;
  }

  /** What a thematic movement's decision is filed under. */
  static String thematicSubject(long runId) {
    return "thematic-run:" + runId;
  }

  /** What a year-end titles decision is filed under. */
  static String titlesSubject(long runId) {
    return "title-run:" + runId;
  }

  /** What an ad-hoc award decision is filed under. */
  static String adHocSubject(long awardId) {
    return "ad-hoc-award:" + awardId;
  }

  /**
   * The Director's decision recognising the year's titles (Quyết định công nhận danh hiệu thi đua), from the run's
   * decision and the titles that met the standards. Read by those who read the cycle's decision (no unit of its own).
   */
  public GeneratedDocument titlesDecision(long runId, String actor) {
    TitleDecisions.Decision decision = titleDecisions.of(runId);
    return storeOutsideCycles(decision.year(), DocumentKind.TITLES_DECISION, titlesSubject(runId), null,
        "Quyết định số " + decision.number() + " công nhận danh hiệu thi đua năm " + decision.year(),
        writer.titlesDecision(decision), actor);
  }

  /**
   * The Director's decision on one ad-hoc award (Quyết định khen thưởng đột xuất). Filed under the proposing unit, so
   * that unit reads it besides those who read the cycle's decision.
   */
  public GeneratedDocument adHocDecision(long awardId, String actor) {
    AdHocDecisions.Decision decision = adHocDecisions.of(awardId);
    Long unitId = units.findByCode(decision.unitCode()).map(u -> u.getId()).orElse(null);
    return storeOutsideCycles(decision.date().getYear(), DocumentKind.AD_HOC_DECISION, adHocSubject(awardId), unitId,
        "Quyết định số " + decision.number() + " khen thưởng đột xuất: " + decision.nomineeName(),
        writer.adHocDecision(decision), actor);
  }

  /**
   * The Director's decision at a thematic movement's summary (Quyết định khen thưởng tổng kết phong trào thi đua theo
   * chuyên đề). It names collectives and people of several units, so it is filed under no unit: those who read the
   * cycle's decision read it. A run that awards nobody gets none (empty).
   */
  public Optional<GeneratedDocument> thematicDecision(long runId, String actor) {
    ThematicDecisions.Decision decision = thematicDecisions.of(runId);
    if (decision.conferred().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(storeOutsideCycles(decision.date().getYear(), DocumentKind.THEMATIC_DECISION,
        thematicSubject(runId), null, "Quyết định số " + decision.number() + " khen thưởng tổng kết phong trào "
            + decision.movementName(), writer.thematicDecision(decision), actor));
  }

  /**
   * The report on a thematic movement's final summary (Báo cáo tổng kết phong trào thi đua theo chuyên đề), filed
   * under the run like the decision and under no unit; written also when nobody was awarded.
   */
  public GeneratedDocument thematicSummary(long runId, String actor) {
    ThematicSummaries.Summary summary = thematicSummaries.of(runId);
    return storeOutsideCycles(summary.summaryDate().getYear(), DocumentKind.THEMATIC_SUMMARY, thematicSubject(runId),
        null, "Báo cáo tổng kết phong trào " + summary.movementName(), writer.thematicSummary(summary), actor);
  }

  /** The SHA-256 of a file, in hex, as every stored file records it. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Office's consolidated report, when the list is ready for its confirmation and again once confirmed. */
  public GeneratedDocument consolidatedReport(long cycleId, String actor) {
    Cycle cycle = cycles.get(cycleId);
    return docx(cycle, DocumentKind.CONSOLIDATED_REPORT, "cycle", null, DocumentKind.CONSOLIDATED_REPORT.label()
        + " năm " + cycle.getYear(), DocumentKind.CONSOLIDATED_REPORT.slug(), writer.consolidatedReport(cycle), actor);
  }

  /**
   * The minutes of a Council meeting, from the tally (counts only). A cycle's meeting files them under the cycle, as
   * before the Council became a called process (ADR 0019); a meeting on another agenda (the year-end titles) files
   * them outside the cycles, from the agenda's items, listed with the titles run's documents.
   */
  public GeneratedDocument councilMinutes(long meetingId, String actor) {
    CouncilMeeting meeting = meetings.findById(meetingId).orElseThrow();
    String title = DocumentKind.COUNCIL_MINUTES.label() + " ngày " + VietnameseDates.format(meeting.getMeetingDate());
    if (meeting.getCycleId() == null) {
      int year = TitleDecisions.COUNCIL_AGENDA_KIND.equals(meeting.getAgendaKind())
          ? titleDecisions.yearOf(meeting.getAgendaRef()) : meeting.getMeetingDate().getYear();
      return storeOutsideCycles(year, DocumentKind.COUNCIL_MINUTES, minutesSubject(meetingId), null, title,
          writer.councilMinutes(year, meeting, council.countedItems(meetingId)), actor);
    }
    Cycle cycle = cycles.get(meeting.getCycleId());
    return docx(cycle, DocumentKind.COUNCIL_MINUTES, minutesSubject(meetingId), null, title,
        DocumentKind.COUNCIL_MINUTES.slug(), writer.councilMinutes(cycle, meeting), actor);
  }

  /** What a meeting's minutes are filed under. */
  static String minutesSubject(long meetingId) {
    return "meeting:" + meetingId;
  }

  /** The cycle a meeting belongs to; empty for a meeting on another agenda (the year-end titles). */
  @Transactional(readOnly = true)
  public Optional<Long> cycleOfMeeting(long meetingId) {
    return meetings.findById(meetingId).map(CouncilMeeting::getCycleId);
  }

  /** The upward dossier of one proposal: the tờ trình with its list and each nominee's achievement report. */
  public List<GeneratedDocument> upwardDossier(long submissionId, String actor) {
    ProvinceSubmission s = submissions.get(submissionId);
    Cycle cycle = cycles.get(s.getCycleId());
    List<Nomination> list = s.getStatus() == SubmissionStatus.SENT ? submissions.waiting(submissionId)
        : submissions.inRound(submissionId);
    List<GeneratedDocument> made = new ArrayList<>();
    String type = s.getAwardType().name();
    made.add(docx(cycle, DocumentKind.PROPOSAL, "submission:" + submissionId, null, "Tờ trình đề nghị tặng "
            + s.getAwardType().label(), DocumentKind.PROPOSAL.slug() + "-" + type,
        writer.proposal(cycle, s, list, lastMeeting(cycle.getId())), actor));
    for (Nomination n : list) {
      made.add(docx(cycle, DocumentKind.ACHIEVEMENT_REPORT, "nomination:" + n.getId(), n.getUnit().getId(),
          "Báo cáo thành tích (" + writer.achievementForm(n) + "): " + n.getNomineeName(),
          DocumentKind.ACHIEVEMENT_REPORT.slug() + "-" + n.getId(), writer.achievementReport(cycle, n), actor));
    }
    return made;
  }

  private Optional<CouncilMeeting> lastMeeting(long cycleId) {
    List<CouncilMeeting> list = meetings.findByCycleIdOrderByIdAsc(cycleId).stream()
        .filter(CouncilMeeting::isQuorumReached).toList();
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  /** The Director's decision: a draft with placeholders before, the numbered one and the certificates after. */
  public List<GeneratedDocument> directorDecision(long cycleId, String number, LocalDate date, String actor) {
    Cycle cycle = cycles.get(cycleId);
    List<Nomination> list = number == null ? awardService.forDirector(cycleId)
        : awards.findByYearOrderByIdAsc(cycle.getYear()).stream()
            .filter(a -> a.getAwardType() == AwardType.GIAY_KHEN && number.equals(a.getDecisionNumber()))
            .map(a -> awardService.nomination(a.getNominationId())).toList();
    List<GeneratedDocument> made = new ArrayList<>();
    made.add(docx(cycle, DocumentKind.DIRECTOR_DECISION, "cycle", null, (number == null ? "Dự thảo q" : "Q")
            + "uyết định tặng Giấy khen năm " + cycle.getYear(), DocumentKind.DIRECTOR_DECISION.slug(),
        writer.directorDecision(cycle, list, number, date, lastMeeting(cycleId)), actor));
    if (number != null) {
      List<Award> certificates = awards.findByYearOrderByIdAsc(cycle.getYear()).stream()
          .filter(a -> a.isActive() && a.getAwardType() == AwardType.GIAY_KHEN).toList();
      made.add(docx(cycle, DocumentKind.CERTIFICATES, "cycle", null, "Giấy khen năm " + cycle.getYear() + " (bản in, "
          + certificates.size() + " tờ)", DocumentKind.CERTIFICATES.slug(), writer.certificates(cycle, certificates),
          actor));
    }
    return made;
  }

  /** The final-summary report, from the totals the final-summary cycle took. */
  public Optional<GeneratedDocument> finalSummary(long cycleId, String actor) {
    Cycle cycle = cycles.get(cycleId);
    List<MovementTotal> rows = totals.findByCycleIdOrderByIdAsc(cycleId);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(docx(cycle, DocumentKind.FINAL_SUMMARY_REPORT, "cycle", null, "Báo cáo tổng kết phong trào "
            + rows.get(0).getFirstYear() + "–" + cycle.getYear(), DocumentKind.FINAL_SUMMARY_REPORT.slug(),
        writer.finalSummary(cycle, rows.get(0).getFirstYear(), rows.stream().map(MovementTotal::row).toList()),
        actor));
  }

  /** The public PDF of the year's awards in force, when the IT Center publishes (and after a revocation). */
  public GeneratedDocument publicList(long cycleId, String actor) {
    Cycle cycle = cycles.get(cycleId);
    byte[] pdf = writer.publicList(cycle, publication.awardsOf(cycle));
    return store(cycle, DocumentKind.PUBLIC_LIST, "cycle", null, DocumentKind.PUBLIC_LIST.label() + " năm "
        + cycle.getYear(), DocumentKind.PUBLIC_LIST.slug() + ".pdf", GeneratedDocument.PDF, pdf, actor);
  }

  /** A revoked award leaves the public list: a new version of the list replaces the published one. */
  @org.springframework.context.event.EventListener
  public void onAwardRevoked(AwardService.AwardRevoked event) {
    boolean published = documents.findFirstByCycleIdAndKindAndSubjectOrderByVersionDesc(event.cycleId(),
        DocumentKind.PUBLIC_LIST, "cycle").isPresent();
    if (published) {
      publicList(event.cycleId(), vn.gov.soctrang.tnmt.tdkt.process.Actors.SYSTEM);
    }
  }

  /** The latest published PDF of a year, for the public page. */
  @Transactional(readOnly = true)
  public Optional<DocumentFile> publicPdf(int year) {
    return cycles.findByYear(year).flatMap(c -> documents.findFirstByCycleIdAndKindAndSubjectOrderByVersionDesc(
        c.getId(), DocumentKind.PUBLIC_LIST, "cycle")).map(this::file);
  }

  /** The latest version of each document of the cycle. */
  @Transactional(readOnly = true)
  public List<GeneratedDocument> latest(long cycleId) {
    Map<String, GeneratedDocument> latest = new LinkedHashMap<>();
    for (GeneratedDocument d : documents.findByCycleIdOrderByKindAscSubjectAscVersionDesc(cycleId)) {
      latest.putIfAbsent(d.getKind() + "|" + d.getSubject(), d);
    }
    return List.copyOf(latest.values());
  }

  @Transactional(readOnly = true)
  public List<GeneratedDocument> versions(long cycleId) {
    return documents.findByCycleIdOrderByKindAscSubjectAscVersionDesc(cycleId);
  }

  @Transactional(readOnly = true)
  public Optional<GeneratedDocument> find(long id) {
    return documents.findById(id);
  }

  /** The code of the unit a document is about, for the access rule. */
  @Transactional(readOnly = true)
  public String unitCodeOf(GeneratedDocument d) {
    return d.getUnitId() == null ? null : units.findById(d.getUnitId()).map(u -> u.getCode()).orElse(null);
  }

  @Transactional(readOnly = true)
  public DocumentFile file(GeneratedDocument d) {
    return new DocumentFile(d.getFileName(), d.getContentType(), contents.findById(d.getId()).orElseThrow()
        .getContent());
  }

  /** Markdown links to the latest documents that pass the filter, for the forms in Tasklist. */
  @Transactional(readOnly = true)
  public String linksText(long cycleId, java.util.function.Predicate<GeneratedDocument> filter) {
    return linksText(latest(cycleId).stream().filter(filter).toList());
  }

  /** Markdown links to these documents, for the forms in Tasklist. */
  @Transactional(readOnly = true)
  public String linksText(List<GeneratedDocument> list) {
    if (list.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("**Văn bản do hệ thống soạn sẵn (tải về, chỉnh sửa bằng Word nếu cần):**\n");
    var signed = signing.summaries(list.stream().map(GeneratedDocument::getId).toList());
    var pdfs = signing.pdfOffers(list);
    for (GeneratedDocument d : list) {
      text.append("\n- [").append(Markdown.escape(d.getTitle())).append(" – bản ").append(d.getVersion())
          .append("](").append(DocumentPaths.download(d.getId())).append(")");
      var copy = signed.get(d.getId());
      if (copy != null) {
        text.append(" · [").append(Markdown.escape(signing.signedText(copy.getSigner(), copy.getSignedAt())))
            .append("](").append(DocumentPaths.signed(d.getId())).append(")");
      } else if (!GeneratedDocument.PDF.equals(d.getContentType()) && pdfs.get(d.getId()).available()) {
        text.append(" · [PDF để ký số](").append(DocumentPaths.pdf(d.getId())).append(")");
      }
    }
    return text.toString();
  }

  /** The documents of one proposal's dossier: its tờ trình, its nominees' reports, the Council's minutes. */
  @Transactional(readOnly = true)
  public java.util.function.Predicate<GeneratedDocument> dossierOf(long submissionId) {
    List<String> nominees = submissions.nominationsOf(submissionId).stream().map(n -> "nomination:" + n.getId())
        .toList();
    return d -> (d.getKind() == DocumentKind.PROPOSAL && d.getSubject().equals("submission:" + submissionId))
        || d.getKind() == DocumentKind.COUNCIL_MINUTES
        || (d.getKind() == DocumentKind.ACHIEVEMENT_REPORT && nominees.contains(d.getSubject()));
  }

  /**
   * The complete upward dossier of one award type as one ZIP: the latest tờ trình with its list, the Council's
   * minutes, and the achievement report of every nominee in it.
   */
  @Transactional(readOnly = true)
  public DocumentFile dossierZip(int year, AwardType type) {
    Cycle cycle = cycles.byYear(year);
    ProvinceSubmission s = submissions.ofCycle(cycle.getId()).stream().filter(x -> x.getAwardType() == type)
        .findFirst().orElseThrow(() -> new InvalidInputException("Năm " + year + " không có tờ trình đề nghị "
            + type.label() + "."));
    List<GeneratedDocument> parts = latest(cycle.getId()).stream().filter(dossierOf(s.getId())).toList();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out,
        StandardCharsets.UTF_8)) {
      for (GeneratedDocument d : parts) {
        zip.putNextEntry(new ZipEntry(d.getFileName()));
        zip.write(contents.findById(d.getId()).orElseThrow().getContent());
        zip.closeEntry();
      }
      zip.finish();
      return new DocumentFile("ho-so-de-nghi-" + type.name() + "-" + year + ".zip", "application/zip",
          out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
