package id.kinerja.harian;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The records of the daily log, as the pages, the API and the recaps show them. */
public final class KegiatanHarian {

  private KegiatanHarian() {}

  /** What somebody typed for one activity; times as text ("08:00") so a bad one is named, not a 500. */
  public record Isian(LocalDate tanggal, String mulai, String selesai, Integer menit, Long rhkId, String uraian,
      String keluaran, Long buktiId) implements java.io.Serializable {

    static Isian kosong(LocalDate tanggal) {
      return new Isian(tanggal, "", "", null, null, "", "", null);
    }

    /** An activity as typed again for another day: the same times (or duration), RHK, words and evidence. */
    static Isian salinan(Kegiatan k, LocalDate tanggal) {
      return new Isian(tanggal, jam(k.mulai()).replace('.', ':'), jam(k.selesai()).replace('.', ':'),
          k.mulai() == null ? k.menit() : null, k.rhkId(), k.uraian(), k.keluaran(), k.buktiId());
    }
  }

  /** One activity of one day. {@code mulai}/{@code selesai} are empty when only a duration was given. */
  public record Kegiatan(long id, String nip, LocalDate tanggal, LocalTime mulai, LocalTime selesai, int menit,
      long rhkId, String rhk, String uraian, String keluaran, Long buktiId, String buktiNama) {

    /** "08.00–10.30" or "1 jam 30 menit". */
    public String waktu() {
      return mulai == null || selesai == null ? durasi(menit)
          : jam(mulai) + "–" + jam(selesai) + " (" + durasi(menit) + ")";
    }
  }

  /** A note of the appraiser's or atasan's on one activity ({@code kegiatanId}) or on the whole day. */
  public record Catatan(long id, LocalDate tanggal, Long kegiatanId, String penulis, String namaPenulis,
      String catatan, LocalDateTime pada) {}

  /** One day: its standard, its activities and notes. */
  public record Hari(JamKerjaStandar.Standar standar, List<Kegiatan> kegiatan, List<Catatan> catatanHari,
      Map<Long, List<Catatan>> catatanKegiatan, boolean dapatDiubah, boolean akanDatang) {

    public LocalDate tanggal() {
      return standar.tanggal();
    }

    public int menit() {
      return kegiatan.stream().mapToInt(Kegiatan::menit).sum();
    }

    /** "6 jam 30 menit dari 7 jam 30 menit" or, on a day off, the day's name. */
    public String jamTerhadapStandar() {
      if (!standar.hariKerja()) {
        return menit() == 0 ? standar.keterangan() : durasi(menit()) + " (" + standar.keterangan() + ")";
      }
      return durasi(menit()) + " dari " + durasi(standar.menit());
    }

    /** libur, nanti (still to come), kosong, kurang or cukup: how the calendar colours the day. */
    public String keadaan() {
      if (!standar.hariKerja()) {
        return "libur";
      }
      if (kegiatan.isEmpty()) {
        return akanDatang ? "nanti" : "kosong";
      }
      return menit() >= standar.menit() ? "cukup" : "kurang";
    }

    public List<Catatan> catatanUntuk(long kegiatanId) {
      return catatanKegiatan.getOrDefault(kegiatanId, List.of());
    }
  }

  /** A rule an entry breaks: the field and the reason in words. */
  public record Masalah(String field, String message) implements java.io.Serializable {}

  /** A change made after the day: who, when, what. */
  public record Perubahan(long kegiatanId, LocalDate tanggal, String aksi, String sebelum, String sesudah,
      String oleh, String namaOleh, LocalDateTime pada) {}

  /** Refused entries: every problem at once. */
  public static class DitolakException extends IllegalArgumentException {
    private final List<Masalah> problems;

    DitolakException(List<Masalah> problems) {
      super(String.join("; ", problems.stream().map(Masalah::message).toList()));
      this.problems = List.copyOf(problems);
    }

    DitolakException(String field, String message) {
      this(List.of(new Masalah(field, message)));
    }

    public List<Masalah> problems() {
      return problems;
    }
  }

  /** Somebody asked for a day or an activity that is not theirs to read or change. */
  public static class TidakBerhakException extends org.springframework.security.access.AccessDeniedException {
    TidakBerhakException(String message) {
      super(message);
    }
  }

  /** "08.30": the clock as Indonesians write it. */
  public static String jam(LocalTime time) {
    return time == null ? "" : String.format("%02d.%02d", time.getHour(), time.getMinute());
  }

  /** "7 jam 30 menit", "45 menit", "0 jam". */
  public static String durasi(int menit) {
    int jam = menit / 60;
    int sisa = menit % 60;
    if (jam == 0 && sisa == 0) {
      return "0 jam";
    }
    return (jam > 0 ? jam + " jam" : "") + (jam > 0 && sisa > 0 ? " " : "") + (sisa > 0 ? sisa + " menit" : "");
  }
}
