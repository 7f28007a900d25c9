package id.kinerja.kernel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Form values arrive as Spin JSON (Tasklist, REST "Json" type), as JSON text, or as maps and lists
 * (Java callers, the REST validator); this turns any of them into one Jackson tree.
 */
public final class JsonValues {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonValues() {}

  public static JsonNode tree(Object value) {
    if (value == null) {
      return MissingNode.getInstance();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof SpinJsonNode spin) {
      return parse(spin.toString());
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
        return parse(trimmed);
      }
      return TextNode.valueOf(text);
    }
    return MAPPER.valueToTree(value);
  }

  public static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not serialisable as JSON: " + node, e);
    }
  }

  /** The text of a field of a JSON object, or null when missing, null or blank. */
  public static String field(JsonNode node, String name) {
    JsonNode value = node.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text.trim();
  }

  /** A numeric id field (form-js sends numbers, some clients strings), or null. */
  public static Long id(JsonNode node, String name) {
    String text = field(node, name);
    if (text == null) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
