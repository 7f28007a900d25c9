package id.kinerja.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check on whole files: every model the product ships passes; what it reports is placed (element
 * and line); and XML with a DOCTYPE (entities, external files) is not even read.
 */
class ModelSafetyCheckTest {

  final ModelSafetyCheck check = new ModelSafetyCheck(ModelAllowlist.fromClasspath(), name -> false);

  static Stream<Path> productModels() throws IOException {
    return Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms"))).sorted();
  }

  @ParameterizedTest
  @MethodSource("productModels")
  void everyModelOfTheProduct_passes(Path file) throws IOException {
    assertThat(check.check(file.toString(), Files.readAllBytes(file))).isEmpty();
  }

  @Test
  void productModels_areFound() throws IOException {
    assertThat(productModels().map(p -> p.getFileName().toString()))
        .contains("appraisal-cycle.bpmn", "predikat-kinerja.dmn", "draft-skp.form");
  }

  @Test
  void everyProblemOfAFile_isReported_withItsElementAndLine() {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Uji" targetNamespace="https://kinerja.id/uji">
          <bpmn:process id="uji-dua-masalah" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_Mulai" />
            <bpmn:serviceTask id="Task_Kelas" camunda:class="id.kinerja.Jahat" />
            <bpmn:userTask id="Task_Tugas" camunda:assignee="${identityService.currentAuthentication.userId}">
              <bpmn:documentation>${identityService} di dokumentasi tidak dijalankan engine</bpmn:documentation>
            </bpmn:userTask>
          </bpmn:process>
        </bpmn:definitions>
        """;

    List<Refusal> refusals = check.check("processes/uji.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));

    assertThat(refusals).extracting(Refusal::elementId).containsExactly("Task_Kelas", "Task_Tugas");
    assertThat(refusals).extracting(Refusal::line).containsExactly(6, 7);
    assertThat(refusals.get(0).describe())
        .startsWith("processes/uji.bpmn, elemen 'Task_Kelas' (baris 6): kelas Java (class=\"id.kinerja.Jahat\")");
  }

  @Test
  void xmlWithADoctype_isNotRead() {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE definitions [<!ENTITY rahasia SYSTEM "file:///etc/passwd">]>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Uji">
          <bpmn:process id="uji-entitas" name="&rahasia;" isExecutable="true" />
        </bpmn:definitions>
        """;

    List<Refusal> refusals = check.check("uji.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));

    assertThat(refusals).singleElement().extracting(Refusal::reason).asString()
        .startsWith("berkas tidak dapat dibaca sebagai XML").contains("DOCTYPE");
  }
}
