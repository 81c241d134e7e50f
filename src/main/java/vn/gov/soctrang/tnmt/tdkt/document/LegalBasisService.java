package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;

/**
 * The legal bases documents cite, as dated rows: a document draws the lines in force on the date that decides its
 * regime. A new law or decree is entered by the administrator (a row from its effective date, and the end of the
 * row it replaces), never a release.
 */
@Service
@Transactional(readOnly = true)
class LegalBasisService {

  private final LegalBasisRepository bases;
  private final AuditService audit;

  public LegalBasisService(LegalBasisRepository bases, AuditService audit) {
    this.bases = bases;
    this.audit = audit;
  }

  /** The «Căn cứ …» lines of a document of that kind governed by the rules in force on that date, in order. */
  public List<String> linesFor(DocumentKind kind, LocalDate regimeDate) {
    return bases.findAllByOrderByValidFromAscPositionAsc().stream().filter(b -> b.appliesTo(kind, regimeDate))
        .sorted(Comparator.comparingInt(LegalBasis::getPosition)).map(LegalBasis::getText).toList();
  }

  public List<LegalBasis> all() {
    return bases.findAllByOrderByValidFromAscPositionAsc();
  }

  public record NewLegalBasis(String documentKind, String validFrom, String validTo, Integer position, String text,
      String sourceNote) {
  }

  @Transactional
  public LegalBasis declare(NewLegalBasis in, String actor) {
    Problems problems = new Problems();
    DocumentKind kind = null;
    if (Texts.trimToNull(in.documentKind()) != null) {
      try {
        kind = DocumentKind.valueOf(in.documentKind().strip());
      } catch (IllegalArgumentException e) {
        problems.add("Loại văn bản «" + in.documentKind() + "» không có; bỏ trống để áp dụng cho mọi văn bản.");
      }
    }
    LocalDate from = Texts.isoDate(in.validFrom(), "Ngày có hiệu lực", true, problems);
    LocalDate to = Texts.isoDate(in.validTo(), "Ngày hết hiệu lực", false, problems);
    problems.addIf(from != null && to != null && to.isBefore(from), "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
    problems.addIf(in.position() == null || in.position() < 1 || in.position() > 999,
        "Thứ tự dòng căn cứ là số từ 1 đến 999.");
    String text = Texts.trimToNull(in.text());
    problems.addIf(text == null || text.length() > 1000 || !text.startsWith("Căn cứ"),
        "Dòng căn cứ bắt đầu bằng «Căn cứ» (tối đa 1000 ký tự).");
    String source = Texts.trimToNull(in.sourceNote());
    problems.addIf(source == null || source.length() > 1000,
        "Vui lòng ghi nguồn (số, ngày văn bản, điều khoản hiệu lực; tối đa 1000 ký tự).");
    problems.throwIfAny();
    LegalBasis basis = bases.saveAndFlush(new LegalBasis(kind, from, to, in.position(), text.strip(),
        source.strip()));
    audit.record(actor, AuditedObject.LEGAL_BASIS, basis.getId(), AuditAction.CREATED, null, snapshot(basis));
    return basis;
  }

  /** Ends a line (its law or decree replaced): it stays for documents dated up to that day. */
  @Transactional
  public LegalBasis end(long id, String lastDay, String actor) {
    LegalBasis basis = bases.findById(id)
        .orElseThrow(() -> new InvalidInputException("Không có dòng căn cứ số " + id + "."));
    Problems problems = new Problems();
    LocalDate to = Texts.isoDate(lastDay, "Ngày hết hiệu lực", true, problems);
    problems.addIf(to != null && to.isBefore(basis.getValidFrom()), "Ngày hết hiệu lực phải sau ngày có hiệu lực.");
    problems.throwIfAny();
    Map<String, Object> before = snapshot(basis);
    basis.endOn(to);
    audit.record(actor, AuditedObject.LEGAL_BASIS, basis.getId(), AuditAction.UPDATED, before, snapshot(basis));
    return basis;
  }


  static Map<String, Object> snapshot(LegalBasis b) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("documentKind", b.getDocumentKind() == null ? null : b.getDocumentKind().name());
    s.put("validFrom", b.getValidFrom().toString());
    s.put("validTo", b.getValidTo() == null ? null : b.getValidTo().toString());
    s.put("position", b.getPosition());
    s.put("text", b.getText());
    s.put("sourceNote", b.getSourceNote());
    return s;
  }
}
