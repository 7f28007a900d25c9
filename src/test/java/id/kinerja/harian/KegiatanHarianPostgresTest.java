package id.kinerja.harian;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.harian.KegiatanHarian.Isian;
import id.kinerja.kernel.Nip;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.SharedPostgresDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kinerja harian on PostgreSQL: V730's times and the 2026 calendar, and two tabs storing
 * overlapping activities at the same moment: exactly one is kept (the employee's row lock).
 */
@SharedApplicationTest
@SharedPostgresDatabase
class KegiatanHarianPostgresTest {

  @Autowired KegiatanHarianService service;
  @Autowired JamKerjaStandar standar;
  @Autowired JdbcClient jdbc;

  /** The first or last employee ({@code MIN}/{@code MAX} of the NIPs) with an approved SKP this year. */
  private String approvedEmployee(String which) {
    return jdbc.sql("SELECT " + which + "(nip) FROM skp WHERE tahun = ? AND status = 'DISETUJUI'")
        .param(service.hariIni().getYear()).query(String.class).single();
  }

  private long firstRhk(String employee) {
    return service.rhk(Nip.of(employee), service.hariIni().getYear()).get(0).id();
  }

  private LocalDate aWorkingDay() {
    LocalDate today = service.hariIni();
    return standar.untuk(today).hariKerja() ? today : standar.hariKerjaSebelum(today);
  }

  @Test
  void overlappingActivitiesSentAtOnce_onlyOneIsStored_andTheDayReadsBack() throws Exception {
    assertThat(jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_name = 'kegiatan_harian' AND column_name = 'jam_mulai'")
        .query(String.class).single()).isEqualTo("time without time zone");
    assertThat(standar.untuk(LocalDate.of(2026, 8, 17)).keterangan()).isEqualTo("Hari Kemerdekaan Republik Indonesia");

    String employee = approvedEmployee("MIN");
    long rhk = firstRhk(employee);
    LocalDate day = aWorkingDay();

    int tabs = 6;
    ExecutorService pool = Executors.newFixedThreadPool(tabs);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < tabs; i++) {
      int tab = i;
      results.add(pool.submit(() -> {
        start.await();
        try {
          service.catat(Nip.of(employee), new Isian(day, "08:00", "09:00", null, rhk, "Rapat koordinasi dari tab " + tab, null, null));
          return true;
        } catch (KegiatanHarian.DitolakException overlap) {
          assertThat(overlap.getMessage()).contains("bertumpang tindih");
          return false;
        }
      }));
    }
    start.countDown();
    int stored = 0;
    for (Future<Boolean> r : results) {
      stored += r.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(stored).isEqualTo(1);
    List<KegiatanHarian.Hari> days = service.hari(Nip.of(employee), day, day);
    assertThat(days.get(0).kegiatan()).singleElement().satisfies(k -> assertThat(k.waktu()).isEqualTo("08.00–09.00 (1 jam)"));
    assertThat(service.digest(Nip.of(employee), day, day)).contains("1 jam, 1 kegiatan");
  }

  @Test
  void aDayAtOnce_getsEachRowsOwnId_inTheOrderSent() {
    String employee = approvedEmployee("MAX");
    long rhk = firstRhk(employee);
    LocalDate day = aWorkingDay();
    jdbc.sql("DELETE FROM kegiatan_harian WHERE nip = ? AND tanggal = ?").params(employee, day).update();

    List<KegiatanHarian.Kegiatan> saved = service.catatSekaligus(Nip.of(employee), List.of(
        new Isian(day, "13:00", "14:00", null, rhk, "Menyusun konsep surat edaran", null, null),
        new Isian(day, null, null, 20, rhk, "Membaca disposisi pimpinan", "2 disposisi", null),
        new Isian(day, "10:00", "11:30", null, rhk, "Rapat persiapan pelantikan", null, null)));

    for (KegiatanHarian.Kegiatan k : saved) {
      assertThat(service.kegiatan(Nip.of(employee), k.id())).get()
          .satisfies(read -> assertThat(read.uraian()).isEqualTo(k.uraian()))
          .satisfies(read -> assertThat(read.menit()).isEqualTo(k.menit()));
    }
    assertThat(service.hari(Nip.of(employee), day, day).get(0).kegiatan()).extracting(KegiatanHarian.Kegiatan::uraian)
        .containsExactly("Rapat persiapan pelantikan", "Menyusun konsep surat edaran", "Membaca disposisi pimpinan");
  }
}
