package id.kinerja.dashboard;

import static id.kinerja.kernel.AppraisalProcess.Elements.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phase of an employee's appraisal year, derived from where its appraisal-cycle instance
 * waits: the task definition keys of its open tasks, else the activity ids of its executions (the
 * periods' timers). Where an instance waits in several places at once (a review and its
 * escalation, parallel periods) the latest phase counts. Element ids come from
 * {@link id.kinerja.kernel.AppraisalProcess}, the only Java that knows them.
 */
public enum Fase {
  PERSIAPAN("Pejabat penilai belum lengkap", "#9e9e9e",
      TASK_MULAI_SIKLUS, TASK_LENGKAPI_PEJABAT),
  PERENCANAAN("Perencanaan SKP", "#5b8def",
      SUBPROCESS_PERENCANAAN_SKP, TASK_DRAFT_SKP, TASK_SIMPAN_SKP, TASK_REVIEW_SKP, TASK_KEMBALIKAN_SKP,
      TASK_SETUJUI_SKP, TASK_TINDAK_LANJUT_REVIEW, RULE_PERIODE_PENILAIAN),
  PELAKSANAAN("Pelaksanaan & penilaian periodik", "#2bb0a8",
      SUBPROCESS_PENILAIAN_PERIODIK, TIMER_PERIODE_DIBUKA, SUBPROCESS_PERIODE, TASK_LAPORKAN_REALISASI,
      TASK_SIMPAN_REALISASI, TASK_NILAI_PERIODE, TASK_SIMPAN_PENILAIAN_PERIODIK),
  PENILAIAN_TAHUNAN("Penilaian tahunan", "#f0a030",
      SUBPROCESS_PENILAIAN_TAHUNAN, TASK_PENILAIAN_DIRI, TASK_NILAI_KINERJA_TAHUNAN, RULE_PREDIKAT_KINERJA,
      TASK_SIMPAN_PENILAIAN_TAHUNAN),
  HASIL("Hasil disampaikan (masa keberatan)", "#a070d0",
      TASK_TERIMA_HASIL, TIMER_OBJECTION_WINDOW),
  KEBERATAN("Keberatan", "#d9534f",
      SUBPROCESS_KEBERATAN, TASK_CATAT_KEBERATAN, TASK_TANGGAPI_KEBERATAN, TASK_PUTUSKAN_KEBERATAN,
      RULE_PREDIKAT_SETELAH_KEBERATAN, TASK_SIMPAN_PUTUSAN_KEBERATAN, TASK_TINDAK_LANJUT_KEBERATAN),
  PENETAPAN("Penetapan hasil", "#7a5c3a",
      TASK_TETAPKAN_HASIL, TASK_SIMPAN_HASIL_AKHIR),
  /** Running, but at none of the places above (a model version that has new elements). */
  LAINNYA("Lainnya", "#cccccc"),
  SELESAI("Selesai", "#2e7d32");

  private final String label;
  private final String warna;
  private final List<String> elements;

  Fase(String label, String warna, String... elements) {
    this.label = label;
    this.warna = warna;
    this.elements = List.of(elements);
  }

  public String label() {
    return label;
  }

  /** The column header: short enough for fourteen columns at 1366 px; the legend and the title give the whole label. */
  public String singkat() {
    return switch (this) {
      case PERSIAPAN -> "Pejabat belum lengkap";
      case PELAKSANAAN -> "Pelaksanaan & periodik";
      case HASIL -> "Masa keberatan";
      case PENILAIAN_TAHUNAN -> "Penilaian tahunan";
      default -> label;
    };
  }

  public String warna() {
    return warna;
  }

  List<String> elements() {
    return elements;
  }

  /** Element id to phase, for the SQL that ranks each instance's places (the rank is the ordinal). */
  public static Map<String, Fase> byElement() {
    Map<String, Fase> map = new LinkedHashMap<>();
    for (Fase fase : values()) {
      fase.elements.forEach(element -> map.put(element, fase));
    }
    return map;
  }

  static Fase ofRank(int rank) {
    return values()[rank];
  }
}
