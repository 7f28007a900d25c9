package id.kinerja.system;

import id.kinerja.kernel.CapaianOrganisasi;
import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Rating;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The words people read for the codes the product stores (predikat, ratings, RHK jenis, indicator
 * aspek, statuses). Pages, PDFs and mails show these; the JSON API and the CSV export keep the codes
 * (their documented contract). In Thymeleaf: {@code ${@kode.label(x)}} or the typed methods.
 */
@Component("kode")
public class Kode {

  private static final Map<String, String> JENIS_RHK = Map.of("UTAMA", "Utama", "TAMBAHAN", "Tambahan");
  private static final Map<String, String> ASPEK = Map.of(
      "KUANTITAS", "Kuantitas", "KUALITAS", "Kualitas", "WAKTU", "Waktu", "BIAYA", "Biaya");
  private static final Map<String, String> STATUS = Map.ofEntries(
      // SKP
      Map.entry("DRAFT", "Draf"), Map.entry("DIAJUKAN", "Diajukan"),
      Map.entry("DIKEMBALIKAN", "Dikembalikan"), Map.entry("DISETUJUI", "Disetujui"),
      // opening the year (CycleOpeningRuns)
      Map.entry("BERJALAN", "Berjalan"), Map.entry("SELESAI", "Selesai"), Map.entry("TERHENTI", "Terhenti"),
      Map.entry("GAGAL", "Gagal"),
      // public reports
      Map.entry("DITERIMA", "Diterima"), Map.entry("DITANGANI", "Sedang ditangani"),
      Map.entry("TIDAK_VALID", "Tidak dapat ditindaklanjuti"),
      Map.entry("PENGADUAN", "Pengaduan"), Map.entry("APRESIASI", "Apresiasi"),
      // objection decisions, reward nominations, development plans
      Map.entry("TETAP", "Tetap (nilai dipertahankan)"), Map.entry("UBAH", "Diubah"),
      Map.entry("DITOLAK", "Ditolak"), Map.entry("DIUSULKAN", "Diusulkan"), Map.entry("DISEPAKATI", "Disepakati"),
      Map.entry("PELATIHAN", "Pelatihan"), Map.entry("COACHING", "Coaching"),
      // appraisals
      Map.entry("PERIODIK", "Periodik"), Map.entry("DIRI", "Penilaian diri"), Map.entry("TAHUNAN", "Tahunan"),
      // positions and employees
      Map.entry("STRUKTURAL", "Struktural"), Map.entry("FUNGSIONAL", "Fungsional"), Map.entry("PELAKSANA", "Pelaksana"),
      Map.entry("PEJABAT_PENILAI", "Pejabat penilai"), Map.entry("ATASAN", "Atasan pejabat penilai"));

  private static final Map<String, String> SEMUA = new LinkedHashMap<>();

  static {
    SEMUA.putAll(STATUS);
    SEMUA.putAll(JENIS_RHK);
    SEMUA.putAll(ASPEK);
    for (CapaianOrganisasi c : CapaianOrganisasi.values()) {
      SEMUA.put(c.name(), c.label());
    }
    for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
      SEMUA.put(n.name(), n.label());
    }
    for (Rating r : Rating.values()) {
      SEMUA.put(r.name(), r.label());
    }
    for (Predikat p : Predikat.values()) {
      SEMUA.put(p.name(), p.label());
    }
  }

  /** The words for any code the product stores; an unknown text is shown as it is, none as "-". */
  public String label(String code) {
    if (code == null || code.isBlank()) {
      return "-";
    }
    return SEMUA.getOrDefault(code.trim(), code);
  }

  public String predikat(String code) {
    return code == null ? "-" : Predikat.parse(code).map(Predikat::label).orElse(code);
  }

  public String rating(String code) {
    return code == null ? "-" : Rating.parse(code).map(Rating::label).orElse(code);
  }

  public String capaian(String code) {
    return code == null ? "-" : label(code);
  }

  public String aspek(String code) {
    return code == null ? "-" : ASPEK.getOrDefault(code, code);
  }

  public String jenisRhk(String code) {
    return code == null ? "-" : JENIS_RHK.getOrDefault(code, code);
  }

  public String status(String code) {
    return code == null ? "-" : STATUS.getOrDefault(code, code);
  }
}
