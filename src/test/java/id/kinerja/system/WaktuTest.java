package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The moment of the user test (05.51 UTC) as each Indonesian zone reads it. */
class WaktuTest {

  static final Instant MOMENT = Instant.parse("2026-12-07T05:51:30Z");

  @Test
  void aMoment_readsInTheAgencysZone_withItsAbbreviation() {
    assertThat(new Waktu("Asia/Jakarta").tanggalJam(MOMENT)).isEqualTo("7 Desember 2026, 12.51 WIB");
    assertThat(new Waktu("Asia/Makassar").tanggalJam(MOMENT)).isEqualTo("7 Desember 2026, 13.51 WITA");
    assertThat(new Waktu("Asia/Jayapura").tanggalJam(MOMENT)).isEqualTo("7 Desember 2026, 14.51 WIT");
    assertThat(new Waktu("Asia/Jakarta").jam(MOMENT)).isEqualTo("12.51 WIB");
  }

  @Test
  void everyKindOfStoredTime_isTheSameMoment() {
    Waktu wib = new Waktu("Asia/Jakarta");
    // a LocalDateTime is as the database and the engine hand it over: in the JVM's zone
    LocalDateTime inJvmZone = LocalDateTime.ofInstant(MOMENT, ZoneId.systemDefault());
    assertThat(wib.tanggalJam(inJvmZone)).isEqualTo("7 Desember 2026, 12.51 WIB");
    assertThat(wib.tanggalJam(Date.from(MOMENT))).isEqualTo("7 Desember 2026, 12.51 WIB");
    assertThat(wib.tanggalJam(Timestamp.from(MOMENT))).isEqualTo("7 Desember 2026, 12.51 WIB");
    assertThat(wib.tanggalJam(MOMENT.atZone(ZoneId.of("UTC")))).isEqualTo("7 Desember 2026, 12.51 WIB");
  }

  @Test
  void theDate_isTheAgencysDate_andADateStaysADate() {
    Instant lateEveningUtc = Instant.parse("2026-12-06T20:00:00Z");   // already 7 December in WIB
    assertThat(new Waktu("Asia/Jakarta").tanggal(lateEveningUtc)).isEqualTo("7 Desember 2026");
    assertThat(new Waktu("Asia/Jakarta").tanggalLokal(Timestamp.from(lateEveningUtc))).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(new Waktu("Asia/Jayapura").tanggal(LocalDate.of(2026, 8, 17))).isEqualTo("17 Agustus 2026");
    assertThat(new Waktu("Asia/Jakarta").tanggalJam(LocalDate.of(2026, 8, 17))).isEqualTo("17 Agustus 2026");
    assertThat(new Waktu("Asia/Jakarta").tanggalJam(java.sql.Date.valueOf("2026-08-17"))).isEqualTo("17 Agustus 2026");
  }

  @Test
  void nothing_isADash() {
    assertThat(new Waktu("Asia/Jakarta").tanggalJam(null)).isEqualTo("-");
    assertThat(new Waktu("Asia/Jakarta").tanggal(null)).isEqualTo("-");
  }
}
