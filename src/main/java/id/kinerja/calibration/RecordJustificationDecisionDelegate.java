package id.kinerja.calibration;

import id.kinerja.kernel.Tahun;
import static id.kinerja.calibration.KalibrasiProcess.CATATAN_BKPSDM;
import static id.kinerja.calibration.KalibrasiProcess.PUTUSAN_JUSTIFIKASI;
import static id.kinerja.calibration.KalibrasiProcess.TAHUN;
import static id.kinerja.calibration.KalibrasiProcess.UNIT_KERJA;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanPutusanJustifikasi: BKPSDM accepted or rejected the unit head's justification. */
@Component
public class RecordJustificationDecisionDelegate implements JavaDelegate {

  private final KalibrasiService kalibrasi;

  public RecordJustificationDecisionDelegate(KalibrasiService kalibrasi) {
    this.kalibrasi = kalibrasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    kalibrasi.decideJustification(UNIT_KERJA.require(execution), Tahun.of(TAHUN.require(execution)),
        KalibrasiProcess.Status.JUSTIFIKASI_TERIMA.equals(PUTUSAN_JUSTIFIKASI.require(execution)),
        CATATAN_BKPSDM.from(execution), SaveCalibrationDelegate.actor(execution, AppraisalProcess.GROUP_BKPSDM));
  }
}
