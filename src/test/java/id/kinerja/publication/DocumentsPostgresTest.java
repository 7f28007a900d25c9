package id.kinerja.publication;

import static id.kinerja.support.DocumentYearFixture.AGENCY;
import static id.kinerja.support.DocumentYearFixture.NUR_AINI;
import static id.kinerja.support.DocumentYearFixture.RUDI;
import static id.kinerja.support.DocumentYearFixture.TAHUN;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calibration.CapaianOrganisasiService;
import id.kinerja.support.AppraisalYearDriver;
import id.kinerja.support.DocumentYearFixture;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.SharedPostgresDatabase;
import id.kinerja.support.WebSession;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The documents' and the export's queries on a real PostgreSQL, on the year run through the process. */
@SharedApplicationTest
@SharedPostgresDatabase
class DocumentsPostgresTest {

  @Autowired TestRestTemplate http;
  @Autowired JdbcClient jdbc;
  @Autowired CapaianOrganisasiService capaian;
  @LocalServerPort int port;

  @Test
  void documentsAndExport_onPostgres() throws Exception {
    DocumentYearFixture.ensure(http, jdbc, capaian);
    WebSession bkpsdm = WebSession.loggedIn(port, AppraisalYearDriver.BKPSDM);

    HttpResponse<byte[]> skp = bkpsdm.get("/dokumen/skp/" + RUDI + "/" + TAHUN + ".pdf");
    assertThat(skp.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(skp.body())) {
      assertThat(DocumentDownloadTest.text(pdf)).contains("Rudi Hartono, S.Sos.", "Dikembalikan", "Disetujui")
          .doesNotContain("DRAF");
    }
    HttpResponse<byte[]> evaluasi = bkpsdm.get("/dokumen/evaluasi/" + RUDI + "/" + TAHUN + ".pdf");
    assertThat(evaluasi.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(evaluasi.body())) {
      assertThat(DocumentDownloadTest.text(pdf)).contains("Sangat Baik", "4 pegawai dinilai", "Capaian periode 4: 1 dokumen",
          "TIDAK terpenuhi");
    }
    assertThat(bkpsdm.get("/dokumen/evaluasi/" + NUR_AINI + "/" + TAHUN + ".pdf").headers()
        .firstValue("X-Dokumen-Status")).hasValue("DRAF");
    assertThat(WebSession.text(bkpsdm.get("/dokumen"))).contains("Dokumen kinerja");

    HttpResponse<byte[]> csv = bkpsdm.get("/api/ekspor/hasil-penilaian?tahun=" + TAHUN + "&agency=" + AGENCY);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(WebSession.text(csv)).contains(RUDI + ",\"Rudi Hartono, S.Sos.\",PNS,")
        .contains(",TAHUNAN,,DI_ATAS,DI_ATAS,SANGAT_BAIK,FINAL,false,");
  }
}
