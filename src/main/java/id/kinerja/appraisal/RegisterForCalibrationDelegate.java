package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PREDIKAT;

import id.kinerja.calibration.KalibrasiService;
import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_DaftarkanKalibrasi: the proposed predikat goes to the unit's calibration (kalibrasi-unit),
 * and the appraisal then waits at Event_KalibrasiUnitSelesai until the unit releases it.
 */
@Component
public class RegisterForCalibrationDelegate implements JavaDelegate {

  private final KalibrasiService kalibrasi;

  public RegisterForCalibrationDelegate(KalibrasiService kalibrasi) {
    this.kalibrasi = kalibrasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    kalibrasi.register(AppraisalProcess.penilaian(execution), HASIL_KERJA.require(execution),
        PERILAKU_KERJA.require(execution), PREDIKAT.require(execution), execution.getProcessInstanceId());
  }
}
