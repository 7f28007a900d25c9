package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.PERIODE_KE;
import static id.kinerja.kernel.AppraisalProcess.REALISASI;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanRealisasi: stores the period's realisasi per indicator and the evidence links. */
@Component
public class RecordRealisasiDelegate implements JavaDelegate {

  private final SkpService skpService;

  public RecordRealisasiDelegate(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    skpService.recordRealisasi(AppraisalProcess.penilaian(execution), PERIODE_KE.require(execution),
        REALISASI.require(execution));
  }
}
