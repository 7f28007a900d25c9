package id.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.support.SharedApplicationTest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The anonymous answers and their aggregates on the real schema (Flyway V300), on fixtures whose
 * means and distributions are worked out by hand. Same context as the REST tests (one start-up).
 */
@SharedApplicationTest
class PeerFeedbackServiceTest {

  @Autowired PeerFeedbackService service;
  @Autowired JdbcClient jdbc;

  /** Rudi's peers and subordinates as the demo organisation has them (he has no subordinates). */
  @Test
  void proposal_isThePeers_withoutTheEmployeeAndTheAppraiser() {
    List<PeerFeedbackService.Candidate> proposed = service.proposedRaters(Nip.of("198809092012121010"), "197212121998031008");

    assertThat(proposed).extracting(PeerFeedbackService.Candidate::nip).hasSize(7)
        .contains("199101012015042011", "198506152010012009")
        .doesNotContain("198809092012121010", "197212121998031008");
    assertThat(proposed).extracting(PeerFeedbackService.Candidate::hubungan).containsOnly("rekan kerja");
    assertThat(proposed.get(0).nama()).isNotBlank();
  }

  @Test
  void aUnitHead_isProposedPeersAndDirectSubordinates() {
    // the Kepala BKPSDM: peers are the other heads under the Sekda, subordinates his staff
    List<PeerFeedbackService.Candidate> proposed = service.proposedRaters(Nip.of("197212121998031008"), "197003151995031001");

    assertThat(proposed).filteredOn(c -> c.hubungan().equals("rekan kerja"))
        .extracting(PeerFeedbackService.Candidate::nip).containsExactlyInAnyOrder("197508202000032002", "197304041999031017");
    assertThat(proposed).filteredOn(c -> c.hubungan().equals("bawahan")).hasSize(8);
  }

  @Test
  void twoAnswers_showNothing_theThirdShowsTheAggregates() {
    String nip = "199901012024011001";
    int tahun = 2041;
    service.recordAnswer(PenilaianTahunan.of(nip, tahun), scores(5, 4), "Tanggap");
    service.recordAnswer(PenilaianTahunan.of(nip, tahun), scores(3, 4), null);

    assertThat(service.answerCount(PenilaianTahunan.of(nip, tahun))).isEqualTo(2);
    assertThat(service.aggregates(PenilaianTahunan.of(nip, tahun))).isEmpty();
    PeerFeedbackService.Summary tooFew = service.summary(PenilaianTahunan.of(nip, tahun));
    assertThat(tooFew.shown()).isFalse();
    assertThat(tooFew.perNilai()).isEmpty();
    assertThat(tooFew.komentar()).as("comments are hidden below the threshold too").isEmpty();
    assertThat(PeerFeedbackSummaryText.of(tooFew))
        .isEqualTo("Belum cukup jawaban (kurang dari 3) — ringkasan tidak ditampilkan agar penilai tidak dapat dikenali."
            + " Jawaban masuk: 2.");

    service.recordAnswer(PenilaianTahunan.of(nip, tahun), scores(3, 1), "Perlu lebih *teliti* | cek ulang");

    Map<NilaiBerakhlak, PeerFeedbackService.ValueAggregate> aggregates = service.aggregates(PenilaianTahunan.of(nip, tahun)).orElseThrow();
    // Berorientasi Pelayanan: 5, 3, 3 -> mean 3.67, one 5 and two 3s
    var pelayanan = aggregates.get(NilaiBerakhlak.BERORIENTASI_PELAYANAN);
    assertThat(pelayanan.jumlah()).isEqualTo(3);
    assertThat(pelayanan.rataRata()).isCloseTo(11.0 / 3, within(1e-9));
    assertThat(pelayanan.sebaran()).containsExactly(0, 0, 2, 0, 1);
    // every other value: 4, 4, 1 -> mean 3.00
    var kolaboratif = aggregates.get(NilaiBerakhlak.KOLABORATIF);
    assertThat(kolaboratif.rataRata()).isEqualTo(3.0);
    assertThat(kolaboratif.sebaran()).containsExactly(1, 0, 0, 2, 0);
    assertThat(aggregates).hasSize(7);

    String text = PeerFeedbackSummaryText.of(service.summary(PenilaianTahunan.of(nip, tahun)));
    assertThat(text).startsWith("3 jawaban")
        .contains("| Berorientasi Pelayanan | 3 | 3,67 | 0 | 0 | 2 | 0 | 1 |")
        .contains("| Kolaboratif | 3 | 3,00 | 1 | 0 | 0 | 2 | 0 |")
        // sorted, not in the order given; the rater's Markdown is shown as text
        .containsSubsequence("- Perlu lebih \\*teliti\\* \\| cek ulang", "- Tanggap");
  }

  @Test
  void answersAreStoredWithoutTheRater_andWithoutATime() {
    String nip = "199901012024011002";
    service.recordAnswer(PenilaianTahunan.of(nip, 2041), scores(2, 2), "Baik");

    List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM umpan_balik_360 WHERE nip_dinilai = ?").param(nip)
        .query().listOfRows();
    assertThat(rows).hasSize(7);
    assertThat(rows).extracting(row -> row.get("JAWABAN_ID")).containsOnly(rows.get(0).get("JAWABAN_ID"));
    assertThat(jdbc.sql("SELECT * FROM umpan_balik_360_komentar WHERE nip_dinilai = ?").param(nip).query()
        .singleRow().keySet()).containsExactlyInAnyOrder("ID", "NIP_DINILAI", "TAHUN", "KOMENTAR");
  }

  @Test
  void aScoreOutsideOneToFive_isRefusedByTheDatabaseToo() {
    assertThatThrownBy(() -> service.recordAnswer(PenilaianTahunan.of("199901012024011003", 2041), scores(6, 3), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> jdbc.sql("""
            INSERT INTO umpan_balik_360 (id, jawaban_id, nip_dinilai, tahun, nilai, skor)
            VALUES ('x', 'y', '199901012024011003', 2041, 'LOYAL', 0)""").update())
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(service.answerCount(PenilaianTahunan.of("199901012024011003", 2041))).isZero();
  }

  /** Berorientasi Pelayanan gets the first score, the other six values the second. */
  private static Map<NilaiBerakhlak, Integer> scores(int pelayanan, int others) {
    Map<NilaiBerakhlak, Integer> scores = new EnumMap<>(NilaiBerakhlak.class);
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      scores.put(nilai, nilai == NilaiBerakhlak.BERORIENTASI_PELAYANAN ? pelayanan : others);
    }
    return scores;
  }
}
