package vn.gov.soctrang.tnmt.tdkt.document;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditAction;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.NomineeType;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;

/**
 * The wording documents take from dated rows (table document_wording): the row in force on the document's date, a
 * row for the variant preferred to a row for every variant, placeholders filled in.
 */
@Service
@Transactional(readOnly = true)
class DocumentWordingService {

  public static final String PROPOSAL_ADDRESSEE = "PROPOSAL_ADDRESSEE";
  public static final String PROPOSAL_THROUGH = "PROPOSAL_THROUGH";
  public static final String PROPOSAL_REQUEST = "PROPOSAL_REQUEST";
  public static final String PROPOSAL_CLOSING = "PROPOSAL_CLOSING";
  public static final String ACHIEVEMENT_FORM = "ACHIEVEMENT_FORM";
  public static final String ACHIEVEMENT_FORM_DECREE = "ACHIEVEMENT_FORM_DECREE";

  /** What each key may be varied by (null: one wording for all) and which placeholders its wording may use. */
  private record KeyRule(String label, Set<String> variants, Set<String> placeholders) {
  }

  private static final Set<String> AWARDS = Arrays.stream(
      AwardType.values()).map(Enum::name).collect(
      Collectors.toUnmodifiableSet());
  private static final Set<String> NOMINEES = Arrays.stream(
      NomineeType.values()).map(Enum::name).collect(
      Collectors.toUnmodifiableSet());
  private static final Set<String> BODIES = Set.of("superior", "issuer");
  private static final Set<String> REQUEST = Set.of("superior", "issuer", "award", "addressee",
      "nominees");

  private static final Map<String, KeyRule> KEYS = Map.of(
      PROPOSAL_ADDRESSEE, new KeyRule("Nơi nhận tờ trình (Kính gửi)", AWARDS, BODIES),
      PROPOSAL_THROUGH, new KeyRule("Cơ quan tờ trình đi qua", AWARDS, BODIES),
      PROPOSAL_REQUEST, new KeyRule("Đoạn đề nghị của tờ trình", AWARDS, REQUEST),
      PROPOSAL_CLOSING, new KeyRule("Câu kết của tờ trình", AWARDS, REQUEST),
      ACHIEVEMENT_FORM, new KeyRule("Số mẫu báo cáo thành tích", NOMINEES, Set.of()),
      ACHIEVEMENT_FORM_DECREE, new KeyRule("Nghị định ban hành mẫu báo cáo thành tích", Set.of(),
          Set.of()));

  private final DocumentWordingRepository wordings;
  private final AuditService audit;

  public DocumentWordingService(DocumentWordingRepository wordings,
      AuditService audit) {
    this.wordings = wordings;
    this.audit = audit;
  }

  /** Every row, by key, variant and date. */
  public List<DocumentWording> all() {
    return wordings.findAll().stream().sorted(Comparator.comparing(DocumentWording::getKey)
        .thenComparing(w -> w.getVariant() == null ? "" : w.getVariant())
        .thenComparing(DocumentWording::getValidFrom)).toList();
  }

  public record NewWording(String key, String variant, String validFrom, String wording, String sourceNote,
      Boolean toConfirm) {
  }

  /**
   * A new wording from its date: the row it replaces (same key and variant) ends the day before; documents dated
   * before keep the old one. A date on or before a row already recorded for the same key and variant is refused.
   */
  @Transactional
  public DocumentWording declare(NewWording in, String actor) {
    Problems problems = new Problems();
    String key = Texts.trimToNull(in.key());
    KeyRule rule = key == null ? null : KEYS.get(key);
    if (rule == null) {
      problems.add("Khóa nội dung «" + (key == null ? "" : key) + "» không có; dùng một trong: "
          + String.join(", ", new TreeSet<>(KEYS.keySet())) + ".");
    }
    String variant = Texts.trimToNull(in.variant());
    if (rule != null && variant != null && !rule.variants().contains(variant)) {
      problems.add(rule.variants().isEmpty() ? "«" + rule.label() + "» dùng chung, không chia theo loại: bỏ trống"
          + " variant." : "Loại «" + variant + "» không có; dùng một trong: " + String.join(", ",
          new TreeSet<>(rule.variants())) + ", hoặc bỏ trống để áp dụng cho mọi loại.");
    }
    LocalDate from = Texts.isoDate(in.validFrom(), "Ngày áp dụng", true, problems);
    String wording = Texts.trimToNull(in.wording());
    if (wording == null || wording.length() > 1000) {
      problems.add("Vui lòng nhập nội dung (tối đa 1000 ký tự).");
    } else if (rule != null) {
      Matcher m = Pattern.compile("\\{([^{}]*)\\}").matcher(wording);
      while (m.find()) {
        if (!rule.placeholders().contains(m.group(1))) {
          problems.add("Từ «{" + m.group(1) + "}» không dùng được trong «" + rule.label() + "»"
              + (rule.placeholders().isEmpty() ? "." : "; dùng: " + String.join(", ", rule.placeholders().stream()
              .sorted().map(p -> "{" + p + "}").toList()) + "."));
        }
      }
    }
    String source = Texts.trimToNull(in.sourceNote());
    problems.addIf(source == null || source.length() > 1000,
        "Vui lòng ghi nguồn (văn bản, điều, khoản, phụ lục; tối đa 1000 ký tự).");
    List<DocumentWording> same = key == null ? List.of()
        : wordings.findByKeyOrderByValidFromDesc(key).stream()
            .filter(w -> Objects.equals(w.getVariant(), variant)).toList();
    if (from != null) {
      same.stream().filter(w -> !w.getValidFrom().isBefore(from)).findFirst().ifPresent(w -> problems.add(
          "Đã có nội dung này áp dụng từ ngày " + VietnameseDates.format(
              w.getValidFrom()) + ": nội dung mới phải áp dụng từ sau ngày đó."));
    }
    problems.throwIfAny();
    for (DocumentWording open : same) {
      if (open.getValidTo() == null || !open.getValidTo().isBefore(from)) {
        Map<String, Object> before = snapshot(open);
        open.endOn(from.minusDays(1));
        audit.record(actor, AuditedObject.DOCUMENT_WORDING, open.getId(),
            AuditAction.UPDATED, before, snapshot(open));
      }
    }
    DocumentWording saved = wordings.saveAndFlush(new DocumentWording(key, variant, from, wording, source,
        Boolean.TRUE.equals(in.toConfirm())));
    audit.record(actor, AuditedObject.DOCUMENT_WORDING, saved.getId(),
        AuditAction.CREATED, null, snapshot(saved));
    return saved;
  }

  /** A row checked against the original text of its source: no longer flagged, the note citing what was checked. */
  @Transactional
  public DocumentWording confirm(long id, String sourceNote, String actor) {
    DocumentWording w = wordings.findById(id).orElseThrow(() -> new InvalidInputException("Không có dòng nội dung số " + id + "."));
    String source = Texts.trimToNull(sourceNote);
    if (source == null || source.length() > 1000) {
      throw new vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException("Vui lòng ghi nguồn đã đối chiếu (văn bản,"
          + " điều, khoản, phụ lục; tối đa 1000 ký tự).");
    }
    Map<String, Object> before = snapshot(w);
    w.confirm(source);
    audit.record(actor, AuditedObject.DOCUMENT_WORDING, w.getId(),
        AuditAction.UPDATED, before, snapshot(w));
    return w;
  }

  static Map<String, Object> snapshot(DocumentWording w) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("key", w.getKey());
    s.put("variant", w.getVariant());
    s.put("validFrom", w.getValidFrom().toString());
    s.put("validTo", w.getValidTo() == null ? null : w.getValidTo().toString());
    s.put("wording", w.getWording());
    s.put("sourceNote", w.getSourceNote());
    s.put("toConfirm", w.isToConfirm());
    return s;
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
