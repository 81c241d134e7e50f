package vn.gov.soctrang.tnmt.tdkt.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Writes a Vietnamese administrative document (Decree 30/2020/NĐ-CP style) as an editable .docx: A4, Times New Roman,
 * the issuing body and the national motto side by side, number and date (left as dotted placeholders when not yet
 * known), title, body, tables and the signature block.
 */
final class DocxBuilder {

  static final String FONT = "Times New Roman";
  private static final int BODY_SIZE = 13;
  private static final String DOTS = "……";
  /** The motto as Nghị định 30/2020/NĐ-CP writes it: hyphens between the phrases, with spaces. */
  static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  /** Empty lines between the signer's title and name: room for the signature and the seal. */
  static final int SIGNATURE_ROOM = 4;

  /** On a certificate the seal is large: more room between the title and the name. */
  static final int CERTIFICATE_SIGNATURE_ROOM = 6;

  /** The indent of the rule under the motto in the heading's right column, on each side, in twips. */
  private static final int HEADING_RULE_INDENT = 1250;

  private boolean pageNumbers = true;

  private final XWPFDocument doc = new XWPFDocument();

  /** The width between the margins, in twips: what the columns of a full-width table share. */
  private final int textWidth;

  private DocxBuilder(boolean landscape) {
    textWidth = (landscape ? 16838 : 11906) - 1701 - 850;
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
    size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
    if (landscape) {
      size.setOrient(STPageOrientation.LANDSCAPE);
    }
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(850));
  }

  public static DocxBuilder portrait() {
    return new DocxBuilder(false);
  }

  public static DocxBuilder landscape() {
    return new DocxBuilder(true);
  }

  /**
   * The heading: the superior body and the issuing body on the left with the document number, the national motto
   * on the right with place and date.
   *
   * @param number the number and symbol, e.g. "45/TTr-STNMT"; null leaves "Số: ……/TTr-STNMT" to fill in
   * @param symbol the symbol used when the number is not known yet
   * @param date null leaves "ngày …… tháng …… năm ……" to fill in
   */
  public DocxBuilder heading(Organisation org, String number, String symbol, LocalDate date) {
    return heading(org.superior(), org.name(), symbol == null ? null : number != null ? number : DOTS + "/" + symbol,
        org.place() + ", " + (date == null ? "ngày " + DOTS + " tháng " + DOTS + " năm " + DOTS
            : vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates.inWords(date)));
  }

  /**
   * The heading from its printed parts (a template's heading: placeholders).
   *
   * @param number the number and symbol as printed after «Số: »; null prints no number line
   * @param placeAndDate the italic line under the motto
   */
  public DocxBuilder heading(String superior, String name, String number, String placeAndDate) {
    XWPFTable table = borderless(2);
    table.getRow(0).getCell(0).setWidth("40%");
    table.getRow(0).getCell(1).setWidth("60%");
    grid(table, 40, 60);
    XWPFTableRow row = table.getRow(0);
    XWPFTableCell leftCell = row.getCell(0);
    XWPFParagraph left = first(leftCell);
    line(left, superior.toUpperCase(), false, 12);
    left.createRun().addBreak();
    line(left, name.toUpperCase(), true, 12);
    // Under the issuing body's name, a solid rule a third to a half of the line's length (ND 30/2020, Phụ lục I, II.3).
    rule(leftCell, 1000);
    if (number != null) {
      XWPFParagraph no = leftCell.addParagraph();
      no.setAlignment(ParagraphAlignment.CENTER);
      line(no, "Số: " + number, false, 13);
    }
    XWPFTableCell rightCell = row.getCell(1);
    XWPFParagraph right = first(rightCell);
    motto(right, rightCell, HEADING_RULE_INDENT);
    XWPFParagraph dateLine = rightCell.addParagraph();
    dateLine.setAlignment(ParagraphAlignment.CENTER);
    dateLine.setSpacingBefore(120);
    XWPFRun place = dateLine.createRun();
    style(place, 13);
    place.setItalic(true);
    place.setText(placeAndDate);
    doc.createParagraph();
    return this;
  }

  /**
   * The national motto (Quốc hiệu và Tiêu ngữ) with the solid rule under «Độc lập - Tự do - Hạnh phúc» as long as the
   * line (ND 30/2020, Phụ lục I, II.1).
   */
  private void motto(XWPFParagraph p, XWPFTableCell cell, int ruleIndent) {
    p.setAlignment(ParagraphAlignment.CENTER);
    line(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, 12);
    p.createRun().addBreak();
    line(p, MOTTO, true, 13);
    rule(cell, ruleIndent);
  }

  /**
   * The indent of the motto's rule where the motto stands alone across the page (a form, a certificate): the rule keeps
   * the length it has in the heading's right column, under «Độc lập - Tự do - Hạnh phúc», instead of running across
   * the whole width.
   */
  private int centredRuleIndent() {
    // The heading's right column on a portrait page: 60% of the 9355 twips between the margins.
    int ruleLength = 9355 * 60 / 100 - 2 * HEADING_RULE_INDENT;
    return Math.max(HEADING_RULE_INDENT, (textWidth - ruleLength) / 2);
  }

  /** A short centred solid line: an empty paragraph with a top border, indented from both sides. */
  private static void rule(XWPFTableCell cell, int indentTwips) {
    XWPFParagraph rule = cell.addParagraph();
    rule.setAlignment(ParagraphAlignment.CENTER);
    rule.setBorderTop(Borders.SINGLE);
    rule.setIndentationLeft(indentTwips);
    rule.setIndentationRight(indentTwips);
    rule.setSpacingBefore(0);
    rule.setSpacingAfter(0);
  }

  /** A heading without number or date, for forms such as the achievement reports. */
  public DocxBuilder formHeading(String formNumber) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.RIGHT);
    XWPFRun r = p.createRun();
    style(r, 12);
    r.setItalic(true);
    String[] lines = formNumber.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        r.addBreak();
      }
      r.setText(lines[i]);
    }
    XWPFTable table = borderless(1);
    motto(first(table.getRow(0).getCell(0)), table.getRow(0).getCell(0), centredRuleIndent());
    doc.createParagraph();
    return this;
  }

  /** The place and date line, in italics, on the right (a form's date). */
  public DocxBuilder dateLine(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.RIGHT);
    XWPFRun r = p.createRun();
    style(r, 13);
    r.setItalic(true);
    r.setText(text);
    return this;
  }

  /** The national motto with its rule, centred on its own (a certificate's head). */
  public DocxBuilder motto() {
    XWPFTable table = borderless(1);
    motto(first(table.getRow(0).getCell(0)), table.getRow(0).getCell(0), centredRuleIndent());
    return this;
  }

  /**
   * A certificate's foot: the decision and the register number on the left, the place and date, the signer's title,
   * room for the signature and the seal, and the signer's name on the right.
   */
  public DocxBuilder signature(List<String> leftLines, String placeAndDate, String position, String name) {
    XWPFTable table = borderless(2);
    XWPFParagraph left = first(table.getRow(0).getCell(0));
    left.setAlignment(ParagraphAlignment.LEFT);
    for (int i = 0; i < leftLines.size(); i++) {
      if (i > 0) {
        left.createRun().addBreak();
      }
      line(left, leftLines.get(i), false, 12);
    }
    XWPFParagraph right = first(table.getRow(0).getCell(1));
    XWPFRun date = right.createRun();
    style(date, 14);
    date.setItalic(true);
    date.setText(placeAndDate);
    right.createRun().addBreak();
    line(right, position.toUpperCase(), true, 14);
    for (int i = 0; i < CERTIFICATE_SIGNATURE_ROOM; i++) {
      right.createRun().addBreak();
    }
    line(right, name == null ? "" : name, true, 14);
    return this;
  }

  public DocxBuilder title(String title, String subtitle) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    line(p, title.toUpperCase(), true, 14);
    if (subtitle != null) {
      for (String s : subtitle.split("\n")) {
        p.createRun().addBreak();
        line(p, s, true, 14);
      }
    }
    doc.createParagraph();
    return this;
  }

  public DocxBuilder section(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBefore(120);
    line(p, text, true, BODY_SIZE);
    return this;
  }

  public DocxBuilder paragraph(String text) {
    for (String part : text.split("\n")) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.BOTH);
      p.setFirstLineIndent(567);
      p.setSpacingAfter(60);
      line(p, part, false, BODY_SIZE);
    }
    return this;
  }

  /**
   * The «Căn cứ …» lines: each in italics on a paragraph of its own ending with «;», the last with {@code lastEnding}
   * (Nghị định 30/2020/NĐ-CP, Phụ lục I, phần căn cứ ban hành văn bản: «,» or «;» before the body of a tờ trình, «.»
   * after «Theo đề nghị của …» in a decision, as the decree's samples show).
   */
  public DocxBuilder legalBases(List<String> lines, String lastEnding) {
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).strip().replaceAll("[;,.]+$", "") + (i == lines.size() - 1 ? lastEnding : ";");
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.BOTH);
      p.setFirstLineIndent(567);
      p.setSpacingAfter(60);
      XWPFRun r = p.createRun();
      style(r, BODY_SIZE);
      r.setItalic(true);
      r.setText(quotes(text));
    }
    return this;
  }

  /** A table with a bold header row; every cell in Times New Roman. */
  public DocxBuilder table(List<String> headers, List<List<String>> rows) {
    int[] weights = new int[headers.size()];
    java.util.Arrays.fill(weights, 3);
    if (!headers.isEmpty() && headers.get(0).equals("STT")) {
      weights[0] = 1;
    }
    return table(headers, rows, weights);
  }

  /**
   * A table whose columns share the width in proportion to {@code weights}: the STT column narrow, names and
   * summaries wide.
   */
  public DocxBuilder table(List<String> headers, List<List<String>> rows, int... weights) {
    XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
    table.setWidth("100%");
    table.setWidthType(TableWidthType.PCT);
    int sum = java.util.Arrays.stream(weights).sum();
    grid(table, weights);
    for (XWPFTableRow row : table.getRows()) {
      for (int c = 0; c < headers.size(); c++) {
        row.getCell(c).setWidth(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * weights[c] / sum));
      }
    }
    for (int c = 0; c < headers.size(); c++) {
      XWPFParagraph p = first(table.getRow(0).getCell(c));
      p.setAlignment(ParagraphAlignment.CENTER);
      line(p, headers.get(c), true, 12);
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < headers.size(); c++) {
        String value = c < row.size() && row.get(c) != null ? row.get(c) : "";
        XWPFParagraph p = first(table.getRow(r + 1).getCell(c));
        String[] lines = value.split("\n");
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            p.createRun().addBreak();
          }
          line(p, lines[i], false, 12);
        }
      }
    }
    doc.createParagraph();
    return this;
  }

  /** The signature block on the right: capacity, title, then the signer's name after room for the signature. */
  public DocxBuilder signature(String capacity, String position, String name, List<String> recipients) {
    XWPFTable table = borderless(2);
    XWPFParagraph left = first(table.getRow(0).getCell(0));
    // «Nơi nhận» at the left margin, as in the samples of ND 30/2020, Phụ lục I.
    left.setAlignment(ParagraphAlignment.LEFT);
    if (recipients != null && !recipients.isEmpty()) {
      XWPFRun title = left.createRun();
      style(title, 12);
      title.setBold(true);
      title.setItalic(true);
      title.setText("Nơi nhận:");
      for (int i = 0; i < recipients.size(); i++) {
        left.createRun().addBreak();
        line(left, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), false, 11);
      }
    }
    XWPFParagraph right = first(table.getRow(0).getCell(1));
    right.setAlignment(ParagraphAlignment.CENTER);
    if (capacity != null) {
      line(right, capacity.toUpperCase(), true, 13);
      right.createRun().addBreak();
    }
    line(right, position.toUpperCase(), true, 13);
    for (int i = 0; i < SIGNATURE_ROOM; i++) {
      right.createRun().addBreak();
    }
    line(right, name == null ? "" : name, true, 13);
    return this;
  }

  /** Two signature blocks side by side, e.g. the secretary and the chair of the Council. */
  public DocxBuilder twoSignatures(String leftTitle, String leftName, String rightTitle, String rightName) {
    XWPFTable table = borderless(2);
    for (int c = 0; c < 2; c++) {
      XWPFParagraph p = first(table.getRow(0).getCell(c));
      line(p, (c == 0 ? leftTitle : rightTitle).toUpperCase(), true, 13);
      for (int i = 0; i < SIGNATURE_ROOM; i++) {
        p.createRun().addBreak();
      }
      String name = c == 0 ? leftName : rightName;
      line(p, name == null ? "" : name, true, 13);
    }
    return this;
  }

  /** A paragraph of its own holding a template's marker, e.g. «{{#giay_khen}}» (the filled document drops it). */
  public DocxBuilder marker(String text) {
    line(doc.createParagraph(), text, false, BODY_SIZE);
    return this;
  }

  public DocxBuilder pageBreak() {
    doc.createParagraph().setPageBreak(true);
    return this;
  }

  /** A large centred line (the certificate's body). */
  public DocxBuilder display(String text, int size, boolean bold) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(120);
    line(p, text, bold, size);
    return this;
  }

  /** Leaves out page numbers (a certificate is a single sheet per award). */
  public DocxBuilder withoutPageNumbers() {
    this.pageNumbers = false;
    return this;
  }

  /**
   * Page numbers from the second page, centred in the header, in Arabic numerals (ND 30/2020, Phụ lục I, II.10): a
   * header for every page with the PAGE field and an empty one for the first page.
   */
  private void addPageNumbers() {
    CTSectPr section = doc.getDocument().getBody().getSectPr();
    section.addNewTitlePg();
    doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    CTSimpleField field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE \\* MERGEFORMAT");
    CTR run = field.addNewR();
    CTRPr props = run.addNewRPr();
    CTFonts fonts = props.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    props.addNewSz().setVal(BigInteger.valueOf(26));
    run.addNewT().setStringValue("2");
  }

  public byte[] build() {
    if (pageNumbers) {
      addPageNumbers();
    }
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The table's grid in twips, in proportion to {@code weights}. Word reads the cells' percentages; LibreOffice lays a
   * table out by its grid, which POI otherwise leaves at equal columns (the motto then wrapped in a narrow column).
   */
  private void grid(XWPFTable table, int... weights) {
    int sum = java.util.Arrays.stream(weights).sum();
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int weight : weights) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) textWidth * weight / sum));
    }
  }

  private XWPFTable borderless(int columns) {
    XWPFTable table = doc.createTable(1, columns);
    table.setWidth("100%");
    table.setWidthType(TableWidthType.PCT);
    table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
      first(cell).setAlignment(ParagraphAlignment.CENTER);
    }
    return table;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().get(0);
  }

  private static void line(XWPFParagraph p, String text, boolean bold, int size) {
    XWPFRun r = p.createRun();
    style(r, size);
    r.setBold(bold);
    r.setText(quotes(text));
  }

  /** Body quotes are “…” (ND 30/2020); the app's screens use «…», which documents never show. */
  static String quotes(String text) {
    return text == null ? null : text.replace('«', '“').replace('»', '”');
  }

  private static void style(XWPFRun r, int size) {
    r.setFontFamily(FONT);
    r.setFontSize(size);
  }
}
