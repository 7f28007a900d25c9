package id.kinerja.system.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a deployed model may call: the delegates and listeners the product offers in Camunda
 * Modeler (its element templates, {@code src/main/modeler/element-templates}, and the task
 * listeners of {@code src/main/modeler/task-listeners.json}, which Camunda 7 templates cannot bind),
 * and the read-only lookups its expressions may ask ({@link #LOOKUPS}).
 */
final class ModelAllowlist {

  /** Where a bean may be named in {@code delegateExpression="${bean}"}. */
  enum Kind {
    /** Service tasks and the other "service task like" elements ({@code camunda:delegateExpression}). */
    DELEGATE("delegate"),
    EXECUTION_LISTENER("execution listener"),
    TASK_LISTENER("task listener");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * The product's beans that expressions may call, and their methods: look-ups that only read
   * (the organisation, a process's own settings, the 360 raters chosen on a form). Methods that
   * write or grant anything are never listed here; such work belongs in a delegate with a template.
   */
  static final Map<String, Set<String>> LOOKUPS = Map.of(
      "organisasi", Set.of("appraiserOf", "atasanPenilaiOf", "supervisorOf", "pejabatOf", "nameOf", "displayNameOf",
          "unitHeadOf", "unitOf", "unitNameOf", "subordinatesOf", "peersOf", "isUnitHead", "isEmployee",
          "isActiveEmployee"),
      "konfigurasi", Set.of("nilai"),
      "peerRaters", Set.of("chosen"));

  static final String CLASSPATH_ROOT = "kinerja-modeler";
  private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

  private final Map<Kind, Set<String>> beans;

  ModelAllowlist(Map<Kind, Set<String>> beans) {
    this.beans = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      this.beans.put(kind, Collections.unmodifiableSet(new TreeSet<>(beans.getOrDefault(kind, Set.of()))));
    }
  }

  /** The templates and task listeners the application carries ({@code kinerja-modeler/} in the jar). */
  static ModelAllowlist fromClasspath() {
    var resolver = new PathMatchingResourcePatternResolver();
    ObjectMapper json = new ObjectMapper();
    try {
      List<JsonNode> templates = new ArrayList<>();
      for (Resource file : resolver.getResources("classpath*:" + CLASSPATH_ROOT + "/element-templates/*.json")) {
        try (InputStream in = file.getInputStream()) {
          json.readTree(in).forEach(templates::add);
        }
      }
      JsonNode taskListeners;
      try (InputStream in = resolver.getResource("classpath:" + CLASSPATH_ROOT + "/task-listeners.json").getInputStream()) {
        taskListeners = json.readTree(in);
      }
      if (templates.isEmpty()) {
        throw new IllegalStateException("No element templates under " + CLASSPATH_ROOT + "/element-templates: "
            + "without them no delegate could be deployed");
      }
      return of(templates, taskListeners);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Modeler templates the deployment check allows", e);
    }
  }

  static ModelAllowlist of(Iterable<JsonNode> templates, JsonNode taskListeners) {
    Map<Kind, Set<String>> beans = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      beans.put(kind, new TreeSet<>());
    }
    for (JsonNode template : templates) {
      for (JsonNode property : template.path("properties")) {
        JsonNode binding = property.path("binding");
        String type = binding.path("type").asText();
        if ("property".equals(type) && "camunda:delegateExpression".equals(binding.path("name").asText())) {
          beans.get(Kind.DELEGATE).add(beanOf(property.path("value").asText(), template));
        } else if ("camunda:executionListener".equals(type)
            && "delegateExpression".equals(binding.path("implementationType").asText())) {
          beans.get(Kind.EXECUTION_LISTENER).add(beanOf(property.path("value").asText(), template));
        }
      }
    }
    for (JsonNode listener : taskListeners) {
      beans.get(Kind.TASK_LISTENER).add(beanOf(listener.path("value").asText(), listener));
    }
    return new ModelAllowlist(beans);
  }

  private static String beanOf(String expression, JsonNode where) {
    Matcher m = BEAN.matcher(expression);
    if (!m.matches()) {
      throw new IllegalStateException("'" + expression + "' in " + where.path("name").asText()
          + " is not a plain ${bean} expression");
    }
    return m.group(1);
  }

  Set<String> beans(Kind kind) {
    return beans.get(kind);
  }

  boolean isLookup(String bean) {
    return LOOKUPS.containsKey(bean);
  }

  Set<String> lookupMethods(String bean) {
    return LOOKUPS.getOrDefault(bean, Set.of());
  }

  /** A delegate or listener of any kind. */
  boolean isDelegateOrListener(String bean) {
    return beans.values().stream().anyMatch(names -> names.contains(bean));
  }

  /** Every bean an expression may resolve at run time: delegates, listeners and look-ups. */
  Set<String> allBeans() {
    Set<String> all = new TreeSet<>(LOOKUPS.keySet());
    beans.values().forEach(all::addAll);
    return all;
  }
}
