package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable: its name lives here once, reads are checked against its type, and it says who may write
 * it ({@link Kind}). Declare each one next to the process that uses it, with {@link #input} for a field a user submits
 * with a form and {@link #system} for a value only the application sets; the engine's guard reads that kind, never the
 * Java type, to refuse a user's write of a system variable. Every declaration class is listed in the engine adapter
 * module's {@code ProcessVariableCatalogue}.
 */
public final class ProcessVariable<T> {

  /** Who writes the variable. */
  public enum Kind {
    /** A form field: what a user submits, read raw and validated by {@link FormValues}. */
    USER_INPUT,
    /** Set only by the application (routing, ids, what a form shows); no user may send it through any door. */
    SYSTEM
  }

  private final String name;
  private final Class<T> type;
  private final Kind kind;

  private ProcessVariable(String name, Class<T> type, Kind kind) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A process variable needs a name");
    }
    this.name = name;
    this.type = type;
    this.kind = kind;
  }

  /** A form field, read raw whatever type the form sends. */
  public static ProcessVariable<Object> input(String name) {
    return input(name, Object.class);
  }

  /** A form field whose value has a known type. */
  public static <T> ProcessVariable<T> input(String name, Class<T> type) {
    return new ProcessVariable<>(name, type, Kind.USER_INPUT);
  }

  /** A variable only the application sets. */
  public static <T> ProcessVariable<T> system(String name, Class<T> type) {
    return new ProcessVariable<>(name, type, Kind.SYSTEM);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isSystem() {
    return kind == Kind.SYSTEM;
  }

  @Override
  public String toString() {
    return name + " (" + kind + ")";
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
