package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.RawHttp;
import id.kinerja.support.SharedApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * URLs that Spring Security's firewall (or Tomcat itself, before it) refuses are a 400 with a short
 * JSON message in Bahasa Indonesia: never a 500, an English error page or a stack trace.
 */
@SharedApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class RejectedUrlTest {

  static final List<String> REJECTED = List.of(
      "/engine-rest;x=y/task",              // a path parameter on the REST API: was a 500
      "/engine-rest/task;jsessionid=abc",
      "/camunda/api;x=y/engine/engine/default/task",
      "/api;x=y/bukti",
      "/bukti;jsessionid=1",
      "/engine-rest/%2e%2e/task",           // an encoded ..
      "/engine-rest/./task",
      "/engine-rest//task",                 // an empty segment
      "/engine-rest/task%2Fabc",            // an encoded slash (refused by Tomcat itself)
      "/engine-rest/task%2fabc",
      "/engine-rest/task%00",               // an encoded NUL
      "/engine-rest/task%5Cabc",            // an encoded backslash
      "/engine-rest/task\\abc",             // a backslash as it is
      "/api/bukti%0a");                     // an encoded line feed

  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyRejectedUrl_is400WithAShortIndonesianJsonMessage_andNoErrorInTheLog(CapturedOutput output)
      throws Exception {
    RawHttp http = new RawHttp(port);
    int before = output.getAll().length();
    for (String url : REJECTED) {
      for (String credentials : List.of(RawHttp.basic("demo", "demo"), "")) {
        RawHttp.Answer answer = http.send("GET", url, credentials + "Accept: application/json\r\n", null);

        assertThat(answer.status()).as(url + " " + answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).as(url).startsWith("application/json");
        String message = json.readTree(answer.body()).path("message").asText();
        assertThat(message).as(url).contains("tidak sah");
        assertThat(answer.body()).as(url).doesNotContain("Exception").doesNotContain("HTTP Status")
            .doesNotContain("Bad Request").doesNotContain("\tat ");
      }
    }
    // (Tomcat notes the first request line it cannot parse once at INFO, by design; then at DEBUG)
    assertThat(output.getAll().substring(before)).doesNotContain(" ERROR ").doesNotContain(" WARN ")
        .doesNotContain("Invalid contextPath");
  }

  @Test
  void aNormalUrl_stillWorks() throws Exception {
    RawHttp.Answer tasks = new RawHttp(port).send("GET", "/engine-rest/task?maxResults=1",
        RawHttp.basic("demo", "demo"), null);
    assertThat(tasks.status()).isEqualTo(200);
    assertThat(tasks.body()).startsWith("[");
  }
}
