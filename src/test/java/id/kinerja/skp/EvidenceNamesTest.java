package id.kinerja.skp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is left of a client's file name, and how it goes back out in the download. */
class EvidenceNamesTest {

  @Test
  void pathsAndControlCharacters_areDropped_longNamesKeepTheirExtension() {
    assertThat(EvidenceService.cleanName("C:\\Users\\rudi\\Dokumen\\laporan.pdf")).isEqualTo("laporan.pdf");
    assertThat(EvidenceService.cleanName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    assertThat(EvidenceService.cleanName("a\"b\r\nc.pdf")).isEqualTo("abc.pdf");
    assertThat(EvidenceService.cleanName(null)).isEqualTo("berkas");
    String longName = EvidenceService.cleanName("x".repeat(400) + ".docx");
    assertThat(longName).hasSize(EvidenceService.MAX_NAME).endsWith(".docx");
  }

  @Test
  void nonAsciiNames_areSentInTheEncodedFormToo() {
    assertThat(EvidenceController.attachment("notula.pdf")).isEqualTo("attachment; filename=\"notula.pdf\"");
    assertThat(EvidenceController.attachment("laporan–ringkas.pdf")).contains("filename*=UTF-8''laporan%E2%80%93ringkas.pdf");
  }

  @Test
  void sizesReadInIndonesian() {
    assertThat(EvidenceService.readable(512)).isEqualTo("512 bita");
    assertThat(EvidenceService.readable(5L << 20)).isEqualTo("5 MB");
    assertThat(EvidenceService.readable(6_000_009)).isEqualTo("5,7 MB");
  }
}
