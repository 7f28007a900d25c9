package id.kinerja.appraisal;

/** Where the tests find the process owners' files: the build copies processes/ and forms/ here. */
final class AppraisalModels {

  static final String ROOT = "kinerja-models/";
  static final String CYCLE_BPMN = ROOT + "processes/appraisal-cycle.bpmn";
  static final String PREDIKAT_DMN = ROOT + "processes/predikat-kinerja.dmn";
  static final String PERIODE_DMN = ROOT + "processes/periode-penilaian.dmn";
  static final String NAMA_PERIODE_DMN = ROOT + "processes/nama-periode.dmn";
  static final String UMPAN_BALIK_360_BPMN = ROOT + "processes/umpan-balik-360.bpmn";
  static final String KURVA_DMN = ROOT + "processes/kurva-distribusi.dmn";
  static final String HASIL_KERJA_KEPALA_DMN = ROOT + "processes/hasil-kerja-kepala-unit.dmn";
  static final String KALIBRASI_BPMN = ROOT + "processes/kalibrasi-unit.bpmn";
  static final String FORM_KALIBRASI_KURVA_UNIT = ROOT + "forms/kalibrasi-kurva-unit.form";
  static final String FORM_TERIMA_JUSTIFIKASI_KURVA = ROOT + "forms/terima-justifikasi-kurva.form";
  static final String FORM_LENGKAPI_PEJABAT = ROOT + "forms/lengkapi-pejabat.form";
  static final String FORM_DRAFT_SKP = ROOT + "forms/draft-skp.form";
  static final String FORM_REVIEW_SKP = ROOT + "forms/review-skp.form";
  static final String FORM_ESKALASI_REVIEW_SKP = ROOT + "forms/eskalasi-review-skp.form";
  static final String FORM_LAPORAN_REALISASI = ROOT + "forms/laporan-realisasi.form";
  static final String FORM_PENILAIAN_PERIODIK = ROOT + "forms/penilaian-periodik.form";
  static final String FORM_PENILAIAN_DIRI = ROOT + "forms/penilaian-diri.form";
  static final String FORM_PENILAIAN_TAHUNAN = ROOT + "forms/penilaian-tahunan.form";
  static final String FORM_PILIH_PENILAI_360 = ROOT + "forms/pilih-penilai-360.form";
  static final String FORM_BERI_UMPAN_BALIK_360 = ROOT + "forms/beri-umpan-balik-360.form";
  static final String FORM_HASIL_PENILAIAN = ROOT + "forms/hasil-penilaian.form";
  static final String FORM_TANGGAPAN_KEBERATAN = ROOT + "forms/tanggapan-keberatan.form";
  static final String FORM_PUTUSAN_KEBERATAN = ROOT + "forms/putusan-keberatan.form";
  static final String FORM_ESKALASI_KEBERATAN = ROOT + "forms/eskalasi-keberatan.form";
  static final String FORM_PENETAPAN_HASIL = ROOT + "forms/penetapan-hasil.form";

  private AppraisalModels() {}
}
