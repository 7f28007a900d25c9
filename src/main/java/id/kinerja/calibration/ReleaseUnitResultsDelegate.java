package id.kinerja.calibration;

import id.kinerja.kernel.Tahun;
import static id.kinerja.calibration.KalibrasiProcess.JUMLAH_DILEPAS;
import static id.kinerja.calibration.KalibrasiProcess.PUTUSAN_JUSTIFIKASI;
import static id.kinerja.calibration.KalibrasiProcess.STATUS_KURVA;
import static id.kinerja.calibration.KalibrasiProcess.TAHUN;
import static id.kinerja.calibration.KalibrasiProcess.UNIT_KERJA;
import static id.kinerja.calibration.KalibrasiProcess.USULAN_BELUM_DICAKUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_LepaskanHasil: every appraisal of the unit waiting for calibration goes on, at once; those
 * an earlier round released are not touched again. After an accepted justification only those it
 * covered go on; the others (proposed while BKPSDM decided) are counted for the next check.
 */
@Component
public class ReleaseUnitResultsDelegate implements JavaDelegate {

  private final KalibrasiService kalibrasi;

  public ReleaseUnitResultsDelegate(KalibrasiService kalibrasi) {
    this.kalibrasi = kalibrasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean justified = KalibrasiProcess.Status.DI_LUAR_KURVA.equals(STATUS_KURVA.from(execution))
        && KalibrasiProcess.Status.JUSTIFIKASI_TERIMA.equals(PUTUSAN_JUSTIFIKASI.from(execution));
    Integer dilepas = JUMLAH_DILEPAS.from(execution);
    String unit = dilepas == null || dilepas == 0 ? "Sebaran predikat unit"
        : "Sebaran predikat unit, bersama " + dilepas + " pegawai yang hasilnya sudah dilepas sebelumnya,";
    if (justified) {
      USULAN_BELUM_DICAKUP.set(execution, kalibrasi.releaseJustified(UNIT_KERJA.require(execution),
          Tahun.of(TAHUN.require(execution)), unit + " di luar kurva distribusi; justifikasi kepala unit diterima BKPSDM."));
    } else {
      // the check released in its own transaction, under the unit's lock: nothing came in since
      kalibrasi.release(UNIT_KERJA.require(execution), Tahun.of(TAHUN.require(execution)), unit + " sesuai kurva distribusi.");
      USULAN_BELUM_DICAKUP.set(execution, 0);
    }
  }
}
