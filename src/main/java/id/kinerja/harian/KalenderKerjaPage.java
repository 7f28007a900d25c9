package id.kinerja.harian;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * BKPSDM's working calendar ({@code /admin/kalender-kerja}): the national holidays, cuti bersama and
 * Ramadan days of each year, which the DMN jam-kerja-standar turns into hours; and the units'
 * monthly recaps of the daily record (CSV/JSON) for the allowance calculation.
 */
@Controller
@PreAuthorize(AksesHarian.BKPSDM_OR_ADMIN)
class KalenderKerjaPage {

  private static final Set<String> KINDS = Set.of("LIBUR_NASIONAL", "CUTI_BERSAMA", "RAMADAN");
  private static final int MAX_DAYS = 62;

  private final JamKerjaStandar standar;
  private final JdbcClient jdbc;
  private final TimHarian tim;
  private final KegiatanHarianService service;

  KalenderKerjaPage(JamKerjaStandar standar, JdbcClient jdbc, TimHarian tim, KegiatanHarianService service) {
    this.standar = standar;
    this.jdbc = jdbc;
    this.tim = tim;
    this.service = service;
  }

  @GetMapping("/admin/kalender-kerja")
  String page(@RequestParam(required = false) Integer tahun, Model model) {
    int year = tahun == null || tahun < 2000 || tahun > 2100 ? service.hariIni().getYear() : tahun;
    model.addAttribute("tahun", year);
    model.addAttribute("hariKhusus", standar.daftar(year));
    model.addAttribute("units", tim.units());
    model.addAttribute("bulanLalu", YearMonth.from(service.hariIni()).minusMonths(1));
    return "harian/kalender";
  }

  @PostMapping("/admin/kalender-kerja")
  @Transactional
  String add(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai,
      @RequestParam(required = false) String jenis, @RequestParam(required = false) String nama,
      RedirectAttributes redirect) {
    List<String> problems = new ArrayList<>();
    LocalDate to = sampai == null ? dari : sampai;
    if (dari == null) {
      problems.add("Tanggal wajib diisi");
    } else if (!KegiatanHarianService.wajar(dari) || !KegiatanHarianService.wajar(to)) {
      problems.add("Tanggal di luar tahun 1900 sampai 2200");
    } else if (to.isBefore(dari) || dari.plusDays(MAX_DAYS).isBefore(to)) {
      problems.add("Rentang tanggal 1 sampai " + MAX_DAYS + " hari, 'sampai' tidak sebelum 'dari'");
    }
    if (jenis == null || !KINDS.contains(jenis)) {
      problems.add("Pilih jenis hari: libur nasional, cuti bersama atau Ramadan");
    }
    String name = nama == null ? "" : nama.strip();
    if (name.isEmpty() || name.length() > 200) {
      problems.add("Nama hari 1 sampai 200 karakter");
    }
    if (!problems.isEmpty()) {
      redirect.addFlashAttribute("masalah", problems);
      return "redirect:/admin/kalender-kerja" + (KegiatanHarianService.wajar(dari) ? "?tahun=" + dari.getYear() : "");
    }
    int saved = 0;
    for (LocalDate d = dari; !d.isAfter(to); d = d.plusDays(1)) {
      // a Ramadan range leaves the holidays within it as they are
      if ("RAMADAN".equals(jenis) && jdbc.sql("SELECT COUNT(*) FROM hari_khusus WHERE tanggal = ?").param(d)
          .query(Long.class).single() > 0) {
        continue;
      }
      jdbc.sql("DELETE FROM hari_khusus WHERE tanggal = ?").param(d).update();
      jdbc.sql("INSERT INTO hari_khusus (tanggal, jenis, nama) VALUES (?, ?, ?)").params(d, jenis, name).update();
      saved++;
    }
    standar.lupakan();
    redirect.addFlashAttribute("pesan", saved + " hari tersimpan di kalender kerja.");
    return "redirect:/admin/kalender-kerja?tahun=" + dari.getYear();
  }

  /**
   * A year's calendar from a CSV file ({@code tanggal,jenis,nama}, a header line allowed; jenis as
   * LIBUR_NASIONAL, CUTI_BERSAMA or RAMADAN): all rows or none, every bad row named at once.
   */
  @PostMapping("/admin/kalender-kerja/csv")
  @Transactional
  String upload(@RequestParam(required = false) org.springframework.web.multipart.MultipartFile berkas,
      RedirectAttributes redirect) throws java.io.IOException {
    List<String> problems = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    if (berkas == null || berkas.isEmpty()) {
      problems.add("Pilih berkas CSV");
    } else if (berkas.getSize() > 200_000) {
      problems.add("Berkas CSV paling besar 200 KB");
    } else {
      String text = new String(berkas.getBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      int line = 0;
      for (String raw : text.split("\\r?\\n")) {
        line++;
        if (raw.isBlank() || (line == 1 && raw.toLowerCase(java.util.Locale.ROOT).startsWith("tanggal"))) {
          continue;
        }
        String[] cells = raw.split("[,;]", 3);
        if (cells.length < 3) {
          problems.add("Baris " + line + ": isi tanggal, jenis dan nama, dipisah koma");
          continue;
        }
        LocalDate date;
        try {
          date = LocalDate.parse(cells[0].strip());
        } catch (java.time.format.DateTimeParseException e) {
          problems.add("Baris " + line + ": tanggal '" + cells[0].strip() + "' tidak dapat dibaca (tulis seperti 2027-01-01)");
          continue;
        }
        String kind = cells[1].strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        String name = cells[2].strip().replaceAll("^\"|\"$", "");
        if (!KegiatanHarianService.wajar(date)) {
          problems.add("Baris " + line + ": tanggal di luar tahun 1900 sampai 2200");
        } else if (!KINDS.contains(kind)) {
          problems.add("Baris " + line + ": jenis '" + cells[1].strip() + "' bukan LIBUR_NASIONAL, CUTI_BERSAMA atau RAMADAN");
        } else if (name.isEmpty() || name.length() > 200) {
          problems.add("Baris " + line + ": nama 1 sampai 200 karakter");
        } else {
          rows.add(new Object[] {date, kind, name});
        }
      }
      if (problems.isEmpty() && rows.isEmpty()) {
        problems.add("Berkas CSV tidak berisi satu tanggal pun");
      }
    }
    if (!problems.isEmpty()) {
      redirect.addFlashAttribute("masalah", problems);
      return "redirect:/admin/kalender-kerja";
    }
    for (Object[] row : rows) {
      jdbc.sql("DELETE FROM hari_khusus WHERE tanggal = ?").param(row[0]).update();
      jdbc.sql("INSERT INTO hari_khusus (tanggal, jenis, nama) VALUES (?, ?, ?)").params(row).update();
    }
    standar.lupakan();
    redirect.addFlashAttribute("pesan", rows.size() + " hari dari berkas CSV tersimpan di kalender kerja.");
    return "redirect:/admin/kalender-kerja?tahun=" + ((LocalDate) rows.get(0)[0]).getYear();
  }

  @PostMapping("/admin/kalender-kerja/hapus")
  String delete(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal,
      RedirectAttributes redirect) {
    int deleted = jdbc.sql("DELETE FROM hari_khusus WHERE tanggal = ?").param(tanggal).update();
    standar.lupakan();
    redirect.addFlashAttribute("pesan", deleted == 0 ? "Tanggal itu tidak ada di kalender kerja."
        : "Tanggal dihapus dari kalender kerja: hari itu kembali hari biasa.");
    return "redirect:/admin/kalender-kerja?tahun=" + tanggal.getYear();
  }
}
