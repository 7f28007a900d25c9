package id.kinerja.calibration;

import id.kinerja.appraisal.AppraisalService;

import id.kinerja.kernel.AppraisalProcess;

import static id.kinerja.calibration.KalibrasiProcess.TAHUN;
import static id.kinerja.calibration.KalibrasiProcess.UNIT_KERJA;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IngatkanCapaian: every appraisal of the unit is in, but BKPSDM has not recorded its capaian. */
@Component
public class RemindCapaianDelegate implements JavaDelegate {

  private final AppraisalService appraisalService;

  public RemindCapaianDelegate(AppraisalService appraisalService) {
    this.appraisalService = appraisalService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unit = UNIT_KERJA.require(execution);
    int tahun = TAHUN.require(execution);
    appraisalService.recordReminder(AppraisalProcess.GROUP_BKPSDM,
        "Capaian kinerja organisasi unit " + unit + " tahun " + tahun + " belum dicatat: penilaian tahunan"
            + " pegawainya menunggu kalibrasi. Catat di /admin/capaian-organisasi.",
        execution.getProcessInstanceId());
  }
}
