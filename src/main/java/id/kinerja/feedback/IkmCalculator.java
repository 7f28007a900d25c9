package id.kinerja.feedback;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The Indeks Kepuasan Masyarakat of a set of answers, by the formula of PermenPANRB 14/2017:
 * NRR per element = sum of the element's scores / number of respondents; NRR tertimbang = NRR x 1/9;
 * IKM = sum of the weighted NRR (scale 1-4); IKM unit = IKM x 25 (scale 25-100).
 *
 * <p>The weight is exactly 1/9: the regulation writes it as 0,111 for hand calculation, which
 * would make a unit where everyone answered 4 score 99.90 instead of 100. Values are kept at full
 * precision and only the published figures are rounded (NRR to 4, IKM to 4, IKM unit to 2 decimals).
 */
public final class IkmCalculator {

  public static final int ELEMENTS = SkmElement.values().length;
  private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);
  private static final BigDecimal WEIGHT = BigDecimal.ONE.divide(BigDecimal.valueOf(ELEMENTS), PRECISION);
  private static final BigDecimal CONVERSION = BigDecimal.valueOf(25);

  private IkmCalculator() {}

  /**
   * @param respondents number of respondents
   * @param nrr NRR per element (4 decimals), in {@link SkmElement} order
   * @param nrrTertimbang weighted NRR per element (4 decimals)
   * @param ikm sum of the weighted NRR, scale 1-4 (4 decimals)
   * @param ikmKonversi IKM x 25, scale 25-100 (2 decimals); what the category is read from
   */
  public record Result(int respondents, List<BigDecimal> nrr, List<BigDecimal> nrrTertimbang, BigDecimal ikm,
      BigDecimal ikmKonversi) {}

  /** Each answer is nine scores 1-4 in {@link SkmElement} order; null when there is no answer. */
  public static Result compute(Collection<int[]> answers) {
    if (answers.isEmpty()) {
      return null;
    }
    long[] sums = new long[ELEMENTS];
    for (int[] answer : answers) {
      if (answer.length != ELEMENTS) {
        throw new IllegalArgumentException("Satu jawaban SKM berisi sembilan nilai, bukan " + answer.length);
      }
      for (int i = 0; i < ELEMENTS; i++) {
        if (answer[i] < 1 || answer[i] > 4) {
          throw new IllegalArgumentException("Nilai SKM di luar skala 1-4: " + answer[i]);
        }
        sums[i] += answer[i];
      }
    }
    BigDecimal respondents = BigDecimal.valueOf(answers.size());
    List<BigDecimal> nrr = new ArrayList<>();
    List<BigDecimal> weighted = new ArrayList<>();
    BigDecimal ikm = BigDecimal.ZERO;
    for (long sum : sums) {
      BigDecimal elementNrr = BigDecimal.valueOf(sum).divide(respondents, PRECISION);
      BigDecimal elementWeighted = elementNrr.multiply(WEIGHT, PRECISION);
      nrr.add(elementNrr.setScale(4, RoundingMode.HALF_UP));
      weighted.add(elementWeighted.setScale(4, RoundingMode.HALF_UP));
      ikm = ikm.add(elementWeighted, PRECISION);
    }
    return new Result(answers.size(), List.copyOf(nrr), List.copyOf(weighted), ikm.setScale(4, RoundingMode.HALF_UP),
        ikm.multiply(CONVERSION, PRECISION).setScale(2, RoundingMode.HALF_UP));
  }
}
