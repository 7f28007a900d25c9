package id.kinerja.publication;

import id.kinerja.feedback.InvalidPublicInputException;
import id.kinerja.feedback.PublicReportService;
import id.kinerja.feedback.ServiceUnits;
import id.kinerja.feedback.SkmElement;
import id.kinerja.feedback.SkmService;
import id.kinerja.feedback.TrackingCodes;
import id.kinerja.kernel.Tahun;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages, without login: the list of service units, the SKM questionnaire, the
 * complaint/praise form, the tracking page and the published results. Server-rendered, escaped
 * by Thymeleaf (never th:utext), no script.
 */
@Controller
class PublicPagesController {

  static final int MAX_FIELD = 4000;

  private final ServiceUnits units;
  private final SkmService skm;
  private final PublicReportService reports;
  private final PublicResultsService results;

  PublicPagesController(ServiceUnits units, SkmService skm, PublicReportService reports, PublicResultsService results) {
    this.units = units;
    this.skm = skm;
    this.reports = reports;
    this.results = results;
  }

  /** The survey as posted: every value a string, parsed here so bad input gets our message. */
  record SurveyForm(String u1, String u2, String u3, String u4, String u5, String u6, String u7, String u8, String u9,
      String kelompokUmur, String jenisKelamin, String pendidikan, String pekerjaan) {

    public List<String> scores() {
      return java.util.Arrays.asList(u1, u2, u3, u4, u5, u6, u7, u8, u9);
    }

    public String score(Integer i) {
      return scores().get(i);
    }
  }

  record ReportForm(String jenis, String loket, String isi, String email, String telepon) {}

  @GetMapping("/publik")
  String index(Model model) {
    model.addAttribute("units", units.all());
    model.addAttribute("tahun", Year.now().getValue());
    return "publik/index";
  }

  @GetMapping("/publik/unit/{kode}/survei")
  String survey(@PathVariable String kode, Model model) {
    surveyModel(unit(kode), new SurveyForm(null, null, null, null, null, null, null, null, null, null, null, null, null), model);
    return "publik/survei";
  }

  @PostMapping("/publik/unit/{kode}/survei")
  String submitSurvey(@PathVariable String kode, SurveyForm form, Model model, HttpServletResponse response) {
    ServiceUnits.Unit unit = unit(kode);
    List<String> problems = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    for (String value : form.scores()) {
      // anything that is not a small number is out of the scale; the service words every problem
      scores.add(value == null || value.isBlank() ? null : value.strip().matches("\\d{1,2}") ? Integer.valueOf(value.strip()) : -1);
    }
    try {
      skm.record(unit.code(), new SkmService.Answer(scores, form.kelompokUmur(), form.jenisKelamin(),
          form.pendidikan(), form.pekerjaan()));
      model.addAttribute("unit", unit);
      return "publik/survei-terima-kasih";
    } catch (InvalidPublicInputException e) {
      problems.addAll(e.problems());
    }
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("masalah", problems);
    surveyModel(unit, form, model);
    return "publik/survei";
  }

  @GetMapping("/publik/unit/{kode}/laporan")
  String report(@PathVariable String kode, Model model) {
    reportModel(unit(kode), new ReportForm("PENGADUAN", null, null, null, null), model);
    return "publik/laporan";
  }

  @PostMapping("/publik/unit/{kode}/laporan")
  String submitReport(@PathVariable String kode, ReportForm form, Model model, HttpServletResponse response) {
    ServiceUnits.Unit unit = unit(kode);
    try {
      String code = reports.file(new PublicReportService.NewReport(form.jenis(), unit.code(), form.loket(),
          form.isi(), form.email(), form.telepon()));
      response.setHeader("Cache-Control", "no-store");
      model.addAttribute("unit", unit);
      model.addAttribute("kodeLacak", TrackingCodes.display(code));
      model.addAttribute("jenis", form.jenis());
      return "publik/laporan-diterima";
    } catch (InvalidPublicInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("masalah", e.problems());
      reportModel(unit, form, model);
      return "publik/laporan";
    }
  }

  @GetMapping("/publik/lacak")
  String track(@RequestParam(required = false) String kode, Model model, HttpServletResponse response) {
    if (kode != null && !kode.isBlank()) {
      model.addAttribute("kode", kode.length() > 40 ? kode.substring(0, 40) : kode);
      if (TrackingCodes.normalise(kode).isEmpty()) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("masalah", List.of("Kode lacak terdiri dari 12 huruf dan angka, misalnya K7QM-X4PR-9HTB"));
      } else {
        var status = reports.status(kode);
        if (status.isEmpty()) {
          response.setStatus(HttpStatus.NOT_FOUND.value());
          model.addAttribute("masalah", List.of("Kode lacak tidak ditemukan"));
        } else {
          model.addAttribute("status", status.get());
          model.addAttribute("statusLabel", PublicLabels.status(status.get().status()));
        }
      }
    }
    return "publik/lacak";
  }

  @GetMapping("/publik/unit/{kode}/hasil")
  String results(@PathVariable String kode, @RequestParam(required = false) String tahun, Model model) {
    Tahun year = PublicLabels.year(tahun);
    var unitResults = results.results(kode, year)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unit layanan tidak ditemukan"));
    model.addAttribute("r", unitResults);
    model.addAttribute("chart", BarChart.of(unitResults.predikat().distribution()));
    model.addAttribute("elements", SkmElement.values());
    // only years that have something to show: no link to an empty page
    model.addAttribute("tahunSebelumnya", results.previousYearWithResults(kode, year).orElse(null));
    model.addAttribute("tahunBerikutnya", results.nextYearWithResults(kode, year, Year.now().getValue()).orElse(null));
    return "publik/hasil";
  }

  private ServiceUnits.Unit unit(String kode) {
    return units.find(kode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unit layanan tidak ditemukan"));
  }

  private void surveyModel(ServiceUnits.Unit unit, SurveyForm form, Model model) {
    model.addAttribute("unit", unit);
    model.addAttribute("form", form);
    model.addAttribute("elements", SkmElement.values());
    model.addAttribute("umur", SkmService.AGE_BANDS);
    model.addAttribute("kelamin", SkmService.SEXES);
    model.addAttribute("pendidikan", SkmService.EDUCATION);
    model.addAttribute("pekerjaan", SkmService.JOBS);
  }

  private void reportModel(ServiceUnits.Unit unit, ReportForm form, Model model) {
    model.addAttribute("unit", unit);
    model.addAttribute("form", form);
    model.addAttribute("loket", units.desks(unit.code()));
    model.addAttribute("maksIsi", PublicReportService.MAX_TEXT);
  }
}
