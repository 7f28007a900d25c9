package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.SharedPostgresDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Evidence files in PostgreSQL's BYTEA column: every byte value comes back as it went in. */
@SharedApplicationTest
@SharedPostgresDatabase
class EvidencePostgresTest {

  @Autowired EvidenceService evidence;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void binaryContent_isStoredAndServedByteForByte() throws Exception {
    byte[] pdf = new byte[5 + 3 * 256];
    System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 5);
    for (int i = 5; i < pdf.length; i++) {
      pdf[i] = (byte) i;
    }

    var stored = evidence.store(EvidenceTest.PEGAWAI, id.kinerja.kernel.Tahun.of(2026), "hasil pindai.pdf", pdf);

    assertThat(jdbc.sql("SELECT data_type FROM information_schema.columns WHERE table_name = 'berkas_bukti' AND column_name = 'isi'")
        .query(String.class).single()).isEqualTo("bytea");
    assertThat(evidence.content(stored.id()).orElseThrow().bytes()).isEqualTo(pdf);
    assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(stored.ukuran()).isEqualTo(pdf.length);
    mvc.perform(get("/api/bukti/" + stored.id()).with(user(EvidenceTest.PEGAWAI)))
        .andExpect(status().isOk())
        .andExpect(content().bytes(pdf));
  }

  @Test
  void refusedFile_leavesNoRow() {
    long before = jdbc.sql("SELECT COUNT(*) FROM berkas_bukti").query(Long.class).single();
    assertThatThrownBy(() -> evidence.store(EvidenceTest.PEGAWAI, id.kinerja.kernel.Tahun.of(2026), "skrip.pdf",
        "<script>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EvidenceService.InvalidEvidenceException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM berkas_bukti").query(Long.class).single()).isEqualTo(before);
  }
}
