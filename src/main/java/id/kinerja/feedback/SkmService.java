package id.kinerja.feedback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survei Kepuasan Masyarakat: stores anonymous answers per service unit and computes the unit's
 * IKM per period ({@link IkmCalculator}) with its quality category from the DMN
 * {@value #DECISION_MUTU}, which a process owner may change.
 */
@Service
public class SkmService {

  public static final String DECISION_MUTU = "mutu-pelayanan-ikm";
  static final String DECISION_MUTU_INPUT = "ikmKonversi";
  static final String DECISION_MUTU_OUTPUT_MUTU = "mutu";
  static final String DECISION_MUTU_OUTPUT_KINERJA = "kinerja";

  /** Optional respondent profile, as bands of the official questionnaire. */
  public static final Map<String, String> AGE_BANDS = ordered(
      "U17", "di bawah 20 tahun", "U20", "20-29 tahun", "U30", "30-39 tahun", "U40", "40-49 tahun", "U50", "50 tahun ke atas");
  public static final Map<String, String> SEXES = ordered("L", "Laki-laki", "P", "Perempuan");
  public static final Map<String, String> EDUCATION = ordered(
      "SD", "SD ke bawah", "SMP", "SMP", "SMA", "SMA/SMK", "D3", "Diploma (D1-D3)", "S1", "D4/S1", "S2", "S2 ke atas");
  public static final Map<String, String> JOBS = ordered(
      "PNS", "PNS/TNI/Polri", "SWASTA", "Pegawai swasta", "WIRAUSAHA", "Wirausaha", "PELAJAR", "Pelajar/mahasiswa",
      "LAINNYA", "Lainnya");

  private final JdbcClient jdbc;
  private final ServiceUnits units;
  private final DecisionService decisions;
  private final SkmPeriodScheme scheme;
  private final Clock clock;

  SkmService(JdbcClient jdbc, ServiceUnits units, DecisionService decisions,
      @Value("${kinerja.publik.skm.periode:SEMESTER}") SkmPeriodScheme scheme, java.util.Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.units = units;
    this.decisions = decisions;
    this.scheme = scheme;
    this.clock = clock.orElse(Clock.systemDefaultZone());
  }

  /** One filled questionnaire: the nine scores in {@link SkmElement} order and the optional profile. */
  public record Answer(List<Integer> scores, String kelompokUmur, String jenisKelamin, String pendidikan,
      String pekerjaan) {}

  public record Category(String mutu, String kinerja) {}

  public record PeriodIkm(String label, int period, IkmCalculator.Result result, Category category) {}

  public record YearIkm(String unitCode, int year, SkmPeriodScheme scheme, List<PeriodIkm> periods,
      IkmCalculator.Result wholeYear, Category wholeYearCategory) {}

  public SkmPeriodScheme scheme() {
    return scheme;
  }

  @Transactional
  public void record(String unitCode, Answer answer) {
    List<String> problems = new ArrayList<>();
    if (units.find(unitCode).isEmpty()) {
      problems.add("Unit layanan tidak dikenal");
    }
    List<Integer> scores = answer.scores() == null ? List.of() : answer.scores();
    SkmElement[] elements = SkmElement.values();
    for (int i = 0; i < elements.length; i++) {
      Integer score = i < scores.size() ? scores.get(i) : null;
      if (score == null) {
        problems.add(elements[i].label() + ": wajib dipilih");
      } else if (score < 1 || score > 4) {
        problems.add(elements[i].label() + ": pilih nilai 1 sampai 4");
      }
    }
    if (scores.size() > elements.length) {
      problems.add("Jawaban berisi lebih dari sembilan unsur");
    }
    checkOption("Kelompok umur", answer.kelompokUmur(), AGE_BANDS.keySet(), problems);
    checkOption("Jenis kelamin", answer.jenisKelamin(), SEXES.keySet(), problems);
    checkOption("Pendidikan", answer.pendidikan(), EDUCATION.keySet(), problems);
    checkOption("Pekerjaan", answer.pekerjaan(), JOBS.keySet(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidPublicInputException(problems);
    }
    jdbc.sql("""
            INSERT INTO skm_respons (unit_code, diisi_pada, u1, u2, u3, u4, u5, u6, u7, u8, u9,
              kelompok_umur, jenis_kelamin, pendidikan, pekerjaan)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(unitCode, LocalDateTime.now(clock), scores.get(0), scores.get(1), scores.get(2), scores.get(3),
            scores.get(4), scores.get(5), scores.get(6), scores.get(7), scores.get(8),
            blankToNull(answer.kelompokUmur()), blankToNull(answer.jenisKelamin()), blankToNull(answer.pendidikan()),
            blankToNull(answer.pekerjaan()))
        .update();
  }

  /** The unit's IKM for every period of the year and for the whole year; results are null without answers. */
  public YearIkm ikm(String unitCode, int year) {
    List<PeriodIkm> periods = new ArrayList<>();
    List<int[]> all = new ArrayList<>();
    for (int p = 1; p <= scheme.periods(); p++) {
      List<int[]> answers = answers(unitCode, scheme.start(year, p), scheme.end(year, p));
      all.addAll(answers);
      IkmCalculator.Result result = IkmCalculator.compute(answers);
      periods.add(new PeriodIkm(scheme.label(year, p), p, result, category(result)));
    }
    IkmCalculator.Result whole = IkmCalculator.compute(all);
    return new YearIkm(unitCode, year, scheme, periods, whole, category(whole));
  }

  public long respondents(String unitCode, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM skm_respons WHERE unit_code = ? AND diisi_pada >= ? AND diisi_pada < ?")
        .params(unitCode, LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0))
        .query(Long.class).single();
  }

  /** The quality category of an IKM unit value (25-100), from the DMN. */
  public Category category(BigDecimal ikmKonversi) {
    var result = decisions.evaluateDecisionTableByKey(DECISION_MUTU,
        Variables.putValue(DECISION_MUTU_INPUT, ikmKonversi.doubleValue())).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("DMN " + DECISION_MUTU + " tidak punya kategori untuk IKM " + ikmKonversi);
    }
    return new Category(result.getEntry(DECISION_MUTU_OUTPUT_MUTU), result.getEntry(DECISION_MUTU_OUTPUT_KINERJA));
  }

  private Category category(IkmCalculator.Result result) {
    return result == null ? null : category(result.ikmKonversi());
  }

  private List<int[]> answers(String unitCode, LocalDateTime from, LocalDateTime until) {
    return jdbc.sql("""
            SELECT u1, u2, u3, u4, u5, u6, u7, u8, u9 FROM skm_respons
            WHERE unit_code = ? AND diisi_pada >= ? AND diisi_pada < ?""")
        .params(unitCode, from, until)
        .query((rs, n) -> {
          int[] scores = new int[IkmCalculator.ELEMENTS];
          for (int i = 0; i < scores.length; i++) {
            scores[i] = rs.getInt(i + 1);
          }
          return scores;
        }).list();
  }

  private static void checkOption(String label, String value, Set<String> allowed, List<String> problems) {
    if (value != null && !value.isBlank() && !allowed.contains(value)) {
      problems.add(label + ": pilihan tidak dikenal");
    }
  }

  private static Map<String, String> ordered(String... keysAndLabels) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndLabels.length; i += 2) {
      map.put(keysAndLabels[i], keysAndLabels[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
