package id.kinerja.system.deployment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link ModelSafetyCheck}. A {@link ParseException}, as for a model the
 * engine cannot parse: the REST API answers it with 400, this message and each refusal under
 * {@code details} (resource, element id, line), and Camunda Modeler shows the message.
 */
class RefusedDeploymentException extends ParseException {

  private static final long serialVersionUID = 1L;

  RefusedDeploymentException(Map<String, List<Refusal>> refusals) {
    super(message(refusals), first(refusals).getKey(), List.copyOf(first(refusals).getValue()), List.of());
    refusals.entrySet().stream().skip(1)
        .forEach(entry -> resorceReports.add(new Report(entry.getKey(), List.copyOf(entry.getValue()))));
  }

  private static Map.Entry<String, List<Refusal>> first(Map<String, List<Refusal>> refusals) {
    return refusals.entrySet().iterator().next();
  }

  private static String message(Map<String, List<Refusal>> refusals) {
    return "Deployment ditolak, tidak ada yang disimpan. Model Kinerja hanya boleh memakai delegate dan listener "
        + "dari element template Kinerja, ekspresi yang membaca variabel, dan pencarian baca-saja "
        + "(src/docs/pemilik-proses.md). "
        + refusals.values().stream().flatMap(List::stream).map(Refusal::describe)
            .collect(Collectors.joining(" | "));
  }

  private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {
    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }
}
