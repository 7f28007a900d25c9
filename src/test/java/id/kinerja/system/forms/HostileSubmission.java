package id.kinerja.system.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One hostile task submission for the fuzz test: plausible values for some of the form's fields
 * (with injection strings among them), and always at least one thing the server must refuse, so
 * no submission may complete a task: an unknown or process-computed key, a value of the wrong kind
 * (a Java-serialized object, XML, bytes, a file), an over-long text, a deep or malformed JSON text,
 * a transient value, a part of the request only admins may send, or a body that is not a
 * submission at all.
 */
record HostileSubmission(String body, String what) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> INJECTIONS = List.of(
      "'; DROP TABLE rhk; --", "\" OR 1=1 --", "<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>",
      "${identityService.createMembership('x','camunda-admin')}", "#{runtimeService}", "{{constructor.constructor('alert(1)')()}}",
      "../../../../etc/passwd", "%00", "\u0000", "\uFEFF\u202Eabc", "😀🔥", "=cmd|' /C calc'!A0", "\\u0000",
      "a".repeat(300), "NaN", "-1e309", "null", "[]", "{}", "true");

  static final List<String> COMPUTED = List.of("nip", "tahun", "predikat", "hasilKerja", "perilakuKerja",
      "pejabatPenilai", "atasanPejabatPenilai", "pemohon", "penerima", "keputusanReviewSkp", "daftarRhk",
      "kunciYangTidakAda", "__proto__", "", " ", "nip ", "NIP");

  static HostileSubmission next(Random random, FormShape form) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode variables = root.putObject("variables");
    List<FormShape.Field> fields = new ArrayList<>(form.fields().values());
    for (FormShape.Field field : fields) {
      if (random.nextInt(3) > 0) {
        plausible(random, field, variables.putObject(field.key()));
      }
    }
    int attack = random.nextInt(fields.isEmpty() ? 3 : 12);
    String what;
    switch (attack) {
      case 0 -> {
        String key = COMPUTED.get(random.nextInt(COMPUTED.size()));
        if (form.fields().containsKey(key)) {
          key = key + "X";
        }
        variables.putObject(key).put("value", INJECTIONS.get(random.nextInt(INJECTIONS.size())));
        what = "undeclared key '" + key + "'";
      }
      case 1 -> {
        return new HostileSubmission(random.nextBoolean() ? "{\"variables\":" : "[1,2", "malformed body");
      }
      case 2 -> {
        root.putArray("startInstructions").addObject().put("type", "startBeforeActivity");
        root.put("skipCustomListeners", true);
        what = "steering parts";
      }
      default -> {
        FormShape.Field field = fields.get(random.nextInt(fields.size()));
        ObjectNode value = variables.putObject(field.key());
        what = wrongValue(random, field, value);
      }
    }
    return new HostileSubmission(root.toString(), what);
  }

  private static void plausible(Random random, FormShape.Field field, ObjectNode value) {
    String text = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
    switch (field.kind()) {
      case NUMBER -> value.put("value", random.nextInt(1000) - 500);
      case BOOLEAN -> value.put("value", random.nextBoolean()).put("type", "Boolean");
      case CHOICES -> value.put("value", JSON.createArrayNode().add(text).toString()).put("type", "Json");
      case LIST, GROUP -> value.put("value", "[]").put("type", "Json");
      default -> value.put("value", text);
    }
  }

  /** A value the server must refuse for this field, and what it is. */
  private static String wrongValue(Random random, FormShape.Field field, ObjectNode value) {
    switch (random.nextInt(9)) {
      case 0 -> {
        value.put("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw");
        value.put("type", "Object");
        value.putObject("valueInfo").put("serializationDataFormat", "application/x-java-serialized-object")
            .put("objectTypeName", "java.util.HashMap");
        return "Java-serialized object in " + field.key();
      }
      case 1 -> {
        value.put("type", "Xml");
        if (random.nextBoolean()) {
          value.put("value", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        }
        return "XML in " + field.key();
      }
      case 2 -> {
        value.put("value", "AAEC").put("type", random.nextBoolean() ? "Bytes" : "File");
        return "bytes/file in " + field.key();
      }
      case 3 -> {
        value.put("value", "a".repeat(FormShape.MAX_TEXT + 1 + random.nextInt(1000)));
        if (field.kind() == FormShape.Kind.BOOLEAN) {
          value.put("type", "String");
        } else if (field.isStructured() || field.kind() == FormShape.Kind.CHOICES) {
          value.put("type", "Json");
        }
        return "over-long text in " + field.key();
      }
      case 4 -> {
        int depth = 20 + random.nextInt(5000);
        value.put("value", "[".repeat(depth) + "]".repeat(depth)).put("type", "Json");
        return "JSON " + depth + " deep in " + field.key();
      }
      case 5 -> {
        value.put("value", "[{\"a\":").put("type", "Json");
        return "malformed JSON in " + field.key();
      }
      case 6 -> {
        value.put("value", field.kind() == FormShape.Kind.BOOLEAN ? "true" : "x");
        value.putObject("valueInfo").put("transient", true);
        value.put("type", field.kind() == FormShape.Kind.BOOLEAN ? "Boolean" : "String");
        if (field.kind() == FormShape.Kind.BOOLEAN) {
          value.put("value", true);
        } else if (field.isStructured() || field.kind() == FormShape.Kind.CHOICES) {
          value.put("value", "[]").put("type", "Json");
        }
        return "transient value in " + field.key();
      }
      case 7 -> {
        if (field.isStructured()) {
          ArrayNode rows = JSON.createArrayNode();
          rows.addObject().put("nip", "199101012015042011").put("predikat", "SANGAT_BAIK");
          value.put("value", rows.toString()).put("type", "Json");
          return "undeclared keys inside " + field.key();
        }
        value.putObject("value").put("nested", "object");
        return "object as the value of " + field.key();
      }
      default -> {
        value.put("value", "2026-01-01T00:00:00.000+0000").put("type", "Date");
        if (field.kind() == FormShape.Kind.TEXT) {
          value.put("type", "Long");
          value.put("value", 1);
        }
        return "wrong type for " + field.key();
      }
    }
  }
}
