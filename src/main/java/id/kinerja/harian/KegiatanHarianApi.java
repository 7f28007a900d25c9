package id.kinerja.harian;

import id.kinerja.harian.KegiatanHarian.DitolakException;
import id.kinerja.harian.KegiatanHarian.Isian;
import id.kinerja.harian.KegiatanHarian.Kegiatan;
import id.kinerja.harian.KegiatanHarian.TidakBerhakException;
import id.kinerja.kernel.Nip;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/kegiatan-harian}: the same rules as the pages. A refused entry is a 400 naming each
 * field with the reason ({@code problems: [{field, message}]}); another person's days a 403.
 */
@RestController
@RequestMapping("/api/kegiatan-harian")
class KegiatanHarianApi {

  private final KegiatanHarianService service;
  private final TimHarian tim;
  private final AksesHarian akses;
  private final RekapBulanan rekap;
  private final ObjectMapper json;

  KegiatanHarianApi(KegiatanHarianService service, TimHarian tim, AksesHarian akses, RekapBulanan rekap,
      ObjectMapper json) {
    this.service = service;
    this.json = json;
    this.tim = tim;
    this.akses = akses;
    this.rekap = rekap;
  }

  @PostMapping
  ResponseEntity<Kegiatan> catat(Authentication user, @RequestBody Isian isian) {
    return ResponseEntity.status(HttpStatus.CREATED).body(service.catat(AksesHarian.penulis(user), isian));
  }

  /** Several activities at once (a day's): all stored, or none with each entry's problems. */
  @PostMapping(path = "/sekaligus", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<Kegiatan>> catatSekaligus(Authentication user, HttpServletRequest request) throws IOException {
    return ResponseEntity.status(HttpStatus.CREATED).body(service.catatSekaligus(AksesHarian.penulis(user), daftar(request)));
  }

  /**
   * The array read entry by entry, and no further than the most one request may store: a body of
   * a million entries is refused after the 51st, not parsed whole into memory first.
   */
  private List<Isian> daftar(HttpServletRequest request) throws IOException {
    try (JsonParser parser = json.createParser(request.getInputStream())) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new DitolakException("kegiatan", "Kirim kegiatan sebagai daftar JSON: [{...}, {...}]");
      }
      List<Isian> entries = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (entries.size() == KegiatanHarianService.MAX_SEKALIGUS) {
          throw new DitolakException("kegiatan", "Paling banyak " + KegiatanHarianService.MAX_SEKALIGUS
              + " kegiatan sekali simpan");
        }
        entries.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : json.readValue(parser, Isian.class));
      }
      return entries;
    } catch (JsonProcessingException e) {
      throw new HttpMessageNotReadableException("not a JSON array of activities", e, new ServletServerHttpRequest(request));
    }
  }

  @PutMapping("/{id}")
  Kegiatan ubah(Authentication user, @PathVariable long id, @RequestBody Isian isian) {
    return service.ubah(AksesHarian.penulis(user), id, isian);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> hapus(Authentication user, @PathVariable long id) {
    service.hapus(AksesHarian.penulis(user), id);
    return ResponseEntity.noContent().build();
  }

  /** Activities of a range (one's own, or, for those who may read them, another's: {@link AksesHarian#dibaca}). */
  @GetMapping
  List<Kegiatan> daftar(Authentication user, @RequestParam(required = false) String nip,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai) {
    Nip employee = akses.dibaca(user, nip);
    KegiatanHarianService.checkRange(dari, sampai);
    return service.between(employee, dari, sampai);
  }

  /** Days of a range with the standard hours, activities and notes: the calendar's data. */
  @GetMapping("/hari")
  List<KegiatanHarian.Hari> hari(Authentication user, @RequestParam(required = false) String nip,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dari,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sampai) {
    return service.hari(akses.dibaca(user, nip), dari, sampai);
  }

  /** The appraiser's team: the week of the day, per direct subordinate. */
  @GetMapping("/tim")
  @PreAuthorize(AksesHarian.APPRAISER_OR_ADMIN)
  TimHarian.Minggu tim(Authentication user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tanggal) {
    if (tanggal != null && !KegiatanHarianService.wajar(tanggal)) {
      throw new DitolakException("tanggal", "Tanggal di luar tahun 1900 sampai 2200");
    }
    return tim.minggu(user.getName(), tanggal == null ? service.hariIni() : tanggal);
  }

  record CatatanBaru(String nip, LocalDate tanggal, Long kegiatanId, String catatan) {}

  @PostMapping("/catatan")
  ResponseEntity<KegiatanHarian.Catatan> catatan(Authentication user, @RequestBody CatatanBaru baru) {
    akses.mayGiveFeedback(user, baru.nip());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(service.beriCatatan(user.getName(), AksesHarian.pegawai(baru.nip()), baru.tanggal(), baru.kegiatanId(), baru.catatan()));
  }

  record PengakuanBaru(String nip, YearMonth bulan) {}

  @PostMapping("/pengakuan")
  ResponseEntity<Void> akui(Authentication user, @RequestBody PengakuanBaru baru) {
    akses.mayGiveFeedback(user, baru.nip());
    if (baru.bulan() == null) {
      throw new DitolakException("bulan", "Bulan wajib diisi, misalnya 2026-11");
    }
    service.akui(user.getName(), AksesHarian.pegawai(baru.nip()), baru.bulan());
    return ResponseEntity.noContent().build();
  }

  /** A unit's month for the allowance calculation, as JSON or ({@code format=csv}) CSV. */
  @GetMapping("/rekap")
  @PreAuthorize(AksesHarian.BKPSDM_OR_ADMIN)
  ResponseEntity<?> rekapUnit(@RequestParam String unit, @RequestParam YearMonth bulan,
      @RequestParam(defaultValue = "json") String format) {
    if (!KegiatanHarianService.wajar(bulan.atDay(1))) {
      throw new DitolakException("bulan", "Bulan di luar tahun 1900 sampai 2200");
    }
    List<TimHarian.Rekap> rows = tim.rekapUnit(unit, bulan);
    if ("csv".equalsIgnoreCase(format)) {
      return ResponseEntity.ok()
          .header("Content-Disposition", "attachment; filename=\"rekap-harian-" + unit + "-" + bulan + ".csv\"")
          .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .body(rekap.csv(rows));
    }
    if (!"json".equalsIgnoreCase(format)) {
      throw new DitolakException("format", "Format 'json' atau 'csv'");
    }
    return ResponseEntity.ok(rows);
  }

  @ExceptionHandler(DitolakException.class)
  ResponseEntity<Map<String, Object>> ditolak(DitolakException e) {
    // the JSON content type set here, so a client that accepts only e.g. images still gets the message, not a 500
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage(), "problems", e.problems()));
  }

  @ExceptionHandler(TidakBerhakException.class)
  ResponseEntity<Map<String, Object>> tidakBerhak(TidakBerhakException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }
}
