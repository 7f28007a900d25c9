package id.kinerja.harian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.harian.KegiatanHarian.DitolakException;
import id.kinerja.harian.KegiatanHarian.Isian;
import id.kinerja.harian.KegiatanHarian.Kegiatan;
import id.kinerja.kernel.Nip;
import id.kinerja.organisation.DemoPeople;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.support.SharedApplicationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily record's rules and who may read and write whose days, on the demo organisation. The
 * rules that depend on the date run on a service with a fixed clock (28 December 2026, a Monday
 * after Christmas and the cuti bersama before it); the API on today's date.
 */
@SharedApplicationTest
class KegiatanHarianTest {

  static final String YUNI_BKPSDM = DemoPeople.YUNI_BKPSDM;

  @Autowired MockMvc mvc;
  @Autowired KegiatanHarianService service;
  @Autowired JamKerjaStandar standar;
  @Autowired TimHarian tim;
  @Autowired OrganisationLookup organisasi;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate template;
  @Autowired TransactionTemplate tx;

  String employee;
  String appraiser;
  String peer;
  long rhk1;
  long rhk2;
  KegiatanHarianService after28December;

  @BeforeEach
  void anEmployeeWithAnApprovedSkp_andTheirOwnCleanDays() {
    int year = service.hariIni().getYear();
    // the last employee with an approved SKP and a peer (the browser journey takes the first)
    List<String> approved = jdbc.sql("""
            SELECT s.nip FROM skp s JOIN org_employee e ON e.nip = s.nip
            WHERE s.tahun = ? AND s.status = 'DISETUJUI' AND e.active = TRUE AND e.supervisor_nip IS NOT NULL
            ORDER BY s.nip DESC""").param(year).query(String.class).list();
    employee = approved.stream().filter(n -> !organisasi.peersOf(n).isEmpty()).findFirst().orElseThrow();
    appraiser = organisasi.appraiserOf(employee);
    peer = organisasi.peersOf(employee).get(0);
    List<KegiatanHarianService.RhkPilihan> rhk = service.rhk(Nip.of(employee), year);
    rhk1 = rhk.get(0).id();
    rhk2 = rhk.get(rhk.size() > 1 ? 1 : 0).id();
    jdbc.sql("DELETE FROM kegiatan_harian WHERE nip = ? AND tanggal >= ?").params(employee, LocalDate.of(year, 12, 1)).update();
    after28December = new KegiatanHarianService(template, standar,
        Clock.fixed(ZonedDateTime.of(2026, 12, 28, 9, 0, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant(), ZoneId.of("Asia/Jakarta")), 3);
  }

  private static Isian at(LocalDate day, String from, String to, long rhk, String what) {
    return new Isian(day, from, to, null, rhk, what, null, null);
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM kegiatan_harian WHERE nip = ?").param(employee).query(Long.class).single();
  }

  // ---- the rules ----------------------------------------------------------------------------------

  @Test
  void overlappingTimes_areRefusedWithTheOtherActivity_andNothingIsStored() {
    LocalDate day = LocalDate.of(2026, 12, 28);
    after28December.catat(Nip.of(employee), at(day, "08:00", "10:00", rhk1, "Menyusun notula rapat koordinasi"));
    long before = count();

    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), at(day, "09:30", "11:00", rhk1, "Rapat evaluasi")))
        .isInstanceOf(DitolakException.class)
        .hasMessageContaining("09.30–11.00 bertumpang tindih dengan kegiatan 08.00–10.00 \"Menyusun notula rapat koordinasi\"");
    assertThat(count()).isEqualTo(before);
    // back to back is no overlap
    Kegiatan next = after28December.catat(Nip.of(employee), at(day, "10:00", "11:30", rhk2, "Rapat evaluasi"));
    assertThat(next.menit()).isEqualTo(90);
    assertThat(next.waktu()).isEqualTo("10.00–11.30 (1 jam 30 menit)");
  }

  @Test
  void aWholeDayAtOnce_isStoredAllOrNothing_eachProblemNamesItsEntry() {
    LocalDate tuesday = LocalDate.of(2026, 12, 22);
    LocalDate monday = LocalDate.of(2026, 12, 28);
    after28December.catat(Nip.of(employee), at(monday, "08:00", "09:00", rhk1, "Apel pagi dan briefing"));
    long before = count();

    // the third overlaps the first of the same request, the fourth one already stored: nothing is kept
    assertThatThrownBy(() -> after28December.catatSekaligus(Nip.of(employee), List.of(
            at(tuesday, "08:00", "10:00", rhk1, "Menyusun telaahan staf"),
            at(tuesday, "10:00", "12:00", rhk2, "Rapat koordinasi bidang"),
            at(tuesday, "09:00", "09:30", rhk1, "Menerima tamu dinas"),
            at(monday, "08:30", "09:30", rhk1, "Menyiapkan bahan rapat"))))
        .isInstanceOfSatisfying(DitolakException.class, e -> {
          assertThat(e.problems()).extracting(KegiatanHarian.Masalah::field).containsExactly("[2].mulai", "[3].mulai");
          assertThat(e.problems().get(0).message())
              .isEqualTo("Kegiatan ke-3: Waktu 09.00–09.30 bertumpang tindih dengan kegiatan 08.00–10.00 \"Menyusun telaahan staf\"");
          assertThat(e.problems().get(1).message()).contains("Kegiatan ke-4").contains("\"Apel pagi dan briefing\"");
        });
    assertThatThrownBy(() -> after28December.catatSekaligus(Nip.of(employee), List.of(
            at(tuesday, "13:00", "14:00", rhk1, "Menyusun laporan"), at(LocalDate.of(2026, 12, 25), "08:00", "09:00", rhk1, "Piket"))))
        .hasMessageContaining("Kegiatan ke-2: 25 Desember 2026 bukan hari kerja");
    assertThat(count()).isEqualTo(before);

    List<Kegiatan> saved = after28December.catatSekaligus(Nip.of(employee), List.of(
        at(tuesday, "08:00", "10:00", rhk1, "Menyusun telaahan staf"),
        new Isian(tuesday, null, null, 45, rhk2, "Membalas surat masuk", "3 surat", null),
        at(monday, "09:00", "10:30", rhk2, "Rapat koordinasi bidang")));
    assertThat(saved).extracting(Kegiatan::menit).containsExactly(120, 45, 90);
    assertThat(saved).extracting(Kegiatan::id).doesNotHaveDuplicates().allMatch(id -> id > 0);
    assertThat(count()).isEqualTo(before + 3);
    assertThat(service.kegiatan(Nip.of(employee), saved.get(1).id()).orElseThrow().keluaran()).isEqualTo("3 surat");
    // entries for a past day are kept in the history like single ones; today's are not
    assertThat(service.riwayat(Nip.of(employee), tuesday, tuesday)).filteredOn(p -> p.aksi().equals("TAMBAH"))
        .extracting(KegiatanHarian.Perubahan::kegiatanId).contains(saved.get(0).id(), saved.get(1).id());
    assertThat(service.riwayat(Nip.of(employee), monday, monday)).extracting(KegiatanHarian.Perubahan::kegiatanId)
        .doesNotContain(saved.get(2).id());

    assertThatThrownBy(() -> after28December.catatSekaligus(Nip.of(employee), List.of()))
        .hasMessage("Tidak ada kegiatan untuk disimpan");

    // a whole day copied to another: the same times, RHK and words, all or none
    List<Kegiatan> copied = after28December.salinHari(Nip.of(employee), tuesday, LocalDate.of(2026, 12, 23));
    assertThat(copied).extracting(Kegiatan::uraian).containsExactly("Menyusun telaahan staf", "Membalas surat masuk");
    assertThat(copied).extracting(Kegiatan::waktu).containsExactly("08.00–10.00 (2 jam)", "45 menit");
    assertThatThrownBy(() -> after28December.salinHari(Nip.of(employee), tuesday, LocalDate.of(2026, 12, 23)))
        .hasMessageContaining("Kegiatan ke-1: Waktu 08.00–10.00 bertumpang tindih");
    assertThatThrownBy(() -> after28December.salinHari(Nip.of(employee), tuesday, tuesday)).hasMessageContaining("sama dengan hari yang disalin");
    assertThatThrownBy(() -> after28December.salinHari(Nip.of(employee), LocalDate.of(2026, 12, 21), monday))
        .hasMessage("Tidak ada kegiatan pada 21 Desember 2026 untuk disalin");
    assertThatThrownBy(() -> after28December.salinHari(Nip.of(employee), tuesday, LocalDate.of(2026, 12, 25)))
        .hasMessageContaining("bukan hari kerja");
  }

  @Test
  void daysOff_andLockedDays_andTheFuture_areRefusedWithTheReason() {
    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), at(LocalDate.of(2026, 12, 25), "08:00", "09:00", rhk1, "Piket hari Natal")))
        .hasMessageContaining("25 Desember 2026 bukan hari kerja (Hari Raya Natal)");
    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), at(LocalDate.of(2026, 12, 24), "08:00", "09:00", rhk1, "Kerja cuti bersama")))
        .hasMessageContaining("bukan hari kerja (Cuti bersama Hari Raya Natal)");
    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), at(LocalDate.of(2026, 12, 26), "08:00", "09:00", rhk1, "Lembur Sabtu")))
        .hasMessageContaining("bukan hari kerja (Akhir pekan)");
    // three working days back from Monday 28th, over Christmas: 23rd, 22nd, 21st; the 18th is locked
    assertThat(after28December.batasUbah()).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), at(LocalDate.of(2026, 12, 18), "08:00", "09:00", rhk1, "Terlambat dicatat")))
        .hasMessageContaining("sudah terkunci").hasMessageContaining("3 hari kerja");
    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), at(LocalDate.of(2026, 12, 29), "08:00", "09:00", rhk1, "Besok")))
        .hasMessageContaining("masa depan");
    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), new Isian(LocalDate.of(2026, 12, 28), "8:00", "07:00", null, 999_999L, "abc", null, null)))
        .isInstanceOfSatisfying(DitolakException.class, e -> assertThat(e.problems()).extracting(KegiatanHarian.Masalah::field)
            .containsExactlyInAnyOrder("selesai", "uraian", "rhkId"));
    assertThatThrownBy(() -> after28December.catat(Nip.of(employee), new Isian(LocalDate.of(2026, 12, 28), "25:00", "", null, rhk1, "Jam aneh", null, null)))
        .hasMessageContaining("Jam mulai \"25:00\" bukan jam yang ada");
  }

  @Test
  void aChangeAfterTheDay_isKeptWithWhoAndWhen_aDurationAloneIsEnough() {
    LocalDate tuesday = LocalDate.of(2026, 12, 22);
    Kegiatan k = after28December.catat(Nip.of(employee), new Isian(tuesday, null, null, 45, rhk1, "Membalas surat masuk", null, null));
    after28December.ubah(Nip.of(employee), k.id(), new Isian(tuesday, "13:00", "14:15", null, rhk2, "Membalas surat masuk dinas", "5 surat", null));

    List<KegiatanHarian.Perubahan> history = service.riwayat(Nip.of(employee), tuesday, tuesday);
    assertThat(history).extracting(KegiatanHarian.Perubahan::aksi).containsExactly("TAMBAH", "UBAH");
    assertThat(history.get(1).oleh()).isEqualTo(employee);
    assertThat(history.get(1).sebelum()).contains("45 menit").contains("Membalas surat masuk");
    assertThat(history.get(1).sesudah()).contains("13.00–14.15").contains("5 surat");
    // today's own entries are no "change after the day"
    after28December.catat(Nip.of(employee), at(LocalDate.of(2026, 12, 28), "15:00", "16:00", rhk1, "Entri hari ini"));
    assertThat(service.riwayat(Nip.of(employee), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 28))).isEmpty();
  }

  @Test
  void theDaysShowHoursAgainstTheStandard_andTheRatingFormGetsHoursPerRhk() {
    LocalDate monday = LocalDate.of(2026, 12, 28);
    after28December.catat(Nip.of(employee), at(monday, "08:00", "12:00", rhk1, "Verifikasi berkas kenaikan pangkat"));
    after28December.catat(Nip.of(employee), at(monday, "13:00", "14:30", rhk2, "Konsultasi kepegawaian"));

    KegiatanHarian.Hari day = service.hari(Nip.of(employee), monday, monday).get(0);
    assertThat(day.jamTerhadapStandar()).isEqualTo("5 jam 30 menit dari 7 jam 30 menit");
    assertThat(day.keadaan()).isEqualTo("kurang");
    assertThat(service.hari(Nip.of(employee), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25)).get(0).jamTerhadapStandar())
        .isEqualTo("Hari Raya Natal");

    String digest = service.digest(Nip.of(employee), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    assertThat(digest).contains("Verifikasi berkas kenaikan pangkat").contains("4 jam, 1 kegiatan");
    if (rhk1 != rhk2) {
      assertThat(digest).contains("1 jam 30 menit, 1 kegiatan");
    }
  }

  // ---- the API and who may see whose days ---------------------------------------------------------

  private LocalDate aWorkingDayToday() {
    LocalDate today = service.hariIni();
    return standar.untuk(today).hariKerja() ? today : standar.hariKerjaSebelum(today);
  }

  @Test
  void api_badInputIs400WithTheField_ownDayIs201_anotherEmployeesDaysAre403() throws Exception {
    LocalDate day = aWorkingDayToday();
    mvc.perform(post("/api/kegiatan-harian").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + day + "\",\"mulai\":\"07:30\",\"selesai\":\"09:00\",\"rhkId\":" + rhk1
                + ",\"uraian\":\"Melayani konsultasi kepegawaian\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.menit").value(90));
    mvc.perform(post("/api/kegiatan-harian").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + day + "\",\"mulai\":\"10:00\",\"selesai\":\"10:30\",\"rhkId\":" + rhk1 + ",\"uraian\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[*].field", hasItem("uraian")))
        .andExpect(jsonPath("$.message", containsString("Uraian kegiatan 5 sampai 2000 karakter")));
    mvc.perform(post("/api/kegiatan-harian").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + day + "\",\"mulai\":\"08:00\",\"selesai\":\"08:30\",\"rhkId\":" + rhk1
                + ",\"uraian\":\"Rapat pagi\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("mulai"))
        .andExpect(jsonPath("$.message", containsString("bertumpang tindih dengan kegiatan 07.30–09.00")));

    String range = "&dari=" + day + "&sampai=" + day;
    mvc.perform(get("/api/kegiatan-harian?nip=" + employee + range).with(user(appraiser)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Melayani konsultasi kepegawaian")));
    mvc.perform(get("/api/kegiatan-harian/hari?nip=" + employee + range).with(user(YUNI_BKPSDM).authorities(
            new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_bkpsdm"))))
        .andExpect(status().isOk());
    mvc.perform(get("/api/kegiatan-harian?nip=" + employee + range).with(user(peer)))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.message", containsString("tidak berhak")));
    // a client that accepts only images still reads the refusal
    mvc.perform(get("/api/kegiatan-harian?nip=" + employee + range).with(user(peer)).accept(MediaType.IMAGE_PNG))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.message", containsString("tidak berhak")));
    mvc.perform(get("/api/kegiatan-harian?dari=" + day + "&sampai=" + day.minusDays(1)).with(user(employee)).accept(MediaType.IMAGE_PNG))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("sampai"));
    mvc.perform(get("/api/kegiatan-harian/hari?nip=" + employee + range).with(user(peer)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/kegiatan-harian/pegawai/" + employee).with(user(peer)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/kegiatan-harian/rekap/" + YearMonth.from(day) + "?nip=" + employee).with(user(peer)))
        .andExpect(status().isForbidden());
    // a peer cannot change the employee's activity either: it is not found among the peer's own
    long id = service.between(Nip.of(employee), day, day).get(0).id();
    mvc.perform(put("/api/kegiatan-harian/" + id).with(user(peer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + day + "\",\"menit\":30,\"rhkId\":" + rhk1 + ",\"uraian\":\"Diubah orang lain\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Kegiatan tidak ditemukan"));
    assertThat(service.between(Nip.of(employee), day, day)).extracting(Kegiatan::uraian).containsExactly("Melayani konsultasi kepegawaian");
    mvc.perform(get("/api/kegiatan-harian?dari=" + day + "&sampai=" + day.plusDays(400)).with(user(employee)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message", containsString("Rentang paling panjang")));
    // an address no person means answers 400, never an overflow
    mvc.perform(get("/api/kegiatan-harian/hari?dari=+999999999-12-30&sampai=+999999999-12-31").with(user(employee)))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/kegiatan-harian?tanggal=+999999999-12-31&tampilan=bulan").with(user(employee)))
        .andExpect(status().isOk());
    mvc.perform(post("/api/kegiatan-harian").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + day + "\",\"menit\":\"lama\",\"rhkId\":" + rhk1 + ",\"uraian\":\"Rapat\"}"))
        .andExpect(status().isBadRequest());
    // only employees keep daily activities: a login that is no NIP is refused in words, never a 500
    mvc.perform(post("/api/kegiatan-harian").with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + day + "\",\"mulai\":\"13:00\",\"selesai\":\"14:00\",\"rhkId\":" + rhk1
                + ",\"uraian\":\"Rapat koordinasi\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("nip"))
        .andExpect(jsonPath("$.message").value("Hanya pegawai yang mencatat kegiatan harian: login 'admin' bukan NIP pegawai"));
    mvc.perform(post("/kegiatan-harian").with(user("admin")).with(csrf()).param("tanggal", day.toString())
            .param("mulai", "13:00").param("selesai", "14:00").param("rhkId", String.valueOf(rhk1)).param("uraian", "Rapat koordinasi"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("bukan NIP pegawai")));
  }

  @Test
  void aLoginThatIsNoNip_getsAPageSayingTheCalendarIsForEmployees_withWhereItReadsTheirDays() throws Exception {
    var admin = user("demo").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_camunda-admin"));
    mvc.perform(get("/kegiatan-harian").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kalender kegiatan harian hanya untuk pegawai")))
        .andExpect(content().string(containsString("Anda masuk sebagai <strong>demo</strong>")))
        .andExpect(content().string(containsString("yang bukan NIP pegawai")))
        .andExpect(content().string(containsString("<a href=\"/kegiatan-harian/tim\">Kegiatan tim</a>")))
        .andExpect(content().string(containsString("<a href=\"/admin/kalender-kerja\">Kalender kerja</a>")))
        .andExpect(content().string(not(containsString("name=\"uraian\""))))
        .andExpect(content().string(not(containsString("id=\"kalender\""))));
    // BKPSDM reads the units' recaps, it has no team of its own
    var bkpsdm = user("bkpsdm").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_bkpsdm"));
    mvc.perform(get("/kegiatan-harian?tampilan=bulan").with(bkpsdm))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Anda masuk sebagai <strong>bkpsdm</strong>")))
        .andExpect(content().string(containsString("<a href=\"/dasbor/bkpsdm\">Dasbor BKPSDM</a>")))
        .andExpect(content().string(not(containsString("href=\"/kegiatan-harian/tim\""))));
    // writing is refused on the same page, in words
    mvc.perform(post("/kegiatan-harian/salin-hari").with(admin).with(csrf())
            .param("dari", aWorkingDayToday().toString()).param("ke", aWorkingDayToday().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hanya pegawai yang mencatat kegiatan harian: login &#39;demo&#39; bukan NIP pegawai")))
        .andExpect(content().string(containsString("Kalender kegiatan harian hanya untuk pegawai")));
    mvc.perform(post("/kegiatan-harian/1/hapus").with(admin).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kalender kegiatan harian hanya untuk pegawai")));
  }

  @Autowired RingkasBulanIni ringkas;

  @Test
  void kinerjaSaya_ofALoginThatIsNoNip_rendersWithoutAMonthOfDailyActivities() throws Exception {
    mvc.perform(get("/kinerja-saya").with(user("demo").authorities(
            new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_camunda-admin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("tidak terdaftar sebagai pegawai")))
        .andExpect(content().string(not(containsString("kegiatan-bulan-ini"))));
    var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
    try {
      context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("demo", null));
      assertThat(ringkas.bulanIni()).as("no month for a login that keeps no daily activities").isNull();
      context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(employee, null));
      assertThat(ringkas.bulanIni().hari()).hasSize(YearMonth.from(service.hariIni()).lengthOfMonth());
    } finally {
      org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
  }

  @Test
  void readingDays_withoutANip_needsALoginThatIsOne_aNipThatIsNoneIs400_butOnlyForWhoMayRead() throws Exception {
    LocalDate day = aWorkingDayToday();
    String range = "dari=" + day + "&sampai=" + day;
    var admin = user("demo").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_camunda-admin"));
    for (String path : List.of("/api/kegiatan-harian", "/api/kegiatan-harian/hari")) {
      mvc.perform(get(path + "?" + range).with(admin))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.problems[0].field").value("nip"))
          .andExpect(jsonPath("$.message").value("Kegiatan harian hanya ada untuk pegawai: login 'demo' bukan NIP pegawai; "
              + "sebutkan nip pegawai yang kegiatan hariannya dibaca"));
      mvc.perform(get(path + "?nip=abc&" + range).with(admin))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.message").value("NIP harus 18 angka, bukan 'abc'"));
      // one who may not read another's days is refused before the text is looked at
      mvc.perform(get(path + "?nip=abc&" + range).with(user(peer)))
          .andExpect(status().isForbidden()).andExpect(jsonPath("$.message", containsString("tidak berhak")));
      mvc.perform(get(path + "?nip=" + employee + "&" + range).with(admin))
          .andExpect(status().isOk());
    }
    // the employee's week and the month's PDF: the same, on the error page
    mvc.perform(get("/kegiatan-harian/pegawai/abc").with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(result -> assertThat(result.getResponse().getErrorMessage()).isEqualTo("NIP harus 18 angka, bukan 'abc'"));
    mvc.perform(get("/kegiatan-harian/pegawai/abc").with(user(peer)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/kegiatan-harian/pegawai/" + employee).with(admin))
        .andExpect(status().isOk()).andExpect(content().string(containsString(organisasi.nameOf(employee))));
    mvc.perform(get("/kegiatan-harian/rekap/" + YearMonth.from(day)).with(admin))
        .andExpect(status().isBadRequest())
        .andExpect(result -> assertThat(result.getResponse().getErrorMessage()).contains("login 'demo' bukan NIP pegawai"));
    mvc.perform(get("/kegiatan-harian/rekap/" + YearMonth.from(day) + "?nip=abc").with(admin))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/kegiatan-harian/rekap/" + YearMonth.from(day) + "?nip=" + employee).with(admin))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
  }

  @Test
  void api_aDayAtOnceIs201_orA400NamingEachEntry_andOnlyEverOnesOwn() throws Exception {
    LocalDate day = aWorkingDayToday();
    String two = "[{\"tanggal\":\"" + day + "\",\"mulai\":\"13:00\",\"selesai\":\"14:00\",\"rhkId\":" + rhk1
        + ",\"uraian\":\"Menyusun rencana kerja\"},{\"tanggal\":\"" + day + "\",\"menit\":30,\"rhkId\":" + rhk2
        + ",\"uraian\":\"Memeriksa absensi\",\"nip\":\"" + peer + "\"}]";
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(two))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].menit").value(60))
        .andExpect(jsonPath("$[1].nip").value(employee));
    // the same again overlaps the first: refused whole, each problem named with its entry
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(two))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems.length()").value(1))
        .andExpect(jsonPath("$.problems[0].field").value("[0].mulai"))
        .andExpect(jsonPath("$.message", containsString("Kegiatan ke-1: Waktu 13.00–14.00 bertumpang tindih")));
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(two.replace("Memeriksa absensi\"", "x\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("[1].uraian"))
        .andExpect(jsonPath("$.message").value("Kegiatan ke-2: Uraian kegiatan 5 sampai 2000 karakter"));
    assertThat(service.between(Nip.of(employee), day, day)).hasSize(2);
    assertThat(service.between(Nip.of(peer), day, day)).extracting(Kegiatan::uraian).doesNotContain("Memeriksa absensi");
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("[]"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Tidak ada kegiatan untuk disimpan"));
    String many = "[" + String.join(",", java.util.Collections.nCopies(51, "{\"menit\":5}")) + "]";
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(many))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message", containsString("Paling banyak 50 kegiatan")));
    // read no further than the 51st entry: the rest of a huge body is never parsed (it is not even JSON here)
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content(many.substring(0, many.length() - 1) + ",{\"menit\":5}" + "x".repeat(100_000)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message", containsString("Paling banyak 50 kegiatan")));
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("[{\"tanggal\":\"" + day + "\",\"menit\":\"lama\"}]"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("bukan JSON yang sah")));
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.TEXT_PLAIN)
            .content(two))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("[null]"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("[0].tanggal"));
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"tanggal\":\"" + day + "\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("[{\"tanggal\":\"+999999999-12-31\",\"menit\":30,\"rhkId\":" + rhk1 + ",\"uraian\":\"Tanggal aneh\"},"
                + "{\"tanggal\":\"-999999999-01-01\",\"menit\":30,\"rhkId\":" + rhk1 + ",\"uraian\":\"Tanggal aneh\"}]"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.problems[0].field").value("[0].tanggal"))
        .andExpect(jsonPath("$.problems[1].field").value("[1].tanggal"));
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("[{\"tanggal\":\"2026-13-45\"}]"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/kegiatan-harian/sekaligus").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(two))
        .andExpect(status().isUnauthorized());
    // the page's copy of a day: a date nobody means is the page again with the reason, never a 500
    mvc.perform(post("/kegiatan-harian/salin-hari").with(user(employee)).with(csrf()).param("dari", day.toString()).param("ke", "abc"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/kegiatan-harian/salin-hari").with(user(employee)).with(csrf()).param("dari", day.toString()))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Pilih tanggal tujuan salinan")));
    mvc.perform(post("/kegiatan-harian/salin-hari").with(user(employee)).with(csrf())
            .param("dari", "+999999999-12-31").param("ke", day.toString()))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Pilih hari yang akan disalin")));
  }

  @Test
  void notes_areTheAppraisersAndAtasans_neitherAPeerNorBkpsdm_andTheEmployeeSeesThem() throws Exception {
    LocalDate day = aWorkingDayToday();
    Kegiatan k = service.catat(Nip.of(employee), at(day, "14:00", "15:00", rhk1, "Menyusun laporan bulanan"));
    String note = "{\"nip\":\"" + employee + "\",\"tanggal\":\"" + day + "\",\"kegiatanId\":" + k.id()
        + ",\"catatan\":\"Lampirkan rekap absensi\"}";
    mvc.perform(post("/api/kegiatan-harian/catatan").with(user(peer)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(note))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/kegiatan-harian/catatan").with(user(YUNI_BKPSDM)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(note))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/kegiatan-harian/catatan").with(user(employee)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(note))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/kegiatan-harian/catatan").with(user(appraiser)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(note))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/kegiatan-harian/catatan").with(user(appraiser)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"nip\":\"" + employee + "\",\"tanggal\":\"" + day + "\",\"catatan\":\"   \"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems[0].field").value("catatan"));

    mvc.perform(get("/kegiatan-harian?tanggal=" + day).with(user(employee)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Lampirkan rekap absensi")))
        .andExpect(content().string(containsString("Menyusun laporan bulanan")));
  }

  @Test
  void theAppraisersTeam_listsWhoHasNotFilledInTheDayBefore_andTheMonthIsAcknowledged() throws Exception {
    LocalDate day = aWorkingDayToday();
    TimHarian.Minggu week = tim.minggu(appraiser, day);
    assertThat(week.anggota()).extracting(TimHarian.Anggota::nip).contains(employee).doesNotContain(appraiser);
    boolean filledBefore = !service.between(Nip.of(employee), week.kemarin(), week.kemarin()).isEmpty();
    LocalDate monday = day.with(java.time.DayOfWeek.MONDAY);
    int thisWeek = service.between(Nip.of(employee), monday, monday.plusDays(6)).stream().mapToInt(Kegiatan::menit).sum();
    assertThat(week.anggota().stream().filter(a -> a.nip().equals(employee)).findFirst().orElseThrow().menitMinggu())
        .as("the week's minutes, not the day before it when that was last week").isEqualTo(thisWeek);
    assertThat(week.belumMengisiKemarin().stream().anyMatch(a -> a.nip().equals(employee))).isEqualTo(!filledBefore);

    mvc.perform(get("/kegiatan-harian/tim").with(user(employee)))
        .andExpect(status().isForbidden());
    YearMonth month = YearMonth.from(day);
    mvc.perform(post("/api/kegiatan-harian/pengakuan").with(user(appraiser)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"nip\":\"" + employee + "\",\"bulan\":\"" + month + "\"}"))
        .andExpect(status().isNoContent());
    assertThat(service.pengakuan(Nip.of(employee), month)).get().extracting(KegiatanHarianService.Pengakuan::oleh).isEqualTo(appraiser);
    mvc.perform(post("/api/kegiatan-harian/pengakuan").with(user(peer)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"nip\":\"" + employee + "\",\"bulan\":\"" + month + "\"}"))
        .andExpect(status().isForbidden());
  }

  @Autowired PengingatKegiatanHarian pengingat;

  @Test
  void theMorningDigest_remindsThoseWhoDidNotFillInThePreviousWorkingDay() {
    LocalDate missed = standar.hariKerjaSebelum(LocalDate.of(2026, 12, 28));
    assertThat(missed).isEqualTo(LocalDate.of(2026, 12, 23));
    jdbc.sql("DELETE FROM kegiatan_harian WHERE nip = ? AND tanggal = ?").params(employee, missed).update();
    assertThat(pengingat.belumMengisi(missed)).contains(employee);
    after28December.catat(Nip.of(employee), at(missed, "08:00", "09:00", rhk1, "Apel pagi dan rapat staf"));
    assertThat(pengingat.belumMengisi(missed)).doesNotContain(employee);

    LocalDate today = service.hariIni();
    List<id.kinerja.notification.DigestReminders.Reminder> due = pengingat.due();
    if (standar.untuk(today).hariKerja()) {
      LocalDate before = standar.hariKerjaSebelum(today);
      assertThat(due).allSatisfy(r -> assertThat(r.path()).isEqualTo("/kegiatan-harian?tanggal=" + before));
      assertThat(due).extracting(id.kinerja.notification.DigestReminders.Reminder::recipient)
          .containsExactlyElementsOf(pengingat.belumMengisi(before));
    } else {
      assertThat(due).as("no reminders on a day off").isEmpty();
    }
  }

  @Test
  void recaps_theMonthAsPdfForTheEmployee_theUnitAsCsvAndJsonForBkpsdmOnly() throws Exception {
    LocalDate day = aWorkingDayToday();
    service.catat(Nip.of(employee), at(day, "16:00", "17:00", rhk1, "Menutup laporan"));
    YearMonth month = YearMonth.from(day);
    byte[] pdf = mvc.perform(get("/kegiatan-harian/rekap/" + month).with(user(employee)))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("Rekap Kinerja Harian").contains("Menutup laporan").contains("Per RHK");
    }
    String unit = organisasi.unitOf(employee);
    var bkpsdm = user(YUNI_BKPSDM).authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_bkpsdm"));
    mvc.perform(get("/api/kegiatan-harian/rekap?unit=" + unit + "&bulan=" + month + "&format=csv").with(bkpsdm))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("nip,nama,unit,hari_kerja,hari_diisi,jam,jam_standar,kegiatan")))
        .andExpect(content().string(containsString(employee + ",")));
    mvc.perform(get("/api/kegiatan-harian/rekap?unit=" + unit + "&bulan=" + month).with(bkpsdm))
        .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.nip == '" + employee + "')].hariDiisi").isNotEmpty());
    mvc.perform(get("/api/kegiatan-harian/rekap?unit=" + unit + "&bulan=" + month).with(user(employee)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/kegiatan-harian/rekap?unit=" + unit + "&bulan=bulan-ini").with(bkpsdm))
        .andExpect(status().isBadRequest());
  }

  @Test
  void bkpsdmAddsAHoliday_theStandarFollowsAtOnce() throws Exception {
    LocalDate day = LocalDate.of(2027, 1, 4); // a Monday
    var bkpsdm = user(YUNI_BKPSDM).authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_bkpsdm"));
    assertThat(standar.untuk(day).jam()).isEqualTo(7.5);
    mvc.perform(post("/admin/kalender-kerja").with(bkpsdm).with(csrf())
            .param("dari", day.toString()).param("jenis", "CUTI_BERSAMA").param("nama", "Cuti bersama uji"))
        .andExpect(status().is3xxRedirection());
    assertThat(standar.untuk(day).jam()).isZero();
    assertThat(standar.untuk(day).keterangan()).isEqualTo("Cuti bersama uji");
    mvc.perform(post("/admin/kalender-kerja/hapus").with(bkpsdm).with(csrf()).param("tanggal", day.toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(standar.untuk(day).jam()).isEqualTo(7.5);
    // a year at once from CSV: all rows or none
    var bad = new org.springframework.mock.web.MockMultipartFile("berkas", "2027.csv", "text/csv",
        "tanggal,jenis,nama\n2027-01-01,LIBUR_NASIONAL,Tahun Baru 2027 Masehi\n2027-02-30,LIBUR_NASIONAL,Tidak ada\n2027-03-01,LIBUR,Salah jenis\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String problems = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/kalender-kerja/csv")
            .file(bad).with(bkpsdm).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("masalah").toString();
    assertThat(problems).contains("Baris 3: tanggal '2027-02-30' tidak dapat dibaca").contains("Baris 4: jenis 'LIBUR'");
    assertThat(standar.untuk(LocalDate.of(2027, 1, 1)).jam()).as("nothing stored from a refused file").isEqualTo(7.0);
    var good = new org.springframework.mock.web.MockMultipartFile("berkas", "2027.csv", "text/csv",
        "2027-01-01,LIBUR_NASIONAL,Tahun Baru 2027 Masehi\n2027-01-04;CUTI_BERSAMA;Cuti bersama uji\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/kalender-kerja/csv")
            .file(good).with(bkpsdm).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(standar.untuk(LocalDate.of(2027, 1, 1)).keterangan()).isEqualTo("Tahun Baru 2027 Masehi");
    assertThat(standar.untuk(day).jam()).isZero();
    jdbc.sql("DELETE FROM hari_khusus WHERE tanggal IN (?, ?)").params(LocalDate.of(2027, 1, 1), day).update();
    mvc.perform(post("/admin/kalender-kerja/hapus").with(bkpsdm).with(csrf()).param("tanggal", day.toString()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/kalender-kerja").with(user(employee)).with(csrf())
            .param("dari", day.toString()).param("jenis", "LIBUR_NASIONAL").param("nama", "Libur buatan"))
        .andExpect(status().isForbidden());
  }
}
