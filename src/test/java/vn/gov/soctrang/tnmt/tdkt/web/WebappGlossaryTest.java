package vn.gov.soctrang.tnmt.tdkt.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One Vietnamese vocabulary: {@code docs/glossary.tsv} names, for each concept, the one term used everywhere and the
 * variants that must not appear. No text of the four Camunda webapps' {@code vi.json} nor of a form's label,
 * description or text may contain a forbidden variant (whole words, ignoring case). Plain files, no Spring context.
 */
class WebappGlossaryTest {

  private static final Path GLOSSARY = Path.of("docs/glossary.tsv");
  private static final Path APP = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
  private static final List<String> APPS = List.of("admin", "cockpit", "tasklist", "welcome");
  private static final Path FORMS = Path.of("forms");
  /** The texts of a form a user reads. */
  private static final Set<String> FORM_TEXT_FIELDS = Set.of("label", "description", "text", "placeholder");
  /** A word character in any script: a letter with its combining marks, a digit. */
  private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";

  private final ObjectMapper json = new ObjectMapper();

  record Term(String english, String vietnamese, List<Forbidden> forbidden) {}

  record Forbidden(String text, Pattern pattern) {}

  @Test
  void glossaryCoversTheWebappConceptsAndIsWellFormed() {
    List<Term> terms = glossary();
    assertThat(terms).extracting(term -> term.english().toLowerCase(Locale.ROOT))
        .anySatisfy(english -> assertThat(english).contains("task"))
        .anySatisfy(english -> assertThat(english).contains("process instance"))
        .anySatisfy(english -> assertThat(english).contains("process definition"))
        .anySatisfy(english -> assertThat(english).contains("case"))
        .anySatisfy(english -> assertThat(english).contains("claim"))
        .anySatisfy(english -> assertThat(english).contains("filter"))
        .anySatisfy(english -> assertThat(english).contains("form"))
        .anySatisfy(english -> assertThat(english).contains("deployment"))
        .anySatisfy(english -> assertThat(english).contains("incident"))
        .anySatisfy(english -> assertThat(english).contains("job"))
        .anySatisfy(english -> assertThat(english).contains("decision instance"))
        .anySatisfy(english -> assertThat(english).contains("batch"))
        .anySatisfy(english -> assertThat(english).contains("tenant"));
    for (Term term : terms) {
      assertThat(term.vietnamese()).as("Vietnamese term of %s", term.english()).isNotBlank();
      // The chosen word must itself be allowed, whichever concept forbids what.
      for (Term other : terms) {
        for (Forbidden variant : other.forbidden()) {
          assertThat(variant.pattern().matcher(term.vietnamese()).find())
              .as("«%s» (%s) contains «%s», forbidden for %s", term.vietnamese(), term.english(), variant.text(),
                  other.english())
              .isFalse();
        }
      }
    }
  }

  @Test
  void webappLocalesUseOnlyTheGlossaryTerms() {
    List<Term> terms = glossary();
    List<String> found = new ArrayList<>();
    for (String app : APPS) {
      Path file = APP.resolve(app).resolve("locales/vi.json");
      walk(readJson(file), "", (key, text) -> check(terms, file, key, text, found));
    }
    assertThat(found).as("forbidden variants of docs/glossary.tsv in the webapps' vi.json").isEmpty();
  }

  @Test
  void formsUseOnlyTheGlossaryTerms() {
    List<Term> terms = glossary();
    List<String> found = new ArrayList<>();
    for (Path file : formFiles()) {
      walk(readJson(file), "", (key, text) -> {
        String field = key.substring(key.lastIndexOf('/') + 1);
        if (FORM_TEXT_FIELDS.contains(field)) {
          check(terms, file, key, text, found);
        }
      });
    }
    assertThat(found).as("forbidden variants of docs/glossary.tsv in forms/*.form").isEmpty();
  }

  @Test
  void aForbiddenVariantIsFoundAsAWholeWordInAnyCase() {
    Pattern task = variant("tác vụ");
    assertThat(task.matcher("Tác vụ người dùng").find()).isTrue();
    assertThat(task.matcher("ID TÁC VỤ").find()).isTrue();
    assertThat(task.matcher("Xem tác  vụ").find()).isTrue();
    // Decomposed (NFD) text is the same words.
    assertThat(task.matcher(nfc(Normalizer.normalize("tác vụ", Normalizer.Form.NFD))).find()).isTrue();
    // Another syllable that merely starts or ends alike is another word.
    assertThat(task.matcher("tác vụn").find()).isFalse();
    assertThat(task.matcher("công việc").find()).isFalse();
    assertThat(variant("hồ sơ (CMMN)").matcher("Định nghĩa hồ sơ (CMMN)").find()).isTrue();
    assertThat(variant("ID tenant").matcher("ID đơn vị thuê (tenant)").find()).isFalse();
  }

  private static void check(List<Term> terms, Path file, String key, String text, List<String> found) {
    String normalized = nfc(text);
    for (Term term : terms) {
      for (Forbidden variant : term.forbidden()) {
        if (variant.pattern().matcher(normalized).find()) {
          found.add(file + " " + key + ": «" + text + "» contains «" + variant.text() + "»; " + term.english()
              + " is «" + term.vietnamese() + "»");
        }
      }
    }
  }

  private List<Term> glossary() {
    List<String> lines = readLines(GLOSSARY);
    assertThat(lines).as("%s with a header line", GLOSSARY).isNotEmpty();
    assertThat(lines.get(0).split("\t")).as("header of %s", GLOSSARY)
        .containsExactly("english", "vietnamese", "forbidden", "note");
    List<Term> terms = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      assertThat(columns).as("%s line %d: english, vietnamese, forbidden, note", GLOSSARY, i + 1).hasSize(4);
      List<Forbidden> forbidden = new ArrayList<>();
      for (String text : columns[2].split(";")) {
        if (!text.isBlank()) {
          forbidden.add(new Forbidden(nfc(text.strip()), variant(text)));
        }
      }
      terms.add(new Term(columns[0].strip(), nfc(columns[1].strip()), forbidden));
    }
    return terms;
  }

  /** The variant as whole words: not inside a longer word, any case, any run of spaces between its words. */
  private static Pattern variant(String text) {
    String[] words = nfc(text.strip()).split("\\s+");
    StringBuilder regex = new StringBuilder("(?<!" + WORD_CHAR + ")");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    regex.append("(?!").append(WORD_CHAR).append(")");
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private interface TextVisitor {
    void visit(String key, String text);
  }

  /** Every text value with its path, e.g. {@code /labels/TASK} or {@code /components[2]/label}. */
  private static void walk(JsonNode node, String path, TextVisitor visitor) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> walk(field.getValue(), path + "/" + field.getKey(), visitor));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        String id = item.hasNonNull("id") ? "(" + item.get("id").asText() + ")" : "";
        walk(item, path + "[" + i + "]" + id, visitor);
      }
    } else if (node.isTextual()) {
      visitor.visit(path, node.asText());
    }
  }

  private static List<Path> formFiles() {
    try (Stream<Path> files = Files.list(FORMS)) {
      List<Path> forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
      assertThat(forms).as("forms/*.form").isNotEmpty();
      return forms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode readJson(Path file) {
    try {
      return json.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
