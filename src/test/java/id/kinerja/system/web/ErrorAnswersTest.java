package id.kinerja.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.RawHttp;
import id.kinerja.support.SharedApplicationTest;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests the product's APIs and pages cannot take, sent over real HTTP by a logged-in employee:
 * broken uploads, malformed JSON, a wrong Content-Type, missing or non-numeric parameters, unknown
 * addresses and methods, huge bodies. Each is the right 4xx with a message in Bahasa Indonesia (JSON
 * under /api, the error page for pages): never a 500, Spring's English answer or a stack trace, and
 * nothing is stored.
 */
@SharedApplicationTest
class ErrorAnswersTest {

  static final String RUDI = "198809092012121010";
  static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private RawHttp http;
  private String session;

  @BeforeEach
  void logIn() throws Exception {
    http = new RawHttp(port);
    session = loginHeaders(RUDI);
  }

  // --- /api/bukti: the evidence upload ---------------------------------------------------------

  @Test
  void evidenceUpload_aNulInTheFileName_is400WithAReadableMessage_andNothingIsStored() throws Exception {
    long before = evidenceCount();
    RawHttp.Answer answer = upload("multipart/form-data; boundary=XYZ", multipart("XYZ", "laporan\0.pdf", PDF));

    JsonNode body = apiRefusal(answer, 400);
    assertThat(body.path("message").asText()).startsWith("Unggahan tidak dapat dibaca");
    assertThat(evidenceCount()).isEqualTo(before);
  }

  @Test
  void evidenceUpload_brokenMultipartBodies_are400WithAReadableMessage_andNothingIsStored() throws Exception {
    long before = evidenceCount();
    byte[] whole = multipart("XYZ", "laporan.pdf", PDF);
    byte[] truncated = java.util.Arrays.copyOf(whole, 70);

    assertThat(apiRefusal(upload("multipart/form-data; boundary=XYZ", truncated), 400).path("message").asText())
        .startsWith("Unggahan tidak dapat dibaca");
    assertThat(apiRefusal(upload("multipart/form-data", whole), 400).path("message").asText())
        .as("no boundary at all").startsWith("Unggahan tidak dapat dibaca");
    assertThat(apiRefusal(upload("multipart/form-data; boundary=ABC", whole), 400).path("message").asText())
        .as("a boundary the body does not use: no file found").contains("Pilih berkas");
    assertThat(apiRefusal(upload("application/json", "{}".getBytes(StandardCharsets.UTF_8)), 400)
        .path("message").asText()).contains("Pilih berkas");
    assertThat(evidenceCount()).isEqualTo(before);
  }

  @Test
  void evidenceUpload_aHugeBody_isRefusedBeforeItIsRead() throws Exception {
    long before = evidenceCount();
    // the Content-Length announces 200 MB; only the first bytes are ever sent
    RawHttp.Answer answer = http.exchange(("POST /api/bukti HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + session + "Content-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: 209715200\r\n\r\n"
        + "--XYZ\r\n").getBytes(StandardCharsets.ISO_8859_1));

    assertThat(answer.status()).as(answer.body()).isIn(400, 413);
    assertThat(json.readTree(answer.body()).path("message").asText()).contains("paling besar");
    assertThat(evidenceCount()).isEqualTo(before);
  }

  // --- the other /api endpoints ----------------------------------------------------------------

  @Test
  void api_malformedJson_wrongContentType_missingAndNonNumericParameters_unknownAddressAndMethod() throws Exception {
    assertThat(apiRefusal(send("POST", "/api/kegiatan-harian", "application/json", "{\"uraian\":"), 400)
        .path("message").asText()).startsWith("Isi permintaan tidak dapat dibaca");
    assertThat(apiRefusal(send("PUT", "/api/organisasi/pegawai/" + RUDI + "/atasan", "application/json", ""), 400)
        .path("message").asText()).as("no body at all").startsWith("Isi permintaan tidak dapat dibaca");

    RawHttp.Answer plain = send("POST", "/api/kegiatan-harian", "text/plain", "kegiatan hari ini");
    assertThat(apiRefusal(plain, 415).path("message").asText())
        .isEqualTo("Jenis isi (Content-Type) 'text/plain' tidak didukung untuk alamat ini; gunakan "
            + "application/json atau application/*+json.");

    assertThat(apiRefusal(send("GET", "/api/kegiatan-harian?sampai=2026-01-31", null, null), 400)
        .path("message").asText()).isEqualTo("Parameter 'dari' wajib diisi.");
    assertThat(apiRefusal(send("GET", "/api/kegiatan-harian?dari=kemarin&sampai=2026-01-31", null, null), 400)
        .path("message").asText()).isEqualTo("Isian 'dari' tidak sah: 'kemarin' tidak dapat dibaca.");
    assertThat(apiRefusal(send("GET", "/api/bukti/abc", null, null), 400).path("message").asText())
        .isEqualTo("Isian 'id' tidak sah: 'abc' bukan angka.");

    assertThat(apiRefusal(send("GET", "/api/tidak-ada", null, null), 404).path("message").asText())
        .isEqualTo("Alamat yang diminta tidak ditemukan.");
    RawHttp.Answer delete = send("DELETE", "/api/bukti", null, null);
    assertThat(apiRefusal(delete, 405).path("message").asText()).startsWith("Metode DELETE tidak didukung");
    assertThat(delete.header("Allow")).contains("POST");
  }

  @Test
  void api_aHugeJsonBody_is413_announcedOrChunked() throws Exception {
    RawHttp.Answer announced = http.exchange(("POST /api/kegiatan-harian HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n" + session + "Content-Type: application/json\r\nContent-Length: 209715200\r\n\r\n{")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(apiRefusal(announced, 413).path("message").asText()).isEqualTo("Isi permintaan terlalu besar.");

    // no Content-Length: 26 MB of JSON in chunks, refused once past the 25 MB limit
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    chunked.writeBytes(("POST /api/kegiatan-harian HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + session
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    byte[] spaces = new byte[1024 * 1024];
    java.util.Arrays.fill(spaces, (byte) ' ');
    chunked.writeBytes("1\r\n{\r\n".getBytes(StandardCharsets.ISO_8859_1)); // whitespace inside: read to the end
    for (int i = 0; i < 26; i++) {
      chunked.writeBytes((Integer.toHexString(spaces.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      chunked.writeBytes(spaces);
      chunked.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    chunked.writeBytes("1\r\n}\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(apiRefusal(http.exchange(chunked.toByteArray()), 413).path("message").asText())
        .isEqualTo("Isi permintaan terlalu besar.");
  }

  /**
   * A controller that answers its own IllegalArgumentException (404) or IllegalStateException (409)
   * must not answer Spring's refusals with them: @ExceptionHandler also matches an exception's cause,
   * and a non-numeric year is a type mismatch caused by a NumberFormatException.
   */
  @Test
  void api_controllersWithTheirOwnHandlers_stillAnswerSpringsRefusalsInIndonesian() throws Exception {
    String bkpsdm = loginHeaders("198506152010012009");
    RawHttp.Answer year = http.send("GET", "/api/capaian-organisasi?tahun=abc", bkpsdm + "Accept: application/json\r\n", null);
    assertThat(apiRefusal(year, 400).path("message").asText()).isEqualTo("Isian 'tahun' tidak sah: 'abc' bukan angka.");
    RawHttp.Answer yearOnThePage = http.send("POST", "/admin/capaian-organisasi", bkpsdm + "Accept: text/html\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\n", "unit=DISDIK&tahun=abc".getBytes(StandardCharsets.UTF_8));
    assertErrorPage(yearOnThePage, 400, "Isian &#39;tahun&#39; tidak sah: &#39;abc&#39; bukan angka.");
    RawHttp.Answer brokenImport = http.send("POST", "/api/organisasi/import", bkpsdm + "Accept: application/json\r\n"
        + "Content-Type: multipart/form-data; boundary=XYZ\r\n", java.util.Arrays.copyOf(multipart("XYZ", "o.csv", "nip"), 60));
    assertThat(apiRefusal(brokenImport, 400).path("message").asText()).startsWith("Unggahan tidak dapat dibaca");

    RawHttp.Answer noSupervisor = http.send("PUT", "/api/organisasi/pegawai/" + RUDI + "/atasan", bkpsdm
        + "Accept: application/json\r\nContent-Type: application/json\r\n", "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(apiRefusal(noSupervisor, 400).path("message").asText()).isEqualTo("NIP atasan baru (nipAtasan) wajib diisi");
    RawHttp.Answer unknown = http.send("PUT", "/api/organisasi/pegawai/199901012020011001/atasan", bkpsdm
        + "Accept: application/json\r\nContent-Type: application/json\r\n",
        "{\"nipAtasan\":\"197212121998031008\"}".getBytes(StandardCharsets.UTF_8));
    JsonNode notFound = apiRefusal(unknown, 404);
    assertThat(notFound.path("title").asText()).as("the controller's own ProblemDetail").isEqualTo("Tidak ditemukan");
    assertThat(notFound.path("message").asText()).contains("199901012020011001");
  }

  /**
   * A client that accepts only an image (a crawler, a fuzzer, an <img> tag pointing at the API) still
   * gets the controller's own refusal, as JSON: Spring used to fail writing the handler's Map body for
   * that Accept header and answered 500.
   */
  @Test
  void api_refusalsOfControllersWithTheirOwnHandlers_areAnsweredEvenToAClientThatAcceptsOnlyImages() throws Exception {
    String bkpsdm = loginHeaders("198506152010012009");
    String images = "Accept: image/png\r\n";
    assertThat(apiRefusal(http.send("GET", "/api/ekspor/hasil-penilaian?tahun=abc&agency=X", bkpsdm + images, null), 400)
        .path("message").asText()).contains("Tahun 'abc' tidak sah");
    assertThat(apiRefusal(http.send("GET", "/api/ekspor/hasil-penilaian?tahun=2026&agency=X", session + images, null), 403)
        .path("message").asText()).contains("hanya untuk BKPSDM");
    assertThat(apiRefusal(http.send("GET", "/api/publik/lacak/abc", images, null), 400).path("message").asText())
        .contains("Kode lacak");
    assertThat(apiRefusal(http.send("GET", "/api/tugas/tidak-ada/sesudahnya", session + images, null), 404)
        .path("message").asText()).contains("Tugas tidak ditemukan");
    assertThat(apiRefusal(http.send("POST", "/api/kegiatan-harian", session + images
        + "Content-Type: application/json\r\n", "{\"tanggal\":\"2000-01-01\",\"uraian\":\"x\"}".getBytes(StandardCharsets.UTF_8)), 400)
        .path("message").asText()).isNotBlank();
  }

  // --- the product's pages ---------------------------------------------------------------------

  @Test
  void pages_unknownAddress_wrongMethod_badForm_brokenUpload_hugeBody_showTheIndonesianErrorPage() throws Exception {
    assertErrorPage(page("GET", "/tidak-ada", null, null), 404, "Alamat yang diminta tidak ditemukan.");
    assertErrorPage(page("DELETE", "/bukti", null, null), 405, "Metode DELETE tidak didukung untuk alamat ini");
    assertErrorPage(page("POST", "/kegiatan-harian", "application/x-www-form-urlencoded",
        "tanggal=kemarin&uraian=Rapat".getBytes(StandardCharsets.UTF_8)), 400, "Isian tidak sah: tanggal.");
    byte[] truncated = java.util.Arrays.copyOf(multipart("XYZ", "laporan.pdf", PDF), 70);
    assertErrorPage(page("POST", "/bukti", "multipart/form-data; boundary=XYZ", truncated), 400,
        "Unggahan tidak dapat dibaca");
    RawHttp.Answer huge = http.exchange(("POST /kegiatan-harian HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        + session + "Accept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        + "Content-Length: 209715200\r\n\r\nuraian=").getBytes(StandardCharsets.ISO_8859_1));
    assertErrorPage(huge, 413, "Isi permintaan terlalu besar.");
  }

  @Test
  void errorJson_forAClientThatAsksForJson_isIndonesianToo() throws Exception {
    RawHttp.Answer answer = send("GET", "/tidak-ada", null, null); // Accept: application/json
    assertThat(answer.status()).isEqualTo(404);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.path("error").asText()).isEqualTo("Tidak ditemukan");
    assertThat(body.path("message").asText()).isEqualTo("Alamat yang diminta tidak ditemukan.");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private JsonNode apiRefusal(RawHttp.Answer answer, int status) throws Exception {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).contains("json");
    assertNoTechnicalText(answer.body());
    return json.readTree(answer.body());
  }

  private void assertErrorPage(RawHttp.Answer answer, int status, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("text/html");
    assertThat(answer.body()).contains("<html lang=\"id\"").contains(message).doesNotContain("Whitelabel");
    assertNoTechnicalText(answer.body());
  }

  private static void assertNoTechnicalText(String body) {
    assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Failed to")
        .doesNotContain("Bad Request").doesNotContain("Not Found").doesNotContain("No message available")
        .doesNotContain("Internal Server Error");
  }

  private RawHttp.Answer upload(String contentType, byte[] body) throws Exception {
    return http.send("POST", "/api/bukti", session + "Accept: application/json\r\nContent-Type: " + contentType + "\r\n",
        body);
  }

  private RawHttp.Answer send(String method, String path, String contentType, String body) throws Exception {
    return http.send(method, path, session + "Accept: application/json\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n"),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  private RawHttp.Answer page(String method, String path, String contentType, byte[] body) throws Exception {
    return http.send(method, path, session + "Accept: text/html,application/xhtml+xml\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n"), body);
  }

  private static byte[] multipart(String boundary, String filename, String content) {
    return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private long evidenceCount() {
    return jdbc.sql("SELECT COUNT(*) FROM berkas_bukti WHERE nip = ?").param(RUDI).query(Long.class).single();
  }

  /** The session cookie and the CSRF token of a logged-in browser, as header lines. */
  private String loginHeaders(String user) throws Exception {
    var cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String loginPage = browser.send(HttpRequest.newBuilder(url("/login")).build(), BodyHandlers.ofString()).body();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(token.find()).isTrue();
    browser.send(HttpRequest.newBuilder(url("/login")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), BodyHandlers.discarding());
    String page = browser.send(HttpRequest.newBuilder(url("/bukti")).build(), BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).as("logged in as " + user).isTrue();
    String cookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("KINERJA_SESSION"))
        .findFirst().orElseThrow().toString();
    return "Cookie: " + cookie + "\r\nX-CSRF-TOKEN: " + csrf.group(1) + "\r\n";
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
