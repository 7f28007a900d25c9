package id.kinerja.support;

import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.kernel.Tahun;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One appraisal year (2035) of the demo's BKPSDM unit, driven through the REST API by the real
 * users, for the document and export tests. Made once per database (the tests that use it share
 * the Spring context and so the database):
 * <ul>
 *   <li>Rudi: SKP returned once, then approved; rated Di Atas / Di Atas: Sangat Baik, accepted, ditetapkan;</li>
 *   <li>Fitri: Sesuai / Sesuai: Baik, ditetapkan;</li>
 *   <li>Wahyu: Di Bawah / Sesuai (Butuh Perbaikan), objects, the atasan changes it to Sesuai / Sesuai
 *       (Baik), ditetapkan;</li>
 *   <li>Nur Aini: Di Bawah / Di Bawah: Sangat Kurang, not yet accepted (draft result);</li>
 *   <li>Dimas: SKP submitted, not yet approved;</li>
 *   <li>Eko: no year opened.</li>
 * </ul>
 * The unit's capaian kinerja organisasi 2035 is Baik (recorded through CapaianOrganisasiService, as
 * BKPSDM does on /admin/capaian-organisasi). Rudi, Fitri, Wahyu and Nur Aini are rated first and
 * wait for the unit's calibration (kalibrasi-unit), which releases them with the predikat as
 * proposed; Dimas's year is opened after that release.
 */
public final class DocumentYearFixture {

  public static final int TAHUN = 2035;
  public static final String AGENCY = "PEMKAB-SUKAMAJU";
  public static final String UNIT = "BKPSDM";
  public static final String PENILAI = "197212121998031008";   // Drs. Hendra Gunawan, head of BKPSDM
  public static final String ATASAN = "197003151995031001";    // Dr. Ahmad Suryadi, Sekretaris Daerah
  public static final String RUDI = "198809092012121010";
  public static final String FITRI = "199101012015042011";
  public static final String WAHYU = "199304182019031012";
  public static final String NUR_AINI = "199508302023012013";
  public static final String DIMAS = "199611052022121016";
  public static final String EKO = "198706122011031014";
  public static final String OTHER_UNIT_HEAD = "197304041999031017";   // Dr. Sutrisno, Dinas Pendidikan

  /** Text with characters outside Latin-1, which a document font must still print. */
  public static final String RHK_UTAMA = "Tersusunnya analisis kebutuhan pelatihan “Pelayanan Prima” (capaian ≥ 95%)";
  public static final String RHK_TAMBAHAN = "Terlaksananya sosialisasi SKP bagi pegawai baru";
  public static final String EKSPEKTASI_KOLABORATIF = "Aktif berbagi praktik baik dengan unit lain setiap triwulan";

  private static final String SKP = """
      [{"jenis":"UTAMA","uraian":"%s","rhkAtasanUraian":"Meningkatnya kompetensi aparatur",
        "indikator":[{"uraian":"Dokumen analisis yang selesai","aspek":"KUANTITAS","target":"1 dokumen"},
                     {"uraian":"Analisis selesai tepat waktu","aspek":"WAKTU","target":"Maret"}]},
       {"jenis":"TAMBAHAN","uraian":"%s","rhkAtasanUraian":"Meningkatnya kompetensi aparatur",
        "indikator":[{"uraian":"Peserta sosialisasi","aspek":"KUANTITAS","target":"40 orang"}]}]"""
      .formatted(RHK_UTAMA.replace("\"", "\\\""), RHK_TAMBAHAN);
  private static final String EKSPEKTASI = """
      [{"nilai":"KOLABORATIF","ekspektasi":"%s"}]""".formatted(EKSPEKTASI_KOLABORATIF);

  private DocumentYearFixture() {}

  public static synchronized void ensure(TestRestTemplate http, JdbcClient jdbc, CapaianOrganisasiService capaian)
      throws Exception {
    boolean made = jdbc.sql("SELECT COUNT(*) FROM siklus_penilaian WHERE nip = ? AND tahun = ?")
        .params(RUDI, TAHUN).query(Long.class).single() > 0;
    if (made) {
      return;
    }
    AppraisalYearDriver year = new AppraisalYearDriver(http);
    // BKPSDM records the unit's result (as on /admin/capaian-organisasi); the calibration needs it
    capaian.record(UNIT, Tahun.of(TAHUN), "BAIK", "Target kinerja unit tercapai", AppraisalYearDriver.BKPSDM);

    // every appraisal of the unit that year is rated first: each then waits for the unit's calibration
    String rudi = year.open(RUDI, TAHUN);
    year.submitSkp(rudi, RUDI, SKP);
    year.returnSkp(rudi, PENILAI, "Tambahkan indikator waktu.");
    year.submitSkp(rudi, RUDI, SKP);
    year.approveSkp(rudi, PENILAI, EKSPEKTASI);
    year.periods(rudi, RUDI, PENILAI, 4, "SESUAI", "SESUAI");
    year.annualRating(rudi, RUDI, PENILAI, "DI_ATAS", "DI_ATAS", Map.of("Kolaboratif", "DI_ATAS"));

    String fitri = year.open(FITRI, TAHUN);
    year.submitSkp(fitri, FITRI, SKP);
    year.approveSkp(fitri, PENILAI, "[]");
    year.periods(fitri, FITRI, PENILAI, 4, "SESUAI", "SESUAI");
    year.annualRating(fitri, FITRI, PENILAI, "SESUAI", "SESUAI", Map.of());

    String wahyu = year.open(WAHYU, TAHUN);
    year.submitSkp(wahyu, WAHYU, SKP);
    year.approveSkp(wahyu, PENILAI, "[]");
    year.periods(wahyu, WAHYU, PENILAI, 4, "DI_BAWAH", "SESUAI");
    year.annualRating(wahyu, WAHYU, PENILAI, "DI_BAWAH", "SESUAI", Map.of());

    String nurAini = year.open(NUR_AINI, TAHUN);
    year.submitSkp(nurAini, NUR_AINI, SKP);
    year.approveSkp(nurAini, PENILAI, "[]");
    year.periods(nurAini, NUR_AINI, PENILAI, 4, "DI_BAWAH", "DI_BAWAH");
    year.annualRating(nurAini, NUR_AINI, PENILAI, "DI_BAWAH", "DI_BAWAH", Map.of("Loyal", "DI_BAWAH"));

    // the unit's calibration releases all four, predikat as proposed (justified by the head if outside the curve)
    year.calibrateUnit(UNIT, TAHUN, PENILAI);

    year.acceptResult(rudi, RUDI);
    year.finalise(rudi, ATASAN);
    year.acceptResult(fitri, FITRI);
    year.finalise(fitri, ATASAN);
    year.objection(wahyu, WAHYU, PENILAI, ATASAN, "UBAH", "SESUAI", "SESUAI");
    year.finalise(wahyu, ATASAN);
    // Nur Aini: the result is not yet accepted (draft)

    // Dimas's year is opened after the release, so the unit did not wait for his rating
    String dimas = year.open(DIMAS, TAHUN);
    year.submitSkp(dimas, DIMAS, SKP);
  }
}
