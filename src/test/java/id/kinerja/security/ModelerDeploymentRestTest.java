package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.SharedApplicationTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Camunda Modeler's "Deploy" button is a multipart POST to /engine-rest/deployment/create with
 * the user's credentials. Only the process owners (and admins) may deploy; an employee, an
 * appraiser or BKPSDM is refused and nothing is deployed.
 */
@SharedApplicationTest
class ModelerDeploymentRestTest {

  static final String PEMILIK_PROSES = "198201102006041003";   // Bambang Priyono, process-owner
  static final String ASN = "199101012015042011";              // Fitri Handayani, an employee
  static final String PENILAI = "197212121998031008";          // Drs. Hendra Gunawan, an appraiser
  static final String BKPSDM = "198506152010012009";           // Yuni Astuti, BKPSDM operator
  static final String PASSWORD = "demo";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;

  @Test
  void processOwner_deploysFromModeler() {
    ResponseEntity<String> response = deployAs(PEMILIK_PROSES, "uji-pemilik-proses");

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"deployedProcessDefinitions\"", "uji-pemilik-proses");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("uji-pemilik-proses").count())
        .isEqualTo(1);
  }

  @Test
  void employeeAppraiserAndBkpsdm_get403_andNothingIsDeployed() {
    for (String user : new String[] {ASN, PENILAI, BKPSDM}) {
      String key = "uji-ditolak-" + user;
      ResponseEntity<String> response = deployAs(user, key);

      assertThat(response.getStatusCode()).as(user + ": " + response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).contains(EngineWriteGate.DEPLOYMENT_MESSAGE);
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }
  }

  @Test
  void withoutCredentials_deploymentIs401() {
    ResponseEntity<String> response = http.postForEntity("/engine-rest/deployment/create",
        multipart("uji-tanpa-login"), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<String> deployAs(String user, String processKey) {
    return http.withBasicAuth(user, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", multipart(processKey), String.class);
  }

  /** What Modeler sends: name, source, duplicate filtering, and the files. */
  private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(String processKey) {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "Uji " + processKey);
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "true");
    body.add(processKey + ".bpmn", new ByteArrayResource(bpmn(processKey).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return processKey + ".bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private static String bpmn(String processKey) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            id="Definitions_Uji" targetNamespace="http://kinerja.id/uji">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="StartEvent_Uji" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processKey);
  }
}
