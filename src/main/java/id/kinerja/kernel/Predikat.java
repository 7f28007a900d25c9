package id.kinerja.kernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five predikat kinerja pegawai, in the order of the matrix and of the distribution curve; the
 * names are the contract of the DMNs and the tables. The one Predikat of the product.
 */
public enum Predikat {
  SANGAT_BAIK("Sangat Baik", "#2e7d32"),
  BAIK("Baik", "#7cb342"),
  BUTUH_PERBAIKAN("Butuh Perbaikan", "#fbc02d"),
  KURANG_MISCONDUCT("Kurang/Misconduct", "#ef6c00"),
  SANGAT_KURANG("Sangat Kurang", "#c62828");

  private final String label;
  private final String warna;

  Predikat(String label, String warna) {
    this.label = label;
    this.warna = warna;
  }

  public String label() {
    return label;
  }

  /** Its colour wherever a chart shows predikat side by side (dashboards). */
  public String warna() {
    return warna;
  }

  public static Optional<Predikat> parse(String value) {
    String code = value == null ? null : value.strip();
    return Arrays.stream(values()).filter(p -> p.name().equals(code)).findFirst();
  }

  /** The label of a code, the code itself when it is not a predikat, null for null. */
  public static String labelOf(String code) {
    return code == null ? null : parse(code).map(Predikat::label).orElse(code);
  }
}
