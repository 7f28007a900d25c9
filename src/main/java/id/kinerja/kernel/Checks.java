package id.kinerja.kernel;

import id.kinerja.kernel.ProcessVariable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small building blocks of the submission rules; messages are shown to users as they are. */
public final class Checks {

  private Checks() {}

  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** The rating in the variable, or a message that it must be one of the three levels. */
  public static Optional<Rating> rating(Map<String, Object> variables, ProcessVariable<String> variable,
      String label, List<String> violations) {
    Optional<Rating> rating = Rating.parse(variable.from(variables));
    if (rating.isEmpty()) {
      violations.add(label + " wajib dipilih: Di Atas, Sesuai, atau Di Bawah Ekspektasi.");
    }
    return rating;
  }

  /** A rating away from the expectation needs a reason the employee can read. */
  public static void reason(Optional<Rating> rating, String reason, String label, List<String> violations) {
    if (rating.isPresent() && rating.get().needsReason() && blank(reason)) {
      violations.add("Alasan wajib diisi karena " + label + " dinilai \"" + rating.get().label() + "\".");
    }
  }
}
