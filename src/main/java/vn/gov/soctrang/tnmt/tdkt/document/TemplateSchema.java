package vn.gov.soctrang.tnmt.tdkt.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The placeholders one kind of document offers its template: single values ({@code {{so_ky_hieu}}}) and lists whose
 * items repeat a table row, a paragraph or a block of the template ({@code {{danh_sach.ho_ten}}}), each with the
 * Vietnamese description the administrator reads before editing the template in Word.
 */
record TemplateSchema(Map<String, String> values, Map<String, ListField> lists) {

  /** What a list's placeholder repeats. */
  public enum Repeat {
    /** The table row the placeholder is in: one row per item. */
    ROW("dòng của bảng chứa trường này lặp lại cho mỗi mục"),
    /** The paragraph the placeholder is in: one paragraph per item. */
    PARAGRAPH("đoạn văn chứa trường này lặp lại cho mỗi mục"),
    /** The part between {@code {{#list}}} and {@code {{/list}}}: one copy per item. */
    BLOCK("phần nằm giữa {{#tên}} và {{/tên}} lặp lại cho mỗi mục; nếu phần này mở đầu bằng một dấu ngắt trang thì"
        + " dấu ngắt trang chỉ dùng để phân cách các bản (bản đầu không có)");

    private final String description;

    Repeat(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  public record ListField(String description, Repeat repeat, Map<String, String> fields) {
  }

  /** Kept in the order declared: the order the administrator reads the fields in. */
  public TemplateSchema {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
  }

  /** A schema built in the order its fields are declared (the order the administrator reads them in). */
  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, ListField> lists = new LinkedHashMap<>();

    public Builder value(String name, String description) {
      values.put(name, description);
      return this;
    }

    /** A list: {@code fields} alternate a field's name and its description. */
    public Builder list(String name, String description, Repeat repeat, String... fields) {
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i + 1 < fields.length; i += 2) {
        map.put(fields[i], fields[i + 1]);
      }
      lists.put(name, new ListField(description, repeat, map));
      return this;
    }

    public TemplateSchema build() {
      return new TemplateSchema(values, lists);
    }
  }

  /** A model where every value is its own description and every list has two items: for the trial rendering. */
  TemplateModel sample() {
    TemplateModel model = new TemplateModel();
    values.forEach(model::value);
    lists.forEach((name, list) -> {
      for (int i = 1; i <= 2; i++) {
        model.item(name, new LinkedHashMap<>(list.fields()));
      }
    });
    return model;
  }

  /** The fields as the administrator reads them: "{{name}}" → description. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put("{{" + k + "}}", v));
    lists.forEach((k, l) -> {
      out.put(l.repeat() == Repeat.BLOCK ? "{{#" + k + "}} … {{/" + k + "}}" : "{{" + k + ".…}}",
          l.description() + " (" + l.repeat().description() + ")");
      l.fields().forEach((f, d) -> out.put("{{" + k + "." + f + "}}", d));
    });
    return out;
  }

  static List<String> rules() {
    return List.of(
        "Trường viết giữa hai cặp ngoặc nhọn, ví dụ {{so_ky_hieu}}; tên trường viết chữ thường không dấu.",
        "Viết tên trường bằng chữ in hoa, ví dụ {{CO_QUAN}}, thì giá trị được in hoa.",
        "Giá trị có nhiều dòng được xuống dòng trong cùng đoạn văn.",
        "Định dạng (phông chữ, cỡ chữ, in đậm, in nghiêng, căn lề) của trường là định dạng của giá trị được điền.");
  }
}
