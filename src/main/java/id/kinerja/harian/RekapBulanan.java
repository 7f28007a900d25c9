package id.kinerja.harian;

import id.kinerja.harian.KegiatanHarian.Catatan;
import id.kinerja.harian.KegiatanHarian.Hari;
import id.kinerja.harian.KegiatanHarian.Kegiatan;
import id.kinerja.kernel.Nip;
import id.kinerja.system.Waktu;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The monthly recaps: per employee the month as a PDF (days, hours against the standard,
 * activities per RHK, the notes, the appraiser's acknowledgement) and per unit a CSV of hours and
 * filled days per employee for the agency's allowance calculation.
 */
@Component
class RekapBulanan {

  static final DateTimeFormatter BULAN = DateTimeFormatter.ofPattern("MMMM yyyy", Waktu.INDONESIA);

  private final KegiatanHarianService service;
  private final Waktu waktu;

  RekapBulanan(KegiatanHarianService service, Waktu waktu) {
    this.service = service;
    this.waktu = waktu;
  }

  String csv(List<TimHarian.Rekap> rows) {
    StringBuilder csv = new StringBuilder("nip,nama,unit,hari_kerja,hari_diisi,jam,jam_standar,kegiatan\n");
    for (TimHarian.Rekap r : rows) {
      csv.append(r.nip()).append(',').append(quote(r.nama())).append(',').append(quote(r.unit())).append(',')
          .append(r.hariKerja()).append(',').append(r.hariDiisi()).append(',')
          .append(String.format(Locale.ROOT, "%.2f", r.jam())).append(',')
          .append(String.format(Locale.ROOT, "%.2f", r.jamStandar())).append(',').append(r.kegiatan()).append('\n');
    }
    return csv.toString();
  }

  private static String quote(String text) {
    String safe = text == null ? "" : text;
    // a spreadsheet must not run a name as a formula
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  byte[] pdf(Nip nip, String nama, YearMonth bulan) {
    List<Hari> days = service.hari(nip, bulan.atDay(1), bulan.atEndOfMonth());
    try (PDDocument doc = new PDDocument()) {
      Writer w = new Writer(doc);
      w.line("Rekap Kinerja Harian " + BULAN.format(bulan), w.bold, 14);
      w.line(nama + " — NIP " + nip, w.regular, 10);
      int menit = days.stream().mapToInt(Hari::menit).sum();
      int standar = days.stream().mapToInt(h -> h.standar().menit()).sum();
      long kerja = days.stream().filter(h -> h.standar().hariKerja()).count();
      long diisi = days.stream().filter(h -> h.standar().hariKerja() && !h.kegiatan().isEmpty()).count();
      w.line("Jumlah jam: " + KegiatanHarian.durasi(menit) + " dari " + KegiatanHarian.durasi(standar)
          + "; hari kerja diisi: " + diisi + " dari " + kerja, w.regular, 10);
      w.line(service.pengakuan(nip, bulan)
          .map(p -> "Diakui oleh pejabat penilai " + p.namaOleh() + " pada " + waktu.tanggalJam(p.pada()))
          .orElse("Belum diakui oleh pejabat penilai"), w.bold, 10);
      w.gap();
      w.line("Per RHK", w.bold, 12);
      for (KegiatanHarianService.PerRhk r : service.perRhk(nip, bulan.atDay(1), bulan.atEndOfMonth())) {
        w.wrapped("• " + r.rhk() + ": " + KegiatanHarian.durasi(r.menit()) + ", " + r.kegiatan().size() + " kegiatan",
            w.regular, 10);
      }
      w.gap();
      w.line("Per hari", w.bold, 12);
      for (Hari h : days) {
        if (!h.standar().hariKerja() && h.kegiatan().isEmpty()) {
          continue;
        }
        w.wrapped(Waktu.tanggal(h.tanggal()) + " — " + h.jamTerhadapStandar(), w.bold, 10);
        for (Kegiatan k : h.kegiatan()) {
          w.wrapped("   " + k.waktu() + ": " + k.uraian() + " (RHK: " + k.rhk() + ")"
              + (k.keluaran() == null ? "" : "; keluaran: " + k.keluaran()), w.regular, 9);
          for (Catatan c : h.catatanUntuk(k.id())) {
            w.wrapped("      Catatan " + c.namaPenulis() + ": " + c.catatan(), w.regular, 9);
          }
        }
        for (Catatan c : h.catatanHari()) {
          w.wrapped("   Catatan hari ini, " + c.namaPenulis() + ": " + c.catatan(), w.regular, 9);
        }
      }
      w.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.getDocumentInformation().setTitle("Rekap Kinerja Harian " + nama + " " + BULAN.format(bulan));
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines that wrap and break across A4 pages. */
  private static final class Writer {
    static final float MARGIN = 50;
    final PDDocument doc;
    final PDType0Font regular;
    final PDType0Font bold;
    PDPageContentStream content;
    float y;

    Writer(PDDocument doc) throws IOException {
      this.doc = doc;
      regular = font(doc, "/fonts/DejaVuSansCondensed.ttf");
      bold = font(doc, "/fonts/DejaVuSansCondensed-Bold.ttf");
      page();
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
      try (InputStream in = RekapBulanan.class.getResourceAsStream(resource)) {
        return PDType0Font.load(doc, in, true);
      }
    }

    void page() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage p = new PDPage(PDRectangle.A4);
      doc.addPage(p);
      content = new PDPageContentStream(doc, p);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void gap() {
      y -= 8;
    }

    void line(String text, PDType0Font font, float size) throws IOException {
      if (y - size * 1.4f < MARGIN) {
        page();
      }
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(MARGIN, y - size);
      content.showText(clean(font, text));
      content.endText();
      y -= size * 1.4f;
    }

    void wrapped(String text, PDType0Font font, float size) throws IOException {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String word : clean(font, text).split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
          lines.add(current.toString());
          current = new StringBuilder("      " + word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      lines.add(current.toString());
      for (String l : lines) {
        line(l, font, size);
      }
    }

    private static String clean(PDType0Font font, String text) {
      StringBuilder out = new StringBuilder();
      text.replaceAll("[\\r\\n\\t]+", " ").codePoints().forEach(cp -> {
        String ch = new String(Character.toChars(cp));
        try {
          font.encode(ch);
          out.append(ch);
        } catch (IOException | IllegalArgumentException e) {
          out.append('?');
        }
      });
      return out.toString();
    }

    void close() throws IOException {
      content.close();
    }
  }
}
