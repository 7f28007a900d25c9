package id.kinerja.harian;

import static id.kinerja.kernel.AppraisalProcess.JUMLAH_PERIODE;
import static id.kinerja.kernel.AppraisalProcess.PERIODE_KE;

import id.kinerja.kernel.AppraisalProcess;
import id.kinerja.kernel.PenilaianTahunan;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_NilaiPeriode: puts the employee's daily record of that period into the
 * task (variable {@value #VARIABLE}), per RHK the hours, the activities and the notes given, so the
 * appraiser reads it on the rating form.
 */
@Component
public class DailyActivityDigestListener implements TaskListener {

  public static final String VARIABLE = "kegiatanHarianPeriode";

  private final KegiatanHarianService activities;

  public DailyActivityDigestListener(KegiatanHarianService activities) {
    this.activities = activities;
  }

  @Override
  public void notify(DelegateTask task) {
    int periods = JUMLAH_PERIODE.require(task.getExecution());
    int period = PERIODE_KE.require(task.getExecution());
    int months = 12 / periods;
    PenilaianTahunan penilaian = AppraisalProcess.penilaian(task.getExecution());
    LocalDate from = LocalDate.of(penilaian.tahun().value(), 1, 1).plusMonths((long) (period - 1) * months);
    LocalDate to = from.plusMonths(months).minusDays(1);
    task.setVariableLocal(VARIABLE, activities.digest(penilaian.nip(), from, to));
  }
}
