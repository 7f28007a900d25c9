package id.kinerja.calibration;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.AsSystem;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The unit head's own result in calibration: Hasil Kerja follows the unit's capaian kinerja
 * organisasi (DMN {@value KalibrasiProcess#DECISION_HASIL_KERJA_KEPALA}), and the predikat follows
 * from it and the head's Perilaku Kerja (DMN {@value AppraisalProcess#DECISION_PREDIKAT}), as the
 * process owner's tables say. Evaluated as the system: nobody needs a right on the decisions.
 */
@Component
class HasilKepalaUnit {

  record Hasil(String hasilKerja, String predikat) {}

  private final DecisionService decisionService;
  private final IdentityService identityService;

  HasilKepalaUnit(DecisionService decisionService, IdentityService identityService) {
    this.decisionService = decisionService;
    this.identityService = identityService;
  }

  Hasil of(String capaian, String perilakuKerja) {
    String hasilKerja = AsSystem.call(identityService, () -> decisionService
        .evaluateDecisionTableByKey(KalibrasiProcess.DECISION_HASIL_KERJA_KEPALA,
            Variables.putValue(KalibrasiProcess.CAPAIAN_ORGANISASI.name(), capaian))
        .getSingleResult().getSingleEntry());
    String predikat = AsSystem.call(identityService, () -> decisionService
        .evaluateDecisionTableByKey(AppraisalProcess.DECISION_PREDIKAT,
            Variables.putValue(AppraisalProcess.HASIL_KERJA.name(), hasilKerja)
                .putValue(AppraisalProcess.PERILAKU_KERJA.name(), perilakuKerja))
        .getSingleResult().getSingleEntry());
    return new Hasil(hasilKerja, predikat);
  }
}
