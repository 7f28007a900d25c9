package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

  private static Map<String, Long> counts(long sangatBaik, long baik, long butuh, long kurang, long sangatKurang) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("SANGAT_BAIK", sangatBaik);
    counts.put("BAIK", baik);
    counts.put("BUTUH_PERBAIKAN", butuh);
    counts.put("KURANG_MISCONDUCT", kurang);
    counts.put("SANGAT_KURANG", sangatKurang);
    return counts;
  }

  private static SmallCellSuppression.Distribution apply(Map<String, Long> counts) {
    return SmallCellSuppression.apply(counts, PublicResultsService.PREDIKAT, 5);
  }

  @Test
  void unitWithFewerThanFiveRated_publishesNothing() {
    var d = apply(counts(1, 2, 1, 0, 0));
    assertThat(d.published()).isFalse();
    assertThat(d.total()).isNull();
    assertThat(d.cells()).allMatch(SmallCellSuppression.Cell::hidden);
  }

  @Test
  void largeCells_areShown_smallAndEmptyOnesHidden() {
    var d = apply(counts(6, 12, 7, 0, 0));
    assertThat(d.total()).isEqualTo(25);
    assertThat(d.cells()).extracting(SmallCellSuppression.Cell::count).containsExactly(6L, 12L, 7L, null, null);
  }

  @Test
  void oneHiddenCell_couldBeComputedFromTheTotal_soTheSmallestShownCellIsHiddenToo() {
    // 5 + 10 + 7 + 8 = 30 and one person "Sangat Kurang": total - shown would reveal that one person
    var d = apply(counts(5, 10, 7, 8, 1));
    assertThat(d.total()).isEqualTo(31);
    assertThat(d.cells()).extracting(SmallCellSuppression.Cell::count).containsExactly(null, 10L, 7L, 8L, null);
  }

  @Test
  void severalHiddenCells_stayHidden_onlyTheirSumFollowsFromTheTotal() {
    // 2 + 1 + 0 hidden: total - shown = 3 people somewhere in three categories, none of them known
    var d = apply(counts(9, 6, 2, 1, 0));
    assertThat(d.cells()).extracting(SmallCellSuppression.Cell::count).containsExactly(9L, 6L, null, null, null);
  }

  @Test
  void everyCellLarge_nothingHidden() {
    var d = apply(counts(5, 20, 9, 6, 5));
    assertThat(d.cells()).noneMatch(SmallCellSuppression.Cell::hidden);
  }
}
