package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A typed process variable: its name lives here once, and reads are checked against its type. */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;

  private ProcessVariable(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  public String name() {
    return name;
  }

  public Optional<T> find(VariableScope scope) {
    Object value = scope.getVariable(name);
    return value == null ? Optional.empty() : Optional.of(type.cast(value));
  }

  public T get(VariableScope scope) {
    return find(scope).orElseThrow(() -> new IllegalStateException("Process variable '" + name + "' is not set"));
  }

  /**
   * The engine keeps a text variable in a 4,000-character column; what a form shows longer than that (a province's
   * hundreds of nominations) is cut at a line break with a pointer to where the whole text is.
   */
  static final int MAX_TEXT = 3_900;
  static final String CUT_NOTE = "\n\n… (danh sách dài, phần còn lại xem trong văn bản do hệ thống soạn và bảng điều hành "
      + "/dashboard/)";

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value instanceof String text && text.length() > MAX_TEXT ? cut(text) : value);
  }

  static String cut(String text) {
    int limit = MAX_TEXT - CUT_NOTE.length();
    int lineBreak = text.lastIndexOf('\n', limit);
    return text.substring(0, lineBreak > limit / 2 ? lineBreak : limit) + CUT_NOTE;
  }

  /** The raw submitted value, whatever type the form sent; for {@link FormValues}. */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }
}
