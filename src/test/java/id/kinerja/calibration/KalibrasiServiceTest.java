package id.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import id.kinerja.organisation.Mutasi;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.support.SharedApplicationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calibration on the wired application (demo organisation, unit DISDIK, H2): real appraisal-cycle
 * instances reach Task_DaftarkanKalibrasi (started right there, as if their annual rating had just
 * been recorded), the real kalibrasi-unit process checks them with the deployed DMNs, and releases
 * them. Each scenario uses its own year; the job executor is off, so jobs run explicitly.
 */
@SharedApplicationTest
class KalibrasiServiceTest {

  static final String UNIT = "DISDIK";
  static final String KEPALA = "197304041999031017";   // Dr. Sutrisno, Kepala Dinas Pendidikan
  static final String SRI = "198001162005012018";
  static final String BUDI = "198309252008031019";
  static final String RATNA = "198603022011032020";
  static final String BKPSDM = "198506152010012009";

  @Autowired ProcessEngine engine;
  @Autowired KalibrasiService kalibrasi;
  @Autowired CapaianOrganisasiService capaian;
  @Autowired OrganisationLookup organisasi;
  @Autowired AppraisalCycleStarter starter;
  @Autowired Mutasi mutasi;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  @Test
  void unitInsideItsCurve_isNotHeld_everyoneReleasedAtOnce() {
    int tahun = 2041;
    capaian.record(UNIT, Tahun.of(tahun), "BAIK", "LKj Dinas Pendidikan", BKPSDM);
    // the year's cycles are all open at once (as at the start of a year); their ratings come in
    List<String> cycles = proposedTogether(tahun,
        new String[] {SRI, "SESUAI", "SESUAI"},        // BAIK
        new String[] {BUDI, "DI_BAWAH", "SESUAI"},     // BUTUH_PERBAIKAN
        new String[] {RATNA, "SESUAI", "DI_ATAS"});    // BAIK: 2 of 3 Baik (at most 2), 1 Butuh Perbaikan
    String sri = cycles.get(0);
    String budi = cycles.get(1);
    String ratna = cycles.get(2);
    assertWaiting(sri);
    runJobs();

    for (String cycle : List.of(sri, budi, ratna)) {
      assertThat(taskOf(cycle).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
      assertThat(engine.getRuntimeService().getVariable(cycle, "catatanKalibrasi"))
          .isEqualTo("Sebaran predikat unit sesuai kurva distribusi.");
    }
    assertThat(engine.getRuntimeService().getVariable(budi, "predikat")).isEqualTo("BUTUH_PERBAIKAN");
    assertThat(kalibrasiUnitRunning(tahun)).isFalse();
    assertThat(kalibrasi.released(UNIT, Tahun.of(tahun))).isEqualTo(3);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(KalibrasiProcess.Elements.TASK_KALIBRASI_KURVA_UNIT)
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, Tahun.of(tahun))).count()).isZero();

    // a second release changes nothing; capaian can no longer be changed after the release
    assertThat(kalibrasi.release(UNIT, Tahun.of(tahun), "lagi")).isZero();
    assertThatThrownBy(() -> capaian.record(UNIT, Tahun.of(tahun), "ISTIMEWA", null, BKPSDM))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("sudah dilepas");
  }

  @Test
  void unitOutsideItsCurve_waitsForTheHead_whoLowersOnePredikat_thenReleased() {
    int tahun = 2042;
    capaian.record(UNIT, Tahun.of(tahun), "ISTIMEWA", null, BKPSDM);
    List<String> cycles = proposedTogether(tahun,
        new String[] {SRI, "DI_ATAS", "DI_ATAS"},      // SANGAT_BAIK
        new String[] {BUDI, "DI_ATAS", "DI_ATAS"});    // SANGAT_BAIK: 2 of 2, at most 1 (70% of 2, rounded down)
    String sri = cycles.get(0);
    String budi = cycles.get(1);
    runJobs();

    assertWaiting(sri);
    assertWaiting(budi);
    Task task = kalibrasiTask(tahun);
    assertThat(task.getAssignee()).isEqualTo(KEPALA);
    assertThat((String) engine.getTaskService().getVariable(task.getId(), "tabelKurva"))
        .contains("| Sangat Baik paling banyak 70% | 2 | paling banyak 1 | **TIDAK terpenuhi** |");

    var list = (com.fasterxml.jackson.databind.node.ArrayNode) id.kinerja.kernel.JsonValues.tree(
        engine.getTaskService().getVariable(task.getId(), "usulanKalibrasi"));
    assertThat(list).hasSize(2);
    list.forEach(row -> {
      if (row.get("nip").asText().equals(BUDI)) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("predikat", "BAIK");
      }
    });
    engine.getTaskService().complete(task.getId(), Map.of("tindakanKalibrasi", "UBAH",
        "usulanKalibrasi", SpinValues.jsonValue(list.toString()).create()));
    runJobs();

    assertThat(engine.getRuntimeService().getVariable(budi, "predikat")).isEqualTo("BAIK");
    assertThat((String) engine.getRuntimeService().getVariable(budi, "catatanKalibrasi"))
        .contains("Predikat diubah dalam kalibrasi dari Sangat Baik menjadi Baik.");
    assertThat(engine.getRuntimeService().getVariable(sri, "predikat")).isEqualTo("SANGAT_BAIK");
    assertThat(taskOf(sri).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat(jdbc.sql("SELECT diubah_oleh FROM kalibrasi_usulan WHERE nip = ? AND tahun = ?").params(BUDI, tahun)
        .query(String.class).single()).isEqualTo(KEPALA);
  }

  @Test
  void headsOwnHasilKerja_followsTheUnitsResult() {
    int tahun = 2043;
    capaian.record(UNIT, Tahun.of(tahun), "ISTIMEWA", null, BKPSDM);
    // the head's appraiser proposed Sesuai; the unit is Istimewa, so the head's Hasil Kerja is Di Atas
    List<String> cycles = proposedTogether(tahun,
        new String[] {KEPALA, "SESUAI", "DI_ATAS"},    // proposed BAIK
        new String[] {SRI, "SESUAI", "SESUAI"},        // BAIK
        new String[] {BUDI, "DI_BAWAH", "SESUAI"});    // BUTUH_PERBAIKAN
    String head = cycles.get(0);
    String sri = cycles.get(1);
    String budi = cycles.get(2);
    runJobs();

    assertThat(taskOf(head).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat(engine.getRuntimeService().getVariable(head, "hasilKerja")).isEqualTo("DI_ATAS");
    assertThat(engine.getRuntimeService().getVariable(head, "predikat")).isEqualTo("SANGAT_BAIK");
    assertThat((String) engine.getRuntimeService().getVariable(head, "catatanKalibrasi"))
        .contains("hasil kerja Anda mengikuti capaian kinerja organisasi");
    assertThat(engine.getRuntimeService().getVariable(sri, "hasilKerja")).isEqualTo("SESUAI");
    assertThat(engine.getRuntimeService().getVariable(budi, "predikat")).isEqualTo("BUTUH_PERBAIKAN");
    assertThat(jdbc.sql("SELECT predikat_usulan || '>' || predikat FROM kalibrasi_usulan WHERE nip = ? AND tahun = ?")
        .params(KEPALA, tahun).query(String.class).single()).isEqualTo("BAIK>SANGAT_BAIK");
  }

  @Test
  void justificationAcceptedByBkpsdm_unitReleasedAsProposed() {
    int tahun = 2044;
    capaian.record(UNIT, Tahun.of(tahun), "ISTIMEWA", null, BKPSDM);
    String sri = proposedTogether(tahun, new String[] {SRI, "DI_ATAS", "DI_ATAS"}, new String[] {BUDI, "DI_ATAS", "DI_ATAS"}).get(0);
    runJobs();

    engine.getTaskService().complete(kalibrasiTask(tahun).getId(), Map.of("tindakanKalibrasi", "JUSTIFIKASI",
        "justifikasiKurva", "Keduanya guru penggerak yang memenangkan lomba inovasi provinsi."));
    Task decision = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, Tahun.of(tahun))).singleResult();
    assertThat(decision.getTaskDefinitionKey()).isEqualTo(KalibrasiProcess.Elements.TASK_TERIMA_JUSTIFIKASI);
    engine.getTaskService().complete(decision.getId(), Map.of("putusanJustifikasi", "TERIMA", "catatanBkpsdm", "Bukti lengkap"));

    assertThat(engine.getRuntimeService().getVariable(sri, "predikat")).isEqualTo("SANGAT_BAIK");
    assertThat((String) engine.getRuntimeService().getVariable(sri, "catatanKalibrasi")).contains("justifikasi kepala unit diterima");
    assertThat(jdbc.sql("SELECT diterima FROM kalibrasi_justifikasi WHERE unit_code = ? AND tahun = ?")
        .params(UNIT, tahun).query(Boolean.class).single()).isTrue();
  }

  @Test
  void noCapaianYet_unitWaits_thenBkpsdmRecordsIt_andTheUnitIsReleased() {
    int tahun = 2045;
    List<String> cycles = proposedTogether(tahun, new String[] {SRI, "SESUAI", "SESUAI"}, new String[] {BUDI, "DI_BAWAH", "SESUAI"});
    String sri = cycles.get(0);
    String budi = cycles.get(1);
    runJobs();

    assertWaiting(sri);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE penerima = 'bkpsdm' AND pesan LIKE ?")
        .param("%organisasi " + organisasi.unitNameOf(UNIT) + " tahun " + tahun + "%").query(Long.class).single()).isPositive();

    capaian.record(UNIT, Tahun.of(tahun), "BAIK", null, BKPSDM);
    runJobs();

    assertThat(taskOf(sri).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat(taskOf(budi).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
  }

  @Test
  void anEmployeeLeavesMidWay_theUnitNoLongerWaitsForThem_checkedAgainAtOnce() {
    int tahun = 2046;
    capaian.record(UNIT, Tahun.of(tahun), "BAIK", null, BKPSDM);
    String leaving = "199104032016042024"; // Maya Sari, still drafting her SKP
    starter.start(PenilaianTahunan.of(leaving, tahun), Map.of());
    String sri = proposed(SRI, tahun, "SESUAI", "SESUAI");
    String budi = proposed(BUDI, tahun, "DI_BAWAH", "SESUAI");
    assertWaiting(sri);
    assertThat(engine.getManagementService().createJobQuery().activityId(KalibrasiProcess.Elements.TIMER_PERIKSA_ULANG)
        .processInstanceId(kalibrasiUnit(tahun)).count()).as("the periodic re-check, a week away").isEqualTo(1);

    // her departure tells the unit's calibration at once: no need to wait for the periodic re-check
    mutasi.recordDeparture(Nip.of(leaving), "Pindah ke instansi lain", "demo");
    runJobs();

    assertThat(taskOf(sri).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat(taskOf(budi).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
  }

  @Test
  void aProposalCommittedWhileTheUnitIsBeingChecked_isSeenByTheCheck_noneIsLeftWaiting() throws Exception {
    int tahun = 2058;
    capaian.record(UNIT, Tahun.of(tahun), "BAIK", null, BKPSDM);
    List<String> cycles = proposedTogether(tahun,
        new String[] {SRI, "SESUAI", "SESUAI"},        // BAIK
        new String[] {BUDI, "DI_BAWAH", "SESUAI"});    // BUTUH_PERBAIKAN
    Job check = engine.getManagementService().createJobQuery().messages().processInstanceId(kalibrasiUnit(tahun))
        .singleResult();

    // Ratna's rating is being saved (registered, not yet committed) when the job executor starts the unit's check
    String ratna = proposedWhile(tahun, new String[] {RATNA, "SESUAI", "DI_ATAS"},  // BAIK
        () -> engine.getManagementService().executeJob(check.getId()));
    runJobs();

    // the check saw all three (2 of 3 Baik, 1 Butuh Perbaikan: inside the curve) and released them
    for (String cycle : List.of(cycles.get(0), cycles.get(1), ratna)) {
      assertThat(taskOf(cycle)).as("released, not waiting for the weekly re-check").isNotNull();
      assertThat(taskOf(cycle).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    }
    assertThat(kalibrasi.released(UNIT, Tahun.of(tahun))).isEqualTo(3);
    assertThat(kalibrasiUnitRunning(tahun)).isFalse();
  }

  @Test
  void aLateProposalCommittedWhileBkpsdmAcceptsTheJustification_isNotReleasedUnderIt_butCalibratedInTheNextRound()
      throws Exception {
    int tahun = 2059;
    capaian.record(UNIT, Tahun.of(tahun), "ISTIMEWA", null, BKPSDM);
    List<String> cycles = proposedTogether(tahun, new String[] {SRI, "DI_ATAS", "DI_ATAS"}, new String[] {BUDI, "DI_ATAS", "DI_ATAS"});
    runJobs();
    engine.getTaskService().complete(kalibrasiTask(tahun).getId(), Map.of("tindakanKalibrasi", "JUSTIFIKASI",
        "justifikasiKurva", "Keduanya guru penggerak yang memenangkan lomba inovasi provinsi."));
    Task decision = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, Tahun.of(tahun))).singleResult();

    // Ratna's year was opened late; her rating (Sangat Baik too) is being saved when BKPSDM accepts
    // the justification of Sri's and Budi's
    String ratna = proposedWhile(tahun, new String[] {RATNA, "DI_ATAS", "DI_ATAS"},
        () -> engine.getTaskService().complete(decision.getId(), Map.of("putusanJustifikasi", "TERIMA",
            "catatanBkpsdm", "Bukti lengkap")));
    runJobs();

    // what BKPSDM accepted is released; Ratna was not part of it and is not left waiting either:
    // three Sangat Baik of three breaks the curve, so the head calibrates her (the two others fixed)
    for (String cycle : cycles) {
      assertThat(taskOf(cycle).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
      assertThat((String) engine.getRuntimeService().getVariable(cycle, "catatanKalibrasi"))
          .contains("justifikasi kepala unit diterima");
    }
    assertWaiting(ratna);
    Task head = kalibrasiTask(tahun);
    assertThat(head).as("the head calibrates the proposal the justification did not cover").isNotNull();
    assertThat(head.getAssignee()).isEqualTo(KEPALA);
    assertThat(JsonValues.tree(engine.getTaskService().getVariable(head.getId(), "usulanKalibrasi")))
        .extracting(row -> row.get("nip").asText()).containsExactly(RATNA);
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM kalibrasi_justifikasi_usulan j JOIN kalibrasi_justifikasi k ON k.id = j.justifikasi_id
            WHERE k.unit_code = ? AND k.tahun = ?""").params(UNIT, tahun).query(Integer.class).single())
        .as("the justification covered the two proposals the head saw").isEqualTo(2);
  }

  @Test
  void aLateProposalWhileTheHeadCalibrates_replacesTheHeadsTask_withOneThatListsIt() {
    int tahun = 2065;
    capaian.record(UNIT, Tahun.of(tahun), "ISTIMEWA", null, BKPSDM);
    proposedTogether(tahun, new String[] {SRI, "DI_ATAS", "DI_ATAS"}, new String[] {BUDI, "DI_ATAS", "DI_ATAS"});
    runJobs();
    Task stale = kalibrasiTask(tahun);

    // Ratna's year was opened late; her rating (Sangat Baik) comes in while the head's task is open
    String ratna = startProposing(RATNA, tahun, "DI_ATAS", "DI_ATAS");
    runJobs();

    assertThat(engine.getTaskService().createTaskQuery().taskId(stale.getId()).count())
        .as("the task listing only Sri and Budi is gone").isZero();
    Task fresh = kalibrasiTask(tahun);
    assertThat(JsonValues.tree(engine.getTaskService().getVariable(fresh.getId(), "usulanKalibrasi")))
        .extracting(row -> row.get("nip").asText()).containsExactlyInAnyOrder(SRI, BUDI, RATNA);

    // the head lowers Budi: two Sangat Baik of three is inside the curve; all three go on
    ArrayNode list = (ArrayNode) JsonValues.tree(engine.getTaskService().getVariable(fresh.getId(), "usulanKalibrasi"));
    list.forEach(row -> {
      if (BUDI.equals(row.get("nip").asText())) {
        ((ObjectNode) row).put("predikat", "BAIK");
      }
    });
    engine.getTaskService().complete(fresh.getId(), Map.of("tindakanKalibrasi", "UBAH",
        "usulanKalibrasi", SpinValues.jsonValue(list.toString()).create()));
    runJobs();
    assertThat(taskOf(ratna).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat(kalibrasi.released(UNIT, Tahun.of(tahun))).isEqualTo(3);
    assertThat(kalibrasiUnitRunning(tahun)).isFalse();
  }

  /**
   * One employee's proposal registered in a transaction that stays open while {@code meanwhile}
   * runs in another thread (a job, another user's completion), then committed: what happens when
   * both land within the same milliseconds. Returns the employee's appraisal.
   */
  String proposedWhile(int tahun, String[] rating, Runnable meanwhile) throws Exception {
    CountDownLatch registered = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> proposal = threads.submit(() ->
          new TransactionTemplate(transactions).execute(status -> {
            String id = startProposing(rating[0], tahun, rating[1], rating[2]);
            registered.countDown();
            try {
              commit.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return id;
          }));
      assertThat(registered.await(10, TimeUnit.SECONDS)).isTrue();
      Future<?> other = threads.submit(meanwhile);
      doneOrWaitingForALock(other); // what does not wait for the unit is over by now
      commit.countDown();
      String id = proposal.get(10, TimeUnit.SECONDS);
      other.get(10, TimeUnit.SECONDS);
      return id;
    } finally {
      commit.countDown();
      threads.shutdownNow();
    }
  }

  /** Until {@code other} has finished or waits for a lock another session holds (H2's own view of its sessions). */
  void doneOrWaitingForALock(Future<?> other) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!other.isDone() && jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")
        .query(Long.class).single() == 0) {
      assertThat(System.nanoTime() - deadline).as("neither finished nor waiting for a lock after 10 s").isNegative();
      Thread.sleep(5);
    }
  }

  @Test
  void anEmployeeMovedToAnotherUnitMidWay_theUnitNoLongerWaitsForThem_checkedAgainAtOnce() {
    int tahun = 2063;
    capaian.record(UNIT, Tahun.of(tahun), "BAIK", null, BKPSDM);
    String moving = "199406172022121023"; // Fajar Nugroho, still drafting his SKP
    starter.start(PenilaianTahunan.of(moving, tahun), Map.of());
    String sri = proposed(SRI, tahun, "SESUAI", "SESUAI");
    String budi = proposed(BUDI, tahun, "DI_BAWAH", "SESUAI");
    assertWaiting(sri);

    mutasi.changeSupervisor(Nip.of(moving), Nip.of("197212121998031008"), "BKPSDM", BKPSDM); // to the Kepala BKPSDM's unit
    try {
      runJobs();

      assertThat(taskOf(sri).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
      assertThat(taskOf(budi).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    } finally {
      movedBack(moving);
    }
  }

  @Test
  void anEmployeeMovedAfterProposing_isCalibratedInTheFormerUnit_andNotAwaitedInTheNewOne() {
    int tahun = 2064;
    String putri = "199212202021122022";   // Dinas Pendidikan, moves to BKPSDM after her rating
    String wahyu = "199304182019031012";   // BKPSDM
    String nurAini = "199508302023012013"; // BKPSDM
    capaian.record(UNIT, Tahun.of(tahun), "BAIK", null, BKPSDM);
    capaian.record("BKPSDM", Tahun.of(tahun), "BAIK", null, BKPSDM);
    proposed(putri, tahun, "SESUAI", "SESUAI");
    mutasi.changeSupervisor(Nip.of(putri), Nip.of("197212121998031008"), "BKPSDM", BKPSDM);
    try {
      List<String> bkpsdm = proposedTogether(tahun, new String[] {wahyu, "SESUAI", "SESUAI"},  // BAIK
          new String[] {nurAini, "DI_BAWAH", "SESUAI"});                                       // BUTUH_PERBAIKAN: inside the curve
      runJobs();

      // BKPSDM's calibration does not wait for her: her proposal is in the Dinas Pendidikan's
      for (String cycle : bkpsdm) {
        assertThat(taskOf(cycle)).as("BKPSDM's unit released").isNotNull();
        assertThat(taskOf(cycle).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
      }
      // she stays in the calibration of the unit she was rated in
      assertThat(kalibrasi.usulan(UNIT, Tahun.of(tahun))).extracting(KalibrasiService.Usulan::nip).containsExactly(putri);
      assertThat(kalibrasi.usulan("BKPSDM", Tahun.of(tahun))).extracting(KalibrasiService.Usulan::nip)
          .containsExactlyInAnyOrder(wahyu, nurAini);
    } finally {
      movedBack(putri);
    }
  }

  /** Back to the Kepala Dinas Pendidikan, as in the demo organisation the other tests of this context read. */
  void movedBack(String nip) {
    mutasi.changeSupervisor(Nip.of(nip), Nip.of(KEPALA), UNIT, BKPSDM);
  }

  // --- a late proposal after the release; an objection after the release ----------------------

  static final String ANDI = "199008102015031021";

  @Test
  void lateProposalAfterRelease_keepsTheUnitInsideItsCurve_lateOneReleasedAtOnce_releasedOnesUntouched() {
    int tahun = 2047;
    capaian.record(UNIT, Tahun.of(tahun), "BAIK", null, BKPSDM);
    List<String> cycles = proposedTogether(tahun,
        new String[] {SRI, "SESUAI", "SESUAI"},        // BAIK
        new String[] {BUDI, "DI_BAWAH", "SESUAI"});    // BUTUH_PERBAIKAN: Baik 1 of 2 (at most 1), 1 Butuh Perbaikan
    runJobs();
    String sri = cycles.get(0);
    Task sriTask = taskOf(sri);
    assertThat(sriTask.getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    Object sriReleasedAt = releasedAt(SRI, tahun);

    // Ratna's rating came late: 2 Baik of 3 (at most 2) and 1 Butuh Perbaikan still hold
    String ratna = proposed(RATNA, tahun, "SESUAI", "SESUAI");

    assertThat(taskOf(ratna).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat((String) engine.getRuntimeService().getVariable(ratna, "catatanKalibrasi"))
        .isEqualTo("Sebaran predikat unit, bersama 2 pegawai yang hasilnya sudah dilepas sebelumnya, sesuai kurva distribusi.");
    assertThat(taskOf(sri).getId()).as("Sri's result is not re-opened").isEqualTo(sriTask.getId());
    assertThat(engine.getRuntimeService().getVariable(sri, "catatanKalibrasi")).isEqualTo("Sebaran predikat unit sesuai kurva distribusi.");
    assertThat(releasedAt(SRI, tahun)).isEqualTo(sriReleasedAt);
    assertThat(kalibrasi.released(UNIT, Tahun.of(tahun))).isEqualTo(3);
    assertThat(kalibrasiUnitRunning(tahun)).isFalse();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KalibrasiProcess.KEY)
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, Tahun.of(tahun))).count()).as("a round of its own").isEqualTo(2);
  }

  @Test
  void lateProposalAfterRelease_breaksTheCurve_headCalibratesOnlyTheLateOne_releasedStayFixed() {
    int tahun = 2048;
    capaian.record(UNIT, Tahun.of(tahun), "ISTIMEWA", null, BKPSDM);
    List<String> cycles = proposedTogether(tahun,
        new String[] {SRI, "DI_ATAS", "DI_ATAS"},      // SANGAT_BAIK
        new String[] {BUDI, "DI_ATAS", "DI_ATAS"},     // SANGAT_BAIK
        new String[] {RATNA, "SESUAI", "SESUAI"});     // BAIK: 2 Sangat Baik of 3 (at most 2)
    runJobs();
    String sri = cycles.get(0);
    assertThat(kalibrasi.released(UNIT, Tahun.of(tahun))).isEqualTo(3);

    // Andi's late Sangat Baik makes 3 of 4, at most 2 (70% of 4 rounded down)
    String andi = proposed(ANDI, tahun, "DI_ATAS", "DI_ATAS");
    assertWaiting(andi);
    assertThat(taskOf(sri).getTaskDefinitionKey()).as("the released are not held").isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    Task task = kalibrasiTask(tahun);
    assertThat(task.getAssignee()).isEqualTo(KEPALA);
    assertThat((String) engine.getTaskService().getVariable(task.getId(), "tabelKurva"))
        .contains("Usulan susulan: 3 pegawai unit ini sudah dilepas")
        .contains("| Sangat Baik paling banyak 70% | 3 | paling banyak 2 | **TIDAK terpenuhi** |");
    assertThat((String) engine.getTaskService().getVariable(task.getId(), "tabelDilepas"))
        .contains(SRI).contains(BUDI).contains(RATNA).doesNotContain(ANDI);
    var list = (com.fasterxml.jackson.databind.node.ArrayNode) id.kinerja.kernel.JsonValues.tree(
        engine.getTaskService().getVariable(task.getId(), "usulanKalibrasi"));
    assertThat(list).extracting(row -> row.get("nip").asText()).containsExactly(ANDI);

    // lowering Sri (released) instead is refused; nothing is stored
    var sriLowered = list.deepCopy();
    sriLowered.addObject().put("nip", SRI).put("nama", "Sri").put("predikat", "BAIK");
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("tindakanKalibrasi", "UBAH",
        "usulanKalibrasi", SpinValues.jsonValue(sriLowered.toString()).create())))
        .hasStackTraceContaining("hasil sudah dilepas dan tidak dapat diubah lagi");
    assertThat(predikat(SRI, tahun)).isEqualTo("SANGAT_BAIK");

    ((com.fasterxml.jackson.databind.node.ObjectNode) list.get(0)).put("predikat", "BAIK");
    engine.getTaskService().complete(task.getId(), Map.of("tindakanKalibrasi", "UBAH",
        "usulanKalibrasi", SpinValues.jsonValue(list.toString()).create()));
    runJobs();

    assertThat(taskOf(andi).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat(engine.getRuntimeService().getVariable(andi, "predikat")).isEqualTo("BAIK");
    assertThat((String) engine.getRuntimeService().getVariable(andi, "catatanKalibrasi"))
        .contains("bersama 3 pegawai yang hasilnya sudah dilepas").contains("dari Sangat Baik menjadi Baik");
    assertThat(engine.getRuntimeService().getVariable(sri, "predikat")).isEqualTo("SANGAT_BAIK");
    assertThat(engine.getRuntimeService().getVariable(sri, "catatanKalibrasi")).isEqualTo("Sebaran predikat unit sesuai kurva distribusi.");
    assertThat(kalibrasi.released(UNIT, Tahun.of(tahun))).isEqualTo(4);
  }

  @Test
  void objectionChangesAReleasedPredikat_decisionStands_unitRecheckedAndBkpsdmToldTheCurveBroke() {
    int tahun = 2049;
    capaian.record(UNIT, Tahun.of(tahun), "BAIK", null, BKPSDM);
    List<String> cycles = proposedTogether(tahun,
        new String[] {SRI, "SESUAI", "SESUAI"},        // BAIK
        new String[] {BUDI, "DI_BAWAH", "SESUAI"},     // BUTUH_PERBAIKAN
        new String[] {RATNA, "SESUAI", "DI_ATAS"});    // BAIK: 2 Baik of 3 (at most 2), 1 Butuh Perbaikan
    runJobs();
    String budi = cycles.get(1);
    assertThat(kalibrasi.released(UNIT, Tahun.of(tahun))).isEqualTo(3);

    // an objection that leaves the predikat as it is changes nothing
    assertThat(kalibrasi.objectionDecided(PenilaianTahunan.of(BUDI, tahun), "DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN", KEPALA, budi)).isEmpty();
    // Budi's objection is upheld with Baik: 3 Baik of 3 and no Butuh Perbaikan/Kurang left
    var change = kalibrasi.objectionDecided(PenilaianTahunan.of(BUDI, tahun), "SESUAI", "SESUAI", "BAIK", KEPALA, budi).orElseThrow();

    assertThat(change.dalamKurva()).isFalse();
    assertThat(change.sebaran()).contains("| Baik paling banyak 70% | 3 | paling banyak 2 | **TIDAK terpenuhi** |");
    assertThat(predikat(BUDI, tahun)).as("the unit's distribution has the decided predikat").isEqualTo("BAIK");
    assertThat(jdbc.sql("SELECT predikat_sebelum || '>' || predikat_sesudah || ':' || dalam_kurva FROM kalibrasi_keberatan WHERE nip = ? AND tahun = ?")
        .params(BUDI, tahun).query(String.class).single()).isEqualToIgnoringCase("BUTUH_PERBAIKAN>BAIK:false");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE penerima = 'bkpsdm' AND pesan LIKE ?")
        .param("%" + organisasi.displayNameOf(BUDI) + " tahun " + tahun + "%di luar kurva%").query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT tautan FROM notifikasi WHERE penerima = 'bkpsdm' AND pesan LIKE ?")
        .param("%" + organisasi.displayNameOf(BUDI) + " tahun " + tahun + "%di luar kurva%").query(String.class).single())
        .as("where BKPSDM acts, as a link, not as a code in the text").isEqualTo("/dasbor/bkpsdm/kurva?tahun=" + tahun + "&unit=" + UNIT);
    // the decision stands: no calibration holds or changes Budi's appraisal
    assertThat(kalibrasiUnitRunning(tahun)).isFalse();
    assertThat(taskOf(budi).getTaskDefinitionKey()).isEqualTo(AppraisalProcess.Elements.TASK_TERIMA_HASIL);
    assertThat(engine.getRuntimeService().getVariable(budi, "predikat")).isEqualTo("BUTUH_PERBAIKAN");

    // a late proposal is then checked against the distribution as the objection left it
    String andi = proposed(ANDI, tahun, "DI_BAWAH", "SESUAI");   // BUTUH_PERBAIKAN: 3 Baik of 4 (at most 2)
    assertWaiting(andi);
    assertThat((String) engine.getTaskService().getVariable(kalibrasiTask(tahun).getId(), "tabelKurva"))
        .contains("| Baik paling banyak 70% | 3 | paling banyak 2 | **TIDAK terpenuhi** |");
  }

  Object releasedAt(String nip, int tahun) {
    return jdbc.sql("SELECT dilepas_pada FROM kalibrasi_usulan WHERE nip = ? AND tahun = ?").params(nip, tahun)
        .query(java.sql.Timestamp.class).single();
  }

  String predikat(String nip, int tahun) {
    return jdbc.sql("SELECT predikat FROM kalibrasi_usulan WHERE nip = ? AND tahun = ?").params(nip, tahun)
        .query(String.class).single();
  }

  // --- steps --------------------------------------------------------------------------------

  /** Appraisals opened together whose annual ratings are then recorded: {nip, hasilKerja, perilakuKerja} each. */
  List<String> proposedTogether(int tahun, String[]... ratings) {
    return new TransactionTemplate(transactions).execute(status ->
        java.util.Arrays.stream(ratings).map(r -> startProposing(r[0], tahun, r[1], r[2])).toList());
  }

  /** An appraisal whose annual rating was just recorded: it proposes its predikat to the unit. */
  String proposed(String nip, int tahun, String hasilKerja, String perilakuKerja) {
    String id = startProposing(nip, tahun, hasilKerja, perilakuKerja);
    runJobs();
    return id;
  }

  String startProposing(String nip, int tahun, String hasilKerja, String perilakuKerja) {
    String predikat = engine.getDecisionService().evaluateDecisionTableByKey(AppraisalProcess.DECISION_PREDIKAT,
        Map.of(AppraisalProcess.HASIL_KERJA.name(), hasilKerja, AppraisalProcess.PERILAKU_KERJA.name(), perilakuKerja)).getSingleResult().getSingleEntry();
    String id = engine.getRuntimeService().createProcessInstanceByKey(AppraisalProcess.KEY)
        .businessKey(AppraisalProcess.businessKey(nip, tahun))
        .setVariable(AppraisalProcess.NIP.name(), nip).setVariable(AppraisalProcess.TAHUN.name(), tahun)
        .setVariable(AppraisalProcess.PEJABAT_PENILAI.name(), organisasi.appraiserOf(nip))
        .setVariable(AppraisalProcess.ATASAN_PEJABAT_PENILAI.name(), organisasi.atasanPenilaiOf(nip))
        .setVariable(AppraisalProcess.HASIL_KERJA.name(), hasilKerja).setVariable(AppraisalProcess.PERILAKU_KERJA.name(), perilakuKerja).setVariable(AppraisalProcess.PREDIKAT.name(), predikat)
        .startBeforeActivity(AppraisalProcess.Elements.TASK_DAFTARKAN_KALIBRASI)
        .execute().getId();
    return id;
  }

  void runJobs() {
    for (int round = 0; round < 20; round++) {
      // asynchronous continuations only: timers stay until a scenario fires one
      List<Job> jobs = engine.getManagementService().createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  void assertWaiting(String cycle) {
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(cycle)
        .activityId(AppraisalProcess.Elements.EVENT_KALIBRASI_UNIT_SELESAI).count())
        .as("waiting for the unit's calibration").isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(cycle).count()).isZero();
  }

  Task taskOf(String cycle) {
    return engine.getTaskService().createTaskQuery().processInstanceId(cycle).singleResult();
  }

  Task kalibrasiTask(int tahun) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(KalibrasiProcess.Elements.TASK_KALIBRASI_KURVA_UNIT)
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, Tahun.of(tahun))).singleResult();
  }

  String kalibrasiUnit(int tahun) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KalibrasiProcess.KEY)
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, Tahun.of(tahun))).singleResult().getId();
  }

  boolean kalibrasiUnitRunning(int tahun) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KalibrasiProcess.KEY)
        .processInstanceBusinessKey(KalibrasiProcess.businessKey(UNIT, Tahun.of(tahun))).count() > 0;
  }
}
