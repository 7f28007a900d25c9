package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.system.SubmissionRule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;

/**
 * Checks submitted variables against the Camunda Form they were entered in, on the server: the
 * form's own rules (required, length, range, pattern, allowed options) and then every
 * {@link SubmissionRule} for that form. Camunda Forms validate only in the browser, so without
 * this a crafted REST call could store anything.
 */
@Component
public class FormSubmissionValidator {

  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
      "checklist", "radio", "select", "taglist", "datetime", "expression", "filepicker");

  private final ObjectMapper json;
  private final List<SubmissionRule> rules;

  public FormSubmissionValidator(ObjectMapper json, List<SubmissionRule> rules) {
    this.json = json;
    this.rules = rules;
  }

  /** The violations of the form (JSON) by the variables; empty when the submission is valid. */
  public List<String> violations(InputStream form, Map<String, Object> variables) throws IOException {
    return violations(json.readTree(form), variables);
  }

  /** The same for a form already read ({@link #read}), e.g. one kept per process definition. */
  public List<String> violations(JsonNode root, Map<String, Object> variables) {
    List<String> messages = new ArrayList<>();
    checkComponents(root.path("components"), variables, "", messages);
    String formId = root.path("id").asText("");
    for (SubmissionRule rule : rules) {
      if (rule.appliesTo(formId)) {
        messages.addAll(rule.violations(variables));
      }
    }
    return messages;
  }

  /** A Camunda Form (JSON) as {@link #violations(JsonNode, Map)} takes it. */
  public JsonNode read(InputStream form) throws IOException {
    return json.readTree(form);
  }

  private void checkComponents(JsonNode components, Map<String, Object> values, String where, List<String> messages) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if ("dynamiclist".equals(type)) {
        checkDynamicList(component, values, where, messages);
      } else if (component.has("components")) {
        // groups nest their fields; a group with a "path" nests the values too
        String path = component.path("path").asText("");
        if (path.isEmpty()) {
          checkComponents(component.path("components"), values, where, messages);
        } else if (values.get(path) instanceof Map<?, ?> nested) {
          checkComponents(component.path("components"), asStringMap(nested), where, messages);
        }
      } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
        checkField(component, values.get(component.get("key").asText()), where, messages);
      }
    }
  }

  private void checkDynamicList(JsonNode list, Map<String, Object> values, String where, List<String> messages) {
    String path = list.path("path").asText("");
    String label = label(list);
    Object value = values.get(path);
    Collection<?> items = value instanceof Collection<?> c ? c : List.of();
    if (value != null && !(value instanceof Collection<?>)) {
      messages.add(where + label + ": harus berupa daftar");
      return;
    }
    JsonNode validate = list.path("validate");
    if (list.path("isRepeating").asBoolean(true) && validate.path("required").asBoolean(false) && items.isEmpty()) {
      messages.add(where + label + ": wajib diisi paling sedikit satu");
    }
    int i = 0;
    for (Object item : items) {
      i++;
      if (item instanceof Map<?, ?> entry) {
        checkComponents(list.path("components"), asStringMap(entry), where + label + " #" + i + " — ", messages);
      } else {
        messages.add(where + label + " #" + i + ": isian tidak dikenali");
      }
    }
  }

  private void checkField(JsonNode component, Object value, String where, List<String> messages) {
    if (hasConditionalVisibility(component)) {
      // shown only under a FEEL condition evaluated in the browser: check the value, not its presence
      if (isEmpty(value)) {
        return;
      }
    }
    String label = where + label(component);
    JsonNode validate = component.path("validate");
    String type = component.path("type").asText();
    if (isEmpty(value) || ("checkbox".equals(type) && Boolean.FALSE.equals(value))) {
      if (validate.path("required").asBoolean(false)) {
        messages.add(label + ": wajib diisi");
      }
      return;
    }
    switch (type) {
      case "number" -> checkNumber(validate, value, label, messages);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          messages.add(label + ": harus ya atau tidak");
        }
      }
      case "radio", "select" -> checkOptions(component, List.of(value), label, messages);
      case "checklist", "taglist" -> {
        if (value instanceof Collection<?> chosen) {
          checkOptions(component, chosen, label, messages);
        } else {
          messages.add(label + ": harus berupa daftar pilihan");
        }
      }
      default -> checkText(validate, value, label, messages);
    }
  }

  private void checkText(JsonNode validate, Object value, String label, List<String> messages) {
    String text = value.toString();
    if (validate.has("minLength") && text.strip().length() < validate.get("minLength").asInt()) {
      messages.add(label + ": paling sedikit " + validate.get("minLength").asInt() + " karakter");
    }
    if (validate.has("maxLength") && text.length() > validate.get("maxLength").asInt()) {
      messages.add(label + ": paling banyak " + validate.get("maxLength").asInt() + " karakter");
    }
    String pattern = patternOf(validate);
    if (pattern != null) {
      try {
        if (!Pattern.compile(pattern).matcher(text).matches()) {
          messages.add(label + ": formatnya tidak sesuai");
        }
      } catch (PatternSyntaxException e) {
        messages.add(label + ": aturan format di formulir tidak valid (hubungi pemilik proses)");
      }
    }
  }

  private static String patternOf(JsonNode validate) {
    String kind = validate.path("validationType").asText("");
    if ("email".equals(kind)) {
      return "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    }
    if ("phone".equals(kind)) {
      return "\\+?[0-9 ()-]{6,20}";
    }
    return validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null;
  }

  private void checkNumber(JsonNode validate, Object value, String label, List<String> messages) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      messages.add(label + ": harus berupa angka");
      return;
    }
    if (validate.has("min") && number.compareTo(validate.get("min").decimalValue()) < 0) {
      messages.add(label + ": paling kecil " + validate.get("min").asText());
    }
    if (validate.has("max") && number.compareTo(validate.get("max").decimalValue()) > 0) {
      messages.add(label + ": paling besar " + validate.get("max").asText());
    }
  }

  private void checkOptions(JsonNode component, Collection<?> chosen, String label, List<String> messages) {
    JsonNode options = component.path("values");
    if (!options.isArray() || options.isEmpty()) {
      return; // options come from a variable at run time; nothing fixed to compare with
    }
    Set<String> allowed = new HashSet<>();
    options.forEach(option -> allowed.add(option.path("value").asText()));
    for (Object value : chosen) {
      if (!allowed.contains(String.valueOf(value))) {
        messages.add(label + ": pilihan '" + value + "' tidak tersedia");
      }
    }
  }

  private static boolean hasConditionalVisibility(JsonNode component) {
    return component.path("conditional").hasNonNull("hide");
  }

  private static boolean isEmpty(Object value) {
    return value == null
        || (value instanceof String s && s.isBlank())
        || (value instanceof Collection<?> c && c.isEmpty());
  }

  private static String label(JsonNode component) {
    String label = component.path("label").asText("");
    return label.isBlank() ? component.path("key").asText(component.path("path").asText("?")) : label;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asStringMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
