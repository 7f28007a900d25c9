package id.kinerja.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.WebSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An agency of 40,000 employees exported through HTTP: every row arrives, streamed (chunked, no
 * Content-Length), and the time and heap are reported. Each subclass has its own database without
 * demo data, dropped afterwards, so the 40,000 employees never meet another test.
 */
abstract class ResultExportVolumeScenario {

  static final int EMPLOYEES = 40_000;
  static final int TAHUN = 2030;
  static final String AGENCY = "UJI-VOLUME";
  /** Outside the demo the first admin may not have the demo password. */
  static final String ADMIN_PASSWORD = "kata-sandi-uji-volume-yang-panjang";

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void fortyThousandEmployees_areStreamedAsCsvAndJson() throws Exception {
    givenAnAgencyOf(EMPLOYEES);
    WebSession admin = WebSession.loggedIn(port, "demo", ADMIN_PASSWORD);

    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    HttpResponse<java.io.InputStream> csv = admin.stream("/api/ekspor/hasil-penilaian?tahun=" + TAHUN
        + "&agency=" + AGENCY + "&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Length")).as("streamed, not buffered").isEmpty();
    int lines = 0;
    int annual = 0;
    String last = null;
    try (var reader = new BufferedReader(new InputStreamReader(csv.body(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines++;
        if (line.contains(",TAHUNAN,")) {
          annual++;
        }
        last = line;
      }
    }
    long csvMillis = (System.nanoTime() - start) / 1_000_000;
    long heapAfter = memory.getHeapMemoryUsage().getUsed();

    assertThat(annual).isEqualTo(EMPLOYEES);
    assertThat(lines).isEqualTo(1 + 2 * EMPLOYEES);   // header, one periodic and one annual row each
    assertThat(last).startsWith(nip(EMPLOYEES - 1) + ",Pegawai Uji " + (EMPLOYEES - 1) + ",");

    start = System.nanoTime();
    HttpResponse<java.io.InputStream> json = admin.stream("/api/ekspor/hasil-penilaian?tahun=" + TAHUN
        + "&agency=" + AGENCY + "&format=json");
    assertThat(json.statusCode()).isEqualTo(200);
    long bytes;
    int objects = 0;
    try (var in = json.body()) {
      byte[] buffer = new byte[64 * 1024];
      bytes = 0;
      String tail = "";
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        bytes += n;
        String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        objects += count(chunk, "\"statusHasil\"") - count(tail, "\"statusHasil\"");
        tail = chunk.substring(Math.max(0, chunk.length() - 20));
      }
    }
    long jsonMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(objects).isEqualTo(EMPLOYEES);

    System.out.printf("Export of %,d employees: CSV %,d ms, JSON %,d ms (%,d bytes); heap used before %,d MB, "
        + "after the CSV %,d MB%n", EMPLOYEES, csvMillis, jsonMillis, bytes, heapBefore >> 20, heapAfter >> 20);
  }

  private void givenAnAgencyOf(int employees) {
    jdbc.update("INSERT INTO org_agency (code, name) VALUES (?, 'Instansi Uji Volume')", AGENCY);
    jdbc.update("INSERT INTO org_position (name, kind) VALUES ('Pelaksana Uji', 'PELAKSANA')");
    jdbc.update("INSERT INTO org_unit (code, name, agency_code) VALUES ('UJI-VOL', 'Unit Uji Volume', ?)", AGENCY);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < employees; i++) {
      rows.add(new Object[] {nip(i), "Pegawai Uji " + i});
      if (rows.size() == 5_000 || i == employees - 1) {
        jdbc.batchUpdate("INSERT INTO org_employee (nip, name, status, position_name, unit_code) "
            + "VALUES (?, ?, 'PNS', 'Pelaksana Uji', 'UJI-VOL')", rows);
        rows.clear();
      }
    }
    jdbc.update("INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, status) "
        + "SELECT nip, ?, 'demo', 'demo', 'DISETUJUI' FROM org_employee WHERE unit_code = 'UJI-VOL'", TAHUN);
    jdbc.update("INSERT INTO penilaian (skp_id, jenis, periode, penilai, hasil_kerja, perilaku_kerja) "
        + "SELECT id, 'PERIODIK', 1, 'demo', 'SESUAI', 'SESUAI' FROM skp WHERE tahun = ?", TAHUN);
    jdbc.update("INSERT INTO penilaian (skp_id, jenis, penilai, hasil_kerja, perilaku_kerja, predikat) "
        + "SELECT id, 'TAHUNAN', 'demo', 'SESUAI', 'SESUAI', 'BAIK' FROM skp WHERE tahun = ?", TAHUN);
    jdbc.update("INSERT INTO predikat_kinerja (skp_id, nip, tahun, hasil_kerja, perilaku_kerja, predikat, "
        + "melalui_keberatan, ditetapkan_oleh) SELECT id, nip, tahun, 'SESUAI', 'SESUAI', 'BAIK', FALSE, 'demo' "
        + "FROM skp WHERE tahun = ?", TAHUN);
  }

  private static String nip(int i) {
    return "1990010120200" + String.format("%05d", i);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      n++;
    }
    return n;
  }
}
