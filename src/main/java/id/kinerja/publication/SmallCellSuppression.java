package id.kinerja.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing a distribution of people without singling anybody out.
 *
 * <ol>
 *   <li>Fewer than {@code min} people in the whole unit: nothing but "fewer than min" is published.</li>
 *   <li>Every cell with fewer than {@code min} people (zero included, so a hidden cell never tells
 *       "nobody" from "one person") is hidden.</li>
 *   <li>Differencing: the total is published, so a hidden cell must not be recoverable from it. When
 *       exactly one cell is hidden, total minus the shown cells would give it away, so the smallest
 *       shown cell is hidden too (secondary suppression): then only the sum of two or more hidden
 *       cells can be computed, never one of them.</li>
 * </ol>
 * The same rule runs for the page and the JSON. No sums over several units are published, so no
 * unit's cells can be recovered by subtracting published figures of other units either.
 */
final class SmallCellSuppression {

  private SmallCellSuppression() {}

  /** One cell; {@code count} is null when hidden. */
  record Cell(String key, String label, Long count) {
    public boolean hidden() {
      return count == null;
    }
  }

  /** {@code total} is null when the whole distribution is withheld. */
  record Distribution(boolean published, Long total, List<Cell> cells) {}

  /** @param counts cell key to count, in display order; @param labels cell key to label */
  static Distribution apply(Map<String, Long> counts, Map<String, String> labels, int min) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (total < min) {
      List<Cell> hidden = counts.keySet().stream().map(k -> new Cell(k, labels.get(k), null)).toList();
      return new Distribution(false, null, hidden);
    }
    Map<String, Long> shown = new LinkedHashMap<>(counts);
    int hiddenCells = 0;
    for (var entry : counts.entrySet()) {
      if (entry.getValue() < min) {
        shown.remove(entry.getKey());
        hiddenCells++;
      }
    }
    if (hiddenCells == 1 && !shown.isEmpty()) {
      var smallest = shown.entrySet().stream().min(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow();
      shown.remove(smallest.getKey());
    }
    List<Cell> cells = new ArrayList<>();
    counts.keySet().forEach(k -> cells.add(new Cell(k, labels.get(k), shown.get(k))));
    return new Distribution(true, total, cells);
  }
}
