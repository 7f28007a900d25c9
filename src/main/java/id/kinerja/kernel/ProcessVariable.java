package id.kinerja.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A typed process variable: its name and how its value is read and written, so that delegates,
 * listeners and rules never cast {@code getVariable(...)} results themselves.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, v -> v == null ? null : v.toString(), v -> v);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, v -> {
      if (v == null) {
        return null;
      }
      return v instanceof Number n ? Integer.valueOf(n.intValue()) : Integer.valueOf(v.toString().trim());
    }, v -> v);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, v -> {
      if (v == null) {
        return null;
      }
      return v instanceof Boolean b ? b : Boolean.valueOf(v.toString().trim());
    }, v -> v);
  }

  /** A JSON document, stored as a Spin JSON variable (what Tasklist stores for dynamic lists). */
  public static ProcessVariable<JsonNode> json(String name) {
    return new ProcessVariable<>(name, v -> v == null ? null : JsonValues.tree(v),
        v -> v == null ? null : SpinValues.jsonValue(JsonValues.text(v)).create());
  }

  public String name() {
    return name;
  }

  /** The value, or null when the variable is absent or null. */
  public T from(VariableScope scope) {
    return reader.apply(scope.getVariable(name));
  }

  public T from(Map<String, Object> variables) {
    return reader.apply(variables.get(name));
  }

  /** The value, failing loudly when a variable the model guarantees is missing. */
  public T require(VariableScope scope) {
    T value = from(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, writer.apply(value));
  }

  @Override
  public String toString() {
    return name;
  }
}
