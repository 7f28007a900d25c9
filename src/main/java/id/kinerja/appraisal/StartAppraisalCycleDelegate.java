package id.kinerja.appraisal;

import static id.kinerja.kernel.AppraisalProcess.ATASAN_PEJABAT_PENILAI;
import static id.kinerja.kernel.AppraisalProcess.PEJABAT_PENILAI;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.skp.SkpService;
import org.camunda.bpm.engine.BadUserRequestException;
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
    PenilaianTahunan penilaian = AppraisalProcess.penilaian(execution);
    sameBusinessKey(execution, penilaian);
    String nip = penilaian.nip().value();
    String pejabatPenilai = PEJABAT_PENILAI.from(execution);
    String atasan = ATASAN_PEJABAT_PENILAI.from(execution);
    if (!AppraisalProcess.pejabatLengkap(nip, pejabatPenilai, atasan)) {
      throw new BpmnError(AppraisalProcess.Errors.PEJABAT_TIDAK_LENGKAP,
          "Pejabat penilai atau atasannya untuk " + nip + " belum lengkap");
    }
    skpService.openCycle(penilaian, pejabatPenilai, atasan, execution.getProcessInstanceId());
  }

  /**
   * One instance per employee and year rests on the business key {@code <NIP>-<year>} (unique in
   * the database): a start without one gets it, a start with another one is refused.
   */
  static void sameBusinessKey(DelegateExecution execution, PenilaianTahunan penilaian) {
    String expected = penilaian.businessKey();
    String given = execution.getProcessBusinessKey();
    if (given == null || given.isBlank()) {
      execution.setProcessBusinessKey(expected);
    } else if (!expected.equals(given)) {
      throw new BadUserRequestException("Kunci bisnis siklus penilaian harus " + expected
          + " (NIP-tahun), bukan " + given);
    }
  }
}
