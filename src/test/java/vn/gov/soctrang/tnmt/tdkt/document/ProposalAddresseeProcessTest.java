package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * The tờ trình of each award type: a Department writes only to the Chairman of the provincial People's Committee,
 * through the province's emulation body, and for a State award asks the province to propose it upward; the wording is
 * the dated rows of document_wording, and a count of zero is not printed.
 */
@AtDate("2025-11-20")
class ProposalAddresseeProcessTest extends ProcessTestSupport {

  private static final int FINAL_YEAR = 2025;

  @Autowired DocumentService documents;
  @Autowired CycleRepository cycles;

  private String proposal(String awardType) throws IOException {
    long cycleId = cycles.findByYear(FINAL_YEAR).orElseThrow().getId();
    GeneratedDocument d = documents.latest(cycleId).stream().filter(g -> g.getKind() == DocumentKind.PROPOSAL)
        .filter(g -> g.getTitle().contains(awardTypeLabel(awardType))).findFirst()
        .orElseThrow(() -> new AssertionError("no tờ trình for " + awardType));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.file(d).content()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static String awardTypeLabel(String awardType) {
    return vn.gov.soctrang.tnmt.tdkt.nomination.AwardType.valueOf(awardType).label();
  }

  @Test
  void eachTờTrìnhGoesToTheProvincesChairmanAndAsksForTheRightStep() throws IOException {
    ProcessInstance cycle = startCycle(FINAL_YEAR, true);
    reportAndAccept(cycle, "qldd", List.of(collective("BANG_KHEN_TTG"),
        individual("qlddcv", "BANG_KHEN_UBND", true, "Sáng kiến số hóa hồ sơ địa chính"),
        individual("qlddtruong", "HUAN_CHUONG_LD3", true, "Giải pháp rút ngắn thời gian giải quyết hồ sơ")));
    organizationService.activeUnits().stream().filter(u -> !u.getCode().equals("qldd"))
        .forEach(u -> reportAndAccept(cycle, u.getCode(), List.of()));
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    approvedAndDisclosed(cycle);

    String ubnd = proposal("BANG_KHEN_UBND");
    assertThat(ubnd).contains("Kính gửi: Chủ tịch UBND tỉnh Sóc Trăng (qua Ban Thi đua – Khen thưởng, Sở Nội vụ)",
        "Sở Tài nguyên và Môi trường kính đề nghị Chủ tịch UBND tỉnh Sóc Trăng xem xét, tặng Bằng khen của Chủ tịch "
            + "UBND tỉnh cho 1 cá nhân đã có thành tích",
        "Kính trình Chủ tịch UBND tỉnh Sóc Trăng xem xét, quyết định./.")
        .doesNotContain("0 tập thể");

    String ttg = proposal("BANG_KHEN_TTG");
    assertThat(ttg).contains("Kính gửi: Chủ tịch UBND tỉnh Sóc Trăng",
        "kính đề nghị Chủ tịch UBND tỉnh Sóc Trăng xem xét, trình Thủ tướng Chính phủ tặng Bằng khen của Thủ tướng "
            + "Chính phủ cho 1 tập thể đã có thành tích",
        "Kính trình Chủ tịch UBND tỉnh Sóc Trăng xem xét, trình Thủ tướng Chính phủ./.")
        .doesNotContain("Kính gửi: Thủ tướng", "Kính trình Thủ tướng", "0 cá nhân");

    String ld3 = proposal("HUAN_CHUONG_LD3");
    assertThat(ld3).contains("Kính gửi: Chủ tịch UBND tỉnh Sóc Trăng",
        "xem xét, trình Thủ tướng Chính phủ đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 1 cá nhân",
        "Kính trình Chủ tịch UBND tỉnh Sóc Trăng xem xét, trình Thủ tướng Chính phủ đề nghị Chủ tịch nước./.")
        .doesNotContain("Kính gửi: Chủ tịch nước", "Kính trình Chủ tịch nước", "0 tập thể");
  }

  @Test
  void aZeroCountIsLeftOut() {
    assertThat(DocumentWriter.nominees(0, 14)).isEqualTo("14 cá nhân");
    assertThat(DocumentWriter.nominees(2, 0)).isEqualTo("2 tập thể");
    assertThat(DocumentWriter.nominees(1, 3)).isEqualTo("1 tập thể và 3 cá nhân");
  }
}
