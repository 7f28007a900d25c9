package id.kinerja.dashboard;

import static id.kinerja.dashboard.DashboardFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Predikat;
import id.kinerja.support.SharedApplicationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboards' figures against a known year ({@link DashboardFixture}), and who may open which
 * page. The figures are read from the page's model and checked in the rendered HTML.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest {

  @Autowired MockMvc mvc;
  @Autowired AppraisalCycleStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;
  @Autowired id.kinerja.calibration.KalibrasiService kalibrasi;


  @BeforeAll
  void buildTheYear() {
    new DashboardFixture(starter, runtimeService, jdbc).build();
  }


  @Test
  void progress_countsEachUnitsEmployeesPerPhase_overdueTasksAndObjections() throws Exception {
    var result = mvc.perform(get("/dasbor/bkpsdm").param("tahun", String.valueOf(TAHUN)).with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(content().string(containsString("<svg")))
        .andReturn();
    var view = (DashboardService.Progress) result.getModelAndView().getModel().get("view");

    assertThat(view.unit()).isEqualTo("SETDA");
    var rows = view.rows().stream().collect(Collectors.toMap(r -> (r.ownStaff() ? "own:" : "") + r.code(), r -> r));
    var bkpsdm = rows.get("BKPSDM");
    assertThat(bkpsdm.employees()).isEqualTo(9);
    assertThat(bkpsdm.appraisals()).isEqualTo(7);
    assertThat(nonZero(bkpsdm.phases())).containsExactlyInAnyOrderEntriesOf(Map.of(
        Fase.PERENCANAAN, 2L, Fase.PENILAIAN_TAHUNAN, 1L, Fase.HASIL, 1L, Fase.KEBERATAN, 1L,
        Fase.PENETAPAN, 1L, Fase.SELESAI, 1L));
    assertThat(bkpsdm.overdue()).isEqualTo(1);
    assertThat(bkpsdm.objections()).isEqualTo(2);
    assertThat(bkpsdm.openObjections()).isEqualTo(1);

    var disdik = rows.get("DISDIK");
    assertThat(disdik.appraisals()).isEqualTo(2);
    assertThat(nonZero(disdik.phases())).containsExactlyInAnyOrderEntriesOf(Map.of(Fase.PERENCANAAN, 1L, Fase.PELAKSANAAN, 1L));
    assertThat(disdik.overdue()).isEqualTo(1);
    assertThat(disdik.objections()).isZero();

    assertThat(rows.get("own:SETDA").employees()).isEqualTo(7);
    assertThat(rows.get("own:SETDA").appraisals()).isZero();
    // the agency's active employees, counted apart from the dashboard: 25 in the demo as seeded, but other
    // tests of the shared application add and retire people of their own
    assertThat(view.total().employees()).isEqualTo(jdbc.sql("""
        SELECT COUNT(*) FROM org_employee e JOIN org_unit u ON u.code = e.unit_code
        WHERE e.active = TRUE AND u.agency_code = 'PEMKAB-SUKAMAJU'""").query(Long.class).single());
    assertThat(view.total().appraisals()).isEqualTo(9);
    assertThat(view.total().overdue()).isEqualTo(2);
    assertThat(view.total().phases().get(Fase.PERENCANAAN)).isEqualTo(3);
  }

  @Test
  void progress_drillsDownIntoAUnit_andRefusesAnUnknownOne() throws Exception {
    var view = (DashboardService.Progress) mvc.perform(get("/dasbor/bkpsdm")
            .param("tahun", String.valueOf(TAHUN)).param("unit", "BKPSDM").with(bkpsdm()))
        .andExpect(status().isOk())
        .andReturn().getModelAndView().getModel().get("view");
    assertThat(view.path()).extracting(DashboardService.Crumb::code).containsExactly("SETDA", "BKPSDM");
    assertThat(view.total().appraisals()).isEqualTo(7);

    mvc.perform(get("/dasbor/bkpsdm").param("unit", "TIDAK-ADA").with(bkpsdm()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("tidak dikenal")));
    mvc.perform(get("/dasbor/bkpsdm").param("tahun", "dua ribu").with(bkpsdm()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void curves_sayWhenAUnitOutsideItsCurveHasAnAcceptedJustificationBehindIt() throws Exception {
    jdbc.sql("""
            INSERT INTO kalibrasi_justifikasi (unit_code, tahun, justifikasi, sebaran, diajukan_oleh, diajukan_pada,
                                               diterima, catatan, diputus_oleh, diputus_pada)
            VALUES ('BKPSDM', ?, 'Tiga pegawai menyelesaikan proyek SIASN lebih awal', '{}', ?, ?, TRUE, 'Diterima', ?, ?)""")
        .params(TAHUN, HENDRA, java.time.LocalDateTime.of(TAHUN + 1, 1, 10, 9, 0), YUNI,
            java.time.LocalDateTime.of(TAHUN + 1, 1, 12, 9, 0))
        .update();
    try {
      String page = mvc.perform(get("/dasbor/bkpsdm/kurva").param("tahun", String.valueOf(TAHUN)).with(bkpsdm()))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      String expected = "Justifikasi kepala unit diterima BKPSDM (Yuni Astuti, S.Psi., 12 Januari " + (TAHUN + 1) + ").";
      // in the unit's row under its limits, and in the list of units outside their curve
      assertThat(page.split(java.util.regex.Pattern.quote(expected), -1)).hasSizeGreaterThanOrEqualTo(3);
      long decisions = jdbc.sql("SELECT COUNT(*) FROM kalibrasi_keberatan WHERE unit_code = 'BKPSDM' AND tahun = ?")
          .param(TAHUN).query(Long.class).single();
      if (decisions > 0) {
        assertThat(page).contains(decisions + " putusan keberatan mengubah predikat setelah kalibrasi (putusan final).");
      }
    } finally {
      jdbc.sql("DELETE FROM kalibrasi_justifikasi WHERE unit_code = 'BKPSDM' AND tahun = ? AND justifikasi LIKE 'Tiga pegawai%'")
          .param(TAHUN).update();
    }
  }

  @Test
  void curves_compareEachUnitsPredikatWithItsCurveFromTheDecisionTable() throws Exception {
    var result = mvc.perform(get("/dasbor/bkpsdm/kurva").param("tahun", String.valueOf(TAHUN)).with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("melanggar")))
        .andReturn();
    var view = (DashboardService.Curves) result.getModelAndView().getModel().get("view");
    var units = view.rows().stream().collect(Collectors.toMap(DashboardService.UnitCurve::code, u -> u));

    var bkpsdm = units.get("BKPSDM");
    assertThat(bkpsdm.capaian()).isEqualTo("BAIK");
    assertThat(bkpsdm.rated()).isEqualTo(8);
    assertThat(bkpsdm.counts().get(Predikat.SANGAT_BAIK)).isEqualTo(3);
    // Lina's annual BUTUH_PERBAIKAN was changed to BAIK on objection; Dimas's final result counts
    assertThat(bkpsdm.counts().get(Predikat.BAIK)).isEqualTo(5);
    assertThat(bkpsdm.counts().get(Predikat.BUTUH_PERBAIKAN)).isZero();
    assertThat(bkpsdm.checks()).extracting(c -> c.batas().jenis().name(), KurvaDistribusi.Baris::jumlah,
            KurvaDistribusi.Baris::batasOrang, KurvaDistribusi.Baris::terpenuhi)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("MAKS", 5, 5, true),     // Baik at most floor(70% of 8) = 5
            org.assertj.core.groups.Tuple.tuple("MIN", 0, 1, false));    // BP/Kurang at least ceil(1% of 8) = 1
    assertThat(bkpsdm.ok()).isFalse();

    var disdik = units.get("DISDIK");
    assertThat(disdik.rated()).isEqualTo(4);
    assertThat(disdik.checks()).singleElement().satisfies(check -> {
      assertThat(check.batas().predikat()).containsExactly(Predikat.SANGAT_BAIK);
      assertThat(check.jumlah()).isEqualTo(2);
      assertThat(check.batasOrang()).isEqualTo(2); // floor(70% of 4)
      assertThat(check.terpenuhi()).isTrue();
    });

    assertThat(view.unitsChecked()).isEqualTo(2);
    assertThat(view.violationCount()).isEqualTo(1);
    assertThat(view.violations()).extracting(DashboardService.UnitCurve::code).containsExactly("BKPSDM");
  }

  @Test
  void curves_countTheCalibratedPredikat_andShowBkpsdmAnObjectionThatBrokeTheCurve() throws Exception {
    int tahun = 2072;   // a year no other test opens (2061, its former one, is EmptySubmissionRestTest's too)
    long budi = objectionBreaksDisdiksCurve(tahun);

    var result = mvc.perform(get("/dasbor/bkpsdm/kurva").param("tahun", String.valueOf(tahun)).with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Putusan keberatan yang membuat unit di luar kurva")))
        .andExpect(content().string(containsString("Tandai sudah ditindaklanjuti")))
        .andReturn();
    var view = (DashboardService.Curves) result.getModelAndView().getModel().get("view");
    var disdik = view.rows().stream().filter(u -> u.code().equals("DISDIK")).findFirst()
        .or(() -> view.violations().stream().filter(u -> u.code().equals("DISDIK")).findFirst()).orElseThrow();
    assertThat(disdik.counts().get(Predikat.SANGAT_BAIK)).as("Budi counts as calibrated, not as rated").isZero();
    assertThat(disdik.counts().get(Predikat.BAIK)).isEqualTo(3);
    assertThat(disdik.counts().get(Predikat.BUTUH_PERBAIKAN)).isZero();
    assertThat(disdik.ok()).isFalse();
    assertThat(view.objections()).singleElement().satisfies(o -> {
      assertThat(o.unit()).isEqualTo("DISDIK");
      assertThat(o.nip()).isEqualTo(RATNA);
      assertThat(o.sebelum()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
      assertThat(o.sesudah()).isEqualTo(Predikat.BAIK);
      assertThat(o.masihDiLuarKurva()).isTrue();
      assertThat(o.tindakLanjut()).isNull();
    });
    assertThat(view.objectionsOpen()).isOne();
    assertThat(budi).isPositive();
  }

  @Test
  void objectionThatBrokeTheCurve_isFollowedUpOnceByBkpsdm_withANote_andStaysListed() throws Exception {
    int tahun = 2073;
    objectionBreaksDisdiksCurve(tahun);
    long id = jdbc.sql("SELECT id FROM kalibrasi_keberatan WHERE tahun = ? AND nip = ?").params(tahun, RATNA)
        .query(Long.class).single();
    String form = "/dasbor/bkpsdm/kurva/keberatan/" + id + "/tindak-lanjut";
    String api = "/api/dasbor/kurva/keberatan/" + id + "/tindak-lanjut";
    String note = "Dibahas dengan Kepala Dinas Pendidikan; sebaran tahun depan dipantau sejak penilaian periodik.";

    mvc.perform(post(form).param("catatan", note).with(bkpsdm())).andExpect(status().isForbidden()); // no CSRF token
    mvc.perform(post(form).param("catatan", note).with(appraiser(SUTRISNO)).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post(form).param("catatan", "  sudah ").param("tahun", String.valueOf(tahun)).with(bkpsdm()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("masalah", List.of("Catatan tindak lanjut wajib diisi, 10 sampai 1000 karakter: "
            + "tuliskan apa yang dilakukan (sekarang 5 karakter)")));
    mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content("{}").with(bkpsdm()).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(containsString("Catatan tindak lanjut wajib diisi")));
    mvc.perform(post("/api/dasbor/kurva/keberatan/999999/tindak-lanjut").contentType(MediaType.APPLICATION_JSON)
            .content("{\"catatan\":\"" + note + "\"}").with(bkpsdm()).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM kalibrasi_keberatan WHERE id = ? AND ditindaklanjuti_pada IS NULL")
        .param(id).query(Long.class).single()).as("nothing stored by the refused attempts").isOne();

    mvc.perform(post(form).param("catatan", note).param("tahun", String.valueOf(tahun)).with(bkpsdm()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/dasbor/bkpsdm/kurva?tahun=" + tahun + "#keberatan-kurva"))
        .andExpect(flash().attribute("pesan", "Tindak lanjut tercatat."));
    mvc.perform(post(api).contentType(MediaType.APPLICATION_JSON).content("{\"catatan\":\"Catatan kedua dari orang lain\"}")
            .with(bkpsdm()).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(containsString("sudah ditindaklanjuti oleh Yuni Astuti")));

    var result = mvc.perform(get("/dasbor/bkpsdm/kurva").param("tahun", String.valueOf(tahun)).with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Dibahas dengan Kepala Dinas Pendidikan")))
        .andExpect(content().string(containsString("0 belum ditindaklanjuti.")))
        .andExpect(content().string(not(containsString("Tandai sudah ditindaklanjuti"))))
        .andReturn();
    var view = (DashboardService.Curves) result.getModelAndView().getModel().get("view");
    assertThat(view.objections()).singleElement().satisfies(o -> {
      assertThat(o.tindakLanjut().oleh()).isEqualTo(YUNI);
      assertThat(o.tindakLanjut().catatan()).isEqualTo(note);
    });
    assertThat(view.objectionsOpen()).isZero();
  }

  /**
   * DISDIK's year {@code tahun}: three released, Budi's Sangat Baik calibrated to Baik, then Ratna's
   * objection decided Baik, which leaves the unit without the Butuh Perbaikan its curve asks for.
   * Returns Budi's SKP id.
   */
  private long objectionBreaksDisdiksCurve(int tahun) {
    jdbc.sql("""
        INSERT INTO capaian_organisasi (unit_code, tahun, capaian, ditetapkan_oleh, ditetapkan_pada)
        VALUES ('DISDIK', ?, 'BAIK', 'test', CURRENT_TIMESTAMP)""").param(tahun).update();
    // annual ratings; the unit's calibration lowered Budi's Sangat Baik to Baik and released all three
    long budi = released(BUDI, tahun, "SANGAT_BAIK", "BAIK");
    long ratna = released(RATNA, tahun, "BUTUH_PERBAIKAN", "BUTUH_PERBAIKAN");
    released(ANDI, tahun, "BAIK", "BAIK");
    // then Ratna's objection is decided: Baik (final, it stands) — 3 Baik of 3, none Butuh Perbaikan
    jdbc.sql("""
        INSERT INTO keberatan (skp_id, alasan, keputusan, hasil_kerja_baru, perilaku_kerja_baru, predikat_baru, diputus_oleh, diputus_pada)
        VALUES (?, 'Bukti belum dipertimbangkan', 'UBAH', 'SESUAI', 'SESUAI', 'BAIK', ?, CURRENT_TIMESTAMP)""")
        .params(ratna, SEKDA).update();
    assertThat(kalibrasi.objectionDecided(PenilaianTahunan.of(RATNA, tahun), "SESUAI", "SESUAI", "BAIK", SEKDA, null)).isPresent();
    return budi;
  }

  /** An annual rating whose predikat the unit's calibration set and released. */
  private long released(String nip, int tahun, String rated, String calibrated) {
    jdbc.sql("INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, status) VALUES (?, ?, ?, ?, 'DISETUJUI')")
        .params(nip, tahun, SUTRISNO, SEKDA).update();
    long skpId = jdbc.sql("SELECT id FROM skp WHERE nip = ? AND tahun = ?").params(nip, tahun).query(Long.class).single();
    jdbc.sql("""
        INSERT INTO penilaian (skp_id, jenis, penilai, hasil_kerja, perilaku_kerja, predikat)
        VALUES (?, 'TAHUNAN', ?, 'SESUAI', 'SESUAI', ?)""").params(skpId, SUTRISNO, rated).update();
    jdbc.sql("""
        INSERT INTO kalibrasi_usulan (nip, tahun, unit_code, process_instance_id, hasil_kerja_usulan, hasil_kerja,
                                      perilaku_kerja, predikat_usulan, predikat, diusulkan_pada, dilepas_pada)
        VALUES (?, ?, 'DISDIK', 'selesai', 'SESUAI', 'SESUAI', 'SESUAI', ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
        .params(nip, tahun, rated, calibrated).update();
    return skpId;
  }

  @Test
  void workload_listsTheAppraisersOpenTasks_slowestFirst() throws Exception {
    var view = (DashboardService.Workload) mvc.perform(get("/dasbor/bkpsdm/beban-kerja")
            .param("tahun", String.valueOf(TAHUN)).with(bkpsdm()))
        .andExpect(status().isOk())
        .andReturn().getModelAndView().getModel().get("view");

    assertThat(view.people()).isEqualTo(3);
    assertThat(view.openTasks()).isEqualTo(4);
    assertThat(view.rows()).extracting(DashboardService.WorkloadRow::nip).containsExactly(SUTRISNO, SEKDA, HENDRA);
    var sutrisno = view.rows().get(0);
    assertThat(sutrisno.openTasks()).isEqualTo(1);
    assertThat(sutrisno.overdueTasks()).isEqualTo(1);
    assertThat(sutrisno.oldestDays()).isCloseTo(10, within(0.1));
    var sekda = view.rows().get(1);
    assertThat(sekda.openTasks()).isEqualTo(2);
    assertThat(sekda.overdueTasks()).isZero();
    assertThat(sekda.meanDays()).isCloseTo(3, within(0.1));
    assertThat(view.rows().get(2).oldestDays()).isCloseTo(1, within(0.1));
  }

  @Test
  @Order(1)
  void leniency_withoutAny360Answers_saysThereIsNo360DataYet() throws Exception {
    assertThat(answers360(TAHUN)).as("this test runs before the 360 answers are added").isZero();
    var result = mvc.perform(get("/dasbor/bkpsdm/kemurahan").param("tahun", String.valueOf(TAHUN)).with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("belum ada data 360")))
        .andReturn();
    var view = (DashboardService.LeniencyView) result.getModelAndView().getModel().get("view");
    assertThat(view.has360()).isFalse();
    var rows = leniencyByNip(view);
    // Hendra 33/14 against BKPSDM 39/16 (his ratings plus the Sekda's rating of him)
    assertThat(rows.get(HENDRA).mean()).isCloseTo(33 / 14.0, within(1e-9));
    assertThat(rows.get(HENDRA).unitMean()).isCloseTo(39 / 16.0, within(1e-9));
    assertThat(rows.get(HENDRA).selisih()).isCloseTo(33 / 14.0 - 39 / 16.0, within(1e-9));
    assertThat(rows.get(SUTRISNO).selisih()).isCloseTo(2.0 - 18 / 8.0, within(1e-9));
    // the Sekda's unit is the whole agency: 57 points over 24 ratings
    assertThat(rows.get(SEKDA).mean()).isCloseTo(3.0, within(1e-9));
    assertThat(rows.get(SEKDA).unitMean()).isCloseTo(57 / 24.0, within(1e-9));
    assertThat(rows.get(HENDRA).selisih360()).isNull();
    assertThat(view.rows().get(0).penilai()).as("most lenient first").isEqualTo(SEKDA);
  }

  @Test
  @Order(2)
  void leniency_comparesPerilakuWithThe360AnswersAboutTheSameEmployees() throws Exception {
    answer360(RUDI, TAHUN, 5);
    answer360(RUDI, TAHUN, 5);
    answer360(FITRI, TAHUN, 2);
    answer360(FITRI, TAHUN, 4);
    answer360(WAHYU, TAHUN, 1);
    answer360(RUDI, TAHUN - 1, 1); // another year: ignored

    var view = (DashboardService.LeniencyView) mvc.perform(get("/dasbor/bkpsdm/kemurahan")
            .param("tahun", String.valueOf(TAHUN)).with(bkpsdm()))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("belum ada data 360"))))
        .andReturn().getModelAndView().getModel().get("view");
    var hendra = leniencyByNip(view).get(HENDRA);

    assertThat(view.has360()).isTrue();
    assertThat(hendra.ratings360()).isEqualTo(3);
    assertThat(hendra.perilakuMean()).isCloseTo(8 / 3.0, within(1e-9));   // Rudi 3, Fitri 2, Wahyu 3
    assertThat(hendra.skor360()).isCloseTo(3.0, within(1e-9));            // means 5, 3, 1
    assertThat(hendra.skor360Skala3()).isCloseTo(2.0, within(1e-9));
    assertThat(hendra.selisih360()).isCloseTo(8 / 3.0 - 2.0, within(1e-9));
    assertThat(leniencyByNip(view).get(SUTRISNO).selisih360()).isNull();
  }

  @Test
  void appraiser_seesOwnSubordinatesOnly_withPhaseTasksAndPredikat() throws Exception {
    var result = mvc.perform(get("/dasbor/penilai").param("tahun", String.valueOf(TAHUN)).with(appraiser(HENDRA)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(BUDI))))
        .andReturn();
    var view = (DashboardService.Team) result.getModelAndView().getModel().get("view");
    var rows = view.rows().stream().collect(Collectors.toMap(DashboardService.SubordinateRow::nip, r -> r));

    assertThat(rows.keySet()).containsExactlyInAnyOrder(YUNI, RUDI, FITRI, WAHYU, NUR, EKO, LINA, DIMAS);
    assertThat(rows.get(YUNI).fase()).isNull();
    assertThat(rows.get(RUDI).fase()).isEqualTo(Fase.PERENCANAAN);
    assertThat(rows.get(FITRI).overdue()).isEqualTo(1);
    assertThat(rows.get(WAHYU).fase()).isEqualTo(Fase.PENILAIAN_TAHUNAN);
    assertThat(rows.get(WAHYU).tasks()).singleElement().satisfies(t -> assertThat(t.assignee()).isEqualTo(HENDRA));
    assertThat(rows.get(EKO).fase()).isEqualTo(Fase.KEBERATAN);
    assertThat(rows.get(DIMAS).fase()).isEqualTo(Fase.SELESAI);
    assertThat(rows.get(DIMAS).predikatLabel()).isEqualTo("Sangat Baik");
    assertThat(rows.get(DIMAS).ratings().predikatFinal()).isTrue();
    assertThat(rows.get(LINA).predikatLabel()).isEqualTo("Baik");

    var sutrisnosTeam = (DashboardService.Team) mvc.perform(get("/dasbor/penilai").param("tahun", String.valueOf(TAHUN))
            .with(appraiser(SUTRISNO)))
        .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("view");
    var ratna = sutrisnosTeam.rows().stream().filter(r -> r.nip().equals(RATNA)).findFirst().orElseThrow();
    assertThat(ratna.fase()).as("waiting at the period timer").isEqualTo(Fase.PELAKSANAAN);
    assertThat(sutrisnosTeam.rows()).extracting(DashboardService.SubordinateRow::nip).doesNotContain(RUDI, FITRI);
  }

  @Test
  void employeeWithoutSubordinates_andAppraiser_mayNotOpenTheBkpsdmPages() throws Exception {
    for (String page : List.of("/dasbor/bkpsdm", "/dasbor/bkpsdm/kurva", "/dasbor/bkpsdm/beban-kerja", "/dasbor/bkpsdm/kemurahan",
        "/dasbor/bkpsdm/terlambat")) {
      mvc.perform(get(page).with(user(RUDI).authorities(() -> "GROUP_asn"))).andExpect(status().isForbidden());
      mvc.perform(get(page).with(appraiser(HENDRA))).andExpect(status().isForbidden());
      mvc.perform(get(page).with(bkpsdm())).andExpect(status().isOk());
      mvc.perform(get(page).with(user("demo").authorities(() -> "GROUP_camunda-admin"))).andExpect(status().isOk());
    }
    mvc.perform(get("/dasbor/penilai").with(user(RUDI).authorities(() -> "GROUP_asn"))).andExpect(status().isForbidden());
    // nobody but BKPSDM sends reminders, and a year that is no year is a 400 in words
    mvc.perform(post("/dasbor/bkpsdm/terlambat/ingatkan").param("unit", "BKPSDM").with(appraiser(HENDRA)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/dasbor/bkpsdm/terlambat/ingatkan").param("unit", "BKPSDM").with(bkpsdm()))
        .andExpect(status().isForbidden()); // no CSRF token
    mvc.perform(get("/dasbor/bkpsdm/terlambat").param("tahun", "dua ribu").with(bkpsdm()))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("tidak sah")));
    mvc.perform(post("/dasbor/bkpsdm/terlambat/ingatkan").param("tahun", "2001").param("unit", "BKPSDM").with(bkpsdm()).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("masalah", List.of("Tidak ada yang terlambat di unit ini untuk tahun 2001: tidak ada pengingat yang dikirim")));
    mvc.perform(get("/dasbor/bkpsdm").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", containsString("/login")));
  }

  private static Map<Fase, Long> nonZero(Map<Fase, Long> phases) {
    return phases.entrySet().stream().filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Map<String, Leniency.Row> leniencyByNip(DashboardService.LeniencyView view) {
    return view.rows().stream().collect(Collectors.toMap(Leniency.Row::penilai, r -> r));
  }

  private long answers360(int tahun) {
    return jdbc.sql("SELECT COUNT(*) FROM umpan_balik_360 WHERE tahun = ?").param(tahun).query(Long.class).single();
  }

  private void answer360(String nip, int tahun, int skor) {
    // as the 360 feature stores an answer: random keys, no rater
    jdbc.sql("INSERT INTO umpan_balik_360 (id, jawaban_id, nip_dinilai, tahun, nilai, skor) VALUES (?, ?, ?, ?, 'KOLABORATIF', ?)")
        .params(java.util.UUID.randomUUID().toString(), java.util.UUID.randomUUID().toString(), nip, tahun, skor).update();
  }

  @Test
  void kinerjaSayaAndTimSaya_refuseAYearOutOfRangeWith400InWords_andALoginThatIsNoNipHasNoYear() throws Exception {
    mvc.perform(get("/kinerja-saya").param("tahun", "1999").with(user(RUDI).authorities(() -> "GROUP_asn")))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("di luar rentang")))
        // back to a page the employee may open, not the BKPSDM dashboard
        .andExpect(content().string(containsString("href=\"/kinerja-saya\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/dasbor/bkpsdm\""))));
    mvc.perform(get("/tim-saya").param("tahun", "2101").with(appraiser(HENDRA)))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("di luar rentang")));
    mvc.perform(get("/kinerja-saya").param("tahun", String.valueOf(TAHUN)).with(user(RUDI).authorities(() -> "GROUP_asn")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Rudi")));
    mvc.perform(get("/kinerja-saya").param("tahun", String.valueOf(TAHUN))
            .with(user("demo").authorities(() -> "GROUP_camunda-admin")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("tidak terdaftar sebagai pegawai")));
  }

  private static RequestPostProcessor bkpsdm() {
    return user(YUNI).authorities(() -> "GROUP_asn", () -> "GROUP_bkpsdm");
  }

  private static RequestPostProcessor appraiser(String nip) {
    return user(nip).authorities(() -> "GROUP_asn", () -> "GROUP_pejabat-penilai");
  }

}
