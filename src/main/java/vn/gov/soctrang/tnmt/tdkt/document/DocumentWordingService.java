package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/**
 * The wording documents take from dated rows (table document_wording): the row in force on the document's date, a
 * row for the variant preferred to a row for every variant, placeholders filled in.
 */
@Service
@Transactional(readOnly = true)
public class DocumentWordingService {

  public static final String PROPOSAL_ADDRESSEE = "PROPOSAL_ADDRESSEE";
  public static final String PROPOSAL_THROUGH = "PROPOSAL_THROUGH";
  public static final String PROPOSAL_REQUEST = "PROPOSAL_REQUEST";
  public static final String PROPOSAL_CLOSING = "PROPOSAL_CLOSING";
  public static final String ACHIEVEMENT_FORM = "ACHIEVEMENT_FORM";
  public static final String ACHIEVEMENT_FORM_DECREE = "ACHIEVEMENT_FORM_DECREE";

  private final DocumentWordingRepository wordings;

  public DocumentWordingService(DocumentWordingRepository wordings) {
    this.wordings = wordings;
  }

  /** The wording in force on that date, with {placeholders} replaced. */
  public String text(String key, String variant, LocalDate on, Map<String, String> values) {
    DocumentWording row = wordings.findByKeyOrderByValidFromDesc(key).stream()
        .filter(w -> w.appliesTo(key, variant, on))
        .min(Comparator.comparing((DocumentWording w) -> w.getVariant() == null)
            .thenComparing(DocumentWording::getValidFrom, Comparator.reverseOrder()))
        .orElseThrow(() -> new ConflictException("Chưa có nội dung văn bản «" + key + (variant == null ? ""
            : " / " + variant) + "» áp dụng ngày " + on + ": quản trị hệ thống bổ sung vào bảng document_wording."));
    String text = row.getWording();
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("{" + e.getKey() + "}", e.getValue());
    }
    return text;
  }
}
