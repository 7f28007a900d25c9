package id.kinerja.feedback;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** How a year is cut into SKM periods (property kinerja.publik.skm.periode). */
public enum SkmPeriodScheme {
  TAHUN(1, "Tahun"), SEMESTER(2, "Semester"), TRIWULAN(4, "Triwulan");

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final int periods;
  private final String label;

  SkmPeriodScheme(int periods, String label) {
    this.periods = periods;
    this.label = label;
  }

  public int periods() {
    return periods;
  }

  /** 1-based period of a date within its year. */
  public int periodOf(LocalDate date) {
    return (date.getMonthValue() - 1) / (12 / periods) + 1;
  }

  public LocalDateTime start(int year, int period) {
    return LocalDate.of(year, (period - 1) * (12 / periods) + 1, 1).atStartOfDay();
  }

  public LocalDateTime end(int year, int period) {
    return start(year, period).plusMonths(12 / periods);
  }

  public String label(int year, int period) {
    return this == TAHUN ? "Tahun " + year : label + " " + ROMAN[period - 1] + " " + year;
  }
}
