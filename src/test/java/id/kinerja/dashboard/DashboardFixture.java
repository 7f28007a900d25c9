package id.kinerja.dashboard;

import static id.kinerja.kernel.AppraisalProcess.Elements.TASK_DRAFT_SKP;

import id.kinerja.appraisal.AppraisalCycleStarter;
import id.kinerja.kernel.PenilaianTahunan;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A year of the demo organisation in a known state, built with the real appraisal process (started,
 * then moved to the activity the figures need) and the product's tables:
 *
 * <pre>
 * BKPSDM (head Hendra): Rudi, Fitri   Task_DraftSkp (Fitri's overdue)
 *                       Wahyu         Task_NilaiKinerjaTahunan (Hendra, 1 day old)
 *                       Nur           Task_TerimaHasilPenilaian
 *                       Eko           Task_PutuskanKeberatan (Sekda, 3 days old), objection open
 *                       Lina          Task_TetapkanHasil (Sekda, 3 days old), objection decided: BAIK
 *                       Dimas         finished (instance deleted), final predikat SANGAT_BAIK
 *                       Yuni          no cycle
 * DISDIK (head Sutrisno): Budi        Task_ReviewSkp (Sutrisno, 10 days old, overdue)
 *                         Ratna       waiting for the first period (timer)
 * </pre>
 */
final class DashboardFixture {

  static final int TAHUN = 2071;   // no other test opens it: DocumentYearFixture's 2035 lives in the same shared application
  static final String SEKDA = "197003151995031001";
  static final String HENDRA = "197212121998031008";
  static final String YUNI = "198506152010012009";
  static final String RUDI = "198809092012121010";
  static final String FITRI = "199101012015042011";
  static final String WAHYU = "199304182019031012";
  static final String NUR = "199508302023012013";
  static final String EKO = "198706122011031014";
  static final String LINA = "198907232014032015";
  static final String DIMAS = "199611052022121016";
  static final String SUTRISNO = "197304041999031017";
  static final String BUDI = "198309252008031019";
  static final String RATNA = "198603022011032020";
  static final String ANDI = "199008102015031021";

  private final AppraisalCycleStarter starter;
  private final RuntimeService runtimeService;
  private final JdbcClient jdbc;

  DashboardFixture(AppraisalCycleStarter starter, RuntimeService runtimeService, JdbcClient jdbc) {
    this.starter = starter;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
  }

  void build() {
    try {
      daysAgo(0);
      starter.start(PenilaianTahunan.of(RUDI, TAHUN), Map.of());
      daysAgo(20); // Task_DraftSkp is due in 14 days: overdue now
      starter.start(PenilaianTahunan.of(FITRI, TAHUN), Map.of());
      daysAgo(1);
      moveTo(starter.start(PenilaianTahunan.of(WAHYU, TAHUN), Map.of()), "Task_NilaiKinerjaTahunan");
      daysAgo(0);
      moveTo(starter.start(PenilaianTahunan.of(NUR, TAHUN), Map.of()), "Task_TerimaHasilPenilaian");
      daysAgo(3);
      moveTo(starter.start(PenilaianTahunan.of(EKO, TAHUN), Map.of()), "Task_PutuskanKeberatan");
      moveTo(starter.start(PenilaianTahunan.of(LINA, TAHUN), Map.of()), "Task_TetapkanHasil");
      daysAgo(0);
      String dimas = starter.start(PenilaianTahunan.of(DIMAS, TAHUN), Map.of());
      runtimeService.deleteProcessInstance(dimas, "fixture: year finished");
      daysAgo(10); // Task_ReviewSkp is due in 7 days: overdue now
      moveTo(starter.start(PenilaianTahunan.of(BUDI, TAHUN), Map.of()), "Task_ReviewSkp");
      daysAgo(0);
      String ratna = starter.start(PenilaianTahunan.of(RATNA, TAHUN), Map.of());
      runtimeService.setVariable(ratna, "jumlahPeriode", 4);
      runtimeService.setVariable(ratna, "daftarIndikator", null);
      runtimeService.setVariable(ratna, "daftarRhk", null);
      moveTo(ratna, "SubProcess_PenilaianPeriodik");
    } finally {
      ClockUtil.reset();
    }

    // ratings: score sums Hendra 33/14, Sutrisno 12/6, Sekda 12/4
    rate(RUDI, HENDRA, "DI_ATAS", "DI_ATAS", "SANGAT_BAIK");
    rate(FITRI, HENDRA, "SESUAI", "SESUAI", "BAIK");
    rate(WAHYU, HENDRA, "SESUAI", "DI_ATAS", "BAIK");
    rate(NUR, HENDRA, "DI_ATAS", "SESUAI", "BAIK");
    long eko = rate(EKO, HENDRA, "SESUAI", "SESUAI", "BAIK");
    long lina = rate(LINA, HENDRA, "DI_BAWAH", "SESUAI", "BUTUH_PERBAIKAN");
    long dimas = rate(DIMAS, HENDRA, "DI_ATAS", "DI_ATAS", "SANGAT_BAIK");
    rate(HENDRA, SEKDA, "DI_ATAS", "DI_ATAS", "SANGAT_BAIK");
    rate(BUDI, SUTRISNO, "DI_ATAS", "DI_ATAS", "SANGAT_BAIK");
    rate(RATNA, SUTRISNO, "SESUAI", "SESUAI", "BAIK");
    rate(ANDI, SUTRISNO, "DI_BAWAH", "DI_BAWAH", "SANGAT_KURANG");
    rate(SUTRISNO, SEKDA, "DI_ATAS", "DI_ATAS", "SANGAT_BAIK");
    jdbc.sql("INSERT INTO keberatan (skp_id, alasan) VALUES (?, 'Nilai tidak sesuai bukti')").param(eko).update();
    jdbc.sql("""
        INSERT INTO keberatan (skp_id, alasan, keputusan, hasil_kerja_baru, perilaku_kerja_baru, predikat_baru, diputus_oleh, diputus_pada)
        VALUES (?, 'Bukti belum dipertimbangkan', 'UBAH', 'SESUAI', 'SESUAI', 'BAIK', ?, CURRENT_TIMESTAMP)""")
        .params(lina, SEKDA).update();
    jdbc.sql("""
        INSERT INTO predikat_kinerja (skp_id, nip, tahun, hasil_kerja, perilaku_kerja, predikat, melalui_keberatan, ditetapkan_oleh)
        VALUES (?, ?, ?, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', FALSE, ?)""")
        .params(dimas, DIMAS, TAHUN, SEKDA).update();
    capaian("BKPSDM", "BAIK");
    capaian("DISDIK", "ISTIMEWA");
  }

  private void daysAgo(int days) {
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(days))));
  }

  private void moveTo(String processInstanceId, String activityId) {
    runtimeService.createProcessInstanceModification(processInstanceId)
        .startBeforeActivity(activityId)
        .cancelAllForActivity(TASK_DRAFT_SKP)
        .execute();
  }

  private long rate(String nip, String penilai, String hasil, String perilaku, String predikat) {
    // an opened year already has its SKP row (written when the cycle starts)
    if (jdbc.sql("SELECT COUNT(*) FROM skp WHERE nip = ? AND tahun = ?").params(nip, TAHUN).query(Long.class).single() == 0) {
      jdbc.sql("""
          INSERT INTO skp (nip, tahun, pejabat_penilai, atasan_pejabat_penilai, status)
          VALUES (?, ?, ?, ?, 'DISETUJUI')""").params(nip, TAHUN, penilai, SEKDA).update();
    }
    long skpId = jdbc.sql("SELECT id FROM skp WHERE nip = ? AND tahun = ?").params(nip, TAHUN).query(Long.class).single();
    jdbc.sql("""
        INSERT INTO penilaian (skp_id, jenis, penilai, hasil_kerja, perilaku_kerja, predikat)
        VALUES (?, 'TAHUNAN', ?, ?, ?, ?)""").params(skpId, penilai, hasil, perilaku, predikat).update();
    return skpId;
  }

  private void capaian(String unit, String capaian) {
    jdbc.sql("""
        INSERT INTO capaian_organisasi (unit_code, tahun, capaian, ditetapkan_oleh, ditetapkan_pada)
        VALUES (?, ?, ?, 'fixture', CURRENT_TIMESTAMP)""").params(unit, TAHUN, capaian).update();
  }
}
