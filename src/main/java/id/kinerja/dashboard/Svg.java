package id.kinerja.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * Small charts as inline SVG, drawn on the server: no script, no external library, nothing the
 * content security policy would have to allow. Every text is escaped here; templates insert the
 * result unescaped.
 */
final class Svg {

  record Segment(String label, long value, String color) {}

  record Bar(String label, double value, String color) {}

  private Svg() {}

  /** One horizontal bar split into segments proportional to their values, with a title per segment. */
  static String stackedBar(List<Segment> segments, int width, int height) {
    long total = segments.stream().mapToLong(Segment::value).sum();
    StringBuilder svg = open(width, height, "Sebaran");
    if (total == 0) {
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#eeeeee\"/>", width, height));
    }
    double x = 0;
    for (Segment segment : segments) {
      if (segment.value() <= 0 || total == 0) {
        continue;
      }
      double w = width * (double) segment.value() / total;
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s: %d</title></rect>",
          x, w, height, color(segment.color()), escape(segment.label()), segment.value()));
      x += w;
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one per row, from a zero line; negative values go left (diverging chart). */
  static String bars(List<Bar> bars, int width, double min, double max, String unit) {
    int rowHeight = 18;
    int labelWidth = Math.min(220, width / 3);
    int chartWidth = width - labelWidth - 60;
    int height = Math.max(rowHeight, bars.size() * rowHeight);
    double lo = Math.min(0, min);
    double hi = Math.max(0, max);
    double span = hi - lo == 0 ? 1 : hi - lo;
    double zero = labelWidth + chartWidth * (-lo / span);
    StringBuilder svg = open(width, height, "Diagram batang");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = i * rowHeight;
      double end = labelWidth + chartWidth * ((bar.value() - lo) / span);
      double x = Math.min(zero, end);
      double w = Math.abs(end - zero);
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
          labelWidth - 4, y + 13, escape(shorten(bar.label(), 32))));
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.2f\" y=\"%.1f\" width=\"%.2f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
          x, y + 3, Math.max(w, 0.5), rowHeight - 6, color(bar.color()), escape(bar.label()), format(bar.value(), unit)));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.2f\" y=\"%.1f\" font-size=\"11\">%s</text>",
          Math.max(zero, end) + 4, y + 13, escape(format(bar.value(), unit))));
    }
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%.2f\" y1=\"0\" x2=\"%.2f\" y2=\"%d\" stroke=\"#555\" stroke-width=\"1\"/>", zero, zero, height));
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(int width, int height, String label) {
    return new StringBuilder(256).append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">",
        escape(label), width, height, width, height));
  }

  private static String format(double value, String unit) {
    String number = value == Math.rint(value) && Math.abs(value) < 1e9
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
    return unit == null || unit.isEmpty() ? number : number + " " + unit;
  }

  private static String shorten(String text, int max) {
    return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Only our own #rrggbb colours pass; anything else becomes grey. */
  private static String color(String color) {
    return color != null && color.matches("#[0-9a-fA-F]{6}") ? color : "#999999";
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
