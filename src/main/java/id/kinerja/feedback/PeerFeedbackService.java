package id.kinerja.feedback;

import id.kinerja.kernel.NilaiBerakhlak;
import id.kinerja.kernel.Nip;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.organisation.OrganisationLookup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 360 feedback: who is proposed and allowed as a rater, the anonymous answers, and their
 * aggregates. The transaction boundary for the delegates and listeners of the feature.
 */
@Service
@Transactional
public class PeerFeedbackService {

  private final JdbcClient jdbc;
  private final OrganisationLookup organisasi;

  public PeerFeedbackService(DataSource dataSource, OrganisationLookup organisasi) {
    this.jdbc = JdbcClient.create(dataSource);
    this.organisasi = organisasi;
  }

  /** A proposed rater, as offered on the appraiser's form. */
  public record Candidate(String nip, String nama, String hubungan) {}

  /** The aggregate of one BerAKHLAK value: how many scored it, the mean, and how many gave 1..5. */
  public record ValueAggregate(NilaiBerakhlak nilai, int jumlah, double rataRata, List<Integer> sebaran) {}

  /**
   * What the appraiser may see of an employee's year: the number of answers and, only when there
   * are at least {@link PeerFeedbackProcess#MIN_ANSWERS}, the aggregates per value and the
   * comments (sorted, so their order tells nothing).
   */
  public record Summary(int jawaban, List<ValueAggregate> perNilai, List<String> komentar) {
    public boolean shown() {
      return jawaban >= PeerFeedbackProcess.MIN_ANSWERS;
    }
  }

  /** Peers (same supervisor) and direct subordinates, active, without the employee and the appraiser. */
  @Transactional(readOnly = true)
  public List<Candidate> proposedRaters(Nip dinilai, String appraiser) {
    String nip = dinilai.value();
    List<Candidate> candidates = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>(List.of(nip));
    if (appraiser != null) {
      seen.add(appraiser);
    }
    for (String peer : organisasi.peersOf(nip)) {
      if (seen.add(peer)) {
        candidates.add(new Candidate(peer, organisasi.nameOf(peer), "rekan kerja"));
      }
    }
    for (String subordinate : organisasi.subordinatesOf(nip)) {
      if (seen.add(subordinate)) {
        candidates.add(new Candidate(subordinate, organisasi.nameOf(subordinate), "bawahan"));
      }
    }
    return candidates;
  }

  /**
   * Stores one rater's answer without the rater: seven scores under a random answer id, the
   * comment on its own, neither with a time.
   */
  public void recordAnswer(PenilaianTahunan dinilai, Map<NilaiBerakhlak, Integer> skor, String komentar) {
    if (skor.size() != NilaiBerakhlak.values().length) {
      throw new IllegalArgumentException("Jawaban 360 harus memberi skor untuk ketujuh nilai BerAKHLAK");
    }
    skor.forEach((nilai, value) -> {
      if (value == null || value < 1 || value > 5) {
        throw new IllegalArgumentException("Skor " + nilai.label() + " harus 1 sampai 5");
      }
    });
    String jawabanId = UUID.randomUUID().toString();
    skor.forEach((nilai, value) -> {
      jdbc.sql("INSERT INTO umpan_balik_360 (id, jawaban_id, nip_dinilai, tahun, nilai, skor) VALUES (?, ?, ?, ?, ?, ?)")
          .params(UUID.randomUUID().toString(), jawabanId, dinilai.nip().value(), dinilai.tahun().value(), nilai.name(),
              value.shortValue())
          .update();
    });
    if (komentar != null && !komentar.isBlank()) {
      jdbc.sql("INSERT INTO umpan_balik_360_komentar (id, nip_dinilai, tahun, komentar) VALUES (?, ?, ?, ?)")
          .params(UUID.randomUUID().toString(), dinilai.nip().value(), dinilai.tahun().value(), komentar.strip())
          .update();
    }
  }

  /** Number of answers given about the employee's year. */
  @Transactional(readOnly = true)
  public int answerCount(PenilaianTahunan dinilai) {
    return jdbc.sql("SELECT COUNT(DISTINCT jawaban_id) FROM umpan_balik_360 WHERE nip_dinilai = ? AND tahun = ?")
        .params(dinilai.nip().value(), dinilai.tahun().value()).query(Integer.class).single();
  }

  /**
   * Per-value aggregates of the employee's year (count, mean, distribution of 1..5), or empty
   * when fewer than {@link PeerFeedbackProcess#MIN_ANSWERS} answers exist.
   */
  @Transactional(readOnly = true)
  public Optional<Map<NilaiBerakhlak, ValueAggregate>> aggregates(PenilaianTahunan dinilai) {
    if (answerCount(dinilai) < PeerFeedbackProcess.MIN_ANSWERS) {
      return Optional.empty();
    }
    Map<NilaiBerakhlak, int[]> counts = new EnumMap<>(NilaiBerakhlak.class);
    jdbc.sql("""
            SELECT nilai, skor, COUNT(*) AS jumlah FROM umpan_balik_360
            WHERE nip_dinilai = ? AND tahun = ? GROUP BY nilai, skor""")
        .params(dinilai.nip().value(), dinilai.tahun().value())
        .query((rs, i) -> {
          counts.computeIfAbsent(NilaiBerakhlak.valueOf(rs.getString("nilai")), n -> new int[5])
              [rs.getInt("skor") - 1] = rs.getInt("jumlah");
          return null;
        }).list();
    Map<NilaiBerakhlak, ValueAggregate> aggregates = new EnumMap<>(NilaiBerakhlak.class);
    for (NilaiBerakhlak nilai : NilaiBerakhlak.values()) {
      int[] c = counts.getOrDefault(nilai, new int[5]);
      int jumlah = 0;
      int total = 0;
      List<Integer> sebaran = new ArrayList<>();
      for (int skor = 1; skor <= 5; skor++) {
        jumlah += c[skor - 1];
        total += skor * c[skor - 1];
        sebaran.add(c[skor - 1]);
      }
      aggregates.put(nilai, new ValueAggregate(nilai, jumlah, jumlah == 0 ? 0 : (double) total / jumlah,
          List.copyOf(sebaran)));
    }
    return Optional.of(aggregates);
  }

  /** What the appraiser's form shows; see {@link Summary}. */
  @Transactional(readOnly = true)
  public Summary summary(PenilaianTahunan dinilai) {
    int jawaban = answerCount(dinilai);
    Optional<Map<NilaiBerakhlak, ValueAggregate>> aggregates = aggregates(dinilai);
    if (aggregates.isEmpty()) {
      return new Summary(jawaban, List.of(), List.of());
    }
    List<String> komentar = new ArrayList<>(jdbc.sql(
            "SELECT komentar FROM umpan_balik_360_komentar WHERE nip_dinilai = ? AND tahun = ?")
        .params(dinilai.nip().value(), dinilai.tahun().value()).query(String.class).list());
    Collections.sort(komentar);
    return new Summary(jawaban, List.copyOf(aggregates.get().values()), List.copyOf(komentar));
  }
}
