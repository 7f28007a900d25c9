package id.kinerja.calibration;

import static id.kinerja.calibration.KalibrasiProcess.CATATAN_BKPSDM;
import static id.kinerja.calibration.KalibrasiProcess.PUTUSAN_JUSTIFIKASI;

import id.kinerja.kernel.Checks;
import id.kinerja.system.SubmissionRule;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** BKPSDM decides on a justification; a rejection tells the unit head why. */
@Component
public class JustifikasiKurvaRule implements SubmissionRule {

  @Override
  public boolean appliesTo(String formId) {
    return KalibrasiProcess.Forms.TERIMA_JUSTIFIKASI_KURVA.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    String putusan = PUTUSAN_JUSTIFIKASI.from(variables);
    if (KalibrasiProcess.Status.JUSTIFIKASI_TERIMA.equals(putusan)) {
      return List.of();
    }
    if (KalibrasiProcess.Status.JUSTIFIKASI_TOLAK.equals(putusan)) {
      return Checks.blank(CATATAN_BKPSDM.from(variables))
          ? List.of("Catatan wajib diisi bila justifikasi ditolak: kepala unit perlu tahu apa yang harus diperbaiki.")
          : List.of();
    }
    return List.of("Pilih putusan: terima atau tolak justifikasi.");
  }
}
