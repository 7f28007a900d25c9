package id.kinerja.kernel;

import static id.kinerja.kernel.ProcessVariable.bool;
import static id.kinerja.kernel.ProcessVariable.integer;
import static id.kinerja.kernel.ProcessVariable.json;
import static id.kinerja.kernel.ProcessVariable.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The appraisal-cycle process (processes/appraisal-cycle.bpmn): the only Java that repeats its ids,
 * form ids, error codes and variable names.
 *
 * <p>One instance per employee per year, business key {@link #businessKey}. Deadlines (ISO 8601
 * durations) and the period scheme are the process's own extension properties, read by
 * {@code ProcessProperties} ({@code ${konfigurasi.nilai(execution, 'tenggatDraftSkp')}}).
 */
public final class AppraisalProcess {

  public static final String KEY = "appraisal-cycle";
  public static final String DECISION_PREDIKAT = "predikat-kinerja";
  public static final String DECISION_PERIODE = "periode-penilaian";
  /** The period's name for people ("Triwulan II"), from jumlahPeriode and periodeKe. */
  public static final String DECISION_NAMA_PERIODE = "nama-periode";
  /** The candidate group of the personnel office (BKPSDM). */
  public static final String GROUP_BKPSDM = "bkpsdm";

  private AppraisalProcess() {}

  public static String businessKey(String nip, int tahun) {
    return nip + "-" + tahun;
  }

  /** Whose year an instance (or its execution, task) is: its {@link #NIP} and {@link #TAHUN}. */
  public static PenilaianTahunan penilaian(VariableScope scope) {
    return new PenilaianTahunan(Nip.of(NIP.require(scope)), Tahun.of(TAHUN.require(scope)));
  }

  /** Element ids, for tests, Cockpit links and reports. */
  public static final class Elements {
    public static final String START = "StartEvent_SiklusDimulai";
    public static final String TASK_MULAI_SIKLUS = "Task_MulaiSiklus";
    public static final String BOUNDARY_PEJABAT_TIDAK_LENGKAP = "Boundary_PejabatTidakLengkap";
    public static final String TASK_LENGKAPI_PEJABAT = "Task_LengkapiPejabat";
    public static final String SUBPROCESS_PERENCANAAN_SKP = "SubProcess_PerencanaanSkp";
    public static final String TASK_DRAFT_SKP = "Task_DraftSkp";
    public static final String TASK_SIMPAN_SKP = "Task_SimpanSkp";
    public static final String TASK_REVIEW_SKP = "Task_ReviewSkp";
    public static final String GATEWAY_SKP_APPROVED = "Gateway_SkpApproved";
    public static final String TASK_KEMBALIKAN_SKP = "Task_KembalikanSkp";
    public static final String TASK_SETUJUI_SKP = "Task_SetujuiSkp";
    public static final String END_SKP_DISETUJUI = "EndEvent_SkpDisetujui";
    public static final String TIMER_PENGINGAT_REVIEW_SKP = "Timer_PengingatReviewSkp";
    public static final String TASK_KIRIM_PENGINGAT_REVIEW = "Task_KirimPengingatReview";
    public static final String END_PENGINGAT_TERKIRIM = "EndEvent_PengingatTerkirim";
    public static final String TIMER_ESKALASI_REVIEW_SKP = "Timer_EskalasiReviewSkp";
    public static final String TASK_TINDAK_LANJUT_REVIEW = "Task_TindakLanjutReviewTerlambat";
    public static final String END_ESKALASI_REVIEW_DITANGANI = "EndEvent_EskalasiReviewDitangani";
    public static final String RULE_PERIODE_PENILAIAN = "Rule_PeriodePenilaian";
    public static final String SUBPROCESS_PENILAIAN_PERIODIK = "SubProcess_PenilaianPeriodik";
    public static final String GATEWAY_PERIODE_BERIKUTNYA = "Gateway_PeriodeBerikutnya";
    public static final String TIMER_PERIODE_DIBUKA = "Timer_PeriodeDibuka";
    public static final String GATEWAY_PERIODE_DIBUKA = "Gateway_PeriodeDibuka";
    public static final String GATEWAY_MASIH_ADA_PERIODE = "Gateway_MasihAdaPeriode";
    public static final String END_SEMUA_PERIODE_DIBUKA = "EndEvent_SemuaPeriodeDibuka";
    public static final String SUBPROCESS_PERIODE = "SubProcess_Periode";
    public static final String RULE_NAMA_PERIODE = "Rule_NamaPeriode";
    public static final String TASK_LAPORKAN_REALISASI = "Task_LaporkanRealisasi";
    public static final String TASK_SIMPAN_REALISASI = "Task_SimpanRealisasi";
    public static final String TASK_NILAI_PERIODE = "Task_NilaiPeriode";
    public static final String TASK_SIMPAN_PENILAIAN_PERIODIK = "Task_SimpanPenilaianPeriodik";
    public static final String SUBPROCESS_PENILAIAN_TAHUNAN = "SubProcess_PenilaianTahunan";
    public static final String GATEWAY_PENILAIAN_TAHUNAN_DIBUKA = "Gateway_PenilaianTahunanDibuka";
    public static final String TASK_PENILAIAN_DIRI = "Task_PenilaianDiri";
    public static final String SUBPROCESS_UMPAN_BALIK_360 = "SubProcess_UmpanBalik360";
    public static final String TASK_PILIH_PENILAI_360 = "Task_PilihPenilai360";
    public static final String CALL_ACTIVITY_UMPAN_BALIK_360 = "CallActivity_UmpanBalik360";
    public static final String END_UMPAN_BALIK_360_DITUTUP = "EndEvent_UmpanBalik360Ditutup";
    public static final String GATEWAY_SIAP_DINILAI_TAHUNAN = "Gateway_SiapDinilaiTahunan";
    public static final String TASK_NILAI_KINERJA_TAHUNAN = "Task_NilaiKinerjaTahunan";
    public static final String RULE_PREDIKAT_KINERJA = "Rule_PredikatKinerja";
    public static final String TASK_SIMPAN_PENILAIAN_TAHUNAN = "Task_SimpanPenilaianTahunan";
    public static final String TASK_DAFTARKAN_KALIBRASI = "Task_DaftarkanKalibrasi";
    public static final String EVENT_KALIBRASI_UNIT_SELESAI = "Event_KalibrasiUnitSelesai";
    public static final String TASK_TERIMA_HASIL = "Task_TerimaHasilPenilaian";
    public static final String TIMER_OBJECTION_WINDOW = "Timer_ObjectionWindow";
    public static final String GATEWAY_KEBERATAN_DIAJUKAN = "Gateway_KeberatanDiajukan";
    public static final String SUBPROCESS_KEBERATAN = "SubProcess_Keberatan";
    public static final String TASK_CATAT_KEBERATAN = "Task_CatatKeberatan";
    public static final String TASK_TANGGAPI_KEBERATAN = "Task_TanggapiKeberatan";
    public static final String TASK_PUTUSKAN_KEBERATAN = "Task_PutuskanKeberatan";
    public static final String RULE_PREDIKAT_SETELAH_KEBERATAN = "Rule_PredikatSetelahKeberatan";
    public static final String TASK_SIMPAN_PUTUSAN_KEBERATAN = "Task_SimpanPutusanKeberatan";
    public static final String TIMER_BATAS_PUTUSAN_KEBERATAN = "Timer_BatasPutusanKeberatan";
    public static final String TASK_TINDAK_LANJUT_KEBERATAN = "Task_TindakLanjutKeberatanTerlambat";
    public static final String END_ESKALASI_KEBERATAN_DITANGANI = "EndEvent_EskalasiKeberatanDitangani";
    public static final String GATEWAY_HASIL_BERLAKU = "Gateway_HasilBerlaku";
    public static final String TASK_TETAPKAN_HASIL = "Task_TetapkanHasil";
    public static final String TASK_SIMPAN_HASIL_AKHIR = "Task_SimpanHasilAkhir";
    public static final String TASK_MULAI_TINDAK_LANJUT = "Task_MulaiTindakLanjut";
    public static final String END_APPRAISAL_FINAL = "EndEvent_AppraisalFinal";

    private Elements() {}
  }

  /** Camunda Form ids (forms/*.form), as referenced by the user tasks. */
  public static final class Forms {
    public static final String LENGKAPI_PEJABAT = "form-lengkapi-pejabat";
    public static final String DRAFT_SKP = "form-draft-skp";
    public static final String REVIEW_SKP = "form-review-skp";
    public static final String ESKALASI_REVIEW_SKP = "form-eskalasi-review-skp";
    public static final String LAPORAN_REALISASI = "form-laporan-realisasi";
    public static final String PENILAIAN_PERIODIK = "form-penilaian-periodik";
    public static final String PENILAIAN_DIRI = "form-penilaian-diri";
    public static final String PILIH_PENILAI_360 = "form-pilih-penilai-360";
    public static final String PENILAIAN_TAHUNAN = "form-penilaian-tahunan";
    public static final String HASIL_PENILAIAN = "form-hasil-penilaian";
    public static final String TANGGAPAN_KEBERATAN = "form-tanggapan-keberatan";
    public static final String PUTUSAN_KEBERATAN = "form-putusan-keberatan";
    public static final String ESKALASI_KEBERATAN = "form-eskalasi-keberatan";
    public static final String PENETAPAN_HASIL = "form-penetapan-hasil";

    private Forms() {}
  }

  /** BPMN error codes the model catches. */
  public static final class Errors {
    /** The organisation has no appraiser or no atasan for the employee: BKPSDM completes them. */
    public static final String PEJABAT_TIDAK_LENGKAP = "PEJABAT_TIDAK_LENGKAP";

    private Errors() {}
  }

  /** Values of the decision variables set by forms. */
  public static final class Decisions {
    public static final String SKP_SETUJU = "SETUJU";
    public static final String SKP_KEMBALIKAN = "KEMBALIKAN";
    public static final String KEBERATAN_TETAP = "TETAP";
    public static final String KEBERATAN_UBAH = "UBAH";

    private Decisions() {}
  }

  // who
  /** The NIP of the employee an instance is about; the organisation's listeners read it in every process that names one. */
  public static final ProcessVariable<String> NIP = string("nip");
  public static final ProcessVariable<Integer> TAHUN = integer("tahun");
  /**
   * The employee's Pejabat Penilai Kinerja and Atasan Pejabat Penilai Kinerja, resolved when the
   * instance starts: user tasks are assigned to them ({@code camunda:assignee="${pejabatPenilai}"}),
   * and a mutasi rewrites them in the running instances so that later tasks go to the new people.
   */
  public static final ProcessVariable<String> PEJABAT_PENILAI = string("pejabatPenilai");
  public static final ProcessVariable<String> ATASAN_PEJABAT_PENILAI = string("atasanPejabatPenilai");
  public static final List<ProcessVariable<String>> PEJABAT = List.of(PEJABAT_PENILAI, ATASAN_PEJABAT_PENILAI);
  /** Who the employee is, in words, set when the year starts: task names and form headers read them. */
  public static final ProcessVariable<String> NAMA_PEGAWAI = string("namaPegawai");
  public static final ProcessVariable<String> JABATAN_PEGAWAI = string("jabatanPegawai");
  public static final ProcessVariable<String> UNIT_PEGAWAI = string("unitPegawai");

  // SKP planning
  /**
   * The SKP draft: [{jenis, uraian, rhkAtasan (id of an appraiser's RHK), rhkAtasanUraian (free text
   * when there is none to choose), indikator: [{uraian, aspek, target}]}].
   */
  public static final ProcessVariable<JsonNode> RHK = json("rhk");
  /**
   * Local to each Task_DraftSkp: the appraiser's RHK of the year the employee may link to, as form
   * options [{label: uraian, value: rhk id}]; empty when the appraiser has no SKP to link to yet.
   */
  public static final ProcessVariable<JsonNode> PILIHAN_RHK_ATASAN = json("pilihanRhkAtasan");
  public static final ProcessVariable<String> KEPUTUSAN_REVIEW_SKP = string("keputusanReviewSkp");
  public static final ProcessVariable<String> CATATAN_REVIEW = string("catatanReview");
  /** After a return: the appraiser's note of that return, shown again on the next review. */
  public static final ProcessVariable<String> CATATAN_PENGEMBALIAN = string("catatanPengembalian");
  /** After a return: what the employee changed since, [{teks}], shown on the next review. */
  public static final ProcessVariable<JsonNode> PERUBAHAN_SKP = json("perubahanSkp");
  /** [{nilai: NilaiBerakhlak name, ekspektasi}] */
  public static final ProcessVariable<JsonNode> EKSPEKTASI_KHUSUS = json("ekspektasiKhusus");
  /** Written on approval, read by the period forms: [{indikatorId, rhk, indikator, aspek (code), target}]. */
  public static final ProcessVariable<JsonNode> DAFTAR_INDIKATOR = json("daftarIndikator");
  /** Written on approval, read by the period forms: [{rhkId, rhk, jenis (code)}]. */
  public static final ProcessVariable<JsonNode> DAFTAR_RHK = json("daftarRhk");

  // periods: the number of periods, how many have opened so far (local to SubProcess_PenilaianPeriodik),
  // then the period's own variables (local to each instance of SubProcess_Periode)
  public static final ProcessVariable<Integer> JUMLAH_PERIODE = integer("jumlahPeriode");
  public static final ProcessVariable<Integer> PERIODE_DIBUKA = integer("periodeDibuka");
  public static final ProcessVariable<Integer> PERIODE_KE = integer("periodeKe");
  /** The period's name for people ("Triwulan II"), from the DMN nama-periode: task names and headers. */
  public static final ProcessVariable<String> NAMA_PERIODE = string("namaPeriode");
  /**
   * Local to each period: [{indikatorId, rhk, indikator, aspek (in words), target, capaian, catatan,
   * buktiDukung: [{tautan, keterangan}]}]; the form keeps indikatorId out of sight.
   */
  public static final ProcessVariable<JsonNode> REALISASI = json("realisasi");
  /** Local to each period: [{rhkId, rhk, jenis (in words), umpanBalik}]; the form keeps rhkId out of sight. */
  public static final ProcessVariable<JsonNode> UMPAN_BALIK_RHK = json("umpanBalikRhk");
  public static final ProcessVariable<String> HASIL_KERJA_PERIODIK = string("hasilKerjaPeriodik");
  public static final ProcessVariable<String> PERILAKU_KERJA_PERIODIK = string("perilakuKerjaPeriodik");
  public static final ProcessVariable<String> CATATAN_PERIODIK = string("catatanPeriodik");

  // annual appraisal
  public static final ProcessVariable<String> PENILAIAN_DIRI_HASIL_KERJA = string("penilaianDiriHasilKerja");
  public static final ProcessVariable<String> PENILAIAN_DIRI_PERILAKU_KERJA = string("penilaianDiriPerilakuKerja");
  public static final ProcessVariable<String> CATATAN_PENILAIAN_DIRI = string("catatanPenilaianDiri");
  public static final ProcessVariable<String> HASIL_KERJA = string("hasilKerja");
  public static final ProcessVariable<String> ALASAN_HASIL_KERJA = string("alasanHasilKerja");
  public static final ProcessVariable<String> PERILAKU_KERJA = string("perilakuKerja");
  public static final ProcessVariable<String> ALASAN_PERILAKU_KERJA = string("alasanPerilakuKerja");
  /** From the DMN; after Event_KalibrasiUnitSelesai, the predikat the unit's calibration released. */
  public static final ProcessVariable<String> PREDIKAT = string("predikat");

  // 360 feedback (local to SubProcess_UmpanBalik360, so never visible from the employee's tasks)
  /** The proposals ticked on form-pilih-penilai-360: a JSON array of NIPs. */
  public static final ProcessVariable<JsonNode> PENILAI_360_TERPILIH = json("penilai360Terpilih");
  /** Further raters typed in: NIPs separated by commas. */
  public static final ProcessVariable<String> PENILAI_360_TAMBAHAN = string("penilai360Tambahan");
  /** Local to Task_PilihPenilai360: the proposed raters as form options [{label, value: NIP}]. */
  public static final ProcessVariable<JsonNode> PILIHAN_PENILAI_360 = json("pilihanPenilai360");
  /** The element variable of CallActivity_UmpanBalik360: one rater per instance. */
  public static final ProcessVariable<String> PENILAI_UMPAN_BALIK_360 = string("penilaiUmpanBalik360");
  /** Local to Task_NilaiKinerjaTahunan: the 360 aggregates (Markdown), shown read-only to the appraiser. */
  public static final ProcessVariable<String> UMPAN_BALIK_360_RINGKASAN = string("umpanBalik360Ringkasan");

  // objection
  public static final ProcessVariable<Boolean> AJUKAN_KEBERATAN = bool("ajukanKeberatan");
  public static final ProcessVariable<String> ALASAN_KEBERATAN = string("alasanKeberatan");
  public static final ProcessVariable<String> TANGGAPAN_PENILAI = string("tanggapanPenilai");
  public static final ProcessVariable<String> KEPUTUSAN_KEBERATAN = string("keputusanKeberatan");
  public static final ProcessVariable<String> ALASAN_PUTUSAN = string("alasanPutusan");

  // penetapan
  public static final ProcessVariable<Boolean> HASIL_DITETAPKAN = bool("hasilDitetapkan");
  public static final ProcessVariable<String> CATATAN_PENETAPAN = string("catatanPenetapan");

  /**
   * The pejabat variable a user task's assignee expression names ({@code "${pejabatPenilai}"} or
   * {@code "${atasanPejabatPenilai}"}, blanks ignored), or null for any other assignee. The model is
   * read rather than a list of task ids kept here: process owners may reassign a task in the Modeler.
   */
  public static ProcessVariable<String> pejabatAssignedBy(String assigneeExpression) {
    if (assigneeExpression == null) {
      return null;
    }
    String expression = assigneeExpression.replace(" ", "");
    return PEJABAT.stream().filter(variable -> expression.equals("${" + variable.name() + "}")).findFirst().orElse(null);
  }

  /**
   * An appraiser who is not the employee, and an atasan who is not the appraiser: otherwise the
   * year waits at BKPSDM's {@link Elements#TASK_LENGKAPI_PEJABAT} ({@link Errors#PEJABAT_TIDAK_LENGKAP}).
   */
  public static boolean pejabatLengkap(String nip, String pejabatPenilai, String atasan) {
    return !isBlank(pejabatPenilai) && !isBlank(atasan) && !nip.equals(pejabatPenilai) && !pejabatPenilai.equals(atasan);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** The rating of one BerAKHLAK value. */
  public static ProcessVariable<String> perilaku(NilaiBerakhlak nilai) {
    return string(nilai.ratingVariable());
  }

  /** The reason given for the rating of one BerAKHLAK value. */
  public static ProcessVariable<String> alasan(NilaiBerakhlak nilai) {
    return string(nilai.reasonVariable());
  }
}
