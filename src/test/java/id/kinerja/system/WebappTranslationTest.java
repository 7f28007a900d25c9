package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Indonesian locale files of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome) against
 * the English files shipped in the Camunda webjar on the classpath, and our config.js overrides.
 * Plain JUnit: no Spring context.
 */
class WebappTranslationTest {

  private static final String APP_ROOT = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {{name}}, {{ name }}: substituted by angular-translate. */
  private static final Pattern INTERPOLATION = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
  /** %s, %d of moment.js relative times, {} of the counters, and the HTML tags the labels contain. */
  private static final Pattern OTHER_PLACEHOLDER = Pattern.compile(
      "%[sd]|\\{}|</?(?:a|b|br|strong|em|i|p|span|code|ul|ol|li|div|small|kbd)\\b[^>]*>");
  /** A value is text (and so must be translated) when it has a word with a lower-case letter. */
  private static final Pattern TEXT = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");
  /** Product names, data types and identifiers that stay as they are in Indonesian. */
  private static final Set<String> KEPT_AS_IS = Set.of("Camunda", "Cockpit", "Tasklist", "Admin",
      "Camunda Cockpit", "Optimize", "Boolean", "Double", "Integer", "Long", "Short", "String", "JSON",
      "CSV", "null", "<null>", "<undefined>", "requestPayload");
  private static final double MAX_IDENTICAL_SHARE = 0.05;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void indonesianHasExactlyTheKeysOfTheShippedEnglish(String app) throws IOException {
    Map<String, JsonNode> en = flatten(shipped(app, "locales/en.json"));
    Map<String, JsonNode> id = flatten(ours(app, "locales/id.json"));

    Set<String> missing = new TreeSet<>(en.keySet());
    missing.removeAll(id.keySet());
    Set<String> extra = new TreeSet<>(id.keySet());
    extra.removeAll(en.keySet());

    assertThat(missing).as(app + ": keys of en.json missing in id.json").isEmpty();
    assertThat(extra).as(app + ": keys in id.json that en.json does not have").isEmpty();
    assertThat(en).as(app + ": en.json read from the webjar").hasSizeGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyValueKeepsThePlaceholdersAndMarkupOfTheEnglishOne(String app) throws IOException {
    Map<String, JsonNode> en = flatten(shipped(app, "locales/en.json"));
    Map<String, JsonNode> id = flatten(ours(app, "locales/id.json"));
    Map<String, String> wrong = new TreeMap<>();

    en.forEach((key, english) -> {
      JsonNode indonesian = id.get(key);
      if (indonesian == null) {
        return; // reported by the key test
      }
      if (!english.isTextual()) {
        if (!english.equals(indonesian)) {
          wrong.put(key, "expected " + english + " but was " + indonesian);
        }
        return;
      }
      if (!indonesian.isTextual()) {
        wrong.put(key, "not a string: " + indonesian);
        return;
      }
      Set<String> names = interpolations(english.asText());
      names.removeAll(interpolations(indonesian.asText()));
      if (!names.isEmpty()) {
        wrong.put(key, "lost {{" + String.join("}}, {{", names) + "}}");
      }
      List<String> expected = others(english.asText());
      List<String> actual = others(indonesian.asText());
      if (!expected.equals(actual)) {
        wrong.put(key, "expected " + expected + " but was " + actual);
      }
    });

    assertThat(wrong).as(app + ": values whose placeholders or markup differ from English").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void noValueIsEmptyWhereTheEnglishOneIsNot(String app) throws IOException {
    Map<String, JsonNode> en = flatten(shipped(app, "locales/en.json"));
    Map<String, JsonNode> id = flatten(ours(app, "locales/id.json"));
    List<String> empty = new ArrayList<>();

    id.forEach((key, value) -> {
      JsonNode english = en.get(key);
      boolean englishBlank = english != null && english.isTextual() && english.asText().isBlank();
      if (value.isTextual() && value.asText().isBlank() && !englishBlank) {
        empty.add(key);
      }
    });

    assertThat(empty).as(app + ": empty values in id.json").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void almostAllTextIsTranslated(String app) throws IOException {
    Map<String, JsonNode> en = flatten(shipped(app, "locales/en.json"));
    Map<String, JsonNode> id = flatten(ours(app, "locales/id.json"));
    int text = 0;
    Map<String, String> identical = new TreeMap<>();

    for (var entry : en.entrySet()) {
      String english = entry.getValue().asText();
      if (!entry.getValue().isTextual() || !TEXT.matcher(english).find() || KEPT_AS_IS.contains(english)) {
        continue;
      }
      text++;
      JsonNode indonesian = id.get(entry.getKey());
      if (indonesian != null && english.equals(indonesian.asText())) {
        identical.put(entry.getKey(), english);
      }
    }

    assertThat(text).as(app + ": translatable values").isGreaterThan(100);
    assertThat((double) identical.size() / text)
        .as(app + ": share of values left identical to English " + identical)
        .isLessThanOrEqualTo(MAX_IDENTICAL_SHARE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void ourConfigOffersIndonesianAndNamesTheProduct(String app) throws IOException {
    String path = APP_ROOT + app + "/scripts/config.js";
    URL first = loader().getResource(path);
    assertThat(first).as(path).isNotNull();
    assertThat(first.toString())
        .as("the project's config.js comes before the webjar's on the classpath, so it is the one served")
        .doesNotContain(WEBJAR);
    String config = read(first);

    Matcher locales = Pattern.compile("availableLocales\\s*:\\s*\\[([^]]*)]").matcher(config);
    assertThat(locales.find()).as(app + ": availableLocales").isTrue();
    List<String> available = quoted(locales.group(1));
    assertThat(available).as(app + ": availableLocales").contains("id", "en");
    assertThat(config).as(app + ": fallbackLocale").containsPattern("fallbackLocale\\s*:\\s*'id'");
    assertThat(config).as(app + ": vendor").containsPattern("vendor\\s*:\\s*'Kinerja'");

    for (String locale : available) {
      boolean exists = !Collections.list(loader().getResources(APP_ROOT + app + "/locales/" + locale + ".json")).isEmpty();
      assertThat(exists).as(app + ": a locale file for the available locale " + locale).isTrue();
    }
  }

  private static JsonNode shipped(String app, String file) throws IOException {
    String path = APP_ROOT + app + "/" + file;
    for (URL url : Collections.list(loader().getResources(path))) {
      if (url.toString().contains(WEBJAR)) {
        return JSON.readTree(read(url));
      }
    }
    throw new AssertionError(path + " not found in " + WEBJAR + " on the test classpath");
  }

  private static JsonNode ours(String app, String file) throws IOException {
    String path = APP_ROOT + app + "/" + file;
    for (URL url : Collections.list(loader().getResources(path))) {
      if (!url.toString().contains(WEBJAR)) {
        return JSON.readTree(read(url));
      }
    }
    throw new AssertionError(path + " not found in the project's resources");
  }

  private static ClassLoader loader() {
    return WebappTranslationTest.class.getClassLoader();
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // the shipped files start with a BOM
    }
  }

  /** Leaves by path: labels.CANCEL, dateLocales.months.4. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    String prefix = path.isEmpty() ? "" : path + ".";
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> flatten(prefix + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i, node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static Set<String> interpolations(String value) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = INTERPOLATION.matcher(value);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static List<String> others(String value) {
    List<String> found = new ArrayList<>();
    Matcher matcher = OTHER_PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s+", " "));
    }
    Collections.sort(found);
    return found;
  }

  private static List<String> quoted(String list) {
    List<String> values = new ArrayList<>();
    Matcher matcher = Pattern.compile("['\"]([^'\"]+)['\"]").matcher(list);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }
}
