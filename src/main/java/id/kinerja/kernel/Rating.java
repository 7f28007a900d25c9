package id.kinerja.kernel;

import java.util.Arrays;
import java.util.Optional;

/** The three-level rating of Hasil Kerja and Perilaku Kerja; the names are the DMN contract. */
public enum Rating {
  DI_ATAS("Di Atas Ekspektasi"),
  SESUAI("Sesuai Ekspektasi"),
  DI_BAWAH("Di Bawah Ekspektasi");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A rating away from the expectation has to be explained to the employee. */
  public boolean needsReason() {
    return this != SESUAI;
  }

  public static Optional<Rating> parse(String value) {
    return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
  }

  /** The label of a code, the code itself when it is not a rating, null for null. */
  public static String labelOf(String code) {
    return code == null ? null : parse(code).map(Rating::label).orElse(code);
  }
}
