package id.kinerja.calibration;

import id.kinerja.kernel.Tahun;
import static id.kinerja.calibration.KalibrasiProcess.NAMA_UNIT;
import static id.kinerja.calibration.KalibrasiProcess.TAHUN;
import static id.kinerja.calibration.KalibrasiProcess.UNIT_KERJA;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IngatkanCapaian: every appraisal of the unit is in, but BKPSDM has not recorded its capaian. */
@Component
public class RemindCapaianDelegate implements JavaDelegate {

  private final KalibrasiService kalibrasi;

  public RemindCapaianDelegate(KalibrasiService kalibrasi) {
    this.kalibrasi = kalibrasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unit = UNIT_KERJA.require(execution);
    Tahun tahun = Tahun.of(TAHUN.require(execution));
    String nama = NAMA_UNIT.from(execution);
    kalibrasi.tellBkpsdm(
        "Capaian kinerja organisasi " + (nama == null || nama.isBlank() ? unit : nama) + " tahun " + tahun
            + " belum dicatat: penilaian tahunan pegawainya menunggu kalibrasi. Catat di halaman Capaian organisasi.",
        "/admin/capaian-organisasi", execution.getProcessInstanceId());
  }
}
