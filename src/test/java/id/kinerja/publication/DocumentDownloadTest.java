package id.kinerja.publication;

import static id.kinerja.support.DocumentYearFixture.ATASAN;
import static id.kinerja.support.DocumentYearFixture.DIMAS;
import static id.kinerja.support.DocumentYearFixture.EKO;
import static id.kinerja.support.DocumentYearFixture.FITRI;
import static id.kinerja.support.DocumentYearFixture.NUR_AINI;
import static id.kinerja.support.DocumentYearFixture.OTHER_UNIT_HEAD;
import static id.kinerja.support.DocumentYearFixture.PENILAI;
import static id.kinerja.support.DocumentYearFixture.RUDI;
import static id.kinerja.support.DocumentYearFixture.TAHUN;
import static id.kinerja.support.DocumentYearFixture.WAHYU;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.DocumentYearFixture;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.WebSession;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SKP document and the Dokumen Evaluasi Kinerja Pegawai of a year run through the real process
 * (DocumentYearFixture), downloaded over real HTTP by the demo users after logging in, read back
 * with PDFBox's text extraction.
 */
@SharedApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentDownloadTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired CapaianOrganisasiService capaian;
  @LocalServerPort int port;

  @BeforeAll
  void yearRunThroughTheProcess() throws Exception {
    DocumentYearFixture.ensure(http, jdbc, capaian);
  }

  @Test
  void skpDocument_isA4_withEmployeeAppraiserRhkIndicatorsTargetsExpectationsAndApproval() throws Exception {
    HttpResponse<byte[]> response = kept(as(RUDI).get(skpUrl(RUDI)), "skp-rudi.pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("X-Dokumen-Status")).hasValue("FINAL");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      everyPageIsA4(pdf);
      assertThat(fontsOf(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
      String text = text(pdf);
      assertThat(text).contains("SASARAN KINERJA PEGAWAI (SKP)", "1 Januari 2035 s.d. 31 Desember 2035",
          "Rudi Hartono, S.Sos.", RUDI, "Analis SDM Aparatur Ahli Pertama",
          "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
          "Drs. Hendra Gunawan, M.M.", PENILAI,
          // the RHK with characters outside Latin-1, printed by the embedded font
          "“Pelayanan Prima”", "≥ 95%", DocumentYearFixture.RHK_TAMBAHAN, "Meningkatnya kompetensi aparatur",
          "Dokumen analisis yang selesai", "Kuantitas", "1 dokumen", "Waktu", "Maret", "40 orang",
          "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif",
          DocumentYearFixture.EKSPEKTASI_KOLABORATIF,
          "Riwayat persetujuan", "Dikembalikan", "Disetujui", "Pejabat Penilai Kinerja",
          "Disetujui secara elektronik pada");
      assertThat(text).doesNotContain("DRAF");
    }
  }

  @Test
  void skpDocument_ofASubmittedButUnapprovedSkp_isMarkedDraft() throws Exception {
    HttpResponse<byte[]> response = kept(as(DIMAS).get(skpUrl(DIMAS)), "skp-dimas-draf.pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Dokumen-Status")).hasValue("DRAF");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(text(pdf)).contains("DRAF — SKP diajukan, menunggu persetujuan pejabat penilai", "Dimas Ardiansyah",
          "Belum disetujui");
    }
  }

  @Test
  void evaluationDocument_final_showsPeopleCapaianRatingsPredikatNotesCurveAndApprovalRecord() throws Exception {
    HttpResponse<byte[]> response = kept(as(RUDI).get(evaluasiUrl(RUDI)), "evaluasi-rudi.pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Dokumen-Status")).hasValue("FINAL");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      everyPageIsA4(pdf);
      String text = text(pdf);
      assertThat(text).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "1 Januari 2035 s.d. 31 Desember 2035",
          "Rudi Hartono, S.Sos.", RUDI, "Drs. Hendra Gunawan, M.M.", PENILAI,
          "Atasan Pejabat Penilai Kinerja", "Dr. Ahmad Suryadi, M.Si.", ATASAN,
          "Capaian kinerja organisasi", "Baik", "Target kinerja unit tercapai",
          "Rating hasil kerja", "Di Atas Ekspektasi", "Alasan hasil kerja di atas",
          "Rating perilaku kerja", "Alasan Kolaboratif di atas", DocumentYearFixture.EKSPEKTASI_KOLABORATIF,
          "Capaian periode 4: 1 dokumen", "Periode 4", "Catatan periode 4",
          "Predikat kinerja pegawai", "Sangat Baik",
          "Catatan dan rekomendasi", "Ditetapkan sesuai penilaian.", "Dipertimbangkan untuk penghargaan",
          "Riwayat penilaian dan persetujuan", "Dinilai", "Ditetapkan", "Ditetapkan secara elektronik pada");
      assertThat(text).doesNotContain("DRAF");

      // the curve: the unit's actual distribution (Rudi SB, Fitri B, Wahyu B after objection, Nur Aini SK
      // as rated) against the limits of capaian Baik from the DMN kurva-distribusi
      assertThat(text).contains("Kurva distribusi predikat unit kerja", "4 pegawai dinilai",
          "Sangat Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang",
          "1 org (25%)", "2 org (50%)", "0 org (0%)", "maks 70%", "min 1%",
          "Baik paling banyak 70%", "paling banyak 2 org", "terpenuhi",
          "harus ada Butuh Perbaikan dan/atau Kurang", "paling sedikit 1 org", "TIDAK terpenuhi");
      // drawn as vector graphics: five bars, the grid, the limit lines
      Shapes shapes = shapesOn(pdf, pageContaining(pdf, "Kurva distribusi"));
      assertThat(shapes.filledRectangles).isGreaterThanOrEqualTo(4);
      assertThat(shapes.strokedLines).isGreaterThanOrEqualTo(5 + 2);
    }
  }

  @Test
  void evaluationDocument_afterAnObjection_showsTheDecisionAndTheChangedPredikat() throws Exception {
    HttpResponse<byte[]> response = kept(as(WAHYU).get(evaluasiUrl(WAHYU)), "evaluasi-wahyu-keberatan.pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = text(pdf);
      assertThat(text).contains("Wahyu Pratama", "Keberatan pegawai", "Realisasi triwulan IV belum dipertimbangkan.",
          "Tanggapan pejabat penilai", "Putusan atasan", "Penilaian diubah menjadi Baik",
          "Keberatan diajukan", "Keberatan diputus", "Sesuai Ekspektasi");
      assertThat(text.substring(text.indexOf("Predikat kinerja pegawai"))).startsWith("Predikat kinerja pegawai Baik ");
    }
  }

  @Test
  void evaluationDocument_beforePenetapan_isMarkedDraftOnEveryPage() throws Exception {
    HttpResponse<byte[]> response = kept(as(NUR_AINI).get(evaluasiUrl(NUR_AINI)), "evaluasi-nur-aini-draf.pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Dokumen-Status")).hasValue("DRAF");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      String text = text(pdf);
      assertThat(text).contains("DRAF — hasil penilaian belum ditetapkan", "Sangat Kurang (belum ditetapkan)",
          "Belum ditetapkan", "Alasan Loyal di bawah");
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(pdf)).as("page " + page).contains("DRAF");
      }
    }
  }

  @Test
  void documentsWhoseDataDoesNotExist_are404WithAClearMessage() throws Exception {
    WebSession bkpsdm = as(AppraisalYearDriver.BKPSDM);

    HttpResponse<byte[]> noYear = bkpsdm.get(skpUrl(EKO));
    assertThat(noYear.statusCode()).isEqualTo(404);
    assertThat(WebSession.text(noYear)).isEqualTo("Belum ada SKP pegawai " + EKO + " tahun " + TAHUN);

    HttpResponse<byte[]> notRated = bkpsdm.get(evaluasiUrl(DIMAS));
    assertThat(notRated.statusCode()).isEqualTo(404);
    assertThat(WebSession.text(notRated)).contains("Penilaian kinerja tahunan pegawai " + DIMAS + " tahun " + TAHUN
        + " belum ada");

    HttpResponse<byte[]> badYear = bkpsdm.get("/dokumen/skp/" + RUDI + "/dua-ribu.pdf");
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(WebSession.text(badYear)).contains("Tahun 'dua-ribu' tidak sah");
  }

  @Test
  void anAddressWhoseNipIsNoNip_isA400InWords_beforeAnyAccessCheck() throws Exception {
    HttpResponse<byte[]> login = as(AppraisalYearDriver.BKPSDM).get(skpUrl("admin"));
    assertThat(login.statusCode()).isEqualTo(400);
    assertThat(WebSession.text(login)).contains("NIP 'admin' tidak sah", "18 angka");

    HttpResponse<byte[]> serial = as(FITRI).get(evaluasiUrl("199001012015031000"));
    assertThat(serial.statusCode()).isEqualTo(400);
    assertThat(WebSession.text(serial)).contains("nomor urut (digit 16-18) tidak boleh 000");
  }

  @Test
  void employeeAppraiserAtasanAndBkpsdmMayDownload_peersAndOthersMayNot() throws Exception {
    for (String allowed : List.of(RUDI, PENILAI, ATASAN, AppraisalYearDriver.BKPSDM, "demo")) {
      WebSession session = as(allowed);
      assertThat(session.get(skpUrl(RUDI)).statusCode()).as(allowed + " SKP").isEqualTo(200);
      assertThat(session.get(evaluasiUrl(RUDI)).statusCode()).as(allowed + " evaluasi").isEqualTo(200);
    }
    // a peer (same appraiser), the unit head of another unit, and an employee for someone else's missing year
    for (String refused : List.of(FITRI, OTHER_UNIT_HEAD)) {
      WebSession session = as(refused);
      HttpResponse<byte[]> skp = session.get(skpUrl(RUDI));
      assertThat(skp.statusCode()).as(refused + " SKP").isEqualTo(403);
      assertThat(WebSession.text(skp)).contains("tidak berhak");
      assertThat(session.get(evaluasiUrl(RUDI)).statusCode()).as(refused + " evaluasi").isEqualTo(403);
    }
    assertThat(as(FITRI).get(skpUrl(EKO)).statusCode()).as("no existence leak to others").isEqualTo(403);

    assertThat(WebSession.anonymous(port).get(evaluasiUrl(RUDI)).statusCode()).isEqualTo(401);
    HttpResponse<byte[]> anonymous = WebSession.anonymous(port).getPage(evaluasiUrl(RUDI));
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void documentsPage_listsTheAppraisersStaffWithLinks() throws Exception {
    HttpResponse<byte[]> page = as(PENILAI).get("/dokumen");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(WebSession.text(page)).contains("Dokumen kinerja", "Rudi Hartono", skpUrl(RUDI), evaluasiUrl(RUDI),
        "Pejabat penilai");
    assertThat(WebSession.text(as(FITRI).get("/dokumen"))).doesNotContain(skpUrl(RUDI));
  }

  /** Keeps each downloaded document in target/dokumen, for a person to look at. */
  private static HttpResponse<byte[]> kept(HttpResponse<byte[]> response, String name) throws Exception {
    if (response.statusCode() == 200) {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "dokumen");
      java.nio.file.Files.createDirectories(dir);
      java.nio.file.Files.write(dir.resolve(name), response.body());
    }
    return response;
  }

  private WebSession as(String user) throws Exception {
    return WebSession.loggedIn(port, user);
  }

  private static String skpUrl(String nip) {
    return "/dokumen/skp/" + nip + "/" + TAHUN + ".pdf";
  }

  private static String evaluasiUrl(String nip) {
    return "/dokumen/evaluasi/" + nip + "/" + TAHUN + ".pdf";
  }

  static String text(PDDocument pdf) throws Exception {
    // lines wrap wherever the layout needs: compare words, not line breaks
    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
  }

  static void everyPageIsA4(PDDocument pdf) {
    assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
    for (PDPage page : pdf.getPages()) {
      assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
      assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
      assertThat(PDRectangle.A4.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
    }
  }

  private static List<PDFont> fontsOf(PDDocument pdf) throws Exception {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
    }
    return fonts;
  }

  private static PDPage pageContaining(PDDocument pdf, String text) throws Exception {
    for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
      var stripper = new PDFTextStripper();
      stripper.setStartPage(i);
      stripper.setEndPage(i);
      if (stripper.getText(pdf).contains(text)) {
        return pdf.getPage(i - 1);
      }
    }
    throw new AssertionError("no page contains " + text);
  }

  /** Counts what a page draws: filled rectangles (bars) and stroked straight lines (axes, grid, limits). */
  static final class Shapes extends PDFGraphicsStreamEngine {
    int filledRectangles;
    int strokedLines;
    private int pendingRectangles;
    private int pendingLines;

    Shapes(PDPage page) {
      super(page);
    }

    @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
        java.awt.geom.Point2D p3) {
      pendingRectangles++;
    }
    @Override public void lineTo(float x, float y) {
      pendingLines++;
    }
    @Override public void fillPath(int windingRule) {
      filledRectangles += pendingRectangles;
      reset();
    }
    @Override public void strokePath() {
      strokedLines += pendingLines;
      reset();
    }
    @Override public void fillAndStrokePath(int windingRule) {
      filledRectangles += pendingRectangles;
      reset();
    }
    @Override public void endPath() {
      reset();
    }
    private void reset() {
      pendingRectangles = 0;
      pendingLines = 0;
    }
    @Override public void drawImage(PDImage pdImage) {}
    @Override public void clip(int windingRule) {}
    @Override public void moveTo(float x, float y) {}
    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
    @Override public java.awt.geom.Point2D getCurrentPoint() {
      return new java.awt.geom.Point2D.Float();
    }
    @Override public void closePath() {}
    @Override public void shadingFill(COSName shadingName) {}
  }

  private static Shapes shapesOn(PDDocument pdf, PDPage page) throws Exception {
    Shapes shapes = new Shapes(page);
    shapes.processPage(page);
    return shapes;
  }
}
