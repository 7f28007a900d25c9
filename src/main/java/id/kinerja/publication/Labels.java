package id.kinerja.publication;

import id.kinerja.appraisal.NilaiBerakhlak;
import id.kinerja.appraisal.Rating;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Codes of the tables in the words of the documents (Bahasa Indonesia). */
final class Labels {

  static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, 'pukul' HH.mm", INDONESIA);
  private static final Map<String, String> CAPAIAN = Map.of(
      "ISTIMEWA", "Istimewa", "BAIK", "Baik", "BUTUH_PERBAIKAN", "Butuh Perbaikan", "KURANG", "Kurang",
      "SANGAT_KURANG", "Sangat Kurang");
  private static final Map<String, String> ASPEK = Map.of(
      "KUANTITAS", "Kuantitas", "KUALITAS", "Kualitas", "WAKTU", "Waktu", "BIAYA", "Biaya");
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
    return code == null ? "-" : CAPAIAN.getOrDefault(code, code);
  }

  static String aspek(String code) {
    return code == null ? "-" : ASPEK.getOrDefault(code, code);
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
    return "UTAMA".equals(code) ? "Utama" : "TAMBAHAN".equals(code) ? "Tambahan" : code;
  }

  static String date(LocalDateTime time) {
    return time == null ? "-" : DATE.format(time);
  }

  static String dateTime(LocalDateTime time) {
    return time == null ? "-" : DATE_TIME.format(time);
  }

  static String periodeTahunan(int tahun) {
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
