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
}
