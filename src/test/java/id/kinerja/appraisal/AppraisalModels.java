package id.kinerja.appraisal;

/** Where the tests find the process owners' files: the build copies processes/ and forms/ here. */
public final class AppraisalModels {

  public static final String ROOT = "kinerja-models/";
  public static final String CYCLE_BPMN = ROOT + "processes/appraisal-cycle.bpmn";
  public static final String PREDIKAT_DMN = ROOT + "processes/predikat-kinerja.dmn";
  public static final String PERIODE_DMN = ROOT + "processes/periode-penilaian.dmn";
  public static final String NAMA_PERIODE_DMN = ROOT + "processes/nama-periode.dmn";
  public static final String UMPAN_BALIK_360_BPMN = ROOT + "processes/umpan-balik-360.bpmn";
  public static final String KURVA_DMN = ROOT + "processes/kurva-distribusi.dmn";
  public static final String HASIL_KERJA_KEPALA_DMN = ROOT + "processes/hasil-kerja-kepala-unit.dmn";
  public static final String KALIBRASI_BPMN = ROOT + "processes/kalibrasi-unit.bpmn";
  public static final String FORM_KALIBRASI_KURVA_UNIT = ROOT + "forms/kalibrasi-kurva-unit.form";
  public static final String FORM_TERIMA_JUSTIFIKASI_KURVA = ROOT + "forms/terima-justifikasi-kurva.form";
  public static final String FORM_LENGKAPI_PEJABAT = ROOT + "forms/lengkapi-pejabat.form";
  public static final String FORM_DRAFT_SKP = ROOT + "forms/draft-skp.form";
  public static final String FORM_REVIEW_SKP = ROOT + "forms/review-skp.form";
  public static final String FORM_ESKALASI_REVIEW_SKP = ROOT + "forms/eskalasi-review-skp.form";
  public static final String FORM_LAPORAN_REALISASI = ROOT + "forms/laporan-realisasi.form";
  public static final String FORM_PENILAIAN_PERIODIK = ROOT + "forms/penilaian-periodik.form";
  public static final String FORM_PENILAIAN_DIRI = ROOT + "forms/penilaian-diri.form";
  public static final String FORM_PENILAIAN_TAHUNAN = ROOT + "forms/penilaian-tahunan.form";
  public static final String FORM_PILIH_PENILAI_360 = ROOT + "forms/pilih-penilai-360.form";
  public static final String FORM_BERI_UMPAN_BALIK_360 = ROOT + "forms/beri-umpan-balik-360.form";
  public static final String FORM_HASIL_PENILAIAN = ROOT + "forms/hasil-penilaian.form";
  public static final String FORM_TANGGAPAN_KEBERATAN = ROOT + "forms/tanggapan-keberatan.form";
  public static final String FORM_PUTUSAN_KEBERATAN = ROOT + "forms/putusan-keberatan.form";
  public static final String FORM_ESKALASI_KEBERATAN = ROOT + "forms/eskalasi-keberatan.form";
  public static final String FORM_PENETAPAN_HASIL = ROOT + "forms/penetapan-hasil.form";

  private AppraisalModels() {}
}
