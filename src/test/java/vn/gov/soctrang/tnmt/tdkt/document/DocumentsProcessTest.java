package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.process.SharedVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The documents a whole cycle writes, opened and read: the national motto, the Department, Times New Roman, the
 * Vietnamese names and counts, no ballot detail; versions kept on regeneration; the upward dossier as one ZIP.
 */
class DocumentsProcessTest extends ProcessTestSupport {

  private static final String UBND = "BANG_KHEN_UBND";

  @Autowired DocumentService documents;
  @Autowired CycleRepository cycles;
  @Autowired AwardRepository awards;
  @Autowired AwardService awardService;

  private long cycleId() {
    return cycles.findByYear(YEAR).orElseThrow().getId();
  }

  private GeneratedDocument latest(DocumentKind kind, String subjectPrefix) {
    return documents.latest(cycleId()).stream().filter(d -> d.getKind() == kind)
        .filter(d -> d.getSubject().startsWith(subjectPrefix)).findFirst().orElseThrow(() ->
            new AssertionError("no " + kind + " " + subjectPrefix));
  }

  private String text(GeneratedDocument d) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.file(d).content()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (XWPFRun r : p.getRuns().stream().filter(run -> !run.text().isBlank()).toList()) {
          assertThat(r.getFontFamily()).as("font of «%s» in %s", r.text(), d.getTitle()).isEqualTo("Times New Roman");
        }
      }
      return extractor.getText();
    }
  }

  private String fullName(String username) {
    return organizationService.person(username).orElseThrow().getFullName();
  }

  /** qldd proposes its collective and qlddcv for a Giấy khen, qlddtruong for a Bằng khen UBND; all approved. */
  private ProcessInstance approvedCycle() {
    ProcessInstance cycle = startCycle(YEAR, false);
    reportAndAccept(cycle, "qldd", List.of(collective("GIAY_KHEN"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ địa chính"),
        individual("qlddtruong", UBND, true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ")));
    organizationService.activeUnits().stream().filter(u -> !u.getCode().equals("qldd"))
        .forEach(u -> reportAndAccept(cycle, u.getCode(), List.of()));
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    approvedAndDisclosed(cycle);
    return cycle;
  }

  @Test
  void aCycleWritesItsDocumentsFromTheDataWithNothingRetyped() throws IOException {
    ProcessInstance cycle = approvedCycle();

    String report = text(latest(DocumentKind.CONSOLIDATED_REPORT, "cycle"));
    assertThat(report).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: ……/BC-STNMT", "Phòng Quản lý đất đai", "Chi cục Bảo vệ môi trường",
        fullName("qlddcv"), "Đạt");

    String minutes = text(latest(DocumentKind.COUNCIL_MINUTES, "meeting:"));
    assertThat(minutes).contains("BIÊN BẢN", "xét khen thưởng năm " + YEAR, "7/7 thành viên", fullName("qlddtruong"),
        "Đồng ý đề nghị", "100%");
    // Minutes name who attended, presided and counted; the results of a secret ballot name no member.
    String results = minutes.substring(minutes.indexOf("III. KẾT QUẢ BIỂU QUYẾT"));
    assertThat(minutes.substring(0, minutes.indexOf("III. KẾT QUẢ BIỂU QUYẾT"))).contains("Có mặt",
        fullName("giamdoc"), fullName("chanhvanphong"), "Ban kiểm phiếu", "Số phiếu phát ra: 7");
    for (String member : List.of("phogiamdoc", "ttrtruong", "ccbvmttruong", "khtctruong")) {
      assertThat(results).as("no member's name in the results of a secret ballot").doesNotContain(fullName(member));
    }
    assertThat(runtime.getVariable(cycle.getId(), SharedVariables.DOCUMENTS_TEXT.name()).toString())
        .contains("Biên bản họp Hội đồng", "/api/documents/");

    // The upward dossier: the tờ trình is numbered once the Office has prepared it.
    ProcessInstance submission = provinceInstance(cycle, UBND);
    assertThat(text(latest(DocumentKind.PROPOSAL, "submission:"))).contains("TỜ TRÌNH", "Số: ……/TTr-STNMT",
        "Kính gửi: Chủ tịch UBND tỉnh", fullName("qlddtruong"), "Bằng khen của Chủ tịch UBND tỉnh");
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong",
        Map.of(ProvinceSubmissionVariables.PROPOSAL_NUMBER.name(),
        "45/TTr-STNMT", ProvinceSubmissionVariables.PROPOSAL_DATE.name(), TestClock.today().toString(),
            ProvinceSubmissionVariables.DOSSIER_DOCUMENTS.name(),
        JsonVariables.jsonValue(List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS"))));
    GeneratedDocument proposal = latest(DocumentKind.PROPOSAL, "submission:");
    assertThat(proposal.getVersion()).isEqualTo(2);
    assertThat(text(proposal)).contains("Số: 45/TTr-STNMT", "Giải pháp rút ngắn thời gian giải quyết hồ sơ");
    assertThat(runtime.getVariable(submission.getId(), SharedVariables.DOCUMENTS_TEXT.name()).toString())
        .contains("Tờ trình đề nghị tặng Bằng khen", "Báo cáo thành tích (Mẫu số 05)", "bản 2");
    String individualReport = text(latest(DocumentKind.ACHIEVEMENT_REPORT, "nomination:"));
    assertThat(individualReport).contains("Mẫu số 05", "Nghị định số 152/2025/NĐ-CP", "BÁO CÁO THÀNH TÍCH", "I. SƠ LƯỢC LÝ LỊCH",
        "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG", fullName("qlddtruong"));

    DocumentService.DocumentFile zip = documents.dossierZip(YEAR, AwardType.BANG_KHEN_UBND);
    assertThat(entries(zip.content())).anyMatch(n -> n.startsWith("to-trinh-BANG_KHEN_UBND-" + YEAR + "-v2"))
        .anyMatch(n -> n.startsWith("bien-ban-hop-hoi-dong")).anyMatch(n -> n.startsWith("bao-cao-thanh-tich-"))
        .noneMatch(n -> n.startsWith("to-trinh-BANG_KHEN_UBND-" + YEAR + "-v1"));

    // The Director's decision: a draft with placeholders, then the numbered decision and the certificates.
    assertThat(text(latest(DocumentKind.DIRECTOR_DECISION, "cycle"))).contains("Số: ……/QĐ-STNMT", "QUYẾT ĐỊNH");
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "125/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), TestClock.today().toString()));
    assertThat(text(latest(DocumentKind.DIRECTOR_DECISION, "cycle"))).contains("Số: 125/QĐ-STNMT",
        "Điều 1. Tặng Giấy khen", "cho 1 tập thể và 1 cá nhân", fullName("qlddcv"), fullName("giamdoc"));
    assertThat(text(latest(DocumentKind.CERTIFICATES, "cycle"))).contains("GIẤY KHEN", fullName("qlddcv"),
        "Phòng Quản lý đất đai", "Quyết định số 125/QĐ-STNMT");
  }

  @Test
  void regeneratingKeepsTheEarlierVersionAndThePublicPdfHasTheDiacritics() throws IOException {
    ProcessInstance cycle = startCycle(YEAR, false);
    reportAndAccept(cycle, "qldd", List.of(collective("GIAY_KHEN")));
    organizationService.activeUnits().stream().filter(u -> !u.getCode().equals("qldd"))
        .forEach(u -> reportAndAccept(cycle, u.getCode(), List.of()));
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    runJobs();
    GeneratedDocument first = latest(DocumentKind.CONSOLIDATED_REPORT, "cycle");

    GeneratedDocument second = documents.consolidatedReport(cycleId(), "vanphong");

    assertThat(second.getVersion()).isEqualTo(first.getVersion() + 1);
    assertThat(documents.versions(cycleId())).extracting(GeneratedDocument::getId).contains(first.getId(),
        second.getId());
    assertThat(documents.file(first).content()).isNotEmpty();

    approvedAndDisclosed(cycle);
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "125/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), TestClock.today().toString()));
    complete(cycle, UserTask.PUBLISH_MODELS, "ttcnttcv",
        new HashMap<>(Map.of(PublicationVariables.PUBLICATION_TITLE.name(),
        "Điển hình năm " + YEAR)));
    String pdf = pdfText(documents.publicPdf(YEAR).orElseThrow().content());
    assertThat(pdf).contains("UBND TỈNH SÓC TRĂNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Phòng Quản lý đất đai",
        "Giấy khen của Giám đốc", "125/QĐ-STNMT");

    awardService.revoke(awards.findByYearOrderByIdAsc(YEAR).get(0).getId(), "Kê khai không đúng", "admin");
    assertThat(pdfText(documents.publicPdf(YEAR).orElseThrow().content())).doesNotContain("Phòng Quản lý đất đai");
  }

  private static List<String> entries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }

  private static String pdfText(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }
}
