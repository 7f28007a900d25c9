package id.kinerja.system;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the agency reads them: in its own zone ({@code kinerja.zona-waktu}, WIB by
 * default), in Indonesian, with the zone's abbreviation. The server and the database keep UTC (or
 * whatever the JVM runs in); only what people read is converted. In Thymeleaf:
 * {@code ${@waktu.tanggalJam(x)}}, {@code ${@waktu.tanggal(x)}}.
 */
@Component("waktu")
public class Waktu {

  public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final Map<String, String> SINGKATAN = Map.of(
      "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
      "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");
  private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIA);
  private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm", INDONESIA);

  private final ZoneId zona;
  private final String singkatan;

  public Waktu(@Value("${kinerja.zona-waktu:Asia/Jakarta}") String zona) {
    this.zona = ZoneId.of(zona.isBlank() ? "Asia/Jakarta" : zona.trim());
    this.singkatan = SINGKATAN.getOrDefault(this.zona.getId(), this.zona.getDisplayName(TextStyle.SHORT, INDONESIA));
  }

  /** The agency's zone, e.g. Asia/Jakarta. */
  public ZoneId zona() {
    return zona;
  }

  /** WIB, WITA or WIT. */
  public String singkatanZona() {
    return singkatan;
  }

  /** "7 Desember 2026" for a date; "-" for none. */
  public static String tanggal(LocalDate tanggal) {
    return tanggal == null ? "-" : TANGGAL.format(tanggal);
  }

  /** "7 Desember 2026" (a date stays the date it is; a moment is read in the agency's zone); "-" for none. */
  public String tanggal(Object waktu) {
    return tanggal(tanggalLokal(waktu));
  }

  /** "7 Desember 2026, 12.51 WIB"; a date without time is shown as a date; "-" for none. */
  public String tanggalJam(Object waktu) {
    if (waktu instanceof LocalDate || waktu instanceof java.sql.Date) {
      return tanggal(waktu);
    }
    ZonedDateTime lokal = lokal(waktu);
    return lokal == null ? "-" : TANGGAL.format(lokal) + ", " + JAM.format(lokal) + " " + singkatan;
  }

  /** "12.51 WIB"; "-" for none. */
  public String jam(Object waktu) {
    ZonedDateTime lokal = lokal(waktu);
    return lokal == null ? "-" : JAM.format(lokal) + " " + singkatan;
  }

  /** The calendar date in the agency's zone of a moment (or the date itself). */
  public LocalDate tanggalLokal(Object waktu) {
    if (waktu instanceof LocalDate date) {
      return date;
    }
    if (waktu instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    ZonedDateTime lokal = lokal(waktu);
    return lokal == null ? null : lokal.toLocalDate();
  }

  /**
   * A moment in the agency's zone. A {@link LocalDateTime} is taken as read from the database or the
   * engine, i.e. in the JVM's zone.
   */
  public ZonedDateTime lokal(Object waktu) {
    Instant instant = instant(waktu);
    return instant == null ? null : instant.atZone(zona);
  }

  private static Instant instant(Object waktu) {
    if (waktu == null) {
      return null;
    }
    if (waktu instanceof Instant instant) {
      return instant;
    }
    if (waktu instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (waktu instanceof Date date) {
      return Instant.ofEpochMilli(date.getTime());
    }
    if (waktu instanceof LocalDateTime local) {
      return local.atZone(ZoneId.systemDefault()).toInstant();
    }
    if (waktu instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (waktu instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    throw new IllegalArgumentException("Bukan waktu: " + waktu.getClass().getName());
  }
}
