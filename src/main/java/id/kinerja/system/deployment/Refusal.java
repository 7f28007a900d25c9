package id.kinerja.system.deployment;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One reason a model is refused: in which resource, at which element (the nearest one with an
 * id) and line, and why. The engine's {@link Problem}, so the REST API lists it in {@code details}.
 */
record Refusal(String resource, String elementId, int line, int column, String reason) implements Problem {

  @Override
  public String getMessage() {
    return reason;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public String getMainElementId() {
    return elementId;
  }

  @Override
  public List<String> getElementIds() {
    return elementId == null ? List.of() : List.of(elementId);
  }

  /** "processes/x.bpmn, elemen 'Task_X' (baris 12): reason" */
  String describe() {
    StringBuilder where = new StringBuilder(resource);
    if (elementId != null) {
      where.append(", elemen '").append(elementId).append('\'');
    }
    if (line > 0) {
      where.append(" (baris ").append(line).append(')');
    }
    return where.append(": ").append(reason).toString();
  }
}
