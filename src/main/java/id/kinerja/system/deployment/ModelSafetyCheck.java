package id.kinerja.system.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.system.deployment.ModelAllowlist.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Decides whether one resource of a deployment may reach the engine. A deployed model is code
 * that the engine runs with all its rights, so a model may only do what the product offers:
 *
 * <ul>
 *   <li>BPMN: delegates and listeners of the Modeler templates, bound as
 *   {@code delegateExpression="${bean}"}; expressions that read ({@link ExpressionCheck}); no Java
 *   class, script, connector, field injection, shell or mail task;</li>
 *   <li>DMN: FEEL only (the engine's FEEL has no access to Java);</li>
 *   <li>Camunda Forms: no component that loads a page or a script into Tasklist;</li>
 *   <li>nothing else: no CMMN, no script files, no other resource.</li>
 * </ul>
 */
final class ModelSafetyCheck {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String ACTIVITI = "http://activiti.org/bpmn";
  private static final Set<String> DIAGRAM = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
      "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI");
  /** Camunda extension elements that hold nothing but data, listeners and expressions. */
  private static final Set<String> CAMUNDA_ELEMENTS = Set.of("properties", "property", "executionListener",
      "taskListener", "inputOutput", "inputParameter", "outputParameter", "list", "map", "entry", "value", "in",
      "out", "failedJobRetryTimeCycle", "errorEventDefinition", "formData", "formField", "validation",
      "constraint", "potentialStarter");
  /** BPMN elements whose text the engine never evaluates. */
  private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text");
  static final List<String> RESOURCE_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");
  /** The names the DMN engine knows FEEL by (DefaultDmnEngineConfiguration). */
  private static final Set<String> FEEL = Set.of("feel", "http://www.omg.org/spec/feel/20140401",
      "http://www.omg.org/spec/dmn/20180521/feel/", "https://www.omg.org/spec/dmn/20191111/feel/",
      "https://www.omg.org/spec/dmn/20211108/feel/", "https://www.omg.org/spec/dmn/20230324/feel/");
  /** form-js components that load a foreign page or run a script in the user's Tasklist. */
  private static final Set<String> FORM_COMPONENTS_REFUSED = Set.of("iframe", "script");
  private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

  private final ModelAllowlist allowlist;
  private final ExpressionCheck expressions;
  private final ObjectMapper json = new ObjectMapper();

  ModelSafetyCheck(ModelAllowlist allowlist, Predicate<String> isBean) {
    this.allowlist = allowlist;
    this.expressions = new ExpressionCheck(allowlist, isBean);
  }

  /** Every reason to refuse this resource; empty when it may be deployed. */
  List<Refusal> check(String resource, byte[] content) {
    List<Refusal> refusals = new ArrayList<>();
    String name = resource.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
      xml(resource, content, refusals, root -> bpmn(resource, root, refusals));
    } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
      xml(resource, content, refusals, root -> dmn(resource, root, refusals));
    } else if (name.endsWith(".form")) {
      form(resource, content, refusals);
    } else if (name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml") || name.endsWith(".cmmn11.xml")) {
      refusals.add(new Refusal(resource, null, -1, -1, "CMMN tidak dipakai Kinerja; hanya BPMN, DMN dan Camunda Form"));
    } else {
      refusals.add(new Refusal(resource, null, -1, -1, "jenis berkas ini tidak dipakai Kinerja; yang boleh di-deploy "
          + "hanya " + String.join(", ", RESOURCE_SUFFIXES) + " (skrip dan berkas lain tidak)"));
    }
    return refusals;
  }

  private interface TreeCheck {
    void accept(XmlTree.Element root);
  }

  private static void xml(String resource, byte[] content, List<Refusal> refusals, TreeCheck check) {
    XmlTree.Element root;
    try {
      root = XmlTree.parse(content);
    } catch (SAXParseException e) {
      refusals.add(new Refusal(resource, null, e.getLineNumber(), e.getColumnNumber(),
          "berkas tidak dapat dibaca sebagai XML (" + e.getMessage() + ")"));
      return;
    } catch (SAXException | IOException e) {
      refusals.add(new Refusal(resource, null, -1, -1, "berkas tidak dapat dibaca sebagai XML (" + e.getMessage() + ")"));
      return;
    }
    check.accept(root);
  }

  // --- BPMN ----------------------------------------------------------------------------------

  private void bpmn(String resource, XmlTree.Element element, List<Refusal> refusals) {
    String ns = element.namespace;
    if (DIAGRAM.contains(ns)) {
      return;
    }
    if (ACTIVITI.equals(ns)) {
      refusals.add(at(resource, element, "elemen activiti:" + element.name + " (namespace lama) tidak didukung"));
      return;
    }
    if (BPMN.equals(ns) && ("scriptTask".equals(element.name) || "script".equals(element.name))) {
      refusals.add(at(resource, element, "skrip (bpmn:" + element.name + ") tidak diizinkan: model tidak boleh "
          + "menjalankan kode; pakai service task dengan delegate dari element template"));
      return;
    }
    if (CAMUNDA.equals(ns)) {
      String refused = switch (element.name) {
        case "script" -> "skrip (camunda:script) tidak diizinkan: model tidak boleh menjalankan kode";
        case "connector", "connectorId" -> "connector (camunda:connector) tidak diizinkan: pakai delegate dari "
            + "element template";
        case "field", "string", "expression" -> "field injection (camunda:field) tidak diizinkan: delegate Kinerja "
            + "membaca variabel proses, tidak diisi dari model";
        default -> CAMUNDA_ELEMENTS.contains(element.name) ? null
            : "elemen camunda:" + element.name + " tidak didukung oleh Kinerja";
      };
      if (refused != null) {
        refusals.add(at(resource, element, refused));
        return;
      }
    }
    if (!BPMN.equals(ns) && !CAMUNDA.equals(ns)) {
      return; // the engine reads nothing of other namespaces
    }
    for (XmlTree.Attribute attribute : element.attributes) {
      String why = attribute(element, attribute);
      if (why != null) {
        refusals.add(at(resource, element, why));
      }
    }
    if (!(BPMN.equals(ns) && NOT_EVALUATED.contains(element.name))) {
      String text = element.text().strip();
      if (ExpressionCheck.isExpression(text)) {
        String why = expressions.refusal(text);
        if (why != null) {
          refusals.add(at(resource, element, why));
        }
      }
    }
    for (XmlTree.Element child : element.children) {
      bpmn(resource, child, refusals);
    }
  }

  private String attribute(XmlTree.Element element, XmlTree.Attribute attribute) {
    String ns = attribute.namespace();
    String name = attribute.name();
    String value = attribute.value();
    if (ACTIVITI.equals(ns)) {
      return "atribut activiti:" + name + " (namespace lama) tidak didukung";
    }
    boolean camunda = CAMUNDA.equals(ns) || (ns.isEmpty() && CAMUNDA.equals(element.namespace));
    if (camunda && (name.equals("class") || name.endsWith("Class"))) {
      return "kelas Java (" + name + "=\"" + value + "\") tidak diizinkan: pakai delegate dari element template "
          + "(camunda:delegateExpression=\"${namaBean}\")";
    }
    if (camunda && name.equals("variableMappingDelegateExpression")) {
      return "pemetaan variabel lewat delegate (" + name + ") tidak disediakan Kinerja; pakai camunda:in/camunda:out";
    }
    if (camunda && name.equals("delegateExpression")) {
      return delegate(element, value);
    }
    if (camunda && (name.equals("resource") || name.equals("scriptFormat"))) {
      return "skrip (" + name + "=\"" + value + "\") tidak diizinkan: model tidak boleh menjalankan kode";
    }
    if (CAMUNDA.equals(ns) && name.equals("type") && !"external".equals(value)) {
      return "camunda:type=\"" + value + "\" tidak diizinkan (task shell/mail menjalankan perintah di server); "
          + "pakai delegate dari element template";
    }
    if (ns.isEmpty() && BPMN.equals(element.namespace) && name.equals("language") && !value.isBlank()) {
      return "language=\"" + value + "\" menjadikan isinya skrip, dan skrip tidak diizinkan: tulis kondisi sebagai "
          + "ekspresi ${...} tanpa atribut language";
    }
    return ExpressionCheck.isExpression(value) ? expressions.refusal(value) : null;
  }

  private String delegate(XmlTree.Element element, String value) {
    Kind kind = !CAMUNDA.equals(element.namespace) ? Kind.DELEGATE
        : "executionListener".equals(element.name) ? Kind.EXECUTION_LISTENER
        : "taskListener".equals(element.name) ? Kind.TASK_LISTENER
        : Kind.DELEGATE;
    Matcher bean = BEAN.matcher(value);
    if (!bean.matches()) {
      return "delegateExpression harus tepat ${namaBean} dari element template Kinerja, bukan \"" + value + "\"";
    }
    if (!allowlist.beans(kind).contains(bean.group(1))) {
      return "'" + bean.group(1) + "' bukan " + kind.label + " yang disediakan Kinerja (element template di "
          + "src/main/modeler; yang boleh: " + String.join(", ", allowlist.beans(kind)) + ")";
    }
    return null;
  }

  private static Refusal at(String resource, XmlTree.Element element, String reason) {
    return new Refusal(resource, element.nearestId(), element.line, element.column, reason);
  }

  // --- DMN -----------------------------------------------------------------------------------

  private void dmn(String resource, XmlTree.Element element, List<Refusal> refusals) {
    String language = element.attribute("expressionLanguage");
    if (language != null && !FEEL.contains(language.strip().toLowerCase(Locale.ROOT))) {
      refusals.add(at(resource, element, "expressionLanguage=\"" + language + "\" tidak diizinkan: tabel keputusan "
          + "Kinerja ditulis dalam FEEL saja (hapus atribut itu atau isi \"feel\")"));
    }
    for (XmlTree.Element child : element.children) {
      dmn(resource, child, refusals);
    }
  }

  // --- Camunda Forms -------------------------------------------------------------------------

  private void form(String resource, byte[] content, List<Refusal> refusals) {
    JsonNode form;
    try {
      form = json.readTree(content);
    } catch (IOException e) {
      refusals.add(new Refusal(resource, null, -1, -1, "formulir bukan JSON yang sah (" + e.getMessage() + ")"));
      return;
    }
    if (form == null || !form.isObject()) {
      refusals.add(new Refusal(resource, null, -1, -1, "formulir harus berupa objek JSON Camunda Form"));
      return;
    }
    components(resource, form, refusals);
  }

  private static void components(String resource, JsonNode node, List<Refusal> refusals) {
    for (JsonNode component : node.path("components")) {
      String type = component.path("type").asText();
      if (FORM_COMPONENTS_REFUSED.contains(type)) {
        String id = component.hasNonNull("id") ? component.get("id").asText() : component.path("key").asText(null);
        refusals.add(new Refusal(resource, id, -1, -1, "komponen formulir jenis '" + type + "' tidak diizinkan: "
            + "formulir tidak boleh memuat halaman atau skrip lain ke Tasklist"));
      }
      components(resource, component, refusals);
    }
  }
}
