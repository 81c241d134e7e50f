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

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** The raw submitted value, whatever type the form sent; for {@link FormValues}. */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }
}
