package id.kinerja.kernel;

/**
 * A year of appraisal: 2000 to 2100, the range the cycle's start form and the pages accept. A
 * page may narrow it further (the public results stop at this year).
 */
public record Tahun(int value) implements Comparable<Tahun> {

  public static final int FIRST = 2000;
  public static final int LAST = 2100;

  public Tahun {
    if (value < FIRST || value > LAST) {
      throw new IllegalArgumentException("Tahun " + value + " di luar rentang " + FIRST + "–" + LAST);
    }
  }

  public static Tahun of(int value) {
    return new Tahun(value);
  }

  /** A year as people type it ("2025", blanks ignored); refused with one message for anything else. */
  public static Tahun parse(String text) {
    String digits = text == null ? "" : text.strip();
    if (digits.matches("\\d{4}")) {
      int value = Integer.parseInt(digits);
      if (value >= FIRST && value <= LAST) {
        return new Tahun(value);
      }
    }
    throw new IllegalArgumentException("Tahun '" + (text == null ? "" : text) + "' tidak sah: tulis tahun empat angka, "
        + FIRST + " sampai " + LAST);
  }

  public Tahun previous() {
    return new Tahun(value - 1);
  }

  @Override
  public int compareTo(Tahun other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
