package id.kinerja.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.appraisal.Words;
import id.kinerja.kernel.JsonValues;
import id.kinerja.organisation.OrganisationLookup;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "create" listener of every user task: what the header of its Camunda Form shows that a form
 * cannot read from the process variables itself, as task-local variables, and only those the form
 * mentions ({@link HeaderNames}):
 * <ul>
 *   <li>{@code tenggatTugas}: the task's due date in words ("14 Januari 2027"; a form cannot read
 *       the task's due date);</li>
 *   <li>{@code <x>Label}: variable {@code x} in words, e.g. {@code predikatLabel} "Sangat Baik" for
 *       {@code predikat} "SANGAT_BAIK"; for a JSON list (e.g. {@code rhkLabel}), the list with every
 *       code and date in it in words ({@link Words});</li>
 *   <li>{@code nama<X>}: the name of the person whose id variable {@code x} holds, e.g.
 *       {@code namaPejabatPenilai} for {@code pejabatPenilai}, as they are now (after a mutasi
 *       too).</li>
 * </ul>
 * A variable of the same name that the process already holds (e.g. {@code namaPegawai}, set when
 * the year starts) is left alone. Process owners write e.g. {@code Tenggat: {{tenggatTugas}}} in a
 * form's text; the list is in src/docs/pemilik-proses.md.
 */
@Component
public class TaskHeaderListener implements TaskListener {

  public static final String DEADLINE = "tenggatTugas";
  static final String LABEL_SUFFIX = "Label";
  static final String NUMBER = "nomor";
  static final String NAME_PREFIX = "nama";
  static final String NO_DEADLINE = "tidak ada";

  private final OrganisationLookup organisasi;
  private final ZoneId zone;
  private final HeaderNames headerNames = new HeaderNames();

  public TaskHeaderListener(OrganisationLookup organisasi,
      // the office's time zone, as for the deadlines in the notification mails
      @Value("${kinerja.notifikasi.zona:Asia/Jakarta}") String zone) {
    this.organisasi = organisasi;
    this.zone = ZoneId.of(zone);
  }

  /** Whether a name is one this listener can provide. */
  static boolean isHeaderName(String name) {
    return DEADLINE.equals(name)
        || (name.length() > LABEL_SUFFIX.length() && name.endsWith(LABEL_SUFFIX)
            && Character.isLowerCase(name.charAt(0)))
        || (name.length() > NAME_PREFIX.length() && name.startsWith(NAME_PREFIX)
            && Character.isUpperCase(name.charAt(NAME_PREFIX.length())));
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> header = new LinkedHashMap<>();
    for (String name : headerNames.of(task)) {
      Object value = value(task, name);
      if (value != null) {
        header.put(name, value);
      }
    }
    if (!header.isEmpty()) {
      task.setVariablesLocal(header);
    }
  }

  /** "update" of a task: a due date changed after the task was created shows in its form too. */
  public void refreshDeadline(DelegateTask task) {
    if (task.hasVariableLocal(DEADLINE)) {
      String now = deadline(task.getDueDate());
      if (!now.equals(task.getVariableLocal(DEADLINE))) {
        task.setVariableLocal(DEADLINE, now);
      }
    }
  }

  /** The value of one header variable for this task, or null when there is nothing to show. */
  Object value(DelegateTask task, String name) {
    if (DEADLINE.equals(name)) {
      return deadline(task.getDueDate());
    }
    if (task.hasVariable(name)) {
      return null; // the process holds it itself
    }
    if (name.endsWith(LABEL_SUFFIX)) {
      return inWords(task.getVariable(name.substring(0, name.length() - LABEL_SUFFIX.length())));
    }
    String idVariable = Character.toLowerCase(name.charAt(NAME_PREFIX.length())) + name.substring(NAME_PREFIX.length() + 1);
    Object id = task.getVariable(idVariable);
    return id instanceof String text ? organisasi.displayNameOf(text) : null;
  }

  String deadline(Date due) {
    return due == null ? NO_DEADLINE : Words.date(due.toInstant().atZone(zone).toLocalDate());
  }

  /**
   * Every row of a list, and of the lists inside it, gets its number ("nomor", from 1) as people
   * refer to it: "RHK 2, indikator 1" (a form's loop has no counter of its own).
   */
  static JsonNode numbered(JsonNode tree) {
    if (tree instanceof ArrayNode rows) {
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i) instanceof ObjectNode row && !row.has(NUMBER)) {
          row.put(NUMBER, i + 1);
        }
        numbered(rows.get(i));
      }
    } else if (tree instanceof ObjectNode object) {
      object.forEach(TaskHeaderListener::numbered);
    }
    return tree;
  }

  private static Object inWords(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SpinJsonNode || value instanceof JsonNode) {
      JsonNode tree = JsonValues.tree(value);
      return SpinValues.jsonValue(JsonValues.text(numbered(Words.inWords(tree)))).create();
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        return SpinValues.jsonValue(JsonValues.text(numbered(Words.inWords(JsonValues.tree(trimmed))))).create();
      }
      return Words.of(text);
    }
    return Words.of(value.toString());
  }
}
