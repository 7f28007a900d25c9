package id.kinerja.calibration;

import id.kinerja.kernel.Tahun;
import static id.kinerja.calibration.KalibrasiProcess.CAPAIAN_ORGANISASI;
import static id.kinerja.calibration.KalibrasiProcess.JUMLAH_DILEPAS;
import static id.kinerja.calibration.KalibrasiProcess.KEPALA_UNIT;
import static id.kinerja.calibration.KalibrasiProcess.STATUS_KURVA;
import static id.kinerja.calibration.KalibrasiProcess.TABEL_DILEPAS;
import static id.kinerja.calibration.KalibrasiProcess.TABEL_KURVA;
import static id.kinerja.calibration.KalibrasiProcess.TAHUN;
import static id.kinerja.calibration.KalibrasiProcess.UNIT_KERJA;
import static id.kinerja.calibration.KalibrasiProcess.USULAN_KALIBRASI;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PeriksaKurva: what the unit waits for, or its distribution against the curve; in a round
 * after the unit was released, how many are fixed and who they are.
 */
@Component
public class CheckUnitCurveDelegate implements JavaDelegate {

  private final KalibrasiService kalibrasi;

  public CheckUnitCurveDelegate(KalibrasiService kalibrasi) {
    this.kalibrasi = kalibrasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    KalibrasiService.Pemeriksaan result = kalibrasi.check(UNIT_KERJA.require(execution),
        Tahun.of(TAHUN.require(execution)));
    STATUS_KURVA.set(execution, result.status());
    TABEL_KURVA.set(execution, result.tabel());
    CAPAIAN_ORGANISASI.set(execution, result.capaian());
    KEPALA_UNIT.set(execution, result.kepalaUnit());
    USULAN_KALIBRASI.set(execution, kalibrasi.formList(result));
    JUMLAH_DILEPAS.set(execution, result.dilepas().size());
    TABEL_DILEPAS.set(execution, kalibrasi.releasedTable(result));
  }
}
