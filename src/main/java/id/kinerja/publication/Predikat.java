package id.kinerja.publication;

import java.util.Arrays;
import java.util.Optional;

/** The five predikat kinerja pegawai, in the order of the distribution curve; the names are the DMN codes. */
enum Predikat {
  SANGAT_BAIK("Sangat Baik"),
  BAIK("Baik"),
  BUTUH_PERBAIKAN("Butuh Perbaikan"),
  KURANG_MISCONDUCT("Kurang/Misconduct"),
  SANGAT_KURANG("Sangat Kurang");

  private final String label;

  Predikat(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static Optional<Predikat> parse(String code) {
    return Arrays.stream(values()).filter(p -> p.name().equals(code == null ? null : code.trim())).findFirst();
  }
}
