package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.kernel.Tahun;
import id.kinerja.support.DocumentYearFixture;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.WebSession;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * BKPSDM downloads a unit's documents of a year as one ZIP over real HTTP and opens a PDF from it;
 * the archive is written one PDF at a time (each PDF has reached the client before the next is
 * drawn); nobody else gets it, and /dokumen shows an employee no address pattern of BKPSDM's.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitDocumentsZipTest {

  static final String YUNI_BKPSDM = "198506152010012009";

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired CapaianOrganisasiService capaian;
  @LocalServerPort int port;

  @BeforeAll
  void yearRunThroughTheProcess() throws Exception {
    DocumentYearFixture.ensure(http, jdbc, capaian);
  }

  private static Map<String, byte[]> entries(InputStream zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  @Test
  void bkpsdmDownloadsAUnitsEvaluations_andOpensOnePdf() throws Exception {
    WebSession bkpsdm = WebSession.loggedIn(port, YUNI_BKPSDM);
    String url = "/dokumen/unit.zip?unit=" + DocumentYearFixture.UNIT + "&tahun=" + DocumentYearFixture.TAHUN + "&jenis=evaluasi";
    HttpResponse<InputStream> response = bkpsdm.stream(url);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("dokumen-evaluasi-BKPSDM-" + DocumentYearFixture.TAHUN + ".zip");
    Map<String, byte[]> entries = entries(response.body());

    String rudi = entries.keySet().stream().filter(n -> n.startsWith("BKPSDM/" + DocumentYearFixture.RUDI + "-"))
        .findFirst().orElseThrow(() -> new AssertionError("no PDF of Rudi in " + entries.keySet()));
    assertThat(rudi).isEqualTo("BKPSDM/" + DocumentYearFixture.RUDI + "-Rudi-Hartono-S-Sos.pdf");
    Path kept = Path.of("target", "screenshots", "dokumen-unit-zip");
    Files.createDirectories(kept);
    Files.write(kept.resolve("evaluasi-rudi-dari-zip.pdf"), entries.get(rudi));
    try (PDDocument pdf = Loader.loadPDF(entries.get(rudi))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Rudi Hartono, S.Sos.").contains(DocumentYearFixture.RUDI);
    }
    String list = new String(entries.get(UnitDocuments.LIST), StandardCharsets.UTF_8);
    assertThat(list).startsWith("Dokumen Evaluasi Kinerja Pegawai tahun " + DocumentYearFixture.TAHUN)
        .contains("+ " + rudi);
    assertThat(entries.keySet()).allMatch(n -> n.equals(UnitDocuments.LIST) || n.endsWith(".pdf"));
  }

  @Test
  void inChromium_bkpsdmPicksAUnitAndYear_downloadsTheZip_andOpensAPdfFromIt() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(id.kinerja.support.HeadlessChromium.available(),
        id.kinerja.support.HeadlessChromium.SKIP_REASON);
    Path downloads = Files.createTempDirectory("unduhan-zip");
    try (var browser = id.kinerja.support.HeadlessChromium.start("dokumen-unit-zip")) {
      var driver = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
      driver.executeCdpCommand("Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
      browser.logIn(port, YUNI_BKPSDM);
      driver.get("http://localhost:" + port + "/dokumen");
      browser.waitUpTo(java.time.Duration.ofSeconds(60)).until(
          org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(org.openqa.selenium.By.id("arsip-unit")));
      new org.openqa.selenium.support.ui.Select(driver.findElement(org.openqa.selenium.By.id("unit")))
          .selectByValue(DocumentYearFixture.UNIT);
      var year = driver.findElement(org.openqa.selenium.By.id("tahun-arsip"));
      year.clear();
      year.sendKeys(String.valueOf(DocumentYearFixture.TAHUN));
      driver.findElement(org.openqa.selenium.By.id("jenis-evaluasi")).click();
      browser.screenshot("formulir");
      driver.findElement(org.openqa.selenium.By.id("unduh-zip")).click();
      Path zip = downloads.resolve("dokumen-evaluasi-BKPSDM-" + DocumentYearFixture.TAHUN + ".zip");
      browser.waitUpTo(java.time.Duration.ofSeconds(120)).until(d -> Files.exists(zip)
          && !Files.exists(downloads.resolve(zip.getFileName() + ".crdownload")));
      browser.screenshot("diunduh");
      Map<String, byte[]> entries;
      try (InputStream in = Files.newInputStream(zip)) {
        entries = entries(in);
      }
      String rudi = "BKPSDM/" + DocumentYearFixture.RUDI + "-Rudi-Hartono-S-Sos.pdf";
      assertThat(entries).containsKey(rudi);
      try (PDDocument pdf = Loader.loadPDF(entries.get(rudi))) {
        assertThat(new PDFTextStripper().getText(pdf)).contains("Rudi Hartono, S.Sos.");
      }
      Files.copy(zip, Path.of("target", "screenshots", "dokumen-unit-zip", zip.getFileName().toString()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      try (var files = Files.list(downloads)) {
        for (Path file : files.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(downloads);
    }
  }

  @Test
  void theArchive_isOnlyForBkpsdm_andBadRequestsAreAnsweredInWords() throws Exception {
    WebSession rudi = WebSession.loggedIn(port, DocumentYearFixture.RUDI);
    HttpResponse<byte[]> refused = rudi.get("/dokumen/unit.zip?unit=BKPSDM&tahun=" + DocumentYearFixture.TAHUN + "&jenis=skp");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("hanya untuk BKPSDM");
    String page = new String(rudi.getPage("/dokumen").body(), StandardCharsets.UTF_8);
    assertThat(page).doesNotContain("/dokumen/skp/&lt;NIP&gt;").doesNotContain("&lt;NIP&gt;").doesNotContain("arsip-unit");

    WebSession bkpsdm = WebSession.loggedIn(port, YUNI_BKPSDM);
    assertThat(new String(bkpsdm.getPage("/dokumen").body(), StandardCharsets.UTF_8))
        .contains("id=\"arsip-unit\"").doesNotContain("&lt;NIP&gt;");
    HttpResponse<byte[]> badKind = bkpsdm.get("/dokumen/unit.zip?unit=BKPSDM&tahun=2035&jenis=foto");
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(new String(badKind.body(), StandardCharsets.UTF_8)).contains("skp atau evaluasi");
    assertThat(bkpsdm.get("/dokumen/unit.zip?unit=BKPSDM&tahun=dua&jenis=skp").statusCode()).isEqualTo(400);
    HttpResponse<byte[]> noUnit = bkpsdm.get("/dokumen/unit.zip?unit=TIDAK-ADA&tahun=2035&jenis=skp");
    assertThat(noUnit.statusCode()).isEqualTo(404);
    assertThat(new String(noUnit.body(), StandardCharsets.UTF_8)).contains("Unit kerja 'TIDAK-ADA' tidak ada");
    HttpResponse<byte[]> emptyYear = bkpsdm.get("/dokumen/unit.zip?unit=BKPSDM&tahun=2001&jenis=skp");
    assertThat(emptyYear.statusCode()).isEqualTo(404);
    assertThat(new String(emptyYear.body(), StandardCharsets.UTF_8)).contains("Belum ada SKP tahun 2001");
  }

  /** Counts what reached the client, and when. */
  static final class ClientSide extends OutputStream {
    long received;

    @Override
    public void write(int b) {
      received++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      received += len;
    }
  }

  @Test
  void eachPdfReachesTheClient_beforeTheNextIsDrawn() throws Exception {
    int employees = 2_000;
    int size = 64 * 1024;
    List<UnitDocuments.Employee> staff = new ArrayList<>();
    for (int i = 0; i < employees; i++) {
      staff.add(new UnitDocuments.Employee(String.format("1990010120150310%02d", i % 100), "Pegawai " + i, "UNIT-" + (i % 7)));
    }
    ClientSide client = new ClientSide();
    long[] receivedWhenDrawn = new long[employees];
    int[] drawn = {0};
    java.util.Random random = new java.util.Random(7);
    UnitDocuments.write(staff, Tahun.of(2035), UnitDocuments.Kind.DOKUMEN_SKP, client, (nip, tahun) -> {
      receivedWhenDrawn[drawn[0]++] = client.received;
      byte[] pdf = new byte[size]; // incompressible, like a PDF's compressed streams
      random.nextBytes(pdf);
      return new DocumentService.Pdf(pdf, nip + ".pdf", false);
    });
    assertThat(drawn[0]).isEqualTo(employees);
    for (int i = 1; i < employees; i++) {
      // every earlier PDF is already out (stored nearly as is) when the next one is drawn
      assertThat(receivedWhenDrawn[i]).as("bytes out before PDF %d is drawn", i).isGreaterThanOrEqualTo((long) i * size);
    }
    assertThat(client.received).isGreaterThan((long) employees * size);
  }

  @Test
  void aNameBecomesAFileNameEverySystemOpens() {
    assertThat(UnitDocuments.slug("Drs. Hendra Gunawan, M.M.")).isEqualTo("Drs-Hendra-Gunawan-M-M");
    assertThat(UnitDocuments.slug("Nur 'Aini Ṣāliḥ")).isEqualTo("Nur-Aini-Salih");
    assertThat(UnitDocuments.slug("../../etc")).isEqualTo("etc");
  }
}
