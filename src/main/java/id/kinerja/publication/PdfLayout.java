package id.kinerja.publication;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A4 pages with running text, key-value blocks and tables that wrap and break across pages, drawn
 * with PDFBox. The fonts are DejaVu Sans Condensed, embedded as subsets, so every Latin letter an
 * Indonesian name may carry (é, ü, ...) prints; a character the font lacks prints as "?" instead
 * of failing the document.
 */
final class PdfLayout implements AutoCloseable {

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN = 50;
  static final float BOTTOM = 60;
  static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  static final Color GREY = new Color(0xE8, 0xEC, 0xF0);
  static final Color LINE = new Color(0x70, 0x78, 0x80);

  private final PDDocument document = new PDDocument();
  final PDType0Font regular;
  final PDType0Font bold;
  private final String footer;
  private final String watermark;
  private PDPageContentStream content;
  private float y;

  PdfLayout(String title, String footer, String watermark) {
    this.footer = footer;
    this.watermark = watermark;
    try {
      regular = font("/fonts/DejaVuSansCondensed.ttf");
      bold = font("/fonts/DejaVuSansCondensed-Bold.ttf");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Kinerja");
    info.setProducer("Kinerja (Apache PDFBox)");
    newPage();
  }

  private PDType0Font font(String resource) throws IOException {
    try (InputStream in = PdfLayout.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("Font " + resource + " is missing from the application");
      }
      return PDType0Font.load(document, in, true);
    }
  }

  float y() {
    return y;
  }

  PDPageContentStream content() {
    return content;
  }

  void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PAGE.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  void ensureSpace(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  void gap(float points) {
    y -= points;
  }

  void centered(String text, PDType0Font font, float size) {
    String clean = clean(font, text);
    float width = width(font, size, clean);
    ensureSpace(size * 1.5f);
    write(font, size, (PAGE.getWidth() - width) / 2, y - size, clean);
    y -= size * 1.5f;
  }

  void heading(String text) {
    ensureSpace(40);
    y -= 6;
    write(bold, 11, MARGIN, y - 11, clean(bold, text));
    y -= 16;
  }

  void paragraph(String text, PDType0Font font, float size) {
    for (String line : wrap(font, size, text, WIDTH)) {
      ensureSpace(size * 1.35f);
      write(font, size, MARGIN, y - size, line);
      y -= size * 1.35f;
    }
  }

  /** Label and value rows: "Nama : ...". */
  void fields(List<String[]> rows) {
    float labelWidth = 150;
    for (String[] row : rows) {
      List<String> lines = wrap(regular, 9.5f, row[1] == null ? "-" : row[1], WIDTH - labelWidth - 10);
      ensureSpace(lines.size() * 13f);
      write(regular, 9.5f, MARGIN, y - 9.5f, clean(regular, row[0]));
      write(regular, 9.5f, MARGIN + labelWidth - 6, y - 9.5f, ":");
      for (String line : lines) {
        write(regular, 9.5f, MARGIN + labelWidth, y - 9.5f, line);
        y -= 13f;
      }
    }
  }

  /** A table with a grey header row, repeated on every page it runs onto; widths are fractions. */
  void table(float[] fractions, String[] header, List<String[]> rows) {
    float size = 8.5f;
    float[] widths = new float[fractions.length];
    for (int i = 0; i < fractions.length; i++) {
      widths[i] = fractions[i] * WIDTH;
    }
    row(widths, header, bold, size, true);
    for (String[] cells : rows) {
      float height = rowHeight(widths, cells, regular, size);
      if (y - height < BOTTOM) {
        newPage();
        row(widths, header, bold, size, true);
      }
      row(widths, cells, regular, size, false);
    }
    y -= 6;
  }

  private float rowHeight(float[] widths, String[] cells, PDType0Font font, float size) {
    int lines = 1;
    for (int i = 0; i < widths.length; i++) {
      lines = Math.max(lines, wrap(font, size, cells[i], widths[i] - 6).size());
    }
    return lines * size * 1.3f + 6;
  }

  private void row(float[] widths, String[] cells, PDType0Font font, float size, boolean header) {
    float height = rowHeight(widths, cells, font, size);
    ensureSpace(height);
    try {
      float x = MARGIN;
      if (header) {
        content.setNonStrokingColor(GREY);
        content.addRect(MARGIN, y - height, WIDTH, height);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
      }
      content.setStrokingColor(LINE);
      content.setLineWidth(0.5f);
      for (int i = 0; i < widths.length; i++) {
        content.addRect(x, y - height, widths[i], height);
        content.stroke();
        float lineY = y - 3 - size;
        for (String line : wrap(font, size, cells[i], widths[i] - 6)) {
          write(font, size, x + 3, lineY, line);
          lineY -= size * 1.3f;
        }
        x += widths[i];
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= height;
  }

  /** Three columns of signature blocks: role, blank space, name, NIP, and a line of detail. */
  void signatures(List<String[]> blocks) {
    float column = WIDTH / blocks.size();
    ensureSpace(120);
    float top = y;
    float lowest = y;
    for (int i = 0; i < blocks.size(); i++) {
      float x = MARGIN + i * column;
      float lineY = top - 10;
      String[] block = blocks.get(i);
      for (int j = 0; j < block.length; j++) {
        if (j == 1) {
          lineY -= 40;   // room for a wet signature or the electronic mark
        }
        PDType0Font font = j == 1 ? bold : regular;
        for (String line : wrap(font, 8.5f, block[j], column - 10)) {
          write(font, 8.5f, x, lineY, line);
          lineY -= 11;
        }
      }
      lowest = Math.min(lowest, lineY);
    }
    y = lowest - 6;
  }

  void write(PDType0Font font, float size, float x, float baseline, String text) {
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  float width(PDType0Font font, float size, String text) {
    try {
      return font.getStringWidth(clean(font, text)) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Words onto lines no wider than {@code maxWidth}; a word longer than a line is cut. */
  List<String> wrap(PDType0Font font, float size, String text, float maxWidth) {
    List<String> lines = new ArrayList<>();
    // null is "nothing recorded" (printed as "-"); an empty cell stays empty
    String source = text == null ? "-" : text.isBlank() ? "" : text;
    for (String paragraph : source.replace("\r", "").split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : clean(font, paragraph).split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(font, size, candidate) <= maxWidth) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(font, size, rest) > maxWidth && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Tabs and controls become spaces; characters the font cannot show become "?". */
  static String clean(PDType0Font font, String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        out.append(' ');
        return;
      }
      String ch = new String(Character.toChars(cp));
      try {
        font.encode(ch);
        out.append(ch);
      } catch (IOException | IllegalArgumentException notInTheFont) {
        out.append('?');
      }
    });
    return out.toString();
  }

  byte[] toBytes() {
    try {
      content.close();
      content = null;
      int pages = document.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        PDPage page = document.getPage(i);
        try (var stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
          // the mark in words too: text extraction and screen readers skip the rotated watermark
          String text = clean(regular, (watermark == null ? "" : watermark + "  —  ") + footer
              + "  —  Halaman " + (i + 1) + " dari " + pages);
          stream.beginText();
          stream.setFont(regular, 7.5f);
          stream.setNonStrokingColor(LINE);
          stream.newLineAtOffset(MARGIN, 30);
          stream.showText(text);
          stream.endText();
          if (watermark != null) {
            var transparent = new PDExtendedGraphicsState();
            transparent.setNonStrokingAlphaConstant(0.12f);
            stream.setGraphicsStateParameters(transparent);
            stream.setNonStrokingColor(Color.RED);
            stream.beginText();
            stream.setFont(bold, 110);
            stream.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(50), 150, 250));
            stream.showText(clean(bold, watermark));
            stream.endText();
          }
        }
      }
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
