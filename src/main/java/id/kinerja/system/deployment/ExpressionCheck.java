package id.kinerja.system.deployment;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Whether one JUEL expression of a model only reads: variables, literals, operators, the engine's
 * harmless functions, a few read-only members of {@code execution} and {@code task}, and the
 * product's look-ups ({@link ModelAllowlist#LOOKUPS}). Everything else is refused, with the reason
 * in words for the process owner.
 *
 * <p>The expression is parsed by the engine's own JUEL parser, so the check sees exactly the tree
 * the engine would evaluate, and it is an allowlist: a member it does not know is refused.
 */
final class ExpressionCheck {

  /** The parser the engine's expression factory uses (its default profile). */
  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  /** The engine's functions (and Spin's reading ones): time, the current user, JSON. */
  static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups", "S", "JSON");

  /** Engine objects the engine puts into expressions that models may not touch at all. */
  static final Set<String> REFUSED_ROOTS = Set.of("caseExecution", "externalTask", "processEngine",
      "processEngineServices", "applicationContext");

  private static final Set<String> VARIABLE_READS = Set.of("getVariable", "getVariableLocal", "getVariableTyped",
      "getVariableLocalTyped", "getVariables", "getVariablesLocal", "getVariablesTyped", "getVariablesLocalTyped",
      "getVariableNames", "getVariableNamesLocal", "hasVariable", "hasVariableLocal", "hasVariables",
      "hasVariablesLocal");
  static final Set<String> EXECUTION_PROPERTIES = Set.of("id", "processInstanceId", "processBusinessKey",
      "businessKey", "processDefinitionId", "currentActivityId", "currentActivityName", "activityInstanceId",
      "parentActivityInstanceId", "parentId", "currentTransitionId", "eventName", "tenantId", "variables",
      "variablesLocal", "variableNames", "variableNamesLocal");
  static final Set<String> TASK_PROPERTIES = Set.of("id", "name", "description", "assignee", "owner", "priority",
      "dueDate", "followUpDate", "createTime", "lastUpdated", "taskDefinitionKey", "processInstanceId",
      "processDefinitionId", "executionId", "eventName", "tenantId", "deleteReason", "variables", "variablesLocal",
      "variableNames", "variableNamesLocal");

  /**
   * Methods that may be called on values (variables and what functions and look-ups return):
   * reading text, numbers, lists, maps and JSON, and date arithmetic, as in
   * {@code ${dateTime().plusDays(3).toDate()}}.
   */
  static final Set<String> VALUE_METHODS = Set.of(
      // dates (Joda DateTime from dateTime(), java.util.Date from now())
      "plusYears", "plusMonths", "plusWeeks", "plusDays", "plusHours", "plusMinutes", "plusSeconds", "plusMillis",
      "minusYears", "minusMonths", "minusWeeks", "minusDays", "minusHours", "minusMinutes", "minusSeconds",
      "minusMillis", "withDate", "withTime", "withTimeAtStartOfDay", "withDayOfMonth", "withMonthOfYear",
      "withYear", "withDayOfWeek", "withHourOfDay", "withMinuteOfHour", "withSecondOfMinute", "withMillisOfSecond",
      "toDate", "toLocalDate", "getYear", "getMonthOfYear", "getDayOfMonth", "getDayOfWeek", "getHourOfDay",
      "getMillis", "getTime", "isBefore", "isAfter", "isEqual", "isBeforeNow", "isAfterNow",
      // text, numbers, collections
      "toString", "equals", "compareTo", "length", "size", "isEmpty", "isBlank", "contains", "containsKey",
      "containsValue", "startsWith", "endsWith", "indexOf", "toUpperCase", "toLowerCase", "trim", "strip",
      "substring", "concat", "replace", "equalsIgnoreCase", "intValue", "longValue", "doubleValue",
      // JSON (Spin) values, read only
      "prop", "hasProp", "elements", "fieldNames", "stringValue", "numberValue", "boolValue", "isString",
      "isNumber", "isBoolean", "isArray", "isObject", "isNull", "isValue", "value");

  private static final Set<String> REFLECTION = Set.of("class", "getClass", "forName", "classLoader",
      "getClassLoader", "contextClassLoader", "getContextClassLoader", "newInstance", "getMethod", "getMethods",
      "getDeclaredMethod", "getDeclaredMethods", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
      "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors", "invoke",
      "loadClass", "declaringClass", "getDeclaringClass", "module", "getModule", "protectionDomain",
      "getProtectionDomain", "mapTo", "getRuntime", "exec", "getBean");
  private static final Pattern ENGINE_MEMBER =
      Pattern.compile("(?i)(get)?(processEngine\\w*|\\w*Service|\\w*Services|applicationContext|beanFactory)");

  private final ModelAllowlist allowlist;
  private final Predicate<String> isBean;

  /**
   * @param isBean whether a name is a Spring bean of the application: such a name outside the
   *     allowlist is refused by name ("bukan bean yang boleh") rather than read as a variable
   */
  ExpressionCheck(ModelAllowlist allowlist, Predicate<String> isBean) {
    this.allowlist = allowlist;
    this.isBean = isBean;
  }

  /** Whether the text holds an expression at all (the engine evaluates nothing else). */
  static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** Null when the text may be deployed; otherwise why not, in words for the process owner. */
  String refusal(String text) {
    Node root;
    try {
      root = PARSER.build(text).getRoot();
    } catch (TreeBuilderException e) {
      return "ekspresi " + quote(text) + " tidak dapat dibaca (" + e.getMessage() + ")";
    }
    String why = check(root, false);
    return why == null ? null : "ekspresi " + quote(text) + ": " + why;
  }

  private String check(Node node, boolean engineObjectAllowed) {
    if (node instanceof AstMethod || node instanceof AstProperty) {
      return chain(node);
    }
    if (node instanceof AstIdentifier identifier) {
      return bare(identifier.getName(), engineObjectAllowed);
    }
    if (node instanceof AstFunction function) {
      if (!FUNCTIONS.contains(function.getName())) {
        return "fungsi '" + function.getName() + "' tidak tersedia untuk model (yang ada: "
            + String.join(", ", new TreeSet<>(FUNCTIONS)) + ")";
      }
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      String why = check(node.getChild(i), false);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private String bare(String name, boolean engineObjectAllowed) {
    if ("execution".equals(name) || "task".equals(name)) {
      return engineObjectAllowed ? null : "'" + name + "' hanya boleh dibaca lewat propertinya (mis. "
          + name + ".processInstanceId) atau diberikan ke pencarian seperti konfigurasi.nilai(" + name + ", ...)";
    }
    if (REFUSED_ROOTS.contains(name)) {
      return "'" + name + "' adalah objek engine; model tidak boleh menjangkau engine";
    }
    if (allowlist.isLookup(name)) {
      return "bean '" + name + "' hanya boleh dipanggil dengan metodenya: " + methods(name);
    }
    if (allowlist.isDelegateOrListener(name)) {
      return "bean '" + name + "' adalah delegate/listener: pasang sebagai delegateExpression=\"${" + name
          + "}\" (element template), bukan di dalam ekspresi";
    }
    if (isBean.test(name) || ENGINE_MEMBER.matcher(name).matches()) {
      return "'" + name + "' bukan bean yang boleh dipakai model (yang boleh dipanggil ekspresi hanya pencarian "
          + "baca-saja: " + String.join(", ", new TreeSet<>(ModelAllowlist.LOOKUPS.keySet())) + ")";
    }
    return null; // a process variable
  }

  /** {@code a.b.c(x)[y]}: the root, then each property or method from the root outwards. */
  private String chain(Node node) {
    Deque<Access> accesses = new ArrayDeque<>();
    Node current = node;
    while (current instanceof AstMethod || current instanceof AstProperty) {
      if (current instanceof AstMethod method) {
        AstProperty property = (AstProperty) method.getChild(0);
        accesses.addFirst(Access.of(property, method.getChild(1)));
        current = property.getChild(0);
      } else {
        accesses.addFirst(Access.of((AstProperty) current, null));
        current = current.getChild(0);
      }
    }
    while (current instanceof AstNested) {
      current = current.getChild(0);
    }
    List<Access> steps = List.copyOf(accesses);
    int valuesFrom = 0;
    boolean lookupCall = false;
    if (current instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      if ("execution".equals(name) || "task".equals(name)) {
        String why = engineMember(name, steps.get(0));
        if (why != null) {
          return why;
        }
        valuesFrom = 1;
      } else if (allowlist.isLookup(name)) {
        Access first = steps.get(0);
        if (!first.call() || first.name() == null || !allowlist.lookupMethods(name).contains(first.name())) {
          return "'" + name + "." + (first.name() == null ? "[...]" : first.name()) + "' tidak boleh dipakai: dari '"
              + name + "' hanya boleh dipanggil " + methods(name);
        }
        valuesFrom = 1;
        lookupCall = true;
      } else {
        String why = bare(name, false);
        if (why != null) {
          return why;
        }
      }
    } else {
      String why = check(current, false);
      if (why != null) {
        return why;
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      Access step = steps.get(i);
      if (i >= valuesFrom) {
        String why = valueMember(step);
        if (why != null) {
          return why;
        }
      }
      String why = arguments(step, lookupCall && i == 0);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private String arguments(Access step, boolean engineObjectAllowed) {
    if (step.key() != null) {
      String why = check(step.key(), false);
      if (why != null) {
        return why;
      }
    }
    if (step.parameters() != null) {
      for (int i = 0; i < step.parameters().getCardinality(); i++) {
        String why = check(step.parameters().getChild(i), engineObjectAllowed);
        if (why != null) {
          return why;
        }
      }
    }
    return null;
  }

  private static String engineMember(String root, Access first) {
    String member = first.name();
    if (member == null) {
      return "'" + root + "[...]' tidak boleh dipakai: nama properti harus tertulis langsung";
    }
    Set<String> properties = "execution".equals(root) ? EXECUTION_PROPERTIES : TASK_PROPERTIES;
    boolean allowed = first.call()
        ? VARIABLE_READS.contains(member) || properties.contains(propertyOfGetter(member))
        : properties.contains(member);
    if (allowed) {
      return null;
    }
    if (REFLECTION.contains(member)) {
      return reflection(member);
    }
    if (ENGINE_MEMBER.matcher(member).matches() || member.toLowerCase().contains("engine")) {
      return "'" + root + "." + member + "' membuka layanan engine; model tidak boleh menjangkau engine";
    }
    if (member.startsWith("set") || member.startsWith("remove")) {
      return "'" + root + "." + member + "' mengubah data; ekspresi hanya boleh membaca (untuk mengisi variabel "
          + "pakai output parameter, untuk pekerjaan lain pakai delegate dari element template)";
    }
    return "'" + root + "." + member + "' tidak boleh dipakai: dari " + root
        + " hanya boleh dibaca variabel (getVariable, hasVariable, ...) dan propertinya " + new TreeSet<>(properties);
  }

  private static String valueMember(Access step) {
    String member = step.name();
    if (member == null) {
      return step.call() ? "nama metode harus tertulis langsung, bukan dihitung" : null;
    }
    if (REFLECTION.contains(member)) {
      return reflection(member);
    }
    if (step.call() && !VALUE_METHODS.contains(member)) {
      return ENGINE_MEMBER.matcher(member).matches()
          ? "'" + member + "' membuka layanan engine; model tidak boleh menjangkau engine"
          : "metode '" + member + "' tidak termasuk yang boleh dipanggil pada sebuah nilai (hanya membaca teks, "
              + "angka, daftar, JSON dan menghitung tanggal)";
    }
    if (!step.call() && ENGINE_MEMBER.matcher(member).matches()) {
      return "'" + member + "' membuka layanan engine; model tidak boleh menjangkau engine";
    }
    return null;
  }

  private static String reflection(String member) {
    return "refleksi Java ('" + member + "') tidak diizinkan";
  }

  private static String propertyOfGetter(String method) {
    String rest = method.startsWith("get") ? method.substring(3) : method.startsWith("is") ? method.substring(2) : "";
    return rest.isEmpty() ? "" : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  private String methods(String lookup) {
    return String.join(", ", new TreeSet<>(allowlist.lookupMethods(lookup)));
  }

  static String quote(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return "\"" + (oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine) + "\"";
  }

  /** One step of a chain: a property ({@code .name}, {@code ['name']} or {@code [key]}) or a method call. */
  private record Access(String name, boolean call, Node key, Node parameters) {

    static Access of(AstProperty property, Node parameters) {
      String name = null;
      Node key = null;
      if (property instanceof AstDot) {
        name = property.toString().substring(2); // AstDot prints itself as ". name"
      } else if (property instanceof AstBracket) {
        Node inside = property.getChild(1);
        if (inside instanceof AstString literal) {
          name = String.valueOf(literal.eval(null, null));
        } else {
          key = inside;
        }
      }
      return new Access(name, parameters != null, key, parameters);
    }
  }
}
