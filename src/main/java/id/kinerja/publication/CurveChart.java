package id.kinerja.publication;

import id.kinerja.kernel.KurvaDistribusi;
import id.kinerja.kernel.Predikat;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The unit's distribution curve as a bar chart in vector graphics: one bar per predikat (share of
 * the rated employees), and each limit of the DMN as a line at its percentage over the bars it
 * counts, red for a maximum, green for a minimum, dashed where several predikat count together.
 */
final class CurveChart {

  static final float HEIGHT = 230;
  private static final Color BAR = new Color(0x1E, 0x6F, 0xB8);
  private static final Color MAXIMUM = new Color(0xC6, 0x28, 0x28);
  private static final Color MINIMUM = new Color(0x2E, 0x7D, 0x32);

  private CurveChart() {}

  static void draw(PdfLayout pdf, DistributionCurve.Curve curve) {
    pdf.ensureSpace(HEIGHT);
    PDPageContentStream c = pdf.content();
    float top = pdf.y();
    float left = PdfLayout.MARGIN + 34;
    float plotWidth = PdfLayout.WIDTH - 34 - 10;
    float plotHeight = 150;
    float bottom = top - 20 - plotHeight;
    int slots = Predikat.values().length;
    float slot = plotWidth / slots;
    try {
      pdf.write(pdf.bold, 8.5f, PdfLayout.MARGIN, top - 8, "Persentase pegawai unit per predikat ("
          + curve.total() + " pegawai dinilai)");
      // axis and grid at 0, 25, 50, 75, 100 %
      c.setLineWidth(0.4f);
      for (int pct = 0; pct <= 100; pct += 25) {
        float gy = bottom + plotHeight * pct / 100f;
        c.setStrokingColor(pct == 0 ? Color.BLACK : PdfLayout.GREY);
        c.moveTo(left, gy);
        c.lineTo(left + plotWidth, gy);
        c.stroke();
        pdf.write(pdf.regular, 7, PdfLayout.MARGIN + 8, gy - 2.5f, pct + "%");
      }
      c.setStrokingColor(Color.BLACK);
      c.moveTo(left, bottom);
      c.lineTo(left, bottom + plotHeight);
      c.stroke();

      Predikat[] order = Predikat.values();
      for (int i = 0; i < slots; i++) {
        int count = curve.counts().getOrDefault(order[i], 0);
        float share = curve.total() == 0 ? 0 : count * 100f / curve.total();
        float x = left + i * slot + slot * 0.25f;
        float h = plotHeight * share / 100f;
        c.setNonStrokingColor(BAR);
        c.addRect(x, bottom, slot * 0.5f, h);
        c.fill();
        c.setNonStrokingColor(Color.BLACK);
        String value = count + " org (" + Math.round(share) + "%)";
        float valueY = bottom + h + 3;
        // above any limit line drawn through the label, whose own label sits on the line
        for (KurvaDistribusi.Batas limit : curve.limits()) {
          float lineY = bottom + plotHeight * Math.min(100, limit.persen()) / 100f;
          if (limit.predikat().contains(order[i]) && valueY > lineY - 9 && valueY < lineY + 11) {
            valueY = lineY + 12;
          }
        }
        pdf.write(pdf.regular, 7.5f, x + slot * 0.25f - pdf.width(pdf.regular, 7.5f, value) / 2, valueY, value);
        List<String> label = pdf.wrap(pdf.bold, 8, order[i].label(), slot - 4);
        float ly = bottom - 11;
        for (String line : label) {
          pdf.write(pdf.bold, 8, left + i * slot + (slot - pdf.width(pdf.bold, 8, line)) / 2, ly, line);
          ly -= 9.5f;
        }
      }

      for (KurvaDistribusi.Batas limit : curve.limits()) {
        int first = limit.predikat().stream().mapToInt(Enum::ordinal).min().orElse(0);
        int last = limit.predikat().stream().mapToInt(Enum::ordinal).max().orElse(0);
        float ly = bottom + plotHeight * Math.min(100, limit.persen()) / 100f;
        float x1 = left + first * slot + 4;
        float x2 = left + (last + 1) * slot - 4;
        Color color = limit.maks() ? MAXIMUM : MINIMUM;
        c.setStrokingColor(color);
        c.setLineWidth(1.6f);
        c.setLineDashPattern(limit.predikat().size() > 1 ? new float[] {4, 2} : new float[] {}, 0);
        c.moveTo(x1, ly);
        c.lineTo(x2, ly);
        c.stroke();
        c.setLineDashPattern(new float[] {}, 0);
        c.setNonStrokingColor(color);
        String text = (limit.maks() ? "maks " : "min ") + limit.persen() + "%";
        pdf.write(pdf.bold, 7, x2 - pdf.width(pdf.bold, 7, text), ly + 2.5f, text);
        c.setNonStrokingColor(Color.BLACK);
      }
      c.setStrokingColor(Color.BLACK);
      c.setLineWidth(0.5f);

      float legend = bottom - 36;
      legendItem(pdf, PdfLayout.MARGIN, legend, BAR, false, "realisasi unit");
      legendItem(pdf, PdfLayout.MARGIN + 95, legend, MAXIMUM, false, "batas paling banyak");
      legendItem(pdf, PdfLayout.MARGIN + 225, legend, MINIMUM, false, "batas paling sedikit");
      legendItem(pdf, PdfLayout.MARGIN + 355, legend, Color.DARK_GRAY, true, "predikat dihitung bersama");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pdf.gap(HEIGHT - 10);
  }

  private static void legendItem(PdfLayout pdf, float x, float y, Color color, boolean dashed, String text)
      throws IOException {
    PDPageContentStream c = pdf.content();
    c.setStrokingColor(color);
    c.setLineWidth(dashed ? 1.6f : 4f);
    c.setLineDashPattern(dashed ? new float[] {4, 2} : new float[] {}, 0);
    c.moveTo(x, y + 3);
    c.lineTo(x + 16, y + 3);
    c.stroke();
    c.setLineDashPattern(new float[] {}, 0);
    c.setStrokingColor(Color.BLACK);
    c.setLineWidth(0.5f);
    pdf.write(pdf.regular, 7.5f, x + 20, y, text);
  }
}
