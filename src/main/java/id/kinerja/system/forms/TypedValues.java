package id.kinerja.system.forms;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The REST API's typed values ({@code {"value":…, "type":…}}) as the plain Java values a form field
 * holds: text, numbers, booleans, and lists and maps for a {@code Json} value, which arrives as a
 * text and is parsed here with limits (nesting, text length), so a malformed or hostile JSON text
 * is refused before the engine's JSON library sees it.
 */
final class TypedValues {

  /** Parses client JSON: at most this deep, texts at most this long. */
  private static final ObjectMapper CLIENT_JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(FormShape.MAX_DEPTH + 4)
          .maxStringLength(1_000_000)
          .maxNumberLength(64)
          .build())
      .build());

  private TypedValues() {
  }

  /**
   * The plain value; for a {@code Json} (or JSON-serialized {@code Object}) value the parsed list
   * or map. Throws an {@link IllegalArgumentException} with a readable reason when a JSON text
   * cannot be read.
   */
  static Object plain(JsonNode typed) {
    JsonNode value = typed == null ? null : typed.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    String type = typed.path("type").asText("");
    boolean serializedJson = "Json".equalsIgnoreCase(type)
        || ("Object".equalsIgnoreCase(type)
            && typed.path("valueInfo").path("serializationDataFormat").asText("").contains("json"));
    try {
      if (serializedJson && value.isTextual()) {
        return CLIENT_JSON.readValue(value.asText(), Object.class);
      }
      return CLIENT_JSON.treeToValue(value, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getMessage() != null && e.getMessage().contains("nesting depth")
          ? "isian bertingkat terlalu dalam" : "teks JSON tidak dapat dibaca");
    }
  }

  /** Parses a request body, with the same limits. */
  static JsonNode readTree(byte[] body) throws JsonProcessingException {
    try {
      return CLIENT_JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      throw new com.fasterxml.jackson.core.JsonParseException(null, "badan permintaan tidak dapat dibaca");
    }
  }
}
