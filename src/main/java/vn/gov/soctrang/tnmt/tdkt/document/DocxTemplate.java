package vn.gov.soctrang.tnmt.tdkt.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.gov.soctrang.tnmt.tdkt.document.TemplateSchema.ListField;
import vn.gov.soctrang.tnmt.tdkt.document.TemplateSchema.Repeat;

/**
 * Fills a .docx template: the Office edits the layout in Word, the system supplies the values.
 *
 * <p>Placeholders are written {@code {{name}}} for a value and {@code {{list.field}}} for a field of a list's items; a
 * list repeats the table row or the paragraph its placeholder is in, or the part of the document between the
 * paragraphs {@code {{#list}}} and {@code {{/list}}} (see {@link TemplateSchema.Repeat}). A placeholder in capitals
 * prints its value in capitals. Word splits text into runs as it pleases (spell-check, a change of format, an edit in
 * the middle): a placeholder split across runs is first joined into its first run, whose format it then takes.
 *
 * <p>The body, headers and footers are filled; everything else in the package (styles, margins, images, fonts) is kept
 * byte for byte.
 */
final class DocxTemplate {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /** Any text between double braces, for finding placeholders (valid or not). */
  private static final Pattern TOKEN = Pattern.compile("\\{\\{(.*?)\\}\\}");
  /** A placeholder as the administrator may write it. */
  private static final Pattern WRITTEN = Pattern.compile(
      "\\s*([#/]?)\\s*([A-Za-z][A-Za-z0-9_]*)(?:\\.([A-Za-z][A-Za-z0-9_]*))?\\s*");
  /** A placeholder after the lists are expanded: the item's index after '@'. */
  private static final Pattern FILLED = Pattern.compile(
      "\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)(?:@(\\d+))?(?:\\.([A-Za-z][A-Za-z0-9_]*))?\\s*\\}\\}");
  private static final Pattern PART = Pattern.compile("word/(document|header\\d*|footer\\d*)\\.xml");

  private DocxTemplate() {
  }

  /** A template the schema cannot fill: every problem, in Vietnamese. */
  static final class TemplateException extends RuntimeException {
    private final List<String> problems;

    TemplateException(List<String> problems) {
      super(String.join(" ", problems));
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }

  /** What is wrong with the template for this schema; empty when it can be filled. */
  static List<String> problems(byte[] template, TemplateSchema schema) {
    Set<String> problems = new LinkedHashSet<>();
    Map<String, byte[]> entries;
    try {
      entries = unzip(template);
    } catch (IOException e) {
      return List.of("Tệp tải lên không phải tệp Word .docx (không đọc được gói tệp).");
    }
    if (!entries.containsKey("word/document.xml")) {
      return List.of("Tệp tải lên không phải tệp Word .docx (thiếu phần nội dung word/document.xml).");
    }
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (PART.matcher(e.getKey()).matches()) {
        try {
          Document xml = parse(e.getValue());
          normalise(xml);
          check(xml, schema, problems);
        } catch (SAXException | IOException ex) {
          problems.add("Phần " + e.getKey() + " của tệp Word bị hỏng, không đọc được.");
        }
      }
    }
    if (problems.isEmpty()) {
      try {
        byte[] trial = render(template, schema, schema.sample());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(trial))) {
          doc.getParagraphs();
        }
      } catch (RuntimeException | IOException e) {
        problems.add("Không điền thử được mẫu: tệp Word không hợp lệ.");
      }
    }
    return List.copyOf(problems);
  }

  /** The template filled with the model. */
  static byte[] render(byte[] template, TemplateSchema schema, TemplateModel model) {
    try {
      Map<String, byte[]> entries = unzip(template);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        if (PART.matcher(e.getKey()).matches()) {
          Document xml = parse(e.getValue());
          normalise(xml);
          expand(xml, schema, model);
          fill(xml, model);
          e.setValue(serialise(xml));
        }
      }
      return zip(entries);
    } catch (IOException | SAXException e) {
      throw new TemplateException(List.of("Không điền được mẫu văn bản: tệp Word bị hỏng."));
    }
  }

  // --- reading and checking -----------------------------------------------------------------------------------------

  private static void check(Document xml, TemplateSchema schema, Set<String> problems) {
    for (Element p : elements(xml, "p")) {
      String text = text(p);
      String rest = TOKEN.matcher(text).replaceAll("");
      int open = rest.indexOf("{{");
      if (open >= 0) {
        problems.add("Trường “" + excerpt(rest.substring(open)) + "” thiếu dấu đóng “}}”.");
      }
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        String token = m.group();
        Matcher w = WRITTEN.matcher(m.group(1));
        if (!w.matches()) {
          problems.add("Trường “" + token + "” viết sai: tên trường gồm chữ cái không dấu, chữ số và dấu gạch dưới.");
          continue;
        }
        String marker = w.group(1);
        String name = w.group(2).toLowerCase(Locale.ROOT);
        String field = w.group(3) == null ? null : w.group(3).toLowerCase(Locale.ROOT);
        ListField list = schema.lists().get(name);
        if (!marker.isEmpty()) {
          if (list == null || list.repeat() != Repeat.BLOCK || field != null) {
            problems.add("Trường “" + token + "” không có trong danh mục trường của loại văn bản này: chỉ danh sách"
                + " lặp theo khối mới dùng {{#…}} và {{/…}}.");
          } else if (!text.strip().equals(token)) {
            problems.add("Trường “" + token + "” phải đứng riêng một đoạn văn.");
          }
          continue;
        }
        if (field == null) {
          if (list != null) {
            problems.add("Trường “" + token + "” là một danh sách: " + (list.fields().isEmpty()
                ? "dùng {{#" + name + "}} … {{/" + name + "}}." : "ghi kèm tên cột, ví dụ {{" + name + "."
                + list.fields().keySet().iterator().next() + "}}."));
          } else if (!schema.values().containsKey(name)) {
            problems.add("Trường “" + token + "” không có trong danh mục trường của loại văn bản này.");
          }
          continue;
        }
        if (list == null || !list.fields().containsKey(field)) {
          problems.add("Trường “" + token + "” không có trong danh mục trường của loại văn bản này.");
        } else if (list.repeat() == Repeat.ROW && ancestor(p, "tr") == null) {
          problems.add("Trường “" + token + "” phải nằm trong một dòng của bảng (mỗi mục của danh sách là một dòng).");
        } else if (list.repeat() == Repeat.BLOCK && blockStart(p, name) == null) {
          problems.add("Trường “" + token + "” phải nằm giữa {{#" + name + "}} và {{/" + name + "}}.");
        }
      }
    }
    for (Element p : elements(xml, "p")) {
      String marker = text(p).strip();
      Matcher m = Pattern.compile("\\{\\{\\s*#\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}").matcher(marker);
      if (m.matches() && end(p, m.group(1)) == null) {
        problems.add("Thiếu “{{/" + m.group(1) + "}}” đóng khối “" + marker + "” (cùng cấp, sau nó).");
      }
    }
  }

  private static String excerpt(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  // --- filling --------------------------------------------------------------------------------------------------------

  /** Repeats blocks, then rows and paragraphs, numbering each copy's placeholders with its item's index. */
  private static void expand(Document xml, TemplateSchema schema, TemplateModel model) {
    for (Element start : elements(xml, "p")) {
      Matcher m = Pattern.compile("\\{\\{\\s*#\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}").matcher(text(start).strip());
      if (!m.matches() || start.getParentNode() == null) {
        continue;
      }
      String name = m.group(1);
      Element end = end(start, name);
      if (end == null) {
        continue;
      }
      List<Node> block = new ArrayList<>();
      for (Node n = start.getNextSibling(); n != end; n = n.getNextSibling()) {
        block.add(n);
      }
      boolean separator = !block.isEmpty() && block.get(0) instanceof Element first && isPageBreak(first);
      List<Map<String, String>> items = model.list(name.toLowerCase(Locale.ROOT));
      Node parent = start.getParentNode();
      for (int k = 0; k < items.size(); k++) {
        for (int i = k == 0 && separator ? 1 : 0; i < block.size(); i++) {
          Node copy = block.get(i).cloneNode(true);
          index(copy, name, k);
          parent.insertBefore(copy, start);
        }
      }
      parent.removeChild(start);
      block.forEach(parent::removeChild);
      parent.removeChild(end);
    }
    for (Repeat repeat : List.of(Repeat.ROW, Repeat.PARAGRAPH)) {
      for (Element unit : elements(xml, repeat == Repeat.ROW ? "tr" : "p")) {
        if (unit.getParentNode() == null) {
          continue;
        }
        String name = repeatedList(text(unit), schema, repeat);
        if (name == null) {
          continue;
        }
        List<Map<String, String>> items = model.list(name.toLowerCase(Locale.ROOT));
        for (int k = 0; k < items.size(); k++) {
          Node copy = unit.cloneNode(true);
          index(copy, name, k);
          unit.getParentNode().insertBefore(copy, unit);
        }
        unit.getParentNode().removeChild(unit);
      }
    }
  }

  /** The list whose items repeat this row or paragraph: a placeholder of it not numbered yet. */
  private static String repeatedList(String text, TemplateSchema schema, Repeat repeat) {
    Matcher m = FILLED.matcher(text);
    while (m.find()) {
      if (m.group(2) == null && m.group(3) != null) {
        ListField list = schema.lists().get(m.group(1).toLowerCase(Locale.ROOT));
        if (list != null && list.repeat() == repeat) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  private static void index(Node copy, String list, int k) {
    Pattern own = Pattern.compile("\\{\\{(\\s*" + Pattern.quote(list) + ")(\\s*\\.)", Pattern.CASE_INSENSITIVE);
    for (Element t : descendants(copy, "t")) {
      String text = t.getTextContent();
      String numbered = own.matcher(text).replaceAll("{{$1@" + k + "$2");
      if (!numbered.equals(text)) {
        t.setTextContent(numbered);
      }
    }
  }

  private static void fill(Document xml, TemplateModel model) {
    for (Element t : elements(xml, "t")) {
      String text = t.getTextContent();
      if (!text.contains("{{")) {
        continue;
      }
      Matcher m = FILLED.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String key = name.toLowerCase(Locale.ROOT);
        String value;
        if (m.group(3) == null) {
          value = model.value(key);
        } else if (m.group(2) == null) {
          value = "";
        } else {
          List<Map<String, String>> items = model.list(key);
          int k = Integer.parseInt(m.group(2));
          value = k < items.size() ? items.get(k).getOrDefault(m.group(3).toLowerCase(Locale.ROOT), "") : "";
        }
        value = DocxBuilder.quotes(value == null ? "" : value);
        // Capitals as written: the field's name for a list's field, the value's name otherwise.
        String written = m.group(3) != null ? m.group(3) : name;
        boolean capitals = written.equals(written.toUpperCase(Locale.ROOT))
            && !written.equals(written.toLowerCase(Locale.ROOT));
        if (capitals) {
          value = value.toUpperCase(Locale.forLanguageTag("vi"));
        }
        m.appendReplacement(out, Matcher.quoteReplacement(value));
      }
      m.appendTail(out);
      setLines(t, out.toString());
    }
  }

  /** Sets the text; each further line goes after a line break in the same run. */
  private static void setLines(Element t, String text) {
    String[] lines = text.split("\n", -1);
    t.setTextContent(lines[0]);
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    Node after = t.getNextSibling();
    Node run = t.getParentNode();
    for (int i = 1; i < lines.length; i++) {
      Element br = t.getOwnerDocument().createElementNS(W, t.getPrefix() == null ? "br" : t.getPrefix() + ":br");
      Element next = t.getOwnerDocument().createElementNS(W, t.getPrefix() == null ? "t" : t.getPrefix() + ":t");
      next.setAttributeNS(XML_NS, "xml:space", "preserve");
      next.setTextContent(lines[i]);
      run.insertBefore(br, after);
      run.insertBefore(next, after);
    }
  }

  /**
   * Joins each placeholder Word split across runs into the run it starts in: the text of the paragraph is unchanged,
   * only which run holds which characters.
   */
  private static void normalise(Document xml) {
    for (Element p : elements(xml, "p")) {
      boolean changed = true;
      while (changed) {
        changed = false;
        List<Element> texts = ownTexts(p);
        if (texts.size() < 2) {
          break;
        }
        StringBuilder all = new StringBuilder();
        int[] starts = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
          starts[i] = all.length();
          all.append(texts.get(i).getTextContent());
        }
        Matcher m = Pattern.compile("\\{\\{.*?\\}\\}").matcher(all);
        while (m.find() && !changed) {
          int a = nodeAt(starts, m.start());
          int b = nodeAt(starts, m.end() - 1);
          if (a == b) {
            continue;
          }
          Element first = texts.get(a);
          first.setTextContent(first.getTextContent().substring(0, m.start() - starts[a]) + m.group());
          first.setAttributeNS(XML_NS, "xml:space", "preserve");
          for (int i = a + 1; i < b; i++) {
            texts.get(i).setTextContent("");
          }
          Element last = texts.get(b);
          String lastText = last.getTextContent();
          last.setTextContent(lastText.substring(m.end() - starts[b]));
          last.setAttributeNS(XML_NS, "xml:space", "preserve");
          changed = true;
        }
      }
    }
  }

  private static int nodeAt(int[] starts, int offset) {
    int i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) {
      i++;
    }
    return i;
  }

  // --- the XML ------------------------------------------------------------------------------------------------------

  /** The text elements of a paragraph, not those of a paragraph nested in it (a text box). */
  private static List<Element> ownTexts(Element p) {
    List<Element> out = new ArrayList<>();
    for (Element t : descendants(p, "t")) {
      if (ancestor(t, "p") == p) {
        out.add(t);
      }
    }
    return out;
  }

  /** A paragraph's own text, or all the text of a row. */
  private static String text(Element p) {
    StringBuilder b = new StringBuilder();
    for (Element t : "p".equals(p.getLocalName()) ? ownTexts(p) : descendants(p, "t")) {
      b.append(t.getTextContent());
    }
    return b.toString();
  }

  private static boolean isPageBreak(Element e) {
    if (!"p".equals(e.getLocalName()) || !text(e).isBlank()) {
      return false;
    }
    if (!descendants(e, "pageBreakBefore").isEmpty()) {
      return true;
    }
    for (Element br : descendants(e, "br")) {
      if ("page".equals(br.getAttributeNS(W, "type"))) {
        return true;
      }
    }
    return false;
  }

  /** The {@code {{/name}}} paragraph closing the block opened by {@code start}: a later sibling. */
  private static Element end(Element start, String name) {
    Pattern close = Pattern.compile("\\{\\{\\s*/\\s*" + Pattern.quote(name) + "\\s*\\}\\}", Pattern.CASE_INSENSITIVE);
    for (Node n = start.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "p".equals(e.getLocalName()) && close.matcher(text(e).strip()).matches()) {
        return e;
      }
    }
    return null;
  }

  /** The {@code {{#name}}} paragraph opening the block this element is in, if any. */
  private static Element blockStart(Element inner, String name) {
    Pattern open = Pattern.compile("\\{\\{\\s*#\\s*" + Pattern.quote(name) + "\\s*\\}\\}", Pattern.CASE_INSENSITIVE);
    for (Node top = inner; top != null && top.getParentNode() != null; top = top.getParentNode()) {
      for (Node n = top.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
        if (n instanceof Element e && "p".equals(e.getLocalName()) && open.matcher(text(e).strip()).matches()
            && end(e, name) != null) {
          return e;
        }
      }
    }
    return null;
  }

  private static Element ancestor(Node node, String localName) {
    for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
      if (n instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> elements(Document xml, String localName) {
    return list(xml.getElementsByTagNameNS(W, localName));
  }

  private static List<Element> descendants(Node node, String localName) {
    if (node instanceof Element e) {
      List<Element> out = list(e.getElementsByTagNameNS(W, localName));
      if (W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        out.add(0, e);
      }
      return out;
    }
    return List.of();
  }

  /** A snapshot: the live list changes as the document does. */
  private static List<Element> list(NodeList nodes) {
    List<Element> out = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Document parse(byte[] bytes) throws SAXException, IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] serialise(Document xml) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      xml.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(xml), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The package's parts in their order; a part larger than the limit is refused (a zip bomb is not a template). */
  private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] content = read(in, 50L * 1024 * 1024 - total);
        total += content.length;
        entries.put(e.getName(), content);
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw new IOException(e);
    }
    if (entries.isEmpty()) {
      throw new IOException("empty");
    }
    return entries;
  }

  private static byte[] read(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = in.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      if (out.size() > limit) {
        throw new IOException("too large");
      }
    }
    return out.toByteArray();
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
