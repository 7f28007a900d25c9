package id.kinerja.followup;

/** The process owners' files of the follow-up, as the build copies them. */
final class TindakLanjutModels {

  static final String ROOT = "kinerja-models/";
  static final String BPMN = ROOT + "processes/tindak-lanjut-penilaian.bpmn";
  static final String DMN = ROOT + "processes/tindak-lanjut-predikat.dmn";
  static final String FORM_USULAN_PENGHARGAAN = ROOT + "forms/usulan-penghargaan.form";
  static final String FORM_RENCANA_PENGEMBANGAN = ROOT + "forms/rencana-pengembangan.form";
  static final String FORM_TANGGAPAN_RENCANA = ROOT + "forms/tanggapan-rencana-pengembangan.form";

  private TindakLanjutModels() {}
}
