package id.kinerja.skp;

import static id.kinerja.kernel.AppraisalProcess.DAFTAR_INDIKATOR;
import static id.kinerja.kernel.AppraisalProcess.DAFTAR_RHK;
import static id.kinerja.kernel.AppraisalProcess.EKSPEKTASI_KHUSUS;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.PenilaianTahunan;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SetujuiSkp: approves the SKP and hands the period forms the approved RHK and indicators
 * (with their database ids) to report and give feedback on.
 */
@Component
public class ApproveSkpDelegate implements JavaDelegate {

  private final SkpService skpService;
  private final SupervisorRhkOffers offers;

  public ApproveSkpDelegate(SkpService skpService, SupervisorRhkOffers offers) {
    this.skpService = skpService;
    this.offers = offers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PenilaianTahunan penilaian = AppraisalProcess.penilaian(execution);
    SkpService.ApprovedSkp skp = skpService.approve(penilaian, EKSPEKTASI_KHUSUS.from(execution));
    DAFTAR_RHK.set(execution, JsonValues.tree(skp.rhk()));
    DAFTAR_INDIKATOR.set(execution, JsonValues.tree(skp.indikator()));
    // the subordinates drafting now link to this SKP's RHK as it stands after this step
    offers.refreshDraftsOfSubordinates(penilaian.nip().value(), penilaian.tahun());
  }
}
