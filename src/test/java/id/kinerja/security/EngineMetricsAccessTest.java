package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's installation-wide metrics are for administrators: through the REST API (both the
 * default and the named engine's paths), the webapps' engine API, and the actuator.
 */
@SharedApplicationTest
class EngineMetricsAccessTest {

  static final String PEGAWAI = "198809092012121010";   // Rudi Hartono, employee
  static final String BKPSDM = "198506152010012009";    // Yuni Astuti, BKPSDM operator
  static final String ADMIN = "demo";

  static final List<String> REST_METRICS = List.of(
      "/engine-rest/metrics",
      "/engine-rest/metrics/activity-instance-start/sum",
      "/engine-rest/metrics/executed-decision-elements/sum?startDate=2020-01-01T00:00:00.000%2B0700",
      "/engine-rest/engine/default/metrics",
      "/engine-rest/engine/default/metrics/activity-instance-start/sum");
  static final String WEBAPP_METRICS = "/camunda/api/engine/engine/default/metrics/activity-instance-start/sum";

  @LocalServerPort int port;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void employeeAndBkpsdm_get403WithAReason_fromEveryMetricsPathOfTheRestApi() throws Exception {
    for (String user : List.of(PEGAWAI, BKPSDM)) {
      for (String path : REST_METRICS) {
        HttpResponse<String> response = basic(user, path);
        assertThat(response.statusCode()).as(user + " " + path + " " + response.body()).isEqualTo(403);
        assertThat(json.readTree(response.body()).path("message").asText())
            .isEqualTo("Metrik mesin proses hanya dapat dibuka oleh administrator.");
      }
      // the rest of the REST API is still theirs
      assertThat(basic(user, "/engine-rest/task").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void admin_stillReadsTheMetrics() throws Exception {
    for (String path : REST_METRICS) {
      HttpResponse<String> response = basic(ADMIN, path);
      assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    }
    assertThat(basic(ADMIN, "/engine-rest/metrics/activity-instance-start/sum").body()).contains("\"result\":");
  }

  @Test
  void webappsEngineApi_metricsOnlyForTheAdminsSession() throws Exception {
    for (String user : List.of(PEGAWAI, BKPSDM)) {
      HttpResponse<byte[]> response = WebSession.loggedIn(port, user).get(WEBAPP_METRICS);
      assertThat(response.statusCode()).as(user + " " + WebSession.text(response)).isEqualTo(403);
      assertThat(WebSession.text(response)).contains("Metrik mesin proses hanya dapat dibuka oleh administrator.");
    }
    HttpResponse<byte[]> admin = WebSession.loggedIn(port, ADMIN).get(WEBAPP_METRICS);
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(WebSession.text(admin)).contains("\"result\":");
  }

  /** Admin's own metrics page (Execution Metrics) reads them through its plugin: Camunda lets anybody in. */
  @Test
  void adminPluginMetrics_notForTheOthers() throws Exception {
    String path = "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated"
        + "?metrics=process-instances&subscriptionStartDate=2026-01-01&groupBy=year";
    for (String user : List.of(PEGAWAI, BKPSDM)) {
      HttpResponse<byte[]> response = WebSession.loggedIn(port, user).get(path);
      assertThat(response.statusCode()).as(user + " " + WebSession.text(response)).isEqualTo(403);
      assertThat(WebSession.text(response)).contains("Metrik mesin proses hanya dapat dibuka oleh administrator.");
    }
    HttpResponse<byte[]> admin = WebSession.loggedIn(port, ADMIN).get(path);
    assertThat(admin.statusCode()).as(WebSession.text(admin)).isEqualTo(200);
  }

  @Test
  void otherRefusalsOfTheWebSession_keepTheirOwnAnswer_notTheMetricsOne() throws Exception {
    WebSession employee = WebSession.loggedIn(port, PEGAWAI);
    for (String path : List.of("/dasbor/bkpsdm", "/api/siklus/PEMKAB-SUKAMAJU/2026")) {
      HttpResponse<byte[]> refused = employee.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(WebSession.text(refused)).as(path).doesNotContain("Metrik");
    }
  }

  @Test
  void actuatorMetrics_onlyForAdmins() throws Exception {
    for (String user : List.of(PEGAWAI, BKPSDM)) {
      HttpResponse<String> response = basic(user, "/actuator/metrics");
      assertThat(response.statusCode()).as(user).isEqualTo(403);
      assertThat(response.body()).contains("Metrik aplikasi hanya dapat dibuka oleh administrator.");
    }
    assertThat(basic(ADMIN, "/actuator/metrics").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> basic(String user, String path) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials).header("Accept", "application/json").build(),
        BodyHandlers.ofString());
  }
}
