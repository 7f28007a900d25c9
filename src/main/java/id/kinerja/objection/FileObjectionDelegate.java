package id.kinerja.objection;

import static id.kinerja.kernel.AppraisalProcess.ALASAN_KEBERATAN;
import static id.kinerja.kernel.AppraisalProcess.HASIL_KERJA;
import static id.kinerja.kernel.AppraisalProcess.PERILAKU_KERJA;

import id.kinerja.kernel.AppraisalProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CatatKeberatan: records the objection filed within the window, with the ratings it is filed
 * against (the ones the unit's calibration released), which the decision is checked against.
 */
@Component
public class FileObjectionDelegate implements JavaDelegate {

  private final ObjectionService objectionService;

  public FileObjectionDelegate(ObjectionService objectionService) {
    this.objectionService = objectionService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    objectionService.file(AppraisalProcess.penilaian(execution), ALASAN_KEBERATAN.require(execution),
        new ObjectionService.AppealedRatings(HASIL_KERJA.require(execution), PERILAKU_KERJA.require(execution)));
  }
}
