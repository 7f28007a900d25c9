package id.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IkmCalculatorTest {

  /**
   * Five respondents, hand-checked (PermenPANRB 14/2017):
   * <pre>
   *        U1 U2 U3 U4 U5 U6 U7 U8 U9
   *   R1    4  4  4  4  4  4  4  4  4
   *   R2    3  3  3  4  3  3  4  3  3
   *   R3    3  2  3  4  3  3  3  3  2
   *   R4    4  3  2  4  3  4  4  3  3
   *   R5    2  3  3  4  3  3  3  2  3
   *   sum  16 15 15 20 16 17 18 15 15   (total 147)
   *   NRR = sum / 5: 3.2 3.0 3.0 4.0 3.2 3.4 3.6 3.0 3.0   (sum of NRR 29.4)
   *   NRR tertimbang = NRR x 1/9: U1 3.2/9 = 0.3556, U4 4.0/9 = 0.4444, U7 3.6/9 = 0.4
   *   IKM = sum of NRR tertimbang = 29.4 / 9 = 3.26667 -> 3.2667
   *   IKM unit = 3.26667 x 25 = 81.6667 -> 81.67: in 76.61-88.30, mutu B (Baik)
   * </pre>
   * With the rounded weight 0.111 of the regulation's worked example: 29.4 x 0.111 x 25 = 81.585,
   * the same category.
   */
  @Test
  void fiveRespondents_matchTheHandCalculation() {
    var result = IkmCalculator.compute(List.of(
        new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4},
        new int[] {3, 3, 3, 4, 3, 3, 4, 3, 3},
        new int[] {3, 2, 3, 4, 3, 3, 3, 3, 2},
        new int[] {4, 3, 2, 4, 3, 4, 4, 3, 3},
        new int[] {2, 3, 3, 4, 3, 3, 3, 2, 3}));

    assertThat(result.respondents()).isEqualTo(5);
    assertThat(result.nrr()).extracting(BigDecimal::toPlainString)
        .containsExactly("3.2000", "3.0000", "3.0000", "4.0000", "3.2000", "3.4000", "3.6000", "3.0000", "3.0000");
    assertThat(result.nrrTertimbang().get(0)).isEqualByComparingTo("0.3556");
    assertThat(result.nrrTertimbang().get(3)).isEqualByComparingTo("0.4444");
    assertThat(result.nrrTertimbang().get(6)).isEqualByComparingTo("0.4000");
    assertThat(result.ikm()).isEqualByComparingTo("3.2667");
    assertThat(result.ikmKonversi()).isEqualByComparingTo("81.67");
  }

  @Test
  void everyoneVeryGood_isExactly100_andEveryoneBad_isExactly25() {
    assertThat(IkmCalculator.compute(List.of(new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4})).ikmKonversi())
        .isEqualByComparingTo("100.00");
    assertThat(IkmCalculator.compute(List.of(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1})).ikmKonversi())
        .isEqualByComparingTo("25.00");
  }

  @Test
  void noAnswers_giveNoIndex_andBrokenAnswersAreRefused() {
    assertThat(IkmCalculator.compute(List.of())).isNull();
    assertThatThrownBy(() -> IkmCalculator.compute(List.<int[]>of(new int[] {4, 4, 4})))
        .hasMessageContaining("sembilan").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IkmCalculator.compute(List.<int[]>of(new int[] {5, 4, 4, 4, 4, 4, 4, 4, 4})))
        .hasMessageContaining("1-4");
  }
}
