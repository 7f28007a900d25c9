package id.kinerja.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.kinerja.kernel.CapaianOrganisasi;
import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Tahun;
import java.util.List;

/**
 * What calibration writes for people: the distribution as the forms show it (Markdown), the
 * head's list on the calibration form, the note an employee's appraisal receives on release, and
 * BKPSDM's notice when an objection decision breaks a unit's curve. Words, never codes.
 */
final class KalibrasiText {

  private KalibrasiText() {}

  /** The unit's capaian and its distribution against the curve, with a word on a late round. */
  static String tabel(String capaian, List<KalibrasiService.Usulan> usulan, KurvaDistribusi.Hasil kurva) {
    return capaianLine(capaian) + susulan(usulan) + kurva.tabel();
  }

  /** The distribution after an objection decision: against the curve, or as it is without a capaian. */
  static String sebaran(String capaian, KurvaDistribusi.Hasil kurva) {
    return capaian == null ? "Capaian kinerja organisasi belum dicatat.\n\n" + kurva.tabel()
        : capaianLine(capaian) + kurva.tabel();
  }

  private static String capaianLine(String capaian) {
    return "Capaian kinerja organisasi: **" + CapaianOrganisasi.parse(capaian).map(CapaianOrganisasi::label)
        .orElse(capaian) + "**\n\n";
  }

  /** For a round after the unit was released: what is fixed and what is being calibrated. */
  private static String susulan(List<KalibrasiService.Usulan> usulan) {
    long dilepas = usulan.stream().filter(KalibrasiService.Usulan::dilepas).count();
    if (dilepas == 0) {
      return "";
    }
    return "Usulan susulan: " + dilepas + " pegawai unit ini sudah dilepas sebelumnya. Predikat mereka tetap dan "
        + "ikut dihitung dalam kurva; hanya " + (usulan.size() - dilepas) + " usulan yang belum dilepas yang dikalibrasi.\n\n";
  }

  /**
   * The proposals the head may change, as the calibration form's list
   * ([{nip, nama, predikatUsulan (label), predikat (code), keterangan}]): those not yet released.
   */
  static JsonNode formList(KalibrasiService.Pemeriksaan pemeriksaan) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (KalibrasiService.Usulan u : pemeriksaan.usulan()) {
      if (u.dilepas()) {
        continue;
      }
      list.addObject().put("nip", u.nip()).put("nama", u.nama())
          .put("predikatUsulan", Predikat.labelOf(u.predikatUsulan()))
          .put("predikat", u.predikat())
          .put("keterangan", u.nip().equals(pemeriksaan.kepalaUnit())
              ? "Kepala unit: hasil kerja mengikuti capaian organisasi, tidak diubah di sini" : "");
    }
    return list;
  }

  /** The released proposals of the unit with their predikat, as a Markdown table; null if there are none. */
  static String releasedTable(KalibrasiService.Pemeriksaan pemeriksaan) {
    List<KalibrasiService.Usulan> dilepas = pemeriksaan.dilepas();
    if (dilepas.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder("| NIP | Nama | Predikat (tetap) |\n|---|---|---|\n");
    for (KalibrasiService.Usulan u : dilepas) {
      text.append("| ").append(u.nip()).append(" | ").append(u.nama()).append(" | ")
          .append(Predikat.labelOf(u.predikat())).append(" |\n");
    }
    return text.toString();
  }

  /** The note an employee's appraisal receives on release: the basis, and what calibration changed. */
  static String catatan(KalibrasiService.Usulan u, String dasar) {
    StringBuilder text = new StringBuilder(dasar);
    if (!u.hasilKerja().equals(u.hasilKerjaUsulan())) {
      text.append(" Sebagai kepala unit, hasil kerja Anda mengikuti capaian kinerja organisasi unit.");
    }
    if (!u.predikat().equals(u.predikatUsulan())) {
      text.append(" Predikat diubah dalam kalibrasi dari ").append(Predikat.labelOf(u.predikatUsulan()))
          .append(" menjadi ").append(Predikat.labelOf(u.predikat())).append('.');
    }
    return text.toString();
  }

  /** BKPSDM's notice: a final objection decision took the unit's distribution out of its curve. */
  static String keberatanDiLuarKurva(String namaPegawai, Tahun tahun, String namaUnit, String sebelum, String sesudah) {
    return "Putusan keberatan " + namaPegawai + " tahun " + tahun + " mengubah predikat dari "
        + Predikat.labelOf(sebelum) + " menjadi " + Predikat.labelOf(sesudah) + ". Putusan itu final dan tetap "
        + "berlaku, tetapi sebaran predikat " + namaUnit + " kini di luar kurva distribusi: lihat kurva unit itu di"
        + " Dasbor BKPSDM.";
  }
}
