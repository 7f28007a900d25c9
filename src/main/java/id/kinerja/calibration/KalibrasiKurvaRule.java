package id.kinerja.calibration;

import static id.kinerja.calibration.KalibrasiProcess.JUSTIFIKASI_KURVA;
import static id.kinerja.calibration.KalibrasiProcess.TAHUN;
import static id.kinerja.calibration.KalibrasiProcess.TINDAKAN_KALIBRASI;
import static id.kinerja.calibration.KalibrasiProcess.UNIT_KERJA;
import static id.kinerja.calibration.KalibrasiProcess.USULAN_KALIBRASI;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.SubmissionRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The unit head's calibration: either changed predikat of exactly the unit's proposals not yet
 * released (not their own, which follows the unit's result; released ones, which an earlier round
 * fixed, may be sent back unchanged but never changed), or a justification to BKPSDM.
 */
@Component
public class KalibrasiKurvaRule implements SubmissionRule {

  static final int JUSTIFIKASI_MIN = 20;

  private final KalibrasiService kalibrasi;

  public KalibrasiKurvaRule(KalibrasiService kalibrasi) {
    this.kalibrasi = kalibrasi;
  }

  @Override
  public boolean appliesTo(String formId) {
    return KalibrasiProcess.Forms.KALIBRASI_KURVA_UNIT.equals(formId);
  }

  @Override
  public List<String> violations(Map<String, Object> variables) {
    List<String> violations = new ArrayList<>();
    String tindakan = TINDAKAN_KALIBRASI.from(variables);
    if (KalibrasiProcess.Status.TINDAKAN_JUSTIFIKASI.equals(tindakan)) {
      String justifikasi = JUSTIFIKASI_KURVA.from(variables);
      if (justifikasi == null || justifikasi.strip().length() < JUSTIFIKASI_MIN) {
        violations.add("Justifikasi wajib diisi (paling sedikit " + JUSTIFIKASI_MIN
            + " karakter): jelaskan mengapa sebaran predikat unit berbeda dari kurva.");
      } else if (justifikasi.length() > 4000) {
        violations.add("Justifikasi paling banyak 4000 karakter.");
      }
      return violations;
    }
    if (!KalibrasiProcess.Status.TINDAKAN_UBAH.equals(tindakan)) {
      violations.add("Pilih tindakan: ubah predikat atau ajukan justifikasi kepada BKPSDM.");
      return violations;
    }
    String unit = UNIT_KERJA.from(variables);
    Integer tahun = TAHUN.from(variables);
    if (unit == null || tahun == null) {
      violations.add("Unit kerja atau tahun kalibrasi tidak diketahui.");
      return violations;
    }
    Map<String, KalibrasiService.Usulan> current = new HashMap<>();
    Map<String, KalibrasiService.Usulan> released = new HashMap<>();
    kalibrasi.usulan(unit, Tahun.of(tahun)).forEach(u -> (u.dilepas() ? released : current).put(u.nip(), u));
    String kepala = kalibrasi.unitHead(unit);
    JsonNode list = USULAN_KALIBRASI.from(variables);
    Map<String, String> submitted = new HashMap<>();
    if (list != null && list.isArray()) {
      for (JsonNode row : list) {
        String nip = String.valueOf(JsonValues.field(row, "nip"));
        String predikat = JsonValues.field(row, "predikat");
        KalibrasiService.Usulan fixed = released.get(nip);
        if (fixed == null) {
          submitted.put(nip, predikat);
        } else if (!fixed.predikat().equals(predikat)) {
          // released by an earlier round: counted in the curve, never calibrated again
          violations.add(fixed.nama() + ": hasil sudah dilepas dan tidak dapat diubah lagi.");
        }
      }
    }
    if (!violations.isEmpty()) {
      return violations;
    }
    if (!submitted.keySet().equals(current.keySet())) {
      violations.add("Daftar pegawai tidak sesuai dengan usulan unit saat ini; muat ulang tugas ini.");
      return violations;
    }
    boolean changed = false;
    for (var entry : submitted.entrySet()) {
      KalibrasiService.Usulan usulan = current.get(entry.getKey());
      String predikat = entry.getValue();
      if (Predikat.parse(predikat).isEmpty()) {
        violations.add(usulan.nama() + ": predikat '" + predikat + "' tidak dikenal.");
      } else if (!predikat.equals(usulan.predikat())) {
        if (usulan.nip().equals(kepala)) {
          violations.add(usulan.nama() + ": predikat kepala unit mengikuti capaian organisasi dan tidak diubah di sini.");
        } else {
          changed = true;
        }
      }
    }
    if (violations.isEmpty() && !changed) {
      violations.add("Belum ada predikat yang diubah: ubah predikat pegawai agar sebaran sesuai kurva, "
          + "atau ajukan justifikasi.");
    }
    return violations;
  }
}
