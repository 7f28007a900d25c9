package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.cycleopening.CycleOpening;
import id.kinerja.demo.DemoAppraisals;
import id.kinerja.demo.DemoPastYear;
import id.kinerja.feedback.PublicReportService;
import id.kinerja.skp.EvidenceService;
import id.kinerja.support.DocumentYearFixture;
import id.kinerja.support.WebSession;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a user test of the demo found: codes (SANGAT_BAIK, DI_ATAS, UTAMA, DISETUJUI, ...) and UTC
 * times on the product's pages and in its PDFs. Renders every product page of the demo, with last
 * year run and a year with documents ({@link DocumentYearFixture}), as each role, plus the public
 * pages and the PDFs, and looks for every constant of the product's code enums and every stored
 * status code as a word, and for times in UTC; the moments it made (an upload, a capaian, an
 * opening run, an SKP approval) must read in WIB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kinerja.demo.tahun-lalu=true", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInWordsAndLocalTimeTest {

  static final int TAHUN_LALU = LocalDate.now().getYear() - 1;
  static final int TAHUN_INI = LocalDate.now().getYear();
  static final int TAHUN_DOKUMEN = DocumentYearFixture.TAHUN;
  static final String BKPSDM = DemoAppraisals.DEMO_BKPSDM;
  static final String PENILAI = DocumentYearFixture.PENILAI;
  static final String RUDI = DocumentYearFixture.RUDI;
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final DateTimeFormatter TANGGAL_JAM = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", Locale.forLanguageTag("id-ID"));

  /** Stored codes that are not enum constants (CHECK constraints of the product's tables). */
  static final List<String> STORED_CODES = List.of("DRAFT", "DIAJUKAN", "DIKEMBALIKAN", "DISETUJUI", "UTAMA",
      "TAMBAHAN", "KUANTITAS", "KUALITAS", "WAKTU", "BIAYA", "BERJALAN", "SELESAI", "TERHENTI", "DITERIMA",
      "DITANGANI", "TIDAK_VALID", "PENGADUAN", "APRESIASI", "TETAP", "UBAH", "DITOLAK", "DIUSULKAN", "DISEPAKATI",
      "PELATIHAN", "COACHING", "PERIODIK", "TAHUNAN", "STRUKTURAL", "FUNGSIONAL", "PELAKSANA",
      "PEJABAT_PENILAI", "MENUNGGU", "TERKIRIM", "TANPA_EMAIL");
  /** Enums that are not codes people could be shown (file types, formats, internals). */
  static final Set<String> NOT_CODES = Set.of(
      "id.kinerja.skp.EvidenceService$Jenis",               // PDF, PNG, ...: the file types, words themselves
      "id.kinerja.export.ResultExport$Format",              // CSV, JSON
      "id.kinerja.system.deployment.ExpressionGuard$Base",
      "id.kinerja.system.deployment.ModelAllowlist$Kind",
      "id.kinerja.system.forms.FormShape$Kind",
      "id.kinerja.security.LoginThrottle$Limit",
      "id.kinerja.organisation.InitialPasswords");

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired CapaianOrganisasiService capaian;
  @Autowired DemoPastYear demoPastYear;
  @Autowired EvidenceService evidence;
  @Autowired CycleOpening cycleOpening;
  @Autowired PublicReportService publicReports;
  @LocalServerPort int port;

  String trackingCode;
  String openingRun;

  @BeforeAll
  void demoWithDocuments() throws Exception {
    assertThat(demoPastYear.awaitDone(Duration.ofMinutes(4))).isTrue();
    DocumentYearFixture.ensure(http, jdbc, capaian);
    evidence.store(RUDI, id.kinerja.kernel.Tahun.of(TAHUN_INI), "notulen.pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    trackingCode = publicReports.file(new PublicReportService.NewReport("PENGADUAN", DocumentYearFixture.UNIT, null,
        "Antrean layanan kepegawaian terlalu lama pada hari Senin pagi.", null, null));
    openingRun = cycleOpening.open(DocumentYearFixture.AGENCY, id.kinerja.kernel.Tahun.of(2040), BKPSDM).id();
    for (int i = 0; i < 120 && !cycleOpening.progress(openingRun).orElseThrow().selesai(); i++) {
      Thread.sleep(500);
    }
  }

  @Test
  void everyPage_showsWords_andLocalTimes_asEveryRole() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    List<String> years = List.of("", "?tahun=" + TAHUN_LALU, "?tahun=" + TAHUN_DOKUMEN);
    for (String user : List.of(BKPSDM, "demo")) {
      WebSession session = WebSession.loggedIn(port, user);
      for (String year : years) {
        for (String path : List.of("/dasbor/bkpsdm", "/dasbor/bkpsdm/kurva", "/dasbor/bkpsdm/beban-kerja",
            "/dasbor/bkpsdm/kemurahan", "/dasbor/bkpsdm/terlambat", "/admin/capaian-organisasi")) {
          pages.put(user + " " + path + year, page(session, path + year));
        }
      }
      pages.put(user + " /admin/siklus", page(session, "/admin/siklus"));
      pages.put(user + " /admin/siklus run", page(session, "/admin/siklus?pembukaan=" + openingRun));
      pages.put(user + " /admin/organisasi", page(session, "/admin/organisasi"));
      pages.put(user + " /dokumen", page(session, "/dokumen"));
    }
    for (String user : List.of(PENILAI, DocumentYearFixture.OTHER_UNIT_HEAD, RUDI, "demo")) {
      WebSession session = WebSession.loggedIn(port, user);
      for (String year : years) {
        if (!user.equals(RUDI)) {
          pages.put(user + " /dasbor/penilai" + year, page(session, "/dasbor/penilai" + year));
        }
      }
      for (String path : List.of("/dokumen", "/kegiatan-harian", "/bukti")) {
        pages.put(user + " " + path, page(session, path));
      }
    }
    WebSession citizen = WebSession.anonymous(port);
    pages.put("publik", page(citizen, "/publik"));
    pages.put("lacak", page(citizen, "/publik/lacak?kode=" + trackingCode));
    for (String unit : jdbc.sql("SELECT code FROM org_unit ORDER BY code").query(String.class).list()) {
      for (String path : List.of("/survei", "/laporan", "/hasil", "/hasil?tahun=" + TAHUN_LALU)) {
        pages.put("publik " + unit + path, page(citizen, "/publik/unit/" + unit + path));
      }
    }

    WebSession rudi = WebSession.loggedIn(port, RUDI);
    WebSession penilai = WebSession.loggedIn(port, PENILAI);
    for (int tahun : List.of(TAHUN_LALU, TAHUN_DOKUMEN)) {
      pages.put("SKP Rudi " + tahun, pdf(rudi, "/dokumen/skp/" + RUDI + "/" + tahun + ".pdf"));
      pages.put("evaluasi Rudi " + tahun, pdf(rudi, "/dokumen/evaluasi/" + RUDI + "/" + tahun + ".pdf"));
    }
    for (String nip : List.of(DocumentYearFixture.FITRI, DocumentYearFixture.WAHYU, DocumentYearFixture.NUR_AINI)) {
      pages.put("SKP " + nip, pdf(penilai, "/dokumen/skp/" + nip + "/" + TAHUN_DOKUMEN + ".pdf"));
      pages.put("evaluasi " + nip, pdf(penilai, "/dokumen/evaluasi/" + nip + "/" + TAHUN_DOKUMEN + ".pdf"));
    }
    pages.put("SKP Dimas", pdf(penilai, "/dokumen/skp/" + DocumentYearFixture.DIMAS + "/" + TAHUN_DOKUMEN + ".pdf"));

    Pattern codes = codeWords();
    Pattern utc = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z\\b|\\bUTC\\b|\\bGMT\\b|\\bpukul\\b");
    Pattern timeWithoutZone = Pattern.compile("\\b\\d{1,2} [A-Z][a-z]+ \\d{4},? \\d{2}[.:]\\d{2}\\b(?!\\s+(WIB|WITA|WIT)\\b)");
    List<String> found = new ArrayList<>();
    pages.forEach((name, text) -> {
      for (Pattern p : List.of(codes, utc, timeWithoutZone)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          found.add(name + ": \"" + m.group() + "\" in \"…" + around(text, m.start()) + "…\"");
        }
      }
    });
    assertThat(found).as("codes and UTC times on " + pages.size() + " pages and PDFs").isEmpty();

    // the moments made above, as people in WIB read them
    Timestamp uploaded = jdbc.sql("SELECT MAX(diunggah_pada) FROM berkas_bukti WHERE nip = ?").param(RUDI)
        .query(Timestamp.class).single();
    assertThat(pages.get(RUDI + " /bukti")).contains(wib(uploaded));
    Timestamp recorded = jdbc.sql("SELECT ditetapkan_pada FROM capaian_organisasi WHERE unit_code = ? AND tahun = ?")
        .params(DocumentYearFixture.UNIT, TAHUN_DOKUMEN).query(Timestamp.class).single();
    assertThat(pages.get(BKPSDM + " /admin/capaian-organisasi?tahun=" + TAHUN_DOKUMEN)).contains(wib(recorded));
    assertThat(pages.get(BKPSDM + " /admin/siklus run"))
        .contains(wib(Timestamp.from(cycleOpening.progress(openingRun).orElseThrow().dimulaiPada())));
    Timestamp approved = jdbc.sql("SELECT disetujui_pada FROM skp WHERE nip = ? AND tahun = ?")
        .params(RUDI, TAHUN_DOKUMEN).query(Timestamp.class).single();
    assertThat(pages.get("SKP Rudi " + TAHUN_DOKUMEN).replaceAll("\\s+", " ")).contains(wib(approved));
    assertThat(pages.get("SKP Rudi " + TAHUN_DOKUMEN)).contains("Utama", "Kuantitas");
    assertThat(pages.get("evaluasi Rudi " + TAHUN_DOKUMEN)).contains("Sangat Baik", "Di Atas Ekspektasi");
    assertThat(pages.get("lacak")).contains(String.valueOf(LocalDate.now(WIB).getYear())).doesNotContain("PENGADUAN");
  }

  private static String wib(Timestamp moment) {
    return TANGGAL_JAM.format(moment.toInstant().atZone(WIB)) + " WIB";
  }

  private static String page(WebSession session, String path) throws Exception {
    HttpResponse<byte[]> response = session.getPage(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return visibleText(WebSession.text(response));
  }

  private static String pdf(WebSession session, String path) throws Exception {
    HttpResponse<byte[]> response = session.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  /** What a browser shows: no scripts, styles, tags or attribute values. */
  static String visibleText(String html) {
    return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
        .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replaceAll("[ \\t\\x0B\\f\\r]+", " ");
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
  }

  /** Every constant of the product's code enums and every stored code, as a whole word. */
  static Pattern codeWords() throws Exception {
    Set<String> words = new TreeSet<>(STORED_CODES);
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:id/kinerja/**/*.class")) {
      String url = resource.getURL().toString();
      if (url.contains("/test-classes/")) {
        continue;
      }
      String name = url.substring(url.lastIndexOf("id/kinerja/")).replace(".class", "").replace('/', '.');
      Class<?> type = Class.forName(name, false, PagesInWordsAndLocalTimeTest.class.getClassLoader());
      if (type.isEnum() && !NOT_CODES.contains(type.getName())) {
        for (Object constant : type.getEnumConstants()) {
          words.add(((Enum<?>) constant).name());
        }
      }
    }
    assertThat(words).as("the enums were found").contains("SANGAT_BAIK", "DI_ATAS", "ISTIMEWA", "BERORIENTASI_PELAYANAN",
        "TUGAS_BARU", "PENILAIAN_TAHUNAN");
    return Pattern.compile("(?<![\\w-])(" + String.join("|", words) + ")(?![\\w-])");
  }
}
