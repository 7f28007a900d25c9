package id.kinerja.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Rating;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The codes the processes keep (predikat, ratings, aspects, kinds) in the words people read in
 * Tasklist, in Bahasa Indonesia. The codes stay the contract of the DMNs, the forms' option values
 * and the product's tables; only what is shown changes.
 */
public final class Words {

  static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$");

  private static final Map<String, String> WORDS = new HashMap<>();

  static {
    for (Predikat predikat : Predikat.values()) {
      WORDS.put(predikat.name(), predikat.label());
    }
    for (Rating rating : Rating.values()) {
      WORDS.put(rating.name(), rating.label());
    }
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      WORDS.put(nilai.name(), nilai.label());
    }
    WORDS.putAll(Map.of(
        // jenis RHK and aspek of an indicator (SKP)
        "UTAMA", "Utama", "TAMBAHAN", "Tambahan",
        "KUANTITAS", "Kuantitas", "KUALITAS", "Kualitas", "WAKTU", "Waktu", "BIAYA", "Biaya",
        // development plans, public reports, the unit's capaian kinerja organisasi
        "PELATIHAN", "Pelatihan", "COACHING", "Coaching",
        "PENGADUAN", "Pengaduan", "APRESIASI", "Apresiasi"));
    WORDS.putAll(Map.of("ISTIMEWA", "Istimewa", "KURANG", "Kurang"));
  }

  private Words() {}

  /** The words for a code; a text that is not a code (already words, free text) stays as it is. */
  public static String of(String code) {
    if (code == null) {
      return null;
    }
    String words = WORDS.get(code.trim());
    if (words != null) {
      return words;
    }
    return ISO_DATE.matcher(code.trim()).matches() ? date(code.trim()) : code;
  }

  /** A date in words: "14 Januari 2027". */
  public static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  private static String date(String iso) {
    try {
      return DATE.format(LocalDate.parse(iso.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /**
   * A copy of a JSON value (a list of RHK, of plan activities, ...) with every text that is a code
   * or an ISO date in words, at any depth; for forms that loop over such a list.
   */
  public static JsonNode inWords(JsonNode value) {
    return inWords(value, null);
  }

  /** The same, for the fields of these names only (at any depth); null: every field. */
  public static JsonNode inWords(JsonNode value, Set<String> fields) {
    if (value == null) {
      return null;
    }
    if (value.isTextual()) {
      return TextNode.valueOf(of(value.asText()));
    }
    if (value.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      value.forEach(item -> copy.add(inWords(item, fields)));
      return copy;
    }
    if (value.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      value.fields().forEachRemaining(field -> copy.set(field.getKey(),
          fields == null || fields.contains(field.getKey()) || field.getValue().isContainerNode()
              ? inWords(field.getValue(), fields) : field.getValue()));
      return copy;
    }
    return value;
  }
}
