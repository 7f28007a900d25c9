package id.kinerja.followup;

import static id.kinerja.followup.TindakLanjutProcess.PERSETUJUAN_RENCANA;
import static id.kinerja.followup.TindakLanjutProcess.TANGGAPAN_PEGAWAI;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanTanggapanRencana: the employee agreed to the plan, or commented on it. */
@Component
public class RecordDevelopmentPlanResponseDelegate implements JavaDelegate {

  private final TindakLanjutService service;

  public RecordDevelopmentPlanResponseDelegate(TindakLanjutService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordResponse(TindakLanjutProcess.penilaian(execution),
        TindakLanjutProcess.Values.SETUJU.equals(PERSETUJUAN_RENCANA.require(execution)), TANGGAPAN_PEGAWAI.from(execution));
  }
}
