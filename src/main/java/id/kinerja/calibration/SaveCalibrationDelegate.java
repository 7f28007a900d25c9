package id.kinerja.calibration;

import id.kinerja.kernel.Tahun;
import static id.kinerja.calibration.KalibrasiProcess.JUSTIFIKASI_KURVA;
import static id.kinerja.calibration.KalibrasiProcess.KEPALA_UNIT;
import static id.kinerja.calibration.KalibrasiProcess.TABEL_KURVA;
import static id.kinerja.calibration.KalibrasiProcess.TAHUN;
import static id.kinerja.calibration.KalibrasiProcess.TINDAKAN_KALIBRASI;
import static id.kinerja.calibration.KalibrasiProcess.UNIT_KERJA;
import static id.kinerja.calibration.KalibrasiProcess.USULAN_KALIBRASI;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SimpanKalibrasi: the unit head's changed predikat, or their justification, recorded. */
@Component
public class SaveCalibrationDelegate implements JavaDelegate {

  private final KalibrasiService kalibrasi;

  public SaveCalibrationDelegate(KalibrasiService kalibrasi) {
    this.kalibrasi = kalibrasi;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unit = UNIT_KERJA.require(execution);
    Tahun tahun = Tahun.of(TAHUN.require(execution));
    String oleh = actor(execution, KEPALA_UNIT.from(execution));
    if (KalibrasiProcess.Status.TINDAKAN_JUSTIFIKASI.equals(TINDAKAN_KALIBRASI.require(execution))) {
      kalibrasi.recordJustification(unit, tahun, JUSTIFIKASI_KURVA.require(execution), TABEL_KURVA.from(execution), oleh);
      return;
    }
    List<KalibrasiService.Perubahan> changes = new ArrayList<>();
    JsonNode list = USULAN_KALIBRASI.from(execution);
    if (list != null) {
      for (JsonNode row : list) {
        String nip = JsonValues.field(row, "nip");
        String predikat = JsonValues.field(row, "predikat");
        if (nip != null && predikat != null) {
          changes.add(new KalibrasiService.Perubahan(nip, predikat));
        }
      }
    }
    kalibrasi.applyChanges(unit, tahun, changes, oleh);
  }

  /** Who completed the task: the logged-in user, else the one it was meant for. */
  static String actor(DelegateExecution execution, String fallback) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    return user != null ? user : fallback != null ? fallback : "sistem";
  }
}
