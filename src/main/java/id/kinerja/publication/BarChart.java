package id.kinerja.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of a distribution as numbers for an inline SVG the template draws (no
 * script, no markup built in Java). Hidden cells get no bar, only the words "kurang dari n".
 */
record BarChart(int width, int height, List<Bar> bars) {

  static final int LABEL_WIDTH = 130;
  static final int BAR_AREA = 170;
  static final int ROW = 30;

  record Bar(String label, String value, int y, int barWidth, int textX) {}

  static BarChart of(SmallCellSuppression.Distribution distribution) {
    long max = distribution.cells().stream().filter(c -> !c.hidden()).mapToLong(SmallCellSuppression.Cell::count).max().orElse(0);
    List<Bar> bars = new ArrayList<>();
    int y = 8;
    for (SmallCellSuppression.Cell cell : distribution.cells()) {
      int w = cell.hidden() || max == 0 ? 0 : (int) Math.round(BAR_AREA * (double) cell.count() / max);
      bars.add(new Bar(cell.label(), cell.hidden() ? "disembunyikan" : String.valueOf(cell.count()), y, w,
          LABEL_WIDTH + w + 6));
      y += ROW;
    }
    return new BarChart(LABEL_WIDTH + BAR_AREA + 100, y + 4, bars);
  }
}
