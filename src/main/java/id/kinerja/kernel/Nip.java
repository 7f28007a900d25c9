package id.kinerja.kernel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * An employee's NIP (Nomor Induk Pegawai): 18 digits made of the birth date (yyyymmdd), the month
 * of appointment (yyyymm), the sex (1 male, 2 female) and a 3-digit serial. The same shape is used
 * for the NI PPPK. People often write it with spaces ("19850312 201001 1 004"); those are dropped.
 *
 * <p>A value is always a valid NIP: the constructor normalises and refuses anything else with the
 * reason in Bahasa Indonesia ({@link IllegalArgumentException}, which the web answers as a 400).
 * Logins that are not employees ({@code admin}, {@code bkpsdm}, a configured head appraiser) are
 * not NIPs and stay strings.
 */
public record Nip(String value) {

  static final int LENGTH = 18;

  public Nip {
    String problem = problemOf(value).orElse(null);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    value = normalise(value);
  }

  public static Nip of(String nip) {
    return new Nip(nip);
  }

  /** The NIP, or empty when the text is not one. */
  public static Optional<Nip> parse(String nip) {
    return isValid(nip) ? Optional.of(new Nip(nip)) : Optional.empty();
  }

  /** The NIP without spaces, or the input unchanged when it is null. */
  public static String normalise(String nip) {
    return nip == null ? null : nip.replace(" ", "").trim();
  }

  /** Why the NIP is not valid (in Bahasa Indonesia), or empty when it is. */
  public static Optional<String> problemOf(String rawNip) {
    String nip = normalise(rawNip);
    if (nip == null || nip.isEmpty()) {
      return Optional.of("NIP kosong");
    }
    if (nip.length() != LENGTH || !nip.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("NIP harus 18 angka, bukan '" + rawNip + "'");
    }
    LocalDate birth;
    try {
      birth = LocalDate.of(number(nip, 0, 4), number(nip, 4, 6), number(nip, 6, 8));
    } catch (DateTimeException e) {
      return Optional.of("tanggal lahir " + nip.substring(0, 8) + " (digit 1-8) bukan tanggal yang sah");
    }
    if (birth.getYear() < 1900) {
      return Optional.of("tahun lahir " + birth.getYear() + " (digit 1-4) tidak masuk akal");
    }
    YearMonth appointment;
    try {
      appointment = YearMonth.of(number(nip, 8, 12), number(nip, 12, 14));
    } catch (DateTimeException e) {
      return Optional.of("TMT pengangkatan " + nip.substring(8, 14) + " (digit 9-14) bukan bulan yang sah");
    }
    if (appointment.isBefore(YearMonth.from(birth))) {
      return Optional.of("TMT pengangkatan " + appointment + " lebih awal dari tanggal lahir " + birth);
    }
    char sex = nip.charAt(14);
    if (sex != '1' && sex != '2') {
      return Optional.of("kode jenis kelamin (digit 15) harus 1 atau 2, bukan " + sex);
    }
    if (nip.endsWith("000")) {
      return Optional.of("nomor urut (digit 16-18) tidak boleh 000");
    }
    return Optional.empty();
  }

  public static boolean isValid(String nip) {
    return problemOf(nip).isEmpty();
  }

  private static int number(String nip, int from, int to) {
    return Integer.parseInt(nip.substring(from, to));
  }

  @Override
  public String toString() {
    return value;
  }
}
