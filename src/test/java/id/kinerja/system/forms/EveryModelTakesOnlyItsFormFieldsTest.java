package id.kinerja.system.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Derived from the models themselves: for every user task and start event of every model in
 * {@code processes/}, a submission may hold only the fields of its own Camunda Form. Every variable
 * name any model or form knows (the process's own ones, like {@code nip}, {@code tahun},
 * {@code predikat}, {@code pejabatPenilai}, and every other form's fields) and an unknown name are
 * each refused with a message naming them, unless that form declares them; a form's own fields are
 * accepted. A task or field a process owner adds later is covered the same way.
 */
class EveryModelTakesOnlyItsFormFieldsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Variable names in the models' expressions: ${nip}, ${pejabatPenilai}, collection="${…}". */
  private static final Pattern NAMES = Pattern.compile("\\$\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)");

  @Test
  void everyUserTaskAndStartEvent_refusesEveryVariableItsFormDoesNotDeclare() throws IOException {
    Map<String, FormShape> forms = forms();
    TreeSet<String> names = new TreeSet<>(List.of("nip", "tahun", "predikat", "hasilKerja", "perilakuKerja",
        "pejabatPenilai", "atasanPejabatPenilai", "pemohon", "kunciYangTidakAda"));
    forms.values().forEach(form -> names.addAll(form.fields().keySet()));
    List<String> unguarded = new ArrayList<>();
    int checked = 0;
    for (Path file : models()) {
      String source = Files.readString(file);
      Matcher expression = NAMES.matcher(source);
      while (expression.find()) {
        names.add(expression.group(1));
      }
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      List<FlowElement> entries = new ArrayList<>(model.getModelElementsByType(UserTask.class));
      entries.addAll(model.getModelElementsByType(StartEvent.class));
      for (FlowElement entry : entries) {
        String formRef = entry instanceof UserTask task ? task.getCamundaFormRef()
            : ((StartEvent) entry).getCamundaFormRef();
        FormShape shape = formRef == null ? FormShape.none() : forms.get(formRef);
        assertThat(shape).as(file.getFileName() + " " + entry.getId() + " uses a form of forms/: " + formRef).isNotNull();
        for (String name : names) {
          List<String> refused = shape.violations(Map.of(name, nullValue()), key -> null);
          boolean declared = shape.fields().containsKey(name) && !shape.fields().get(name).disabled();
          if (declared != refused.isEmpty()) {
            unguarded.add(file.getFileName() + " " + entry.getId() + " '" + name + "': " + refused);
          } else if (!declared) {
            assertThat(refused.get(0)).contains("'" + name + "'");
          }
          checked++;
        }
      }
    }
    assertThat(unguarded).isEmpty();
    assertThat(checked).as("task/start × variable pairs checked").isGreaterThan(1000);
  }

  @Test
  void aFieldsValue_mustBeOfTheKindItsTypeImplies() throws IOException {
    FormShape draft = forms().get("form-draft-skp");
    FormShape result = forms().get("form-hasil-penilaian");

    assertThat(result.violations(Map.of("ajukanKeberatan", typed("ya", "String")), k -> null))
        .singleElement().asString().contains("tidak diterima");
    assertThat(result.violations(Map.of("ajukanKeberatan", typed(true, "Boolean")), k -> null)).isEmpty();
    assertThat(draft.violations(Map.of("rhk", typed("[{\"jenis\":\"UTAMA\",\"nip\":\"1\"}]", "Json")), k -> null))
        .singleElement().asString().contains("'nip' bukan isian");
    assertThat(draft.violations(Map.of("rhk", typed("[{\"jenis\":\"UTAMA\",\"uraian\":\"Menyusun laporan\","
        + "\"indikator\":[{\"uraian\":\"Laporan\",\"aspek\":\"KUANTITAS\",\"target\":\"1 dokumen\"}]}]", "Json")),
        k -> null)).isEmpty();
    assertThat(draft.violations(Map.of("rhk", typed("{\"a\":1}", "Object")), k -> null)).isNotEmpty();
  }

  @Test
  void aReadOnlyField_keepsTheValueTheProcessGaveIt() throws IOException {
    FormShape report = forms().get("form-laporan-realisasi");
    List<Map<String, Object>> stored = List.of(new HashMap<>(Map.of("indikatorId", 117, "rhk", "RHK 1",
        "indikator", "Laporan", "target", "1 dokumen")));

    String honest = "[{\"indikatorId\":117,\"rhk\":\"RHK 1\",\"indikator\":\"Laporan\",\"target\":\"1 dokumen\","
        + "\"capaian\":\"1 dokumen\"}]";
    String otherIndicator = honest.replace("117", "118");
    String extraRow = "[" + honest.substring(1, honest.length() - 1) + "," + honest.substring(1);

    assertThat(report.violations(Map.of("realisasi", typed(honest, "Json")), k -> stored)).isEmpty();
    assertThat(report.violations(Map.of("realisasi", typed(otherIndicator, "Json")), k -> stored))
        .singleElement().asString().contains("tidak dapat diubah");
    assertThat(report.violations(Map.of("realisasi", typed(extraRow, "Json")), k -> stored))
        .singleElement().asString().contains("jumlah baris");
  }

  private static JsonNode nullValue() {
    return JsonNodeFactory.instance.objectNode().putNull("value");
  }

  private static JsonNode typed(Object value, String type) {
    ObjectNode node = JSON.createObjectNode();
    node.set("value", JSON.valueToTree(value));
    node.put("type", type);
    return node;
  }

  private static Map<String, FormShape> forms() throws IOException {
    Map<String, FormShape> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.path("id").asText(), FormShape.of(form));
      }
    }
    return forms;
  }

  private static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
