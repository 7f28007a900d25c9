package id.kinerja.feedback;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tracking codes for public reports: 12 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), drawn with {@link SecureRandom}: 31^12 ≈ 7.9 x 10^17 codes (59 bits), so guessing one
 * within the public rate limit is hopeless. Shown in groups of four ("K7QM-X4PR-9HTB"); typed
 * in any case, with or without dashes and spaces.
 */
public final class TrackingCodes {

  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  static final int LENGTH = 12;
  private static final Pattern VALID = Pattern.compile("^[" + ALPHABET + "]{" + LENGTH + "}$");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCodes() {}

  public static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of what somebody typed, or empty when it cannot be a tracking code. */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String code = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    return VALID.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }

  public static String display(String code) {
    return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
  }
}
