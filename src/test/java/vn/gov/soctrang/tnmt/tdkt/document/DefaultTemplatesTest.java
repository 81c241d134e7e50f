package vn.gov.soctrang.tnmt.tdkt.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template the release ships passes the check an upload must pass, and filled with every field it fills every
 * placeholder: an administrator who downloads the default and uploads it unchanged is never refused.
 */
class DefaultTemplatesTest {

  static java.util.List<DocumentKind> kinds() {
    return DefaultTemplates.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theShippedTemplatePassesTheUploadCheckAndFillsEveryPlaceholder(DocumentKind kind) throws Exception {
    DefaultTemplates.Kind k = DefaultTemplates.of(kind).orElseThrow();
    byte[] template = k.template().get();
    assertThat(DocxTemplate.problems(template, k.schema())).isEmpty();

    byte[] filled = DocxTemplate.render(template, k.schema(), k.schema().sample());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).doesNotContain("{{").doesNotContain("}}");
      // Every value the kind offers is printed somewhere in its shipped template.
      k.schema().values().values().forEach(description -> assertThat(text.getText()).as(kind + ": " + description)
          .containsIgnoringCase(DocxBuilder.quotes(description)));
    }
  }

  @org.junit.jupiter.api.Test
  void theAchievementReportPrintsOnlyTheCollectivesPartsForACollective() throws Exception {
    DefaultTemplates.Kind k = DefaultTemplates.of(DocumentKind.ACHIEVEMENT_REPORT).orElseThrow();
    TemplateModel model = new TemplateModel().value("ho_ten", "Phòng Quản lý đất đai").value("nguoi_ky", "Giám Đốc")
        .when("tap_the", true, java.util.Map.of()).when("ca_nhan", false, java.util.Map.of())
        .when("chua_co_danh_hieu", true, java.util.Map.of()).when("co_danh_hieu", false, java.util.Map.of())
        .when("co_khen_thuong", true, java.util.Map.of()).when("chua_co_khen_thuong", false, java.util.Map.of())
        .item("khen_thuong", java.util.Map.of("nam", "2024", "ten", "Giấy khen", "quyet_dinh", "Quyết định số 5/QĐ"));
    byte[] filled = DocxTemplate.render(k.template().get(), k.schema(), model);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(filled));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(text.getText()).contains("Tên tập thể (ghi đầy đủ bằng chữ in thường, không viết tắt): Phòng Quản lý"
              + " đất đai.", "SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH", "THỦ TRƯỞNG CƠ QUAN CẤP TRÊN TRỰC TIẾP XÁC NHẬN, ĐỀ NGHỊ",
          "chưa ghi danh hiệu nào", "Quyết định số 5/QĐ")
          .doesNotContain("Sinh ngày", "LÝ LỊCH", "NGƯỜI BÁO CÁO THÀNH TÍCH", "chưa ghi hình thức khen thưởng", "{{");
      assertThat(doc.getTables()).as("the awards' table only, with its one row; the titles' table left out")
          .anySatisfy(t -> assertThat(t.getText()).contains("Quyết định số 5/QĐ"))
          .noneSatisfy(t -> assertThat(t.getText()).contains("Danh hiệu thi đua"));
    }
  }
}
