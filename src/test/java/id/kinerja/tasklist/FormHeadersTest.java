package id.kinerja.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Camunda Form of forms/ opens with a header (a text component, {@code Text_Kepala}) that says
 * whose task it is and by when, in words: for a task about an employee their name, NIP, position,
 * unit and the year (and the period, for the period's tasks) and the task's deadline. The
 * documented exceptions are the forms that are not about one employee ({@link #NOT_ABOUT_AN_EMPLOYEE})
 * and the start forms, which open before there is a task or a deadline. No form shows a code
 * (SANGAT_BAIK, DI_ATAS, UTAMA, KUANTITAS) or a database id.
 */
class FormHeadersTest {

  static final Path FORMS = Path.of("forms");
  static final Path PROCESSES = Path.of("processes");
  static final String HEADER_ID = "Text_Kepala";

  /** What the header of a task about one employee of an appraisal names. */
  static final List<String> EMPLOYEE_HEADER = List.of("{{namaPegawai}}", "{{nip}}", "{{jabatanPegawai}}",
      "{{unitPegawai}}", "{{tahun}}", "{{tenggatTugas}}");

  /** Forms of tasks not about one appraised employee, and what their header names instead. */
  static final Map<String, List<String>> NOT_ABOUT_AN_EMPLOYEE = Map.of(
      // a unit's calibration: the unit and its year
      "form-kalibrasi-kurva-unit", List.of("{{namaUnit}}", "{{tahun}}", "{{tenggatTugas}}"),
      "form-terima-justifikasi-kurva", List.of("{{namaUnit}}", "{{namaKepalaUnit}}", "{{tahun}}", "{{tenggatTugas}}"),
      // a citizen's report: its tracking code and the unit (never a person's name)
      "form-triase-pengaduan", List.of("{{jenisLaporanLabel}}", "{{kodeLacak}}", "{{namaUnit}}", "{{tenggatTugas}}"),
      "form-tangani-pengaduan", List.of("{{kodeLacak}}", "{{namaUnit}}", "{{tenggatTugas}}"),
      "form-tutup-pengaduan", List.of("{{jenisLaporanLabel}}", "{{kodeLacak}}", "{{namaUnit}}", "{{tenggatTugas}}"),
      // a feedback request between two people: the other one and the topic
      "form-beri-umpan-balik", List.of("{{namaPemohon}}", "{{topik}}", "{{tenggatTugas}}"),
      "form-baca-umpan-balik", List.of("{{namaPenerima}}", "{{topik}}", "{{tenggatTugas}}"),
      // a 360 rating: the employee rated, by the rater, who stays anonymous
      "form-beri-umpan-balik-360", List.of("{{namaDinilai}}", "{{nipDinilai}}", "{{jabatanDinilai}}",
          "{{unitDinilai}}", "{{tahun}}", "{{tenggatTugas}}"));

  /** Variables that hold codes: a form shows them through their label ({@code {{predikatLabel}}}). */
  static final Set<String> CODES = Set.of("predikat", "hasilKerja", "perilakuKerja", "penilaianDiriHasilKerja",
      "penilaianDiriPerilakuKerja", "hasilKerjaPeriodik", "perilakuKerjaPeriodik", "jenisLaporan",
      "keputusanReviewSkp", "keputusanKeberatan", "statusKurva", "capaianOrganisasi", "jenisTindakLanjut");
  /** Lists whose rows hold codes: a form loops over their label ({@code {{#loop rhkLabel}}}). */
  static final Set<String> LISTS_WITH_CODES = Set.of("rhk", "rencanaPengembangan", "ekspektasiKhusus");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(#loop\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*}}");
  private static final Pattern CODE_VALUE = Pattern.compile("^[A-Z][A-Z0-9_]+$");

  static final ObjectMapper JSON = new ObjectMapper();
  static Map<String, JsonNode> forms;
  static List<BpmnModelInstance> models;

  @BeforeAll
  static void read() throws IOException {
    forms = new TreeMap<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.path("id").asText(), form);
      }
    }
    try (Stream<Path> files = Files.list(PROCESSES)) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted()
          .map(f -> Bpmn.readModelFromFile(f.toFile())).toList();
    }
  }

  @Test
  void everyTaskForm_opensWithAHeader_namingWhoseTaskItIs_theYear_andTheDeadline() {
    Set<String> startForms = startForms();
    assertThat(startForms).as("the start forms, which have no task").containsExactlyInAnyOrder(
        "form-buka-siklus", "form-ajukan-umpan-balik");
    List<String> problems = new ArrayList<>();
    forms.forEach((id, form) -> {
      if (startForms.contains(id)) {
        return;
      }
      JsonNode first = form.path("components").path(0);
      if (!HEADER_ID.equals(first.path("id").asText()) || !"text".equals(first.path("type").asText())) {
        problems.add(id + ": the first component is not the header text " + HEADER_ID);
        return;
      }
      String header = first.path("text").asText();
      for (String named : NOT_ABOUT_AN_EMPLOYEE.getOrDefault(id, EMPLOYEE_HEADER)) {
        if (!header.contains(named)) {
          problems.add(id + ": the header does not name " + named);
        }
      }
    });
    assertThat(problems).isEmpty();
    assertThat(forms.keySet()).containsAll(NOT_ABOUT_AN_EMPLOYEE.keySet());
  }

  @Test
  void theFormsOfAPeriod_nameThePeriod() {
    Set<String> periodForms = new TreeSet<>();
    for (BpmnModelInstance model : models) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub
            && "SubProcess_Periode".equals(sub.getId())) {
          periodForms.add(task.getCamundaFormRef());
        }
      }
    }
    assertThat(periodForms).containsExactlyInAnyOrder("form-laporan-realisasi", "form-penilaian-periodik");
    for (String id : periodForms) {
      assertThat(header(id)).as(id).contains("{{namaPeriode}}");
    }
  }

  @Test
  void noForm_showsACode_orADatabaseId() {
    List<String> problems = new ArrayList<>();
    forms.forEach((id, form) -> {
      for (JsonNode component : form.findParents("type")) {
        String type = component.path("type").asText();
        Matcher m = TEMPLATE.matcher(component.path("text").asText(""));
        while (m.find()) {
          String name = m.group(2);
          if (m.group(1) == null ? CODES.contains(name) : LISTS_WITH_CODES.contains(name)) {
            problems.add(id + ": text shows '" + m.group() + "' (a code): use " + name + "Label");
          }
        }
        String key = component.path("key").asText("");
        boolean shown = !"expression".equals(type) && component.has("key");
        if (shown && (key.endsWith("Id") || CODES.contains(key)) && (component.path("readonly").asBoolean()
            || component.path("disabled").asBoolean())) {
          problems.add(id + ": field '" + key + "' shows a code or a database id");
        }
        for (JsonNode option : component.path("values")) {
          String label = option.path("label").asText("");
          if (label.isBlank() || (CODE_VALUE.matcher(label).matches() && label.equals(option.path("value").asText()))) {
            problems.add(id + ": option " + option.path("value") + " of '" + key + "' has no label in words");
          }
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void aHiddenIdInAList_isAnExpressionThatKeepsItsValue() {
    for (String[] hidden : new String[][] {{"form-laporan-realisasi", "indikatorId"}, {"form-penilaian-periodik", "rhkId"}}) {
      JsonNode field = forms.get(hidden[0]).findParents("key").stream()
          .filter(c -> hidden[1].equals(c.path("key").asText())).findFirst().orElseThrow();
      // form-js submits an expression field (a hidden field is not submitted); read-only: the server
      // refuses any other value than the one the process gave the row
      assertThat(field.path("type").asText()).as(hidden[1]).isEqualTo("expression");
      assertThat(field.path("expression").asText()).as(hidden[1]).isEqualTo("=this." + hidden[1]);
      assertThat(field.path("readonly").asBoolean()).as(hidden[1]).isTrue();
      assertThat(field.has("conditional")).as(hidden[1]).isFalse();
    }
  }

  @Test
  void everyUserTask_declaresTheHeaderListener() {
    List<String> missing = new ArrayList<>();
    for (BpmnModelInstance model : models) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        boolean declared = task.getExtensionElements() != null && task.getExtensionElements()
            .getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
            .anyMatch(l -> "create".equals(l.getCamundaEvent())
                && "${taskHeaderListener}".equals(l.getCamundaDelegateExpression()));
        if (!declared) {
          missing.add(task.getId());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theHeaderNamesAFormAsksFor_areThoseTheListenerProvides() {
    assertThat(HeaderNames.mentioned(forms.get("form-hasil-penilaian")))
        .contains("tenggatTugas", "predikatLabel", "hasilKerjaLabel", "perilakuKerjaLabel", "namaPegawai");
    assertThat(HeaderNames.mentioned(forms.get("form-review-skp"))).contains("rhkLabel", "tenggatTugas");
    assertThat(HeaderNames.mentioned(forms.get("form-ajukan-umpan-balik"))).isEmpty();
  }

  private static String header(String formId) {
    return forms.get(formId).path("components").path(0).path("text").asText();
  }

  private static Set<String> startForms() {
    Set<String> ids = new TreeSet<>();
    for (BpmnModelInstance model : models) {
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        String ref = start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (ref != null) {
          ids.add(ref);
        }
      }
    }
    return ids;
  }
}
