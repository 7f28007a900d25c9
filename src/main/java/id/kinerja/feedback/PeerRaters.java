package id.kinerja.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The raters the appraiser chose on form-pilih-penilai-360: the ticked proposals plus any NIPs
 * typed in, once each. The multi-instance call activity asks it for its collection
 * ({@code ${peerRaters.chosen(execution)}}), so the list itself is never stored as a variable.
 */
@Component("peerRaters")
public class PeerRaters {

  public List<String> chosen(VariableScope scope) {
    return of(scope.getVariable(AppraisalProcess.PENILAI_360_TERPILIH.name()),
        scope.getVariable(AppraisalProcess.PENILAI_360_TAMBAHAN.name()));
  }

  public static List<String> of(Map<String, Object> variables) {
    return of(variables.get(AppraisalProcess.PENILAI_360_TERPILIH.name()),
        variables.get(AppraisalProcess.PENILAI_360_TAMBAHAN.name()));
  }

  /** Ticked (a JSON array, a list, or text) plus typed (NIPs separated by commas, semicolons or spaces). */
  static List<String> of(Object ticked, Object typed) {
    Set<String> raters = new LinkedHashSet<>();
    if (ticked instanceof Iterable<?> list) {
      list.forEach(item -> add(raters, item == null ? null : item.toString()));
    } else if (ticked != null) {
      JsonNode node = JsonValues.tree(ticked);
      if (node.isArray()) {
        node.forEach(item -> add(raters, item.asText()));
      } else {
        split(raters, node.asText());
      }
    }
    if (typed != null) {
      split(raters, typed.toString());
    }
    return new ArrayList<>(raters);
  }

  private static void split(Set<String> raters, String text) {
    for (String part : text.split("[\\s,;]+")) {
      add(raters, part);
    }
  }

  private static void add(Set<String> raters, String nip) {
    if (nip != null && !nip.isBlank()) {
      raters.add(nip.strip());
    }
  }
}
