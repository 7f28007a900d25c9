package id.kinerja.system;

import java.util.List;
import java.util.Map;

/**
 * A business rule that a submitted form must satisfy beyond what the Camunda Form itself can
 * express (e.g. "at least one RHK utama"). Every bean of this type is consulted, on the server,
 * for every form submission whose form id it applies to.
 */
public interface SubmissionRule {

  boolean appliesTo(String formId);

  /** Human-readable messages (Bahasa Indonesia), one per violation; empty when the data is fine. */
  List<String> violations(Map<String, Object> variables);
}
