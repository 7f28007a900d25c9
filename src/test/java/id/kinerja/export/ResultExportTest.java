package id.kinerja.export;

import static id.kinerja.support.DocumentYearFixture.AGENCY;
import static id.kinerja.support.DocumentYearFixture.DIMAS;
import static id.kinerja.support.DocumentYearFixture.EKO;
import static id.kinerja.support.DocumentYearFixture.FITRI;
import static id.kinerja.support.DocumentYearFixture.NUR_AINI;
import static id.kinerja.support.DocumentYearFixture.PENILAI;
import static id.kinerja.support.DocumentYearFixture.RUDI;
import static id.kinerja.support.DocumentYearFixture.TAHUN;
import static id.kinerja.support.DocumentYearFixture.WAHYU;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.DocumentYearFixture;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.WebSession;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The year's results of the demo agency as CSV and JSON, on the year DocumentYearFixture ran through the process. */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultExportTest {

  static final String URL = "/api/ekspor/hasil-penilaian?tahun=" + TAHUN + "&agency=" + AGENCY;

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired CapaianOrganisasiService capaian;
  @LocalServerPort int port;
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  void yearRunThroughTheProcess() throws Exception {
    DocumentYearFixture.ensure(http, jdbc, capaian);
  }

  @Test
  void csv_hasTheDocumentedColumns_aRowPerPeriodAndOneAnnualRowPerEmployee() throws Exception {
    HttpResponse<byte[]> response = WebSession.loggedIn(port, AppraisalYearDriver.BKPSDM).get(URL + "&format=csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"hasil-penilaian-" + AGENCY + "-" + TAHUN + ".csv\"");
    String body = WebSession.text(response);
    assertThat(body).startsWith("nip,nama,status_kepegawaian,jabatan,kode_unit,nama_unit,kode_instansi,tahun,"
        + "jenis_penilaian,periode,hasil_kerja,perilaku_kerja,predikat,status_hasil,melalui_keberatan,tanggal\r\n");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(body)).getRecords();

    List<CSVRecord> rudi = rows.stream().filter(r -> r.get("nip").equals(RUDI)).toList();
    assertThat(rudi).hasSize(5);
    for (int period = 1; period <= 4; period++) {
      CSVRecord row = rudi.get(period - 1);
      assertThat(row.get("jenis_penilaian")).isEqualTo("PERIODIK");
      assertThat(row.get("periode")).isEqualTo(String.valueOf(period));
      assertThat(row.get("hasil_kerja")).isEqualTo("SESUAI");
      assertThat(row.get("perilaku_kerja")).isEqualTo("SESUAI");
      assertThat(row.get("predikat")).isEmpty();
      assertThat(row.get("tanggal")).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    assertThat(rudi.get(4).toMap()).containsAllEntriesOf(Map.of(
        "nama", "Rudi Hartono, S.Sos.", "status_kepegawaian", "PNS", "jabatan", "Analis SDM Aparatur Ahli Pertama",
        "kode_unit", "BKPSDM", "kode_instansi", AGENCY, "tahun", String.valueOf(TAHUN),
        "jenis_penilaian", "TAHUNAN", "periode", "", "hasil_kerja", "DI_ATAS"));
    assertThat(rudi.get(4).toMap()).containsAllEntriesOf(Map.of(
        "perilaku_kerja", "DI_ATAS", "predikat", "SANGAT_BAIK", "status_hasil", "FINAL", "melalui_keberatan", "false"));

    assertThat(annual(rows, FITRI)).containsEntry("predikat", "BAIK").containsEntry("status_hasil", "FINAL");
    // changed on objection: the decided ratings, final
    assertThat(annual(rows, WAHYU)).containsEntry("hasil_kerja", "SESUAI").containsEntry("predikat", "BAIK")
        .containsEntry("melalui_keberatan", "true");
    assertThat(rows.stream().filter(r -> r.get("nip").equals(WAHYU) && r.get("jenis_penilaian").equals("PERIODIK")))
        .allSatisfy(r -> assertThat(r.get("hasil_kerja")).isEqualTo("DI_BAWAH"));
    // rated but not final: marked DRAF
    assertThat(annual(rows, NUR_AINI)).containsEntry("predikat", "SANGAT_KURANG").containsEntry("status_hasil", "DRAF")
        .containsEntry("melalui_keberatan", "");
    // an SKP without ratings yet: one row, BELUM_DINILAI
    assertThat(rows.stream().filter(r -> r.get("nip").equals(DIMAS))).singleElement()
        .satisfies(r -> assertThat(r.toMap()).containsEntry("status_hasil", "BELUM_DINILAI").containsEntry("predikat", ""));
    // no year opened: not in the export
    assertThat(rows).noneMatch(r -> r.get("nip").equals(EKO));
    // ordered by NIP
    List<String> nips = rows.stream().map(r -> r.get("nip")).toList();
    assertThat(nips).isSorted();
  }

  @Test
  void json_holdsTheSameResults_nestedPerEmployee() throws Exception {
    HttpResponse<byte[]> response = WebSession.loggedIn(port, "demo").get(URL + "&format=json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
    JsonNode export = json.readTree(response.body());
    assertThat(export.get("format").asText()).isEqualTo("kinerja-hasil-penilaian/1");
    assertThat(export.get("tahun").asInt()).isEqualTo(TAHUN);
    assertThat(export.get("kodeInstansi").asText()).isEqualTo(AGENCY);
    List<JsonNode> pegawai = new ArrayList<>();
    export.get("pegawai").forEach(pegawai::add);
    assertThat(pegawai).extracting(p -> p.get("nip").asText()).contains(RUDI, FITRI, WAHYU, NUR_AINI, DIMAS)
        .doesNotContain(EKO).isSorted();

    JsonNode rudi = pegawai.stream().filter(p -> p.get("nip").asText().equals(RUDI)).findFirst().orElseThrow();
    assertThat(rudi.get("nama").asText()).isEqualTo("Rudi Hartono, S.Sos.");
    assertThat(rudi.get("kodeUnit").asText()).isEqualTo("BKPSDM");
    assertThat(rudi.get("periodik")).hasSize(4);
    assertThat(rudi.get("periodik").get(3).get("periode").asInt()).isEqualTo(4);
    assertThat(rudi.get("periodik").get(3).get("hasilKerja").asText()).isEqualTo("SESUAI");
    assertThat(rudi.get("tahunan").get("hasilKerja").asText()).isEqualTo("DI_ATAS");
    assertThat(rudi.get("tahunan").get("perilakuKerja").asText()).isEqualTo("DI_ATAS");
    assertThat(rudi.get("tahunan").get("predikat").asText()).isEqualTo("SANGAT_BAIK");
    assertThat(rudi.get("tahunan").get("statusHasil").asText()).isEqualTo("FINAL");
    assertThat(rudi.get("tahunan").get("melaluiKeberatan").asBoolean()).isFalse();

    JsonNode dimas = pegawai.stream().filter(p -> p.get("nip").asText().equals(DIMAS)).findFirst().orElseThrow();
    assertThat(dimas.get("periodik")).isEmpty();
    assertThat(dimas.get("tahunan").get("statusHasil").asText()).isEqualTo("BELUM_DINILAI");
    assertThat(dimas.get("tahunan").get("predikat").isNull()).isTrue();
  }

  @Test
  void onlyBkpsdmAndAdminsMayExport_anAsnOrAppraiserGets403_anonymous401() throws Exception {
    for (String refused : List.of(RUDI, PENILAI)) {
      HttpResponse<byte[]> response = WebSession.loggedIn(port, refused).get(URL);
      assertThat(response.statusCode()).as(refused).isEqualTo(403);
      assertThat(WebSession.text(response)).contains("hanya untuk BKPSDM dan admin").doesNotContain(RUDI + ",");
    }
    assertThat(WebSession.anonymous(port).get(URL).statusCode()).isEqualTo(401);
  }

  @Test
  void badParameters_are400WithTheReason() throws Exception {
    WebSession bkpsdm = WebSession.loggedIn(port, AppraisalYearDriver.BKPSDM);
    Map<String, String> cases = Map.of(
        "/api/ekspor/hasil-penilaian?agency=" + AGENCY, "Parameter 'tahun' wajib diisi",
        "/api/ekspor/hasil-penilaian?tahun=abc&agency=" + AGENCY, "Tahun 'abc' tidak sah",
        "/api/ekspor/hasil-penilaian?tahun=1999&agency=" + AGENCY, "Tahun '1999' tidak sah",
        "/api/ekspor/hasil-penilaian?tahun=" + TAHUN, "Parameter 'agency' (kode instansi) wajib diisi",
        "/api/ekspor/hasil-penilaian?tahun=" + TAHUN + "&agency=TIDAK-ADA", "Instansi 'TIDAK-ADA' tidak dikenal",
        URL + "&format=xml", "Format 'xml' tidak dikenal: pilih csv atau json");
    for (var c : cases.entrySet()) {
      HttpResponse<byte[]> response = bkpsdm.get(c.getKey());
      assertThat(response.statusCode()).as(c.getKey()).isEqualTo(400);
      assertThat(json.readTree(response.body()).get("message").asText()).as(c.getKey()).startsWith(c.getValue());
    }
  }

  private static Map<String, String> annual(List<CSVRecord> rows, String nip) {
    return rows.stream().filter(r -> r.get("nip").equals(nip) && r.get("jenis_penilaian").equals("TAHUNAN"))
        .findFirst().orElseThrow().toMap();
  }
}
