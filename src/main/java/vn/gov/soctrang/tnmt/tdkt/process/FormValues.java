package vn.gov.soctrang.tnmt.tdkt.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/**
 * Reads what a form (Tasklist, REST or the app's pages) submitted and checks its shape on the server: every problem
 * becomes a Vietnamese message in {@link Problems}, none is silently dropped. Browser-side form validation is a
 * convenience only; this is the check that counts.
 */
public final class FormValues {

  /**
   * The Department's zone, in which a date sent as an instant (an engine REST variable of type Date) is read as a
   * calendar day; set from the application's clock at start ({@code ClockConfiguration}).
   */
  private static volatile java.time.ZoneId departmentZone = vn.gov.soctrang.tnmt.tdkt.TdktProperties.DEFAULT_ZONE;

  private final Function<String, Object> source;
  private final Problems problems;

  /** Reads dates sent as instants in the given zone (the Department's). */
  public static void readDatesIn(java.time.ZoneId zone) {
    departmentZone = zone;
  }

  private FormValues(Function<String, Object> source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  public static FormValues of(VariableScope scope) {
    return new FormValues(scope::getVariable, new Problems());
  }

  public static FormValues of(Map<String, ?> values) {
    return new FormValues(values::get, new Problems());
  }

  /** Reads the same submission but collects problems apart, e.g. to prefix them with the part of the form. */
  public static FormValues sharing(FormValues form, Problems problems) {
    return new FormValues(form.source, problems);
  }

  public Problems problems() {
    return problems;
  }

  /** Throws with every problem found so far. */
  public void validate() {
    problems.throwIfAny();
  }

  public String text(ProcessVariable<?> variable, String label, boolean required, int maxLength) {
    Object raw = source.apply(variable.name());
    if (raw != null && !(raw instanceof String)) {
      problems.add("«" + label + "» phải là văn bản.");
      return null;
    }
    String value = raw == null ? null : ((String) raw).strip();
    if (value == null || value.isEmpty()) {
      problems.addIf(required, "Vui lòng nhập «" + label + "».");
      return null;
    }
    if (value.length() > maxLength) {
      problems.add("«" + label + "» quá dài: tối đa " + maxLength + " ký tự, đã nhập " + value.length() + ".");
      return null;
    }
    return value;
  }

  public boolean bool(ProcessVariable<?> variable, String label) {
    Object raw = source.apply(variable.name());
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    problems.add("«" + label + "» chỉ nhận giá trị có hoặc không.");
    return false;
  }

  public Integer integer(ProcessVariable<?> variable, String label, boolean required, int min, int max) {
    Object raw = source.apply(variable.name());
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      problems.addIf(required, "Vui lòng nhập «" + label + "».");
      return null;
    }
    BigDecimal number;
    try {
      number = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(raw.toString().strip());
    } catch (NumberFormatException e) {
      problems.add("«" + label + "» phải là một số.");
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0) {
      problems.add("«" + label + "» phải là số nguyên.");
      return null;
    }
    if (number.signum() < 0 && min >= 0) {
      problems.add("«" + label + "» không được là số âm.");
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add("«" + label + "» phải trong khoảng từ " + min + " đến " + max + ".");
      return null;
    }
    return number.intValueExact();
  }

  private static final java.time.format.DateTimeFormatter VIETNAMESE_DATE = java.time.format.DateTimeFormatter
      .ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /**
   * A date as the forms take it: day/month/year as people in Vietnam write it (28/11/2026), or ISO (2026-11-28,
   * also with a time after it).
   *
   * @throws DateTimeParseException when the text is neither
   */
  public static LocalDate parseDate(String value) {
    String text = value.strip();
    if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
      return LocalDate.parse(text, VIETNAMESE_DATE);
    }
    return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
  }

  public LocalDate date(ProcessVariable<?> variable, String label, boolean required) {
    Object raw = source.apply(variable.name());
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      problems.addIf(required, "Vui lòng nhập «" + label + "».");
      return null;
    }
    if (raw instanceof Date d) {
      return d.toInstant().atZone(departmentZone).toLocalDate();
    }
    try {
      return parseDate(raw.toString());
    } catch (DateTimeParseException e) {
      problems.add("«" + label + "» không phải là ngày hợp lệ (nhập ngày/tháng/năm, ví dụ 28/11/2026).");
      return null;
    }
  }

  private static final java.util.regex.Pattern CLOCK_TIME = java.util.regex.Pattern.compile("(\\d{1,2})\\s*[:hH]\\s*(\\d{2})");

  /** A time of day as people write it: 8:30, 08:30 or 8h30. */
  public java.time.LocalTime time(ProcessVariable<?> variable, String label, boolean required) {
    Object raw = source.apply(variable.name());
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      problems.addIf(required, "Vui lòng nhập «" + label + "».");
      return null;
    }
    java.util.regex.Matcher m = CLOCK_TIME.matcher(raw.toString().strip());
    if (m.matches()) {
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      if (hour < 24 && minute < 60) {
        return java.time.LocalTime.of(hour, minute);
      }
    }
    problems.add("«" + label + "» không phải là giờ hợp lệ (nhập giờ:phút, ví dụ 08:30).");
    return null;
  }

  /** One of a fixed set of codes (radio, select). */
  public <E extends Enum<E>> E choice(ProcessVariable<?> variable, String label, Class<E> type, boolean required) {
    Object raw = source.apply(variable.name());
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      problems.addIf(required, "Vui lòng chọn «" + label + "».");
      return null;
    }
    String code = raw.toString().strip();
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst().orElseGet(() -> {
      problems.add("«" + label + "» có giá trị không hợp lệ: " + abbreviate(code) + ".");
      return null;
    });
  }

  /** Several codes (a tag list): a JSON array or a Java collection of strings; absent means none. */
  public java.util.List<String> codes(ProcessVariable<?> variable, String label) {
    Object raw = source.apply(variable.name());
    if (raw == null) {
      return java.util.List.of();
    }
    Object value = raw instanceof org.camunda.spin.json.SpinJsonNode spin ? spin.mapTo(java.util.List.class) : raw;
    if (value instanceof String s) {
      try {
        value = new com.fasterxml.jackson.databind.ObjectMapper().readValue(s, java.util.List.class);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        problems.add("«" + label + "» phải là một danh sách.");
        return java.util.List.of();
      }
    }
    if (!(value instanceof java.util.Collection<?> items) || items.stream().anyMatch(i -> !(i instanceof String))) {
      problems.add("«" + label + "» phải là một danh sách mã.");
      return java.util.List.of();
    }
    return items.stream().map(String.class::cast).distinct().toList();
  }

  static String abbreviate(String value) {
    return value.length() <= 40 ? "«" + value + "»" : "«" + value.substring(0, 40) + "…»";
  }
}
