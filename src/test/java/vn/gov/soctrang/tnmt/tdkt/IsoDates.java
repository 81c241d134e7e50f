package vn.gov.soctrang.tnmt.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds dates written the machine's way (2026-12-03) in texts people read: every date a user sees is dd/MM/yyyy or
 * «ngày … tháng … năm …».
 */
public final class IsoDates {

  private static final Pattern ISO_DATE = Pattern.compile("(?<![\\d/-])\\d{4}-\\d{2}-\\d{2}(?![\\d])");

  private IsoDates() {
  }

  /** The ISO dates in the text, each with a little of what surrounds it. */
  public static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      found.add("…" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 20)) + "…");
    }
    return found;
  }

  public static void assertNone(String where, String text) {
    assertThat(in(text)).as("ISO dates in %s", where).isEmpty();
  }

  /** The text of a .docx, paragraphs and tables, headers and footers. */
  public static String docxText(byte[] docx) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the variables the forms show to users: in their text blocks and as their selects' options. */
  public static Set<String> variablesShownInForms() {
    Set<String> names = new LinkedHashSet<>();
    Pattern reference = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)");
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        collect(new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.toFile()), reference, names);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void collect(JsonNode node, Pattern reference, Set<String> names) {
    for (JsonNode component : node.path("components")) {
      if (component.path("type").asText().equals("text")) {
        Matcher m = reference.matcher(component.path("text").asText());
        while (m.find()) {
          names.add(m.group(1));
        }
      }
      if (component.hasNonNull("valuesKey")) {
        names.add(component.path("valuesKey").asText());
      }
      collect(component, reference, names);
    }
  }
}
