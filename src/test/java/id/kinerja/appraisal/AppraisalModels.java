package id.kinerja.appraisal;

/** Where the tests find the process owners' files: the build copies processes/ and forms/ here. */
final class AppraisalModels {

  static final String ROOT = "kinerja-models/";
  static final String CYCLE_BPMN = ROOT + "processes/appraisal-cycle.bpmn";
  static final String PREDIKAT_DMN = ROOT + "processes/predikat-kinerja.dmn";
  static final String PERIODE_DMN = ROOT + "processes/periode-penilaian.dmn";

  private AppraisalModels() {}
}
