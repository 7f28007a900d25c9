package id.kinerja.publication;

import id.kinerja.kernel.Tahun;
import java.time.Year;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Wording and parameter checks shared by the public pages and the public JSON. */
final class PublicLabels {

  static final int FIRST_YEAR = 2000;

  private PublicLabels() {}

  static String status(String status) {
    return switch (status) {
      case "DITERIMA" -> "Diterima, menunggu penelaahan";
      case "DITANGANI" -> "Sedang ditangani";
      case "SELESAI" -> "Selesai";
      case "TIDAK_VALID" -> "Ditutup: tidak dapat ditindaklanjuti";
      default -> "Diproses";
    };
  }

  /** The year asked for, or this year; 400 for anything that is not a plausible year. */
  static Tahun year(String tahun) {
    if (tahun == null || tahun.isBlank()) {
      return Tahun.of(Year.now().getValue());
    }
    if (!tahun.matches("\\d{4}")) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tahun harus empat angka, misalnya 2025");
    }
    int year = Integer.parseInt(tahun);
    if (year < FIRST_YEAR || year > Year.now().getValue()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Tahun harus antara " + FIRST_YEAR + " dan " + Year.now().getValue());
    }
    return Tahun.of(year);
  }
}
