package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.SharedApplicationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every role against every kind of REST resource that changes state: what only admins may do is
 * answered 403 by the gate for everybody else, before the engine; what a role may do passes the
 * gate (and then meets the engine's own authorization and the form checks). No answer is a 5xx.
 */
@SharedApplicationTest
class EngineWriteMatrixTest {

  static final String EMPLOYEE = "198809092012121010";       // Rudi Hartono (asn)
  static final String APPRAISER = "197212121998031008";      // Drs. Hendra Gunawan (pejabat-penilai)
  static final String BKPSDM = "198506152010012009";         // Yuni Astuti (bkpsdm)
  static final String PROCESS_OWNER = "198201102006041003";  // Bambang Priyono (process-owner)
  static final String ADMIN = "demo";

  static final List<String> NOT_ADMINS = List.of(EMPLOYEE, APPRAISER, BKPSDM, PROCESS_OWNER);
  /** Writes that would really change the shared demo if an admin sent them: tried by the others only. */
  static final List<String> NOT_BY_ADMIN = List.of("-");

  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  /** A write: who besides admins may pass the gate with it. */
  record Write(HttpMethod method, String path, Object body, List<String> allowed) {}

  static final List<Write> WRITES = List.of(
      // steering the engine: admins only
      new Write(HttpMethod.POST, "/task/x/bpmnError", Map.of("errorCode", "E"), List.of()),
      new Write(HttpMethod.POST, "/task/x/bpmnEscalation", Map.of("escalationCode", "E"), List.of()),
      new Write(HttpMethod.POST, "/task/x/resolve", Map.of(), List.of()),
      new Write(HttpMethod.POST, "/task/x/delegate", Map.of("userId", EMPLOYEE), List.of()),
      new Write(HttpMethod.POST, "/task/x/assignee", Map.of("userId", EMPLOYEE), List.of()),
      new Write(HttpMethod.POST, "/task/x/identity-links", Map.of("userId", EMPLOYEE, "type", "candidate"), List.of()),
      new Write(HttpMethod.POST, "/task/create", Map.of("name", "Tugas bebas"), List.of()),
      new Write(HttpMethod.PUT, "/task/x", Map.of("name", "x", "due", "2030-01-01T00:00:00.000+0700"), List.of()),
      new Write(HttpMethod.DELETE, "/task/x", null, List.of()),
      new Write(HttpMethod.PUT, "/task/x/variables/predikat", Map.of("value", "SANGAT_BAIK"), List.of()),
      new Write(HttpMethod.POST, "/task/x/variables", Map.of("modifications", Map.of()), List.of()),
      new Write(HttpMethod.PUT, "/task/x/localVariables/predikat", Map.of("value", "SANGAT_BAIK"), List.of()),
      new Write(HttpMethod.DELETE, "/task/x/variables/predikat", null, List.of()),
      new Write(HttpMethod.PUT, "/process-instance/x/variables/predikat", Map.of("value", "SANGAT_BAIK"), List.of()),
      new Write(HttpMethod.POST, "/process-instance/x/variables", Map.of("modifications", Map.of()), List.of()),
      new Write(HttpMethod.PUT, "/execution/x/localVariables/predikat", Map.of("value", "x"), List.of()),
      new Write(HttpMethod.POST, "/process-instance/x/modification", Map.of("instructions", List.of()), List.of()),
      new Write(HttpMethod.DELETE, "/process-instance/x", null, List.of()),
      new Write(HttpMethod.PUT, "/process-instance/x/suspended", Map.of("suspended", true), List.of()),
      new Write(HttpMethod.POST, "/process-instance/delete", Map.of("processInstanceIds", List.of("x")), List.of()),
      new Write(HttpMethod.POST, "/message", Map.of("messageName", "x"), List.of()),
      new Write(HttpMethod.POST, "/signal", Map.of("name", "x"), List.of()),
      new Write(HttpMethod.POST, "/condition", Map.of(), List.of()),
      new Write(HttpMethod.POST, "/job/x/execute", Map.of(), List.of()),
      new Write(HttpMethod.PUT, "/job/x/retries", Map.of("retries", 1), List.of()),
      new Write(HttpMethod.PUT, "/job/x/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0700"), List.of()),
      new Write(HttpMethod.POST, "/external-task/fetchAndLock", Map.of("workerId", "w", "maxTasks", 1), List.of()),
      new Write(HttpMethod.POST, "/migration/execute", Map.of(), List.of()),
      new Write(HttpMethod.POST, "/migration/executeAsync", Map.of(), List.of()),
      new Write(HttpMethod.POST, "/user/create", Map.of("profile", Map.of("id", "baru")), NOT_BY_ADMIN),
      new Write(HttpMethod.PUT, "/user/" + EMPLOYEE + "/profile", Map.of("id", EMPLOYEE, "firstName", "X"), NOT_BY_ADMIN),
      new Write(HttpMethod.PUT, "/user/" + EMPLOYEE + "/credentials", Map.of("password", "x"), NOT_BY_ADMIN),
      new Write(HttpMethod.PUT, "/group/camunda-admin/members/" + EMPLOYEE, null, NOT_BY_ADMIN),
      new Write(HttpMethod.POST, "/authorization/create", Map.of("type", 1), NOT_BY_ADMIN),
      new Write(HttpMethod.POST, "/identity/verify", Map.of("username", APPRAISER, "password", "demo"), List.of()),
      new Write(HttpMethod.DELETE, "/deployment/x", null, List.of()),
      new Write(HttpMethod.PUT, "/process-definition/key/appraisal-cycle/suspended", Map.of("suspended", true), List.of()),
      new Write(HttpMethod.PUT, "/decision-definition/x/history-time-to-live", Map.of("historyTimeToLive", 1), List.of()),
      new Write(HttpMethod.POST, "/history/cleanup", null, NOT_BY_ADMIN),
      new Write(HttpMethod.POST, "/history/process-instance/delete", Map.of(), List.of()),
      new Write(HttpMethod.POST, "/filter/create", Map.of("resourceType", "Task", "name", "x"), NOT_BY_ADMIN),
      new Write(HttpMethod.POST, "/decision-definition/key/predikat-kinerja/evaluate", Map.of(), List.of()),
      // task work and starts: everybody (the engine and the form checks decide the rest)
      new Write(HttpMethod.POST, "/task/x/complete", Map.of(), NOT_ADMINS),
      new Write(HttpMethod.POST, "/task/x/submit-form", Map.of(), NOT_ADMINS),
      new Write(HttpMethod.POST, "/task/x/claim", Map.of("userId", EMPLOYEE), NOT_ADMINS),
      new Write(HttpMethod.POST, "/task/x/unclaim", null, NOT_ADMINS),
      new Write(HttpMethod.POST, "/task/x/comment/create", Map.of("message", "catatan"), NOT_ADMINS),
      new Write(HttpMethod.POST, "/process-definition/key/tidak-ada/start", Map.of(), NOT_ADMINS),
      // queries that POST their criteria
      new Write(HttpMethod.POST, "/task", Map.of(), NOT_ADMINS),
      new Write(HttpMethod.POST, "/task/count", Map.of(), NOT_ADMINS),
      new Write(HttpMethod.POST, "/process-instance", Map.of(), NOT_ADMINS),
      new Write(HttpMethod.POST, "/history/process-instance", Map.of(), NOT_ADMINS),
      new Write(HttpMethod.POST, "/variable-instance", Map.of(), NOT_ADMINS),
      // the welcome page lists the person's groups with a POST query (creating a group is /group/create)
      new Write(HttpMethod.POST, "/group", Map.of("member", EMPLOYEE), NOT_ADMINS),
      new Write(HttpMethod.POST, "/group/count", Map.of("member", EMPLOYEE), NOT_ADMINS),
      new Write(HttpMethod.POST, "/group/create", Map.of("id", "baru", "name", "Baru"), NOT_BY_ADMIN),
      // the process owner's work
      new Write(HttpMethod.POST, "/migration/generate", Map.of(), List.of(PROCESS_OWNER)),
      new Write(HttpMethod.POST, "/migration/validate", Map.of(), List.of(PROCESS_OWNER)));

  @Test
  void everyRole_againstEveryKindOfWrite() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Write write : WRITES) {
      for (String user : List.of(EMPLOYEE, APPRAISER, BKPSDM, PROCESS_OWNER, ADMIN)) {
        if (user.equals(ADMIN) && write.allowed() == NOT_BY_ADMIN) {
          continue;
        }
        ResponseEntity<String> answer = send(user, write);
        int status = answer.getStatusCode().value();
        String message = status == 403 ? json.readTree(answer.getBody()).path("message").asText() : "";
        boolean gated = message.equals(EngineWriteGate.MESSAGE) || message.equals(EngineWriteGate.DEPLOYMENT_MESSAGE);
        boolean mayPass = user.equals(ADMIN) || write.allowed().contains(user);
        if (gated == mayPass || status >= 500) {
          wrong.add(user + " " + write.method() + " " + write.path() + " → " + status + " " + answer.getBody());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theGate_coversTheWebappsCopyOfTheApi_andOnlyAdminsPass() {
    assertThat(EngineWriteGate.allowed("POST", "/message", List.of(Roles.ASN, Roles.BKPSDM, Roles.PROCESS_OWNER)))
        .isFalse();
    assertThat(EngineWriteGate.allowed("POST", "/message", List.of(Roles.ADMIN))).isTrue();
    assertThat(EngineWriteGate.allowed("POST", "/task/abc/submit-form", List.of(Roles.ASN))).isTrue();
    assertThat(EngineWriteGate.allowed("POST", "/task/abc/bpmnError", List.of(Roles.ASN))).isFalse();
    assertThat(EngineWriteGate.allowed("POST", "/deployment/create", List.of(Roles.ASN))).isFalse();
    assertThat(EngineWriteGate.allowed("POST", "/deployment/create", List.of(Roles.PROCESS_OWNER))).isTrue();
    assertThat(EngineWriteGate.allowed("PUT", "/task/abc/variables/x", List.of(Roles.PEJABAT_PENILAI))).isFalse();
  }

  private ResponseEntity<String> send(String user, Write write) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> body = write.body() == null ? null : new LinkedHashMap<>(castMap(write.body()));
    return http.withBasicAuth(user, "demo").exchange("/engine-rest" + write.path(), write.method(),
        new HttpEntity<>(body, headers), String.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object body) {
    return (Map<String, Object>) body;
  }
}
