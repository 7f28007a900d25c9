package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a Camunda Form lets a person write: its keyed fields (with the children of its dynamic
 * lists and of groups that nest their values under a path), each with the kind of value its type
 * implies, and which of them only show a value (read-only) or are never sent (disabled).
 *
 * <p>Read from the form itself, so a field or task that a process owner adds in Modeler is covered
 * without Java. A submission may hold only these keys, with values of these kinds; a read-only
 * field may be sent back (Tasklist does) but only with the value it already has. Everything else a
 * process holds (the employee's NIP, the year, the ratings and predikat, the appraisers, ...) is
 * written by the process's own delegates, listeners and decisions, never by a submission.
 */
final class FormShape {

  /** Which kind of value a field holds, as the REST API types it. */
  enum Kind { TEXT, NUMBER, BOOLEAN, CHOICE, CHOICES, LIST, GROUP }

  /** A keyed field of the form. */
  record Field(String key, String label, Kind kind, boolean readonly, boolean disabled, boolean addRemove,
      Map<String, Field> children) {

    boolean isStructured() {
      return kind == Kind.LIST || kind == Kind.GROUP;
    }
  }

  /** Longest text a single value may have, whatever the form says (a form's maxLength is checked later). */
  static final int MAX_TEXT = 20_000;
  /** Deepest nesting of a structured value (a list of RHK with indicators and their evidence is 5). */
  static final int MAX_DEPTH = 12;
  /** Most rows a dynamic list may have. */
  static final int MAX_ROWS = 500;

  private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea", "datetime", "expression");
  private static final Set<String> CHOICE_TYPES = Set.of("radio", "select");
  private static final Set<String> CHOICES_TYPES = Set.of("checklist", "taglist");

  private static final FormShape NO_FORM = new FormShape(Map.of());

  private final Map<String, Field> fields;

  private FormShape(Map<String, Field> fields) {
    this.fields = fields;
  }

  /** The shape of a task or start event without a Camunda Form: it accepts no variables. */
  static FormShape none() {
    return NO_FORM;
  }

  static FormShape of(JsonNode form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return new FormShape(Collections.unmodifiableMap(fields));
  }

  Map<String, Field> fields() {
    return fields;
  }

  private static void collect(JsonNode components, Map<String, Field> into) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      boolean readonly = isTrue(component.path("readonly"));
      boolean disabled = isTrue(component.path("disabled"));
      String label = label(component);
      if ("dynamiclist".equals(type)) {
        Map<String, Field> children = new LinkedHashMap<>();
        collect(component.path("components"), children);
        String path = component.path("path").asText("");
        if (!path.isEmpty()) {
          into.put(path, new Field(path, label, Kind.LIST, readonly, disabled,
              component.path("allowAddRemove").asBoolean(true), Collections.unmodifiableMap(children)));
        }
      } else if (component.has("components")) {
        String path = component.path("path").asText("");
        if (path.isEmpty()) {
          collect(component.path("components"), into); // a group that only arranges its fields
        } else {
          Map<String, Field> children = new LinkedHashMap<>();
          collect(component.path("components"), children);
          into.put(path, new Field(path, label, Kind.GROUP, readonly, disabled, false,
              Collections.unmodifiableMap(children)));
        }
      } else if (component.hasNonNull("key")) {
        Kind kind = kindOf(type);
        if (kind != null) {
          String key = component.get("key").asText();
          into.put(key, new Field(key, label, kind, readonly, disabled, false, Map.of()));
        }
      }
    }
  }

  private static Kind kindOf(String type) {
    if (TEXT_TYPES.contains(type)) {
      return Kind.TEXT;
    }
    if (CHOICE_TYPES.contains(type)) {
      return Kind.CHOICE;
    }
    if (CHOICES_TYPES.contains(type)) {
      return Kind.CHOICES;
    }
    return switch (type) {
      case "number" -> Kind.NUMBER;
      case "checkbox" -> Kind.BOOLEAN;
      default -> null; // text, html, image, button, separator, spacer, filepicker: nothing the server takes
    };
  }

  /**
   * What is wrong with the submitted variables (the REST API's typed values, {@code {"value":…,
   * "type":…, "valueInfo":…}}) by this shape, each naming the field; empty when every key is a
   * field of the form with a value of its kind. {@code current} gives a variable's value as the
   * process holds it now (plain Java: strings, numbers, booleans, lists and maps), for read-only
   * fields.
   */
  List<String> violations(Map<String, JsonNode> submitted, Function<String, Object> current) {
    List<String> messages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : submitted.entrySet()) {
      String key = entry.getKey();
      Field field = fields.get(key);
      if (field == null) {
        messages.add("'" + key + "' bukan isian formulir ini dan tidak dapat dikirim"
            + (fields.isEmpty() ? " (tugas ini tidak memiliki isian)" : ""));
        continue;
      }
      if (field.disabled()) {
        messages.add(field.label() + " ('" + key + "') hanya ditampilkan dan tidak dapat dikirim");
        continue;
      }
      JsonNode typed = entry.getValue();
      String problem = typeProblem(field, typed);
      if (problem != null) {
        messages.add(field.label() + " ('" + key + "'): " + problem);
        continue;
      }
      Object value;
      try {
        value = TypedValues.plain(typed);
      } catch (IllegalArgumentException e) {
        messages.add(field.label() + " ('" + key + "'): " + e.getMessage());
        continue;
      }
      String wrong = valueProblem(field, value, field.label() + " ('" + key + "')", 0);
      if (wrong != null) {
        messages.add(wrong);
        continue;
      }
      Object now = field.readonly() || hasReadonlyChildren(field) ? current.apply(key) : null;
      if (field.readonly()) {
        if (!sameValue(value, now)) {
          messages.add(field.label() + " ('" + key + "') hanya ditampilkan dan tidak dapat diubah");
        }
      } else if (field.isStructured()) {
        readonlyChildren(field, value, now, field.label(), messages);
      }
    }
    return messages;
  }

  /** The REST type of the value against the field's kind; null when it fits. */
  private static String typeProblem(Field field, JsonNode typed) {
    if (typed == null || !typed.isObject()) {
      return "nilai harus dikirim sebagai {\"value\": …}";
    }
    JsonNode valueInfo = typed.path("valueInfo");
    if (valueInfo.isObject() && isTrue(valueInfo.path("transient"))) {
      return "nilai sementara (transient) tidak diterima";
    }
    String type = typed.path("type").asText("").toLowerCase(Locale.ROOT);
    JsonNode value = typed.get("value");
    if (type.isEmpty() || "null".equals(type)) {
      if (value == null || value.isNull()) {
        return null;
      }
      if (!type.isEmpty()) {
        return "jenis nilai Null tidak boleh berisi nilai";
      }
    }
    Set<String> allowed = switch (field.kind()) {
      case TEXT -> Set.of("", "string", "date", "null");
      case NUMBER -> Set.of("", "integer", "long", "short", "double", "string", "null");
      case BOOLEAN -> Set.of("", "boolean", "null");
      case CHOICE -> Set.of("", "string", "integer", "long", "short", "double", "boolean", "null");
      case CHOICES, LIST, GROUP -> Set.of("json", "null");
    };
    if (!allowed.contains(type)) {
      return "jenis nilai '" + typed.path("type").asText() + "' tidak diterima untuk isian ini";
    }
    if (value == null || value.isNull()) {
      return null;
    }
    if (field.isStructured() || field.kind() == Kind.CHOICES) {
      return value.isTextual() ? null : "nilai harus berupa teks JSON";
    }
    if (value.isContainerNode()) {
      return "nilai harus berupa satu nilai, bukan daftar atau objek";
    }
    return null;
  }

  /** The value (already plain) against the field; null when it fits. */
  private static String valueProblem(Field field, Object value, String where, int depth) {
    if (value == null) {
      return null;
    }
    if (depth > MAX_DEPTH) {
      return where + ": isian bertingkat terlalu dalam";
    }
    switch (field.kind()) {
      case TEXT, CHOICE -> {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
          return where + ": harus berupa satu nilai, bukan daftar atau objek";
        }
        if (value instanceof String text && text.length() > MAX_TEXT) {
          return where + ": paling banyak " + MAX_TEXT + " karakter";
        }
        return null;
      }
      case NUMBER -> {
        if (value instanceof Number) {
          return null;
        }
        if (value instanceof String text && !text.isBlank()) {
          try {
            new BigDecimal(text.trim());
            return text.length() <= 64 ? null : where + ": harus berupa angka";
          } catch (NumberFormatException e) {
            return where + ": harus berupa angka";
          }
        }
        return value instanceof String ? null : where + ": harus berupa angka";
      }
      case BOOLEAN -> {
        return value instanceof Boolean ? null : where + ": harus ya atau tidak";
      }
      case CHOICES -> {
        if (!(value instanceof List<?> chosen)) {
          return where + ": harus berupa daftar pilihan";
        }
        if (chosen.size() > MAX_ROWS) {
          return where + ": terlalu banyak pilihan";
        }
        for (Object item : chosen) {
          if (item instanceof Map<?, ?> || item instanceof List<?>
              || (item instanceof String text && text.length() > MAX_TEXT)) {
            return where + ": pilihan tidak dikenali";
          }
        }
        return null;
      }
      case LIST -> {
        if (!(value instanceof List<?> rows)) {
          return where + ": harus berupa daftar";
        }
        if (rows.size() > MAX_ROWS) {
          return where + ": paling banyak " + MAX_ROWS + " baris";
        }
        int i = 0;
        for (Object row : rows) {
          i++;
          String problem = row instanceof Map<?, ?> entry
              ? childrenProblem(field, entry, where + " baris " + i, depth + 1)
              : where + " baris " + i + ": isian tidak dikenali";
          if (problem != null) {
            return problem;
          }
        }
        return null;
      }
      case GROUP -> {
        return value instanceof Map<?, ?> entry ? childrenProblem(field, entry, where, depth + 1)
            : where + ": isian tidak dikenali";
      }
      default -> {
        return null;
      }
    }
  }

  private static String childrenProblem(Field parent, Map<?, ?> entry, String where, int depth) {
    for (Map.Entry<?, ?> child : entry.entrySet()) {
      Field field = parent.children().get(String.valueOf(child.getKey()));
      if (field == null || field.disabled()) {
        return where + ": '" + child.getKey() + "' bukan isian formulir ini";
      }
      String problem = valueProblem(field, child.getValue(), where + " — " + field.label(), depth);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static boolean hasReadonlyChildren(Field field) {
    return field.children().values().stream()
        .anyMatch(child -> child.readonly() || hasReadonlyChildren(child));
  }

  /**
   * Read-only fields inside a list (e.g. the indicator a realisation row reports on) keep the
   * values the process gave them; a list whose rows cannot be added or removed keeps its rows.
   */
  private static void readonlyChildren(Field field, Object value, Object now, String where, List<String> messages) {
    if (field.kind() == Kind.GROUP) {
      Map<?, ?> submitted = value instanceof Map<?, ?> m ? m : Map.of();
      Map<?, ?> stored = now instanceof Map<?, ?> m ? m : Map.of();
      compareRow(field, submitted, stored, where, messages);
      return;
    }
    if (field.kind() != Kind.LIST || !(value instanceof List<?> rows)) {
      return;
    }
    List<?> storedRows = now instanceof List<?> l ? l : List.of();
    if (!field.addRemove() && rows.size() != storedRows.size()) {
      messages.add(where + ": jumlah baris tidak dapat diubah (" + storedRows.size() + " baris)");
      return;
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<?, ?> row = rows.get(i) instanceof Map<?, ?> m ? m : Map.of();
      Map<?, ?> stored = i < storedRows.size() && storedRows.get(i) instanceof Map<?, ?> m ? m : null;
      if (stored == null) {
        if (!field.addRemove()) {
          messages.add(where + " baris " + (i + 1) + ": baris baru tidak dapat ditambahkan");
          return;
        }
        stored = Map.of(); // a new row: its read-only fields stay empty
      }
      compareRow(field, row, stored, where + " baris " + (i + 1), messages);
    }
  }

  private static void compareRow(Field parent, Map<?, ?> row, Map<?, ?> stored, String where, List<String> messages) {
    for (Field child : parent.children().values()) {
      Object submitted = row.get(child.key());
      if (child.readonly()) {
        if (row.containsKey(child.key()) && !sameValue(submitted, stored.get(child.key()))) {
          messages.add(where + " — " + child.label() + ": hanya ditampilkan dan tidak dapat diubah");
        }
      } else if (child.isStructured() && hasReadonlyChildren(child)) {
        readonlyChildren(child, submitted, stored.get(child.key()), where + " — " + child.label(), messages);
      }
    }
  }

  /** Equal as a person sees them: numbers by value, an empty text as no value. */
  static boolean sameValue(Object a, Object b) {
    a = blankAsNull(a);
    b = blankAsNull(b);
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Number || b instanceof Number) {
      try {
        return new BigDecimal(a.toString().trim()).compareTo(new BigDecimal(b.toString().trim())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      if (!ma.keySet().equals(mb.keySet())) {
        return false;
      }
      return ma.keySet().stream().allMatch(k -> sameValue(ma.get(k), mb.get(k)));
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      if (la.size() != lb.size()) {
        return false;
      }
      for (int i = 0; i < la.size(); i++) {
        if (!sameValue(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.toString().equals(b.toString());
  }

  private static Object blankAsNull(Object value) {
    return value instanceof String s && s.isEmpty() ? null : value;
  }

  private static boolean isTrue(JsonNode node) {
    return node.isBoolean() && node.asBoolean();
  }

  private static String label(JsonNode component) {
    String label = component.path("label").asText("");
    return label.isBlank() ? component.path("key").asText(component.path("path").asText("?")) : label;
  }
}
