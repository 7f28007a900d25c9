package id.kinerja.publication;

import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Predikat;
import id.kinerja.kernel.Rating;
import id.kinerja.kernel.Tahun;
import id.kinerja.system.Kode;
import java.util.Locale;
import java.util.Map;

/** Codes of the tables in the words of the documents (Bahasa Indonesia); the shared words are {@link Kode}'s. */
final class Labels {

  static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final Kode KODE = new Kode();
  private static final Map<String, String> STATUS_SKP = Map.of(
      "DRAFT", "belum diajukan", "DIAJUKAN", "diajukan, menunggu persetujuan pejabat penilai",
      "DIKEMBALIKAN", "dikembalikan untuk diperbaiki", "DISETUJUI", "disetujui");

  private Labels() {}

  static String rating(String code) {
    return code == null ? "-" : Rating.parse(code).map(Rating::label).orElse(code);
  }

  static String predikat(String code) {
    return code == null ? "-" : Predikat.parse(code).map(Predikat::label).orElse(code);
  }

  static String capaian(String code) {
    return KODE.capaian(code);
  }

  static String aspek(String code) {
    return KODE.aspek(code);
  }

  static String statusSkp(String code) {
    return STATUS_SKP.getOrDefault(code, code);
  }

  static String nilai(String code) {
    for (NilaiBerakhlak value : NilaiBerakhlak.values()) {
      if (value.name().equals(code)) {
        return value.label();
      }
    }
    return code;
  }

  static String jenisRhk(String code) {
    return KODE.jenisRhk(code);
  }

  static String periodeTahunan(Tahun tahun) {
    return "1 Januari " + tahun + " s.d. 31 Desember " + tahun;
  }

  static String nipLine(DocumentData.Person person) {
    if (person.nip() == null) {
      return "-";
    }
    // an official outside the organisation (e.g. the region's head) has an account, not an NIP
    return (person.unitKode() == null ? "ID pengguna " : "NIP ") + person.nip();
  }
}
