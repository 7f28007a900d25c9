package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Compose deployment's reverse proxy, for real: nginx started with
 * {@code src/main/docker/nginx.conf} (only its upstream and port changed, {@link ComposeNginx})
 * in front of the app configured as Compose configures it
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=framework}). The public pages' rate limit must count each
 * client by the address the proxy saw, whatever X-Forwarded-For the client sends (otherwise a flood
 * with a fresh forged address per request would never be limited), and a citizen behind the same
 * proxy keeps a budget of their own; the same for failed logins and the login throttle. CI installs nginx ({@code .ci/run}); elsewhere the test is
 * skipped without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "server.forward-headers-strategy=framework",
    "kinerja.publik.batas-baca.kapasitas=5",
    "kinerja.publik.batas-baca.isi-ulang-per-jam=1"})
@ActiveProfiles("test")
class ComposeProxyTest {

  @LocalServerPort int appPort;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process nginx;
  private int proxyPort;

  @BeforeEach
  void startProxy() throws Exception {
    Path binary = ComposeNginx.binary().orElse(null);
    Assumptions.assumeTrue(binary != null, "no nginx binary here: proxy test skipped");
    proxyPort = freePort();
    Path config = ComposeNginx.writeConfig(appPort, proxyPort);
    Path dir = config.getParent();
    nginx = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", config.toString(),
        "-g", "daemon off; master_process off; pid " + dir.resolve("nginx.pid") + "; error_log stderr;")
        .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!accepts(proxyPort)) {
      assertThat(nginx.isAlive()).as(() -> "nginx stopped: " + read(dir.resolve("nginx.log"))).isTrue();
      assertThat(System.nanoTime()).as("nginx listening within 20 s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @AfterEach
  void stopProxy() throws InterruptedException {
    if (nginx != null) {
      nginx.destroy();
      if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
        nginx.destroyForcibly();
      }
    }
  }

  @Test
  @Timeout(60)
  void clientForgingXForwardedFor_throughTheProxy_isStillOneClientToTheRateLimit() throws Exception {
    for (int request = 1; request <= 5; request++) {
      assertThat(publicUnits("198.51.100." + request).statusCode()).as("request " + request).isEqualTo(200);
    }

    HttpResponse<String> sixth = publicUnits("198.51.100.6");

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    assertThat(sixth.body()).contains("Terlalu banyak permintaan");
    // another citizen behind the same proxy keeps a budget of their own (not the proxy's address)
    assertThat(statusFrom("127.0.0.2", "/api/publik/unit")).isEqualTo(200);
  }

  @Test
  @Timeout(60)
  void clientForgingXForwardedFor_throughTheProxy_isStillOneClientToTheLoginThrottle() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .connectTimeout(Duration.ofSeconds(5)).build();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + "/login")).GET().build(),
        BodyHandlers.ofString()).body());
    assertThat(token.find()).isTrue();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int attempt = 1; attempt <= 11; attempt++) {
      answers.add(browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + "/login"))
          .timeout(Duration.ofSeconds(20)).header("X-Forwarded-For", "198.51.100." + attempt)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=1980010120050110" + (10 + attempt)
              + "&password=salah&_csrf=" + token.group(1)))
          .build(), BodyHandlers.ofString()));
    }

    assertThat(answers.subList(0, 10)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
    assertThat(answers.get(10).statusCode()).isEqualTo(429);
    assertThat(answers.get(10).headers().firstValue("Retry-After")).isPresent();
    assertThat(answers.get(10).body()).contains("Terlalu banyak percobaan masuk yang gagal dari alamat jaringan Anda");
  }

  /** One plain HTTP/1.1 request through the proxy from another loopback address. */
  private int statusFrom(String clientAddress, String path) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(clientAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", proxyPort), 5000);
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + proxyPort
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
      assertThat(statusLine).startsWith("HTTP/1.1 ");
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }

  private HttpResponse<String> publicUnits(String forgedAddress) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort + "/api/publik/unit"))
        .timeout(Duration.ofSeconds(20)).header("X-Forwarded-For", forgedAddress).GET().build(), BodyHandlers.ofString());
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.getMessage();
    }
  }
}
