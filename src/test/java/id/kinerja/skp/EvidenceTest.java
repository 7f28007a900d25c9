package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.security.Roles;
import id.kinerja.support.SharedApplicationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bukti dukung on the demo organisation: Rudi uploads, his appraiser and atasan may open, a peer not. */
@SharedApplicationTest
class EvidenceTest {

  static final String PEGAWAI = "198809092012121010";      // Rudi Hartono

  static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired EvidenceService evidence;
  @Autowired OrganisationLookup organisasi;
  @Autowired JdbcClient jdbc;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void validPdfAndPng_areStored_andTheOwnerGetsThemBackAsDownloads() throws Exception {
    long pdf = upload(new MockMultipartFile("berkas", "laporan triwulan.pdf", "application/pdf", PDF));
    byte[] png = png();
    long image = upload(new MockMultipartFile("berkas", "foto-kegiatan.PNG", "image/png", png));

    mvc.perform(get("/api/bukti/" + pdf).with(user(PEGAWAI)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"laporan triwulan.pdf\""))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(content().bytes(PDF));
    mvc.perform(get("/api/bukti/" + image).with(user(PEGAWAI)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "image/png"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"foto-kegiatan.PNG\""))
        .andExpect(content().bytes(png));
    assertThat(evidence.find(pdf).orElseThrow().sha256())
        .isEqualTo("%064x".formatted(new java.math.BigInteger(1,
            java.security.MessageDigest.getInstance("SHA-256").digest(PDF))));
  }

  @Test
  void fileWhoseContentIsNotAnAllowedType_isRefused_whateverItsNameOrClaimedType() throws Exception {
    long before = count();
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};

    refused(new MockMultipartFile("berkas", "laporan.pdf", "application/pdf", exe), "Jenis berkas tidak diizinkan");
    refused(new MockMultipartFile("berkas", "laporan.pdf", "application/pdf", html), "Jenis berkas tidak diizinkan");
    // right content, wrong name: an archive is only accepted as the Office file its name says it is
    refused(new MockMultipartFile("berkas", "arsip.zip", "application/zip", zip), ".docx atau .xlsx");
    refused(new MockMultipartFile("berkas", "foto.pdf", "application/pdf", png()), ".png");
    mvc.perform(multipart("/api/bukti").file(new MockMultipartFile("berkas", "a.pdf", "application/pdf", PDF))
            .param("tahun", "1999").with(user(PEGAWAI)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString("Tahun 1999 tidak sah")));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void emptyAndTooLargeFiles_areRefusedWithTheRuleNamed() throws Exception {
    long before = count();
    refused(new MockMultipartFile("berkas", "kosong.pdf", "application/pdf", new byte[0]), "Berkas kosong");
    byte[] large = Arrays.copyOf(PDF, (int) evidence.maxSize().toBytes() + 1);
    refused(new MockMultipartFile("berkas", "besar.pdf", "application/pdf", large), "paling besar 5 MB");
    assertThat(count()).isEqualTo(before);

    // exactly at the limit is still allowed
    upload(new MockMultipartFile("berkas", "pas.pdf", "application/pdf", Arrays.copyOf(PDF, (int) evidence.maxSize().toBytes())));
  }

  @Test
  void appraiserAtasanAndBkpsdmMayOpen_aPeerMayNot_andAnonymousMustLogIn() throws Exception {
    long id = upload(new MockMultipartFile("berkas", "notula.pdf", "application/pdf", PDF));
    String appraiser = organisasi.appraiserOf(PEGAWAI);
    String atasan = organisasi.atasanPenilaiOf(PEGAWAI);
    String peer = organisasi.peersOf(PEGAWAI).stream().findFirst().orElseThrow();

    mvc.perform(get("/api/bukti/" + id).with(user(appraiser))).andExpect(status().isOk()).andExpect(content().bytes(PDF));
    mvc.perform(get("/api/bukti/" + id).with(user(atasan))).andExpect(status().isOk());
    mvc.perform(get("/api/bukti/" + id).with(user("198506152010012009").authorities(
        new org.springframework.security.core.authority.SimpleGrantedAuthority(Roles.authorityOf(Roles.BKPSDM)))))
        .andExpect(status().isOk());
    mvc.perform(get("/api/bukti/" + id).with(user(peer)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message", containsString("tidak berhak")));
    mvc.perform(get("/api/bukti/" + id)).andExpect(status().isUnauthorized());
    mvc.perform(get("/bukti").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
    mvc.perform(get("/api/bukti/999999999").with(user(PEGAWAI))).andExpect(status().isNotFound());
  }

  @Test
  void uploadWithoutCsrfToken_isRefused() throws Exception {
    long before = count();
    mvc.perform(multipart("/api/bukti").file(new MockMultipartFile("berkas", "a.pdf", "application/pdf", PDF)).with(user(PEGAWAI)))
        .andExpect(status().isForbidden());
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void page_uploadsAndListsTheOwnFilesWithTheirLinks() throws Exception {
    mvc.perform(multipart("/bukti").file(new MockMultipartFile("berkas", "daftar-hadir.pdf", "application/pdf", PDF))
            .with(user(PEGAWAI)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/bukti"))
        .andExpect(flash().attribute("tautanBaru", startsWith("http://localhost/api/bukti/")));
    mvc.perform(multipart("/bukti").file(new MockMultipartFile("berkas", "virus.pdf", "application/pdf", "MZ".getBytes()))
            .with(user(PEGAWAI)).with(csrf()))
        .andExpect(redirectedUrl("/bukti"))
        .andExpect(flash().attribute("masalah", containsString("Jenis berkas tidak diizinkan")));

    mvc.perform(get("/bukti").with(user(PEGAWAI)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bukti dukung")))
        .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(containsString("daftar-hadir.pdf")))
        .andExpect(content().string(containsString("http://localhost/api/bukti/")));
    // someone else's list does not show Rudi's files
    mvc.perform(get("/bukti").with(user(organisasi.appraiserOf(PEGAWAI))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("daftar-hadir.pdf"))));
  }

  private long upload(MockMultipartFile file) throws Exception {
    String body = mvc.perform(multipart("/api/bukti").file(file).with(user(PEGAWAI)).with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.nama").value(file.getOriginalFilename()))
        .andExpect(jsonPath("$.url", startsWith("http://localhost/api/bukti/")))
        .andReturn().getResponse().getContentAsString();
    return json.readTree(body).get("id").asLong();
  }

  private void refused(MockMultipartFile file, String reason) throws Exception {
    mvc.perform(multipart("/api/bukti").file(file).with(user(PEGAWAI)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message", containsString(reason)));
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM berkas_bukti WHERE nip = ?").param(PEGAWAI).query(Long.class).single();
  }

  static byte[] png() throws Exception {
    var image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0x1E88E5);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
