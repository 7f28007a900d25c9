package id.kinerja.followup;

import static id.kinerja.followup.TindakLanjutProcess.CATATAN_PENGHARGAAN;
import static id.kinerja.followup.TindakLanjutProcess.KEPUTUSAN_PENGHARGAAN;
import static id.kinerja.followup.TindakLanjutProcess.PERSETUJUAN_RENCANA;
import static id.kinerja.followup.TindakLanjutProcess.RENCANA_PENGEMBANGAN;
import static id.kinerja.followup.TindakLanjutProcess.TANGGAPAN_PEGAWAI;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import id.kinerja.system.SubmissionRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The submission rules of the follow-up forms. */
final class TindakLanjutRules {

  private TindakLanjutRules() {}

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** BKPSDM accepts or declines a reward nomination, always with a note. */
  @Component
  static class UsulanPenghargaanRule implements SubmissionRule {

    private static final Set<String> DECISIONS =
        Set.of(TindakLanjutProcess.Values.DITERIMA, TindakLanjutProcess.Values.DITOLAK);

    @Override
    public boolean appliesTo(String formId) {
      return TindakLanjutProcess.Forms.USULAN_PENGHARGAAN.equals(formId);
    }

    @Override
    public List<String> violations(Map<String, Object> variables) {
      List<String> violations = new ArrayList<>();
      String keputusan = KEPUTUSAN_PENGHARGAAN.from(variables);
      // Set.of(...).contains(null) throws: a submission without the decision must be refused, not fail
      if (keputusan == null || !DECISIONS.contains(keputusan)) {
        violations.add("Pilih keputusan: usulan penghargaan diterima atau ditolak.");
      }
      if (blank(CATATAN_PENGHARGAAN.from(variables))) {
        violations.add("Catatan keputusan wajib diisi (jenis penghargaan, atau alasan penolakan).");
      }
      return violations;
    }
  }

  /** A development plan: at least one training or coaching, described, with a due date ahead. */
  @Component
  static class RencanaPengembanganRule implements SubmissionRule {

    @Override
    public boolean appliesTo(String formId) {
      return TindakLanjutProcess.Forms.RENCANA_PENGEMBANGAN.equals(formId);
    }

    @Override
    public List<String> violations(Map<String, Object> variables) {
      List<String> violations = new ArrayList<>();
      JsonNode rencana = RENCANA_PENGEMBANGAN.from(variables);
      if (rencana == null || !rencana.isArray() || rencana.isEmpty()) {
        return List.of("Rencana pengembangan wajib berisi paling sedikit satu pelatihan atau coaching.");
      }
      int i = 0;
      for (JsonNode item : rencana) {
        i++;
        String jenis = JsonValues.field(item, "jenis");
        if (!TindakLanjutProcess.Values.PELATIHAN.equals(jenis) && !TindakLanjutProcess.Values.COACHING.equals(jenis)) {
          violations.add("Kegiatan " + i + ": pilih jenis pelatihan atau coaching.");
        }
        String uraian = JsonValues.field(item, "uraian");
        if (uraian == null || uraian.strip().length() < 10) {
          violations.add("Kegiatan " + i + ": uraikan kegiatannya (paling sedikit 10 karakter).");
        } else if (uraian.length() > 2000) {
          violations.add("Kegiatan " + i + ": uraian paling banyak 2000 karakter.");
        }
        String tenggat = JsonValues.field(item, "tenggat");
        try {
          LocalDate due = LocalDate.parse(tenggat == null ? "" : tenggat.substring(0, Math.min(10, tenggat.length())));
          if (!due.isAfter(LocalDate.now())) {
            violations.add("Kegiatan " + i + ": tenggat harus setelah hari ini.");
          }
        } catch (DateTimeParseException e) {
          violations.add("Kegiatan " + i + ": tenggat wajib berupa tanggal.");
        }
      }
      return violations;
    }
  }

  /** The employee agrees, or comments (then the comment is required). */
  @Component
  static class TanggapanRencanaRule implements SubmissionRule {

    @Override
    public boolean appliesTo(String formId) {
      return TindakLanjutProcess.Forms.TANGGAPAN_RENCANA.equals(formId);
    }

    @Override
    public List<String> violations(Map<String, Object> variables) {
      String persetujuan = PERSETUJUAN_RENCANA.from(variables);
      if (TindakLanjutProcess.Values.SETUJU.equals(persetujuan)) {
        return List.of();
      }
      if (TindakLanjutProcess.Values.KOMENTAR.equals(persetujuan)) {
        return blank(TANGGAPAN_PEGAWAI.from(variables))
            ? List.of("Tuliskan komentar Anda atas rencana pengembangan.") : List.of();
      }
      return List.of("Pilih: setuju dengan rencana, atau beri komentar.");
    }
  }
}
