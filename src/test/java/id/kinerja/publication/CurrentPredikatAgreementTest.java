package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import id.kinerja.support.SharedApplicationTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * One year of one unit whose predikat come from every source at once: the annual rating, the
 * unit's calibration (raised and lowered), an objection decision and the final predikat. The
 * dashboard's curve page, the Dokumen Evaluasi, the export and the public page must say the same
 * for every employee and the unit (view predikat_terkini). Built inside a transaction that is
 * rolled back, so the shared demo data never sees it.
 */
@SharedApplicationTest
class CurrentPredikatAgreementTest {

  static final int TAHUN = 2031;
  static final String UNIT = "UJI-TERKINI";
  static final String HENDRA = "197212121998031008";
  static final String SEKDA = "197003151995031001";
  static final String YUNI = "198506152010012009";

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired WebApplicationContext context;
  @Autowired DocumentService documents;
  @Autowired PublicResultsService publicResults;

  /** NIP to the predikat the year has now, as the test wrote it. */
  final Map<String, Predikat> expected = new LinkedHashMap<>();

  @Test
  void calibrationChanges_anObjectionDecision_andFinalPredikat_theFourReadersAgree() {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(status -> {
      status.setRollbackOnly();
      buildTheYear();
      try {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        expected.values().forEach(p -> counts.merge(p, 1, Integer::sum));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(Predikat.BAIK, 10, Predikat.SANGAT_BAIK, 5));

        assertThat(dashboard()).as("dashboard (curve page)").isEqualTo(withZeros(counts));
        assertThat(export()).as("export").isEqualTo(expected);
        assertThat(publicPage()).as("public page").isEqualTo(withZeros(counts));
        for (var e : expected.entrySet()) {
          assertThat(pdfPredikat(e.getKey())).as("PDF of %s", e.getKey()).isEqualTo(e.getValue().label());
        }
        assertThat(pdfCurve(expected.keySet().iterator().next())).as("PDF curve").isEqualTo(withZeros(counts));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /**
   * Five whose calibration raised Butuh Perbaikan to Baik, five whose objection was decided to
   * Sangat Baik after calibration kept Baik, five whom calibration lowered from Sangat Baik to Baik
   * and whose year is final.
   */
  private void buildTheYear() {
    String agency = UNIT;
    jdbc.sql("INSERT INTO org_agency (code, name) VALUES (?, ?)").params(agency, "Instansi Uji Predikat").update();
    jdbc.sql("INSERT INTO org_unit (code, name, agency_code) VALUES (?, ?, ?)").params(UNIT, "Unit Uji Predikat", agency)
        .update();
    String position = jdbc.sql("SELECT MIN(name) FROM org_position").query(String.class).single();
    for (int i = 0; i < 15; i++) {
      String nip = "203101012055011" + String.format("%03d", i + 1); // a valid NIP: the PDF takes no other
      jdbc.sql("INSERT INTO org_employee (nip, name, status, position_name, unit_code, supervisor_nip) VALUES (?, ?, 'PNS', ?, ?, ?)")
          .params(nip, "Pegawai Uji " + i, position, UNIT, HENDRA).update();
      jdbc.sql("INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, status) VALUES (?, ?, ?, ?, 'DISETUJUI')")
          .params(nip, TAHUN, HENDRA, SEKDA).update();
      long skp = jdbc.sql("SELECT id FROM skp WHERE nip = ? AND tahun = ?").params(nip, TAHUN).query(Long.class).single();
      int group = i / 5;
      String annual = switch (group) {
        case 0 -> "BUTUH_PERBAIKAN";
        case 1 -> "BAIK";
        default -> "SANGAT_BAIK";
      };
      String annualHasil = switch (group) {
        case 0 -> "DI_BAWAH";
        case 1 -> "SESUAI";
        default -> "DI_ATAS";
      };
      String annualPerilaku = group == 2 ? "DI_ATAS" : "SESUAI";
      // an earlier annual rating that was replaced: only the latest counts
      jdbc.sql("INSERT INTO penilaian (skp_id, jenis, penilai, hasil_kerja, perilaku_kerja, predikat) VALUES (?, 'TAHUNAN', ?, 'DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG')")
          .params(skp, HENDRA).update();
      jdbc.sql("INSERT INTO penilaian (skp_id, jenis, penilai, hasil_kerja, perilaku_kerja, predikat) VALUES (?, 'TAHUNAN', ?, ?, ?, ?)")
          .params(skp, HENDRA, annualHasil, annualPerilaku, annual).update();
      String calibrated = "BAIK"; // raised, kept, lowered
      jdbc.sql("""
              INSERT INTO kalibrasi_usulan (nip, tahun, unit_code, process_instance_id, hasil_kerja_usulan, hasil_kerja,
                                            perilaku_kerja, predikat_usulan, predikat, diusulkan_pada, dilepas_pada)
              VALUES (?, ?, ?, 'uji', ?, 'SESUAI', 'SESUAI', ?, ?, ?, ?)""")
          .params(nip, TAHUN, UNIT, annualHasil, annual, calibrated, Timestamp.from(Instant.now()),
              Timestamp.from(Instant.now()))
          .update();
      Predikat now = Predikat.BAIK;
      if (group == 1) {
        jdbc.sql("""
                INSERT INTO keberatan (skp_id, alasan, keputusan, hasil_kerja_baru, perilaku_kerja_baru, predikat_baru,
                                       diputus_oleh, diputus_pada)
                VALUES (?, 'Capaian saya melampaui target', 'UBAH', 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', ?, ?)""")
            .params(skp, SEKDA, Timestamp.from(Instant.now())).update();
        now = Predikat.SANGAT_BAIK;
      }
      if (group == 2) {
        jdbc.sql("""
                INSERT INTO predikat_kinerja (skp_id, nip, tahun, hasil_kerja, perilaku_kerja, predikat, melalui_keberatan,
                                              ditetapkan_oleh)
                VALUES (?, ?, ?, 'SESUAI', 'SESUAI', 'BAIK', FALSE, ?)""")
            .params(skp, nip, TAHUN, HENDRA).update();
      }
      expected.put(nip, now);
    }
  }

  private MockMvc mvc() {
    return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  /** The unit's row of the BKPSDM curve page: one cell per predikat. */
  private Map<Predikat, Integer> dashboard() throws Exception {
    String html = mvc().perform(get("/dasbor/bkpsdm/kurva").param("tahun", String.valueOf(TAHUN)).param("unit", UNIT)
            .with(user(YUNI).authorities(() -> "GROUP_asn", () -> "GROUP_bkpsdm")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String row = html.substring(html.indexOf("data-unit=\"" + UNIT + "\""));
    row = row.substring(0, row.indexOf("</tr>"));
    Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
    Matcher cell = Pattern.compile("data-predikat=\"([A-Z_]+)\">(\\d+)<").matcher(row);
    while (cell.find()) {
      counts.put(Predikat.valueOf(cell.group(1)), Integer.parseInt(cell.group(2)));
    }
    return counts;
  }

  private Map<String, Predikat> export() throws Exception {
    String body = mvc().perform(get("/api/ekspor/hasil-penilaian").param("tahun", String.valueOf(TAHUN))
            .param("agency", UNIT).param("format", "json")
            .with(user(YUNI).authorities(() -> "GROUP_asn", () -> "GROUP_bkpsdm")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    Map<String, Predikat> predikat = new LinkedHashMap<>();
    for (JsonNode e : new ObjectMapper().readTree(body).get("pegawai")) {
      predikat.put(e.get("nip").asText(), Predikat.valueOf(e.get("tahunan").get("predikat").asText()));
    }
    return predikat;
  }

  private Map<Predikat, Integer> publicPage() {
    var results = publicResults.results(UNIT, Tahun.of(TAHUN)).orElseThrow();
    assertThat(results.predikat().ratingsFinal()).isTrue();
    Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
    for (var cell : results.predikat().distribution().cells()) {
      // cells under five people are hidden on the public page (here: the empty ones)
      counts.put(Predikat.valueOf(cell.key()), cell.count() == null ? 0 : cell.count().intValue());
    }
    return counts;
  }

  private String pdfText(String nip) throws Exception {
    try (var pdf = Loader.loadPDF(documents.evaluasi(PenilaianTahunan.of(nip, TAHUN)).bytes())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  private String pdfPredikat(String nip) throws Exception {
    Matcher m = Pattern.compile("Predikat kinerja pegawai\\R(.+?)( \\(belum ditetapkan\\))?\\R").matcher(pdfText(nip));
    assertThat(m.find()).isTrue();
    return m.group(1).strip();
  }

  /** The bars of the unit's curve chart in the PDF: "n org (p%)" per predikat, in order. */
  private Map<Predikat, Integer> pdfCurve(String nip) throws Exception {
    Matcher m = Pattern.compile("(\\d+) org \\(\\d+%\\)").matcher(pdfText(nip));
    Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      assertThat(m.find()).isTrue();
      counts.put(p, Integer.parseInt(m.group(1)));
    }
    return counts;
  }

  private static Map<Predikat, Integer> withZeros(Map<Predikat, Integer> counts) {
    Map<Predikat, Integer> all = new EnumMap<>(Predikat.class);
    for (Predikat p : Predikat.values()) {
      all.put(p, counts.getOrDefault(p, 0));
    }
    return all;
  }
}
