package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.DemoEngineRest;
import id.kinerja.support.SharedApplicationTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A second start of an employee's year is refused by the database's key (409 through the REST API):
 * an expected refusal, so one INFO line in the log, not the engine's ERROR with a stack trace.
 */
@SharedApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class DuplicateYearStartRestTest {

  static final String RUDI = "198809092012121010";

  @Autowired TestRestTemplate http;

  @Test
  void secondStartThroughTheRestApi_is409_andOneInfoLine_noErrorNoStackTrace(CapturedOutput output) {
    String businessKey = RUDI + "-2063";
    Map<String, Object> start = Map.of("businessKey", businessKey, "variables", Map.of(
        "nip", Map.of("value", RUDI), "tahun", Map.of("value", 2063, "type", "Integer")));
    DemoEngineRest rest = new DemoEngineRest(http);
    String path = "/engine-rest/process-definition/key/appraisal-cycle/start";
    assertThat(rest.post(AppraisalYearDriver.BKPSDM, path, start).getStatusCode().value()).isEqualTo(200);
    int before = output.getAll().length();

    ResponseEntity<String> again = rest.post(AppraisalYearDriver.BKPSDM, path, start);

    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);
    assertThat(again.getBody()).contains("Siklus penilaian " + businessKey + " sudah dibuka");
    String log = output.getAll().substring(before);
    assertThat(Arrays.stream(log.split("\n")).filter(line -> line.contains(businessKey)))
        .singleElement().asString()
        .contains(" INFO ").contains("Start refused, the year is already open: Siklus penilaian " + businessKey);
    assertThat(log).doesNotContain(" ERROR ").doesNotContain(" WARN ").doesNotContain("ENGINE-16004")
        .doesNotContain("\tat ");
  }

  /** The typed NIP is parsed in the start listener; a malformed one never gets that far through REST. */
  @Test
  void startThroughTheRestApi_withAMalformedNip_is400InWords_beforeTheEngine() {
    Map<String, Object> start = Map.of("variables", Map.of(
        "nip", Map.of("value", "12345"), "tahun", Map.of("value", 2063, "type", "Integer")));
    ResponseEntity<String> refused = new DemoEngineRest(http).post(AppraisalYearDriver.BKPSDM,
        "/engine-rest/process-definition/key/appraisal-cycle/start", start);

    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("NIP pegawai: formatnya tidak sesuai");
  }
}
