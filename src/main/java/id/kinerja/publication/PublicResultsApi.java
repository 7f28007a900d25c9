package id.kinerja.publication;

import id.kinerja.feedback.IkmCalculator;
import id.kinerja.feedback.PublicReportService;
import id.kinerja.feedback.ServiceUnits;
import id.kinerja.feedback.SkmElement;
import id.kinerja.feedback.SkmService;
import id.kinerja.feedback.TrackingCodes;
import id.kinerja.kernel.Tahun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The public aggregates and the tracking status as JSON, without login; the same rules as the pages. */
@RestController
class PublicResultsApi {

  private final ServiceUnits units;
  private final PublicResultsService results;
  private final PublicReportService reports;

  PublicResultsApi(ServiceUnits units, PublicResultsService results, PublicReportService reports) {
    this.units = units;
    this.results = results;
    this.reports = reports;
  }

  @GetMapping("/api/publik/unit")
  List<ServiceUnits.Unit> units() {
    return units.all();
  }

  @GetMapping("/api/publik/unit/{kode}/hasil")
  Map<String, Object> results(@PathVariable String kode, @RequestParam(required = false) String tahun) {
    Tahun year = PublicLabels.year(tahun);
    var r = results.results(kode, year)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unit layanan tidak ditemukan"));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unit", Map.of("kode", r.unit().code(), "nama", r.unit().name()));
    json.put("tahun", year.value());
    var distribution = r.predikat().distribution();
    Map<String, Object> predikat = new LinkedHashMap<>();
    predikat.put("penilaianFinal", r.predikat().ratingsFinal());
    predikat.put("dipublikasikan", distribution.published());
    predikat.put("jumlahDinilai", distribution.total());
    predikat.put("selMinimum", r.minCell());
    List<Map<String, Object>> cells = new ArrayList<>();
    for (var cell : distribution.cells()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("predikat", cell.key());
      c.put("label", cell.label());
      c.put("jumlah", cell.count());
      c.put("disembunyikan", cell.hidden());
      cells.add(c);
    }
    predikat.put("sebaran", cells);
    json.put("predikat", predikat);
    json.put("ikm", ikm(r.ikm(), r.skmRespondents()));
    Map<String, Object> pengaduan = new LinkedHashMap<>();
    pengaduan.put("diterima", r.pengaduan().received());
    pengaduan.put("selesaiDitangani", r.pengaduan().handled());
    pengaduan.put("medianHariPenanganan", r.pengaduan().medianHandlingDays());
    json.put("pengaduan", pengaduan);
    return json;
  }

  @GetMapping("/api/publik/lacak/{kode}")
  ResponseEntity<?> track(@PathVariable String kode) {
    if (TrackingCodes.normalise(kode).isEmpty()) {
      return ResponseEntity.badRequest().body(Map.of("message", "Kode lacak terdiri dari 12 huruf dan angka"));
    }
    return reports.status(kode).<ResponseEntity<?>>map(s -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("kodeLacak", s.kodeLacak());
      json.put("jenis", s.jenis());
      json.put("unit", s.unit());
      json.put("status", s.status());
      json.put("keterangan", PublicLabels.status(s.status()));
      json.put("diterima", s.diterima());
      json.put("selesai", s.selesai());
      json.put("tanggapan", s.tanggapan());
      return ResponseEntity.ok(json);
    }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Kode lacak tidak ditemukan")));
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(Map.of("message", String.valueOf(e.getReason())));
  }

  private static Map<String, Object> ikm(SkmService.YearIkm ikm, long respondents) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("periode", ikm.scheme().name());
    json.put("responden", respondents);
    json.put("tahunan", result(ikm.wholeYear(), ikm.wholeYearCategory()));
    List<Map<String, Object>> periods = new ArrayList<>();
    for (var p : ikm.periods()) {
      Map<String, Object> period = new LinkedHashMap<>();
      period.put("label", p.label());
      period.put("hasil", result(p.result(), p.category()));
      periods.add(period);
    }
    json.put("perPeriode", periods);
    return json;
  }

  private static Map<String, Object> result(IkmCalculator.Result result, SkmService.Category category) {
    if (result == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("responden", result.respondents());
    Map<String, Object> nrr = new LinkedHashMap<>();
    SkmElement[] elements = SkmElement.values();
    for (int i = 0; i < elements.length; i++) {
      nrr.put(elements[i].column(), result.nrr().get(i));
    }
    json.put("nrrPerUnsur", nrr);
    json.put("ikm", result.ikm());
    json.put("ikmKonversi", result.ikmKonversi());
    json.put("mutu", category.mutu());
    json.put("kinerja", category.kinerja());
    return json;
  }
}
