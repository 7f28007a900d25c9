package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalProcess.ATASAN_PEJABAT_PENILAI;
import static id.kinerja.appraisal.AppraisalProcess.NIP;
import static id.kinerja.appraisal.AppraisalProcess.PEJABAT_PENILAI;
import static id.kinerja.appraisal.AppraisalProcess.TAHUN;

import id.kinerja.skp.SkpService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_MulaiSiklus: records the cycle with the appraiser and the atasan resolved at start.
 * Without both (the agency head, a gap in the organisation data) BKPSDM has to name them.
 */
@Component
public class StartAppraisalCycleDelegate implements JavaDelegate {

  private final SkpService skpService;

  public StartAppraisalCycleDelegate(SkpService skpService) {
    this.skpService = skpService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String nip = NIP.require(execution);
    String pejabatPenilai = PEJABAT_PENILAI.from(execution);
    String atasan = ATASAN_PEJABAT_PENILAI.from(execution);
    if (!pejabatLengkap(nip, pejabatPenilai, atasan)) {
      throw new BpmnError(AppraisalProcess.Errors.PEJABAT_TIDAK_LENGKAP,
          "Pejabat penilai atau atasannya untuk " + nip + " belum lengkap");
    }
    skpService.openCycle(nip, TAHUN.require(execution), pejabatPenilai, atasan, execution.getProcessInstanceId());
  }

  /**
   * An appraiser who is not the employee, and an atasan who is not the appraiser; otherwise the
   * year waits at BKPSDM's Task_LengkapiPejabat.
   */
  static boolean pejabatLengkap(String nip, String pejabatPenilai, String atasan) {
    return !isBlank(pejabatPenilai) && !isBlank(atasan) && !nip.equals(pejabatPenilai) && !pejabatPenilai.equals(atasan);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
