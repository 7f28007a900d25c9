package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.feedback.PublicReportService;
import id.kinerja.feedback.SkmService;
import id.kinerja.kernel.PenilaianTahunan;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Complaints and praise from the public page to the closed report, and what the public may see of it. */
@PublicVoicesTestConfig
class PublicReportsTest {

  static final String DISDIK = "DISDIK";
  static final String KEPALA_DISDIK = "197304041999031017";
  /** Andi Wijaya, the only "Pengelola Sarana dan Prasarana" of Dinas Pendidikan. */
  static final String ANDI = "199008102015031021";
  static final String DESK_ANDI = "Pengelola Sarana dan Prasarana";
  /** An employee of another unit. */
  static final String RUDI_BKPSDM = "198809092012121010";
  private static final Pattern CODE = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
  private static final AtomicInteger CLIENTS = new AtomicInteger(1);

  @Autowired MockMvc mvc;
  @Autowired TaskService tasks;
  @Autowired PublicReportService reports;
  @Autowired SkmService skm;
  @Autowired JdbcClient jdbc;

  /** Each test speaks as its own client address, so their budgets do not mix. */
  private final String client = "198.51.100." + CLIENTS.getAndIncrement();

  private MockHttpServletRequestBuilder asClient(MockHttpServletRequestBuilder request) {
    RequestPostProcessor address = r -> {
      r.setRemoteAddr(client);
      return r;
    };
    return request.with(address);
  }

  private String file(String jenis, String loket, String isi) throws Exception {
    String page = mvc.perform(asClient(post("/publik/unit/{k}/laporan", DISDIK)).with(csrf())
            .param("jenis", jenis).param("loket", loket).param("isi", isi)
            .param("email", "warga.sukamaju@example.id").param("telepon", "0812 3456 7890"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
        .andReturn().getResponse().getContentAsString();
    Matcher m = CODE.matcher(page);
    assertThat(m.find()).as("the page shows a tracking code").isTrue();
    return m.group();
  }

  private Task taskOf(String code) {
    return tasks.createTaskQuery().processInstanceBusinessKey(code.replace("-", "")).singleResult();
  }

  @Test
  void complaintFiled_triagedHandledClosed_trackingShowsStatusAndResponseOnly() throws Exception {
    String isi = "Petugas meminta biaya tambahan untuk legalisir ijazah di loket sarana.";
    String code = file("PENGADUAN", DESK_ANDI, isi);

    Task triage = taskOf(code);
    assertThat(triage.getTaskDefinitionKey()).isEqualTo("Task_TriasePengaduan");
    assertThat(triage.getAssignee()).isEqualTo(KEPALA_DISDIK);
    assertThat(String.valueOf(tasks.getVariable(triage.getId(), "kontakPelapor")))
        .contains("warga.sukamaju@example.id").contains("0812 3456 7890");
    assertTrackingShows(code, "Diterima, menunggu penelaahan", isi);

    // a handler from another unit is refused by the server, whatever the form showed
    assertThatThrownBy(() -> tasks.complete(triage.getId(), Map.of("keputusanTriase", "VALID", "ditanganiOleh", RUDI_BKPSDM)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("pegawai aktif unit ini");
    tasks.complete(triage.getId(), Map.of("keputusanTriase", "VALID", "ditanganiOleh", ANDI,
        "catatanTriase", "Periksa dengan bendahara"));
    Task handling = taskOf(code);
    assertThat(handling.getAssignee()).isEqualTo(ANDI);
    assertTrackingShows(code, "Sedang ditangani", isi);
    assertThat(mvc.perform(asClient(get("/publik/lacak").param("kode", code))).andReturn().getResponse()
        .getContentAsString()).doesNotContain("Periksa dengan bendahara");

    tasks.complete(handling.getId(), Map.of("hasilPenanganan", "Tidak ada biaya; petugas diingatkan sesuai standar pelayanan"));
    Task closing = taskOf(code);
    assertThat(closing.getAssignee()).isEqualTo(KEPALA_DISDIK);
    assertThatThrownBy(() -> tasks.complete(closing.getId(), Map.of("tanggapanPublik", "Andi Wijaya sudah ditegur.")))
        .hasMessageContaining("jangan sebut nama pegawai");
    assertThatThrownBy(() -> tasks.complete(closing.getId(), Map.of("tanggapanPublik", "Petugas " + ANDI + " sudah ditegur.")))
        .hasMessageContaining("jangan cantumkan NIP");
    tasks.complete(closing.getId(), Map.of("tanggapanPublik", "Legalisir tidak dipungut biaya. Terima kasih atas laporan Anda."));

    String page = assertTrackingShows(code, "Selesai", isi);
    assertThat(page).contains("Legalisir tidak dipungut biaya.").doesNotContain("Tidak ada biaya; petugas diingatkan");
    mvc.perform(asClient(get("/api/publik/lacak/{k}", code.toLowerCase())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SELESAI"))
        .andExpect(jsonPath("$.tanggapan").value("Legalisir tidak dipungut biaya. Terima kasih atas laporan Anda."))
        .andExpect(jsonPath("$.isi").doesNotExist())
        .andExpect(jsonPath("$.kontak").doesNotExist());

    int year = Year.now().getValue();
    assertThat(reports.handledFor(PenilaianTahunan.of(KEPALA_DISDIK, year))).anySatisfy(r -> {
      assertThat(trackingCodeOf(r)).isEqualTo(code);
      assertThat(r.peran()).isEqualTo("kepala unit");
    });
    assertThat(reports.handledFor(PenilaianTahunan.of(ANDI, year))).anySatisfy(r -> {
      assertThat(trackingCodeOf(r)).isEqualTo(code);
      assertThat(r.peran()).isEqualTo("loket yang disebut");
    });
    assertThat(reports.handledFor(PenilaianTahunan.of(RUDI_BKPSDM, year))).noneMatch(r -> trackingCodeOf(r).equals(code));
    assertThat(reports.handledFor(PenilaianTahunan.of(ANDI, year - 1))).noneMatch(r -> trackingCodeOf(r).equals(code));
    assertThat(reports.figures(DISDIK, year).handled()).isPositive();
  }

  private static String trackingCodeOf(PublicReportService.HandledReport r) {
    return id.kinerja.feedback.TrackingCodes.display(r.kodeLacak());
  }

  private String assertTrackingShows(String code, String statusText, String isi) throws Exception {
    String page = mvc.perform(asClient(get("/publik/lacak").param("kode", code)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(statusText).contains(code).contains("Dinas Pendidikan")
        .doesNotContain(isi).doesNotContain("warga.sukamaju@example.id").doesNotContain("0812")
        .doesNotContain(DESK_ANDI).doesNotContain(ANDI).doesNotContain(KEPALA_DISDIK).doesNotContain("Andi Wijaya");
    return page;
  }

  @Test
  void praise_isClosedByTheHead_andCountsAsEvidence() throws Exception {
    String code = file("APRESIASI", "", "Pelayanan mutasi guru cepat dan ramah, terima kasih banyak.");
    Task triage = taskOf(code);
    tasks.complete(triage.getId(), Map.of("keputusanTriase", "VALID"));
    Task closing = taskOf(code);
    assertThat(closing.getTaskDefinitionKey()).isEqualTo("Task_TutupPengaduan");
    tasks.complete(closing.getId(), Map.of("tanggapanPublik", "Terima kasih, apresiasi diteruskan ke seluruh petugas."));

    assertTrackingShows(code, "Selesai", "Pelayanan mutasi guru cepat");
    assertThat(reports.handledFor(PenilaianTahunan.of(KEPALA_DISDIK, Year.now().getValue())))
        .anyMatch(r -> trackingCodeOf(r).equals(code) && r.jenis().equals("APRESIASI"));
    assertThat(id.kinerja.feedback.PublicFeedbackEvidenceListener.summary(
        reports.handledFor(PenilaianTahunan.of(KEPALA_DISDIK, Year.now().getValue())))).contains(code).contains("apresiasi");
  }

  @Test
  void badReports_are400_withEveryReasonInIndonesian_andNothingIsStored() throws Exception {
    long before = reportCount();
    String page = mvc.perform(asClient(post("/publik/unit/{k}/laporan", DISDIK)).with(csrf())
            .param("jenis", "SERANGAN").param("loket", "Kepala Dinas Pendidikan").param("isi", "<b>pendek</b>")
            .param("email", "bukan-email").param("telepon", "12ab"))
        .andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Jenis laporan: pilih pengaduan atau apresiasi")
        .contains("Loket/jabatan layanan: pilihan tidak dikenal")
        .contains("Isi laporan: tulis 20 sampai 2000 karakter")
        .contains("Email: bukan alamat email yang sah")
        .contains("Telepon:")
        // what was typed comes back escaped, never as markup
        .contains("&lt;b&gt;pendek&lt;/b&gt;").doesNotContain("<b>pendek</b>");
    mvc.perform(asClient(post("/publik/unit/{k}/laporan", DISDIK)).with(csrf())
            .param("jenis", "PENGADUAN").param("isi", "x".repeat(2001)))
        .andExpect(status().isBadRequest());
    mvc.perform(asClient(post("/publik/unit/{k}/laporan", "TIDAK-ADA")).with(csrf())
            .param("jenis", "PENGADUAN").param("isi", "Laporan untuk unit yang tidak ada sama sekali."))
        .andExpect(status().isNotFound());
    mvc.perform(asClient(post("/publik/unit/{k}/laporan", DISDIK))
            .param("jenis", "PENGADUAN").param("isi", "Tanpa token CSRF, dari situs lain yang jahat."))
        .andExpect(status().isForbidden());
    assertThat(reportCount()).isEqualTo(before);

    mvc.perform(asClient(get("/publik/lacak").param("kode", "<script>alert(1)</script>")))
        .andExpect(status().isBadRequest())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("<script>alert(1)"));
    mvc.perform(asClient(get("/publik/lacak").param("kode", "ZZZZ-ZZZZ-ZZZZ"))).andExpect(status().isNotFound());
    mvc.perform(asClient(get("/api/publik/lacak/{k}", "ABC"))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Kode lacak terdiri dari 12 huruf dan angka"));
    mvc.perform(asClient(get("/api/publik/unit/{k}/hasil", DISDIK).param("tahun", "20x6"))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Tahun harus empat angka, misalnya 2025"));
    mvc.perform(asClient(get("/api/publik/unit/{k}/hasil", DISDIK).param("tahun", "1999"))).andExpect(status().isBadRequest());
  }

  @Test
  void badSurveys_are400_andNothingIsStored() throws Exception {
    long before = jdbc.sql("SELECT COUNT(*) FROM skm_respons").query(Long.class).single();
    var request = asClient(post("/publik/unit/{k}/survei", DISDIK)).with(csrf());
    for (int i = 1; i <= 8; i++) {
      request.param("u" + i, "4");
    }
    String page = mvc.perform(request.param("u9", "5").param("jenisKelamin", "X"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Penanganan pengaduan, saran dan masukan: pilih nilai 1 sampai 4")
        .contains("Jenis kelamin: pilihan tidak dikenal");
    mvc.perform(asClient(post("/publik/unit/{k}/survei", DISDIK)).with(csrf()).param("u1", "3"))
        .andExpect(status().isBadRequest())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Prosedur: wajib dipilih"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM skm_respons").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aFloodOfSubmissions_is429_withRetryAfter() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      statuses.add(mvc.perform(asClient(post("/publik/unit/{k}/survei", DISDIK)).with(csrf()).param("u1", "9"))
          .andReturn().getResponse().getStatus());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(400);
    assertThat(statuses.subList(5, 7)).containsOnly(429);
    mvc.perform(asClient(post("/publik/unit/{k}/survei", DISDIK)).with(csrf()).param("u1", "9"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
    // reading is a budget of its own
    mvc.perform(asClient(get("/publik"))).andExpect(status().isOk());
  }

  private long reportCount() {
    return jdbc.sql("SELECT COUNT(*) FROM laporan_publik").query(Long.class).single();
  }
}
