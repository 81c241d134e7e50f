package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.assertj.core.api.SoftAssertions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRegisterService;
import vn.gov.soctrang.tnmt.tdkt.thematic.ThematicDecisions;
import vn.gov.soctrang.tnmt.tdkt.thematic.ThematicSummaries;
import vn.gov.soctrang.tnmt.tdkt.process.JsonVariables;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.province.ProvinceSubmissionVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Every .docx a whole final-summary cycle writes, read back with POI and held to the presentation rules of Nghị định
 * 30/2020/NĐ-CP: the national motto and the issuing body each with the rule under it, date lines with a leading zero
 * only for days below 10 and the months 1 and 2, decimal commas, “…” quotes, each «Căn cứ» an italic paragraph ending
 * «;» but the last, the recipient list ending with a full stop, page numbers from page 2 centred in the header. In
 * September, so that a padded month (09) would show.
 */
@AtDate("2025-09-08")
class DocumentPresentationCheckTest extends ProcessTestSupport {

  private static final int FINAL_YEAR = 2025;
  private static final Pattern DATE = Pattern.compile("ngày (\\d+) tháng (\\d+) năm (\\d{4})");
  private static final Set<DocumentKind> NUMBERED_PAGES = EnumSet.complementOf(EnumSet.of(DocumentKind.CERTIFICATES,
      DocumentKind.PUBLIC_LIST));

  @Autowired DocumentService documents;
  @Autowired CycleRepository cycles;
  @Autowired AwardRepository awards;
  @Autowired MeritRegisterService merit;
  @Autowired DocumentWriter writer;

  /** Every rule checked on every document, all failures reported together. */
  private final SoftAssertions softly = new SoftAssertions();

  private static String today() {
    return TestClock.today().toString();
  }

  @Test
  void everyDocumentOfAFullCycleFollowsDecree30() throws IOException {
    // The demo merit register holds qlddtruong's Chiến sĩ thi đua cơ sở of 2024.
    assertThat(merit.ofNominee("qlddtruong")).anyMatch(r -> r.getYear() == 2024
        && r.getCode().name().equals("CHIEN_SI_THI_DUA_CO_SO"));
    ProcessInstance cycle = startCycle(FINAL_YEAR, true);
    reportAndAccept(cycle, "qldd", List.of(collective("GIAY_KHEN"),
        individual("qlddcv", "GIAY_KHEN", true, "Sáng kiến số hóa hồ sơ địa chính"),
        individual("qlddtruong", "BANG_KHEN_UBND", true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ")));
    organizationService.activeUnits().stream().filter(u -> !u.getCode().equals("qldd"))
        .forEach(u -> reportAndAccept(cycle, u.getCode(), List.of()));
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    approvedAndDisclosed(cycle);
    ProcessInstance submission = provinceInstance(cycle, "BANG_KHEN_UBND");
    complete(submission, UserTask.PREPARE_PROVINCE_DOSSIER, "vanphong",
        Map.of(ProvinceSubmissionVariables.PROPOSAL_NUMBER.name(),
        "45/TTr-STNMT", ProvinceSubmissionVariables.PROPOSAL_DATE.name(), today(),
            ProvinceSubmissionVariables.DOSSIER_DOCUMENTS.name(),
        JsonVariables.jsonValue(List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS"))));
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "125/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), today()));
    runJobs();

    long cycleId = cycles.findByYear(FINAL_YEAR).orElseThrow().getId();
    List<GeneratedDocument> all = documents.latest(cycleId).stream()
        .filter(d -> d.getFileName().endsWith(".docx")).toList();
    softly.assertThat(all).extracting(GeneratedDocument::getKind).contains(DocumentKind.CONSOLIDATED_REPORT,
        DocumentKind.COUNCIL_MINUTES, DocumentKind.ACHIEVEMENT_REPORT, DocumentKind.PROPOSAL,
        DocumentKind.DIRECTOR_DECISION, DocumentKind.CERTIFICATES);
    for (GeneratedDocument d : all) {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.file(d).content()))) {
        checkDecree30(d, doc);
      }
    }

    // The certificates: the national motto where the superior body stood, the register's numbers in decision order.
    List<Award> decided = awards.findByYearOrderByIdAsc(FINAL_YEAR);
    softly.assertThat(decided).extracting(Award::getRegisterNumber).containsExactly(1, 2);
    GeneratedDocument certificates = all.stream().filter(d -> d.getKind() == DocumentKind.CERTIFICATES).findFirst()
        .orElseThrow();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.file(certificates).content()))) {
      String text = allText(doc);
      softly.assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số vào sổ khen thưởng: 1",
          "Số vào sổ khen thưởng: 2").doesNotContain("UBND TỈNH SÓC TRĂNG", "Số sổ khen thưởng: " + decided.get(0)
              .getId() + "\n");
      softly.assertThat(text.split("Phòng Quản lý đất đai", -1)).as("the collective's name once on its certificate, once "
          + "as the unit of the individual").hasSize(3);
      softly.assertThat(text).as("room for the signature and the seal: at least five empty lines")
          .containsPattern("GIÁM ĐỐC\\n{6,}\\S");
      softly.assertThat(doc.getParagraphs().stream().filter(p -> p.isPageBreak()).count())
          .as("one page per certificate: a break between two, none before the first").isEqualTo(decided.size() - 1);
    }
    // The achievement report in the form of Nghị định 152/2025 on its date, with the fields of the form.
    String report = documents.latest(cycleId).stream().filter(d -> d.getKind() == DocumentKind.ACHIEVEMENT_REPORT)
        .map(this::textOf).filter(t -> t.contains("Sinh ngày")).findFirst().orElseThrow();
    softly.assertThat(report).contains("Mẫu số 05", "Nghị định số 152/2025/NĐ-CP", "Sinh ngày, tháng, năm:", "Quê quán:",
        "Trú quán:", "Trình độ chuyên môn, nghiệp vụ:", "1. Danh hiệu thi đua:", "Chiến sĩ thi đua cơ sở",
        "2. Hình thức khen thưởng:", "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ");
    // One template for both: the individual's report prints none of the collective's parts, and the other way round.
    softly.assertThat(report).doesNotContain("Tên tập thể", "SƠ LƯỢC ĐẶC ĐIỂM", "CẤP TRÊN TRỰC TIẾP", "{{");
    // Two thirds as the minutes print a share (this cycle's votes are unanimous).
    softly.assertThat(DocumentWriter.percent(BigDecimal.valueOf(200).divide(BigDecimal.valueOf(3), 2,
        RoundingMode.HALF_UP))).isEqualTo("66,67%");
    softly.assertAll();
  }

  private String textOf(GeneratedDocument d) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.file(d).content()))) {
      return allText(doc);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The Director's decision at a thematic movement's summary (written outside the cycles, from the movement's run):
   * the same rules, on the writer's output for a decision of today with a collective and a person, the launching
   * plan and the Council's meeting among the «Căn cứ», and «Xét đề nghị …» closing them with a full stop.
   */
  @Test
  void theThematicDecisionFollowsDecree30() throws IOException {
    java.time.LocalDate on = TestClock.today();
    String person = organizationService.person("qlddcv").orElseThrow().getFullName();
    ThematicDecisions.Decision decision = new ThematicDecisions.Decision(1L, "46/QĐ-STNMT", on, "CD-KIEM-THU",
        "Thi đua chuyển đổi số trong quản lý đất đai", on.minusMonths(3), on.minusDays(7), "12/KH-STNMT",
        on.minusMonths(4), "Sở Tài nguyên và Môi trường", MeritCode.GIAY_KHEN, "GIAY_KHEN", "Giám đốc Sở",
        List.of(new ThematicDecisions.Conferred("unit:qldd", "Phòng Quản lý đất đai", true, "qldd",
            "Dẫn đầu tỷ lệ số hóa hồ sơ địa chính."), new ThematicDecisions.Conferred("qlddcv", person, false, "qldd",
            "Số hóa 500 hồ sơ địa chính")), on.minusDays(2));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(writer.thematicDecision(decision).bytes()))) {
      checkDecree30(DocumentKind.THEMATIC_DECISION, "THEMATIC_DECISION", doc);
      String text = allText(doc);
      softly.assertThat(text).contains("Số: 46/QĐ-STNMT", "Căn cứ Kế hoạch số 12/KH-STNMT ngày 08 tháng 5 năm 2025 "
              + "của Sở Tài nguyên và Môi trường về việc phát động phong trào thi đua theo chuyên đề “Thi đua chuyển đổi"
              + " số trong quản lý đất đai”;", "Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày 06/09/2025 "
              + "(bỏ phiếu kín);", "Xét đề nghị của Chánh Văn phòng Sở.", "cho 1 tập thể và 1 cá nhân",
          "đã có thành tích: Dẫn đầu tỷ lệ số hóa hồ sơ địa chính;", "2. " + person + ", ",
          "đã có thành tích: Số hóa 500 hồ sơ địa chính.")
          .doesNotContain("{{");
    }
    softly.assertAll();
  }

  /**
   * The report on a thematic movement's final summary: the same rules on the writer's output for a summary stored
   * today, with the movement, the units' results per criterion in the table and the one collective awarded.
   */
  @Test
  void theThematicSummaryReportFollowsDecree30() throws IOException {
    java.time.LocalDate on = TestClock.today();
    ThematicSummaries.Summary summary = new ThematicSummaries.Summary(1L, on, "CD-KIEM-THU",
        "Thi đua chuyển đổi số trong quản lý đất đai", on.minusMonths(3), on.minusDays(7), "12/KH-STNMT",
        on.minusMonths(4), "Sở Tài nguyên và Môi trường", 5, List.of("qldd", "ccbvmt"), 2, List.of(
            new ThematicSummaries.CriterionResults(1, "Số hóa hồ sơ địa chính đúng tiến độ", List.of(
                new ThematicSummaries.UnitResult("ccbvmt", "Đã số hóa 1.200 hồ sơ"),
                new ThematicSummaries.UnitResult("qldd", "Đã số hóa 900 hồ sơ"))),
            new ThematicSummaries.CriterionResults(2, "Tỷ lệ hồ sơ trực tuyến toàn trình", List.of())),
        "46/QĐ-STNMT", on, MeritCode.GIAY_KHEN, "GIAY_KHEN", "Giám đốc Sở", List.of(
            new ThematicSummaries.Awarded("unit:qldd", "Phòng Quản lý đất đai", true, "qldd")));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(writer.thematicSummary(summary).bytes()))) {
      checkDecree30(DocumentKind.THEMATIC_SUMMARY, "THEMATIC_SUMMARY", doc);
      String text = allText(doc);
      softly.assertThat(text).contains("I. PHONG TRÀO THI ĐUA", "II. KẾT QUẢ THỰC HIỆN", "III. KHEN THƯỞNG",
          "được phát động theo Kế hoạch số 12/KH-STNMT ngày 08 tháng 5 năm 2025 của Sở Tài nguyên và Môi trường",
          "1. Số hóa hồ sơ địa chính đúng tiến độ;", "2. Tỷ lệ hồ sơ trực tuyến toàn trình.",
          "Có 5 phòng, đơn vị trả lời đăng ký tham gia, trong đó 2 đơn vị tham gia phong trào", "Đã số hóa 900 hồ sơ",
          "Không có đơn vị báo cáo", "1 tập thể được tặng Giấy khen của",
          "theo Quyết định số 46/QĐ-STNMT ngày " + vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.format(on))
          .doesNotContain("{{");
    }
    softly.assertAll();
  }

  private void checkDecree30(GeneratedDocument d, XWPFDocument doc) {
    checkDecree30(d.getKind(), d.getKind() + " " + d.getTitle(), doc);
  }

  private void checkDecree30(DocumentKind kind, String name, XWPFDocument doc) {
    List<XWPFParagraph> paragraphs = paragraphs(doc);
    String text = allText(doc);

    // Dates: a day below 10 and the months 1 and 2 with a leading zero, no other month.
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      String day = m.group(1);
      String month = m.group(2);
      int monthValue = Integer.parseInt(month);
      softly.assertThat(day).as("day in «%s» of %s", m.group(), name).hasSize(2);
      softly.assertThat(month).as("month in «%s» of %s", m.group(), name).isEqualTo(monthValue <= 2
          ? String.format("%02d", monthValue) : String.valueOf(monthValue));
    }
    // Numbers and quotes.
    softly.assertThat(text).as("decimal point in a percentage of %s", name).doesNotContainPattern("\\d\\.\\d+ ?%");
    softly.assertThat(text).as("«» quotes in %s", name).doesNotContain("«", "»");

    // The national motto and, where the document has one, the issuing body, each with a solid rule under it.
    XWPFParagraph motto = paragraphs.stream().filter(p -> p.getText().contains(DocxBuilder.MOTTO)).findFirst()
        .orElseThrow(() -> new AssertionError("no motto in " + name));
    softly.assertThat(next(paragraphs, motto).getBorderTop()).as("rule under the motto of %s", name)
        .isEqualTo(Borders.SINGLE);
    softly.assertThat(text).as("the national name above the motto of %s", name)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + DocxBuilder.MOTTO);
    paragraphs.stream().filter(p -> p.getText().contains("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG") && p.getText().startsWith(
        "UBND")).findFirst().ifPresent(body -> softly.assertThat(next(paragraphs, body).getBorderTop())
            .as("rule under the issuing body of %s", name).isEqualTo(Borders.SINGLE));

    // «Căn cứ»: each an italic paragraph of its own, ending «;» but the last.
    List<XWPFParagraph> bases = paragraphs.stream().filter(p -> p.getText().startsWith("Căn cứ")
        || p.getText().startsWith("Theo đề nghị của") || p.getText().startsWith("Xét đề nghị của")).toList();
    for (int i = 0; i < bases.size(); i++) {
      XWPFParagraph p = bases.get(i);
      softly.assertThat(p.getRuns()).as("«Căn cứ» in italics in %s", name).allMatch(XWPFRun::isItalic);
      softly.assertThat(p.getText().strip()).as("ending of «%s» in %s", p.getText(), name)
          .endsWith(i < bases.size() - 1 ? ";" : p.getText().startsWith("Theo") || p.getText().startsWith("Xét") ? "."
              : ",");
      softly.assertThat(p.getText().indexOf("Căn cứ", 1)).as("one «Căn cứ» per paragraph in %s", name).isEqualTo(-1);
    }
    if (kind == DocumentKind.PROPOSAL || kind == DocumentKind.DIRECTOR_DECISION
        || kind == DocumentKind.THEMATIC_DECISION) {
      softly.assertThat(bases).as("legal bases of %s", name).hasSizeGreaterThan(1);
    }

    // «Nơi nhận»: each recipient ends «;», the last «.».
    paragraphs.stream().filter(p -> p.getText().startsWith("Nơi nhận:")).forEach(p -> {
      List<String> lines = List.of(p.getText().split("\n")).stream().filter(l -> l.startsWith("- ")).toList();
      softly.assertThat(lines).as("recipients of %s", name).isNotEmpty();
      for (int i = 0; i < lines.size(); i++) {
        softly.assertThat(lines.get(i)).as("recipient line of %s", name).endsWith(i < lines.size() - 1 ? ";" : ".");
      }
    });

    // Page numbers from page 2, centred in the header.
    if (NUMBERED_PAGES.contains(kind)) {
      softly.assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).as("first page without number in %s", name)
          .isTrue();
      XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
      softly.assertThat(header).as("header with the page number in %s", name).isNotNull();
      if (header != null) {
        softly.assertThat(header.getParagraphs().get(0).getCTP().xmlText()).as("page field of %s", name)
            .contains("PAGE");
        softly.assertThat(header.getParagraphs().get(0).getAlignment().name()).as("page number centred in %s", name)
            .isEqualTo("CENTER");
      }
    }

    // Tables with an STT column: STT narrow, the next column (names) wider.
    for (XWPFTable t : doc.getTables()) {
      XWPFTableRow head = t.getRow(0);
      if (head.getTableCells().size() > 2 && head.getCell(0).getText().equals("STT")) {
        softly.assertThat(width(head.getCell(0))).as("STT column of %s", name).isLessThan(width(head.getCell(1)));
      }
    }
  }

  private static double width(XWPFTableCell cell) {
    return cell.getWidthDecimal();
  }

  private static XWPFParagraph next(List<XWPFParagraph> paragraphs, XWPFParagraph p) {
    return paragraphs.get(paragraphs.indexOf(p) + 1);
  }

  /** Every paragraph in document order, those in tables included. */
  private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
    List<XWPFParagraph> all = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p) {
        all.add(p);
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            all.addAll(cell.getParagraphs());
          }
        }
      }
    }
    return all;
  }

  private static String allText(XWPFDocument doc) {
    StringBuilder text = new StringBuilder();
    for (XWPFParagraph p : paragraphs(doc)) {
      text.append(p.getText()).append('\n');
    }
    return text.toString();
  }
}
