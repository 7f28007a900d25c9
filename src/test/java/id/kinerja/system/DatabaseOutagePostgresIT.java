package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.KinerjaApplication;
import id.kinerja.support.PostgresTestDatabase;
import id.kinerja.support.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

/** The database goes away while people work: 503 while it is down, back by itself, nothing lost. */
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
class DatabaseOutagePostgresIT {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @Timeout(120)
  void databaseDown_answers503_thenRecoversByItself_andKeepsWhatWasAcknowledged() throws Exception {
    try (PostgresTestDatabase database = PostgresTestDatabase.create()) {
      URI server = URI.create(database.url().substring("jdbc:".length()));
      TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort()).start();
      String url = database.url().replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + proxy.port());
      try (var app = new SpringApplicationBuilder(KinerjaApplication.class).profiles("test").run(
          "--server.port=0", "--spring.datasource.url=" + url,
          "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password())) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();

        HttpResponse<String> started = post(port, "/engine-rest/process-definition/key/permintaan-umpan-balik/start",
            "{\"variables\":{\"penerima\":{\"value\":\"demo\"},\"topik\":{\"value\":\"Uji\"},"
                + "\"pertanyaan\":{\"value\":\"Apakah data saya aman?\"}}}");
        assertThat(started.statusCode()).isEqualTo(200);
        String instanceId = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        proxy.cut();
        Thread.sleep(1_100);
        HttpResponse<String> down = get(port, "/engine-rest/process-instance/" + instanceId);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Retry-After")).isPresent();
        assertThat(down.body()).contains("Basis data");

        proxy.start();
        long deadline = System.currentTimeMillis() + 60_000;
        int status;
        do {
          Thread.sleep(500);
          status = get(port, "/engine-rest/process-instance/" + instanceId).statusCode();
        } while (status != 200 && System.currentTimeMillis() < deadline);
        assertThat(status).as("answers again once the database is back").isEqualTo(200);
      } finally {
        proxy.close();
      }
    }
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(request(port, path).GET().build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> post(int port, String path, String json) throws Exception {
    return http.send(request(port, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:demo".getBytes()));
  }
}
