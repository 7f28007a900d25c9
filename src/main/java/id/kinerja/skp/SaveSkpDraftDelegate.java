package id.kinerja.skp;

import static id.kinerja.appraisal.AppraisalProcess.NIP;
import static id.kinerja.appraisal.AppraisalProcess.RHK;
import static id.kinerja.appraisal.AppraisalProcess.TAHUN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanSkp: the submitted draft becomes the SKP's RHK and indicators. */
@Component
public class SaveSkpDraftDelegate implements JavaDelegate {

  private final SkpService skpService;

  public SaveSkpDraftDelegate(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    skpService.submitDraft(NIP.require(execution), TAHUN.require(execution), RHK.require(execution));
  }
}
