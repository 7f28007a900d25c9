package id.kinerja.pegawai;

import id.kinerja.kernel.Nip;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's pages: the search, an employee's page, and each change as a form, then its preview
 * (what will happen, nothing stored), then the saving. A refused change shows the form again with
 * the reasons and answers 400; nothing of it is stored.
 */
@Controller
@RequestMapping("/pegawai")
@PreAuthorize(PegawaiSecurity.BKPSDM_OR_ADMIN)
class PegawaiPages {

  private final MejaPegawai meja;
  private final PegawaiRepository repository;

  PegawaiPages(MejaPegawai meja, PegawaiRepository repository) {
    this.meja = meja;
    this.repository = repository;
  }

  @GetMapping
  String search(@RequestParam(name = "q", required = false) String q, Model model, HttpServletResponse response) {
    model.addAttribute("q", q == null ? "" : q);
    try {
      model.addAttribute("hasil", meja.cari(q));
    } catch (MejaPegawai.Ditolak e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("masalah", e.alasan());
    }
    return "pegawai/cari";
  }

  @GetMapping("/{nip}")
  String employee(@PathVariable String nip, Model model) {
    Nip employee = nip(nip);
    model.addAttribute("profil", meja.profil(employee).orElseThrow(() -> new MejaPegawai.TidakAda(employee)));
    return "pegawai/profil";
  }

  // ---- mutasi ------------------------------------------------------------------------------------

  @GetMapping("/{nip}/mutasi")
  String mutasiForm(@PathVariable String nip, Model model) {
    return mutasiPage(nip(nip), model, null, null);
  }

  @PostMapping("/{nip}/mutasi/pratinjau")
  String mutasiPreview(@PathVariable String nip, @RequestParam(required = false) String nipAtasan,
      @RequestParam(required = false) String unitKode, Principal operator, Model model, HttpServletResponse response) {
    Nip employee = nip(nip);
    String page = mutasiPage(employee, model, nipAtasan, unitKode);
    return refusedAgain(page, model, response,
        () -> model.addAttribute("pratinjau", meja.pratinjauMutasi(employee, nipAtasan, unitKode, operator.getName())));
  }

  @PostMapping("/{nip}/mutasi")
  String mutasi(@PathVariable String nip, @RequestParam(required = false) String nipAtasan,
      @RequestParam(required = false) String unitKode, Principal operator, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    Nip employee = nip(nip);
    String page = mutasiPage(employee, model, nipAtasan, unitKode);
    return refusedAgain(page, model, response, () -> {
      var moved = meja.simpanMutasi(employee, nipAtasan, unitKode, operator.getName());
      redirect.addFlashAttribute("pesan", "Mutasi tersimpan: " + moved.tasksReassigned() + " tugas terbuka dialihkan.");
      return "redirect:/pegawai/" + moved.nip();
    });
  }

  private String mutasiPage(Nip nip, Model model, String nipAtasan, String unitKode) {
    var profil = meja.profil(nip).orElseThrow(() -> new MejaPegawai.TidakAda(nip));
    model.addAttribute("pegawai", profil.pegawai());
    model.addAttribute("atasanSekarang", profil.rantaiAtasan().isEmpty() ? null : profil.rantaiAtasan().get(0));
    model.addAttribute("units", repository.units());
    model.addAttribute("nipAtasan", nipAtasan == null ? "" : nipAtasan);
    model.addAttribute("namaAtasan", nipAtasan == null ? null
        : Nip.parse(nipAtasan).flatMap(repository::person).map(PegawaiRepository.Person::nama).orElse(null));
    model.addAttribute("unitKode", unitKode == null || unitKode.isBlank() ? "" : unitKode);
    return "pegawai/mutasi";
  }

  // ---- departure ---------------------------------------------------------------------------------

  @GetMapping("/{nip}/keluar")
  String departureForm(@PathVariable String nip, Model model) {
    model.addAttribute("pratinjau", meja.pratinjauKeluar(nip(nip)));
    model.addAttribute("alasan", "");
    return "pegawai/keluar";
  }

  @PostMapping("/{nip}/keluar")
  String departure(@PathVariable String nip, @RequestParam(required = false) String alasan, Principal operator,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    Nip employee = nip(nip);
    model.addAttribute("pratinjau", meja.pratinjauKeluar(employee));
    model.addAttribute("alasan", alasan == null ? "" : alasan);
    return refusedAgain("pegawai/keluar", model, response, () -> {
      var left = meja.simpanKeluar(employee, alasan, operator.getName());
      redirect.addFlashAttribute("pesan", "Keluarnya pegawai tersimpan: " + left.appraisalsEnded()
          + " penilaian yang berjalan diakhiri.");
      return "redirect:/pegawai/" + left.nip();
    });
  }

  // ---- a new employee ----------------------------------------------------------------------------

  @GetMapping("/baru")
  String newForm(Model model) {
    return newPage(model, new MejaPegawai.PegawaiBaru("", "", "PNS", "", "", "", "", ""));
  }

  @PostMapping("/baru/pratinjau")
  String newPreview(MejaPegawai.PegawaiBaru data, Principal operator, Model model, HttpServletResponse response) {
    String page = newPage(model, data);
    return refusedAgain(page, model, response,
        () -> model.addAttribute("pratinjau", meja.pratinjauBaru(data, operator.getName())));
  }

  @PostMapping("/baru")
  String create(MejaPegawai.PegawaiBaru data, Principal operator, Model model, HttpServletResponse response) {
    String page = newPage(model, data);
    return refusedAgain(page, model, response,
        () -> model.addAttribute("tersimpan", meja.simpanBaru(data, operator.getName())));
  }

  private String newPage(Model model, MejaPegawai.PegawaiBaru data) {
    model.addAttribute("data", data);
    model.addAttribute("units", repository.units());
    model.addAttribute("positions", repository.positions());
    model.addAttribute("namaAtasan", data.nipAtasan() == null || data.nipAtasan().isBlank() ? null
        : Nip.parse(data.nipAtasan()).flatMap(repository::person).map(PegawaiRepository.Person::nama).orElse(null));
    return "pegawai/baru";
  }

  // ---- a change of position or unit --------------------------------------------------------------

  @GetMapping("/{nip}/jabatan")
  String positionForm(@PathVariable String nip, Model model) {
    var pegawai = positionPage(nip(nip), model);
    model.addAttribute("ganti", new MejaPegawai.GantiJabatan(pegawai.jabatan(), pegawai.jenisJabatan(), pegawai.unitKode()));
    return "pegawai/jabatan";
  }

  @PostMapping("/{nip}/jabatan/pratinjau")
  String positionPreview(@PathVariable String nip, MejaPegawai.GantiJabatan ganti, Principal operator, Model model,
      HttpServletResponse response) {
    Nip employee = nip(nip);
    positionPage(employee, model);
    model.addAttribute("ganti", ganti);
    return refusedAgain("pegawai/jabatan", model, response,
        () -> model.addAttribute("pratinjau", meja.pratinjauJabatan(employee, ganti, operator.getName())));
  }

  @PostMapping("/{nip}/jabatan")
  String position(@PathVariable String nip, MejaPegawai.GantiJabatan ganti, Principal operator, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    Nip employee = nip(nip);
    var pegawai = positionPage(employee, model);
    model.addAttribute("ganti", ganti);
    return refusedAgain("pegawai/jabatan", model, response, () -> {
      meja.simpanJabatan(employee, ganti, operator.getName());
      redirect.addFlashAttribute("pesan", "Perubahan jabatan/unit kerja tersimpan.");
      return "redirect:/pegawai/" + pegawai.nip();
    });
  }

  private PegawaiRepository.Detail positionPage(Nip nip, Model model) {
    var pegawai = repository.detail(nip).orElseThrow(() -> new MejaPegawai.TidakAda(nip));
    model.addAttribute("pegawai", pegawai);
    model.addAttribute("units", repository.units());
    model.addAttribute("positions", repository.positions());
    return pegawai;
  }

  // ---- answers -----------------------------------------------------------------------------------

  /** The form again, as it was filled in, with the reasons; 400, nothing stored. */
  private static String refusedAgain(String page, Model model, HttpServletResponse response, Runnable step) {
    return refusedAgain(page, model, response, () -> {
      step.run();
      return page;
    });
  }

  private static String refusedAgain(String page, Model model, HttpServletResponse response,
      java.util.function.Supplier<String> step) {
    try {
      return step.get();
    } catch (MejaPegawai.Ditolak e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("masalah", e.alasan());
      return page;
    }
  }

  /** A change refused before any form (e.g. the departure of somebody who already left): 400 with the reason. */
  @ExceptionHandler(MejaPegawai.Ditolak.class)
  String refused(MejaPegawai.Ditolak e, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("masalah", e.alasan());
    return "pegawai/ditolak";
  }

  @ExceptionHandler(MejaPegawai.TidakAda.class)
  String missing(MejaPegawai.TidakAda e, Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("masalah", java.util.List.of(e.getMessage()));
    return "pegawai/ditolak";
  }

  /** The NIP of the address, parsed once here; one that is no NIP is refused with the reason (400), not looked up. */
  private static Nip nip(String nip) {
    return Nip.parse(nip).orElseThrow(() -> new MejaPegawai.Ditolak(
        "NIP '" + nip + "' tidak sah: " + Nip.problemOf(nip).orElseThrow() + "."));
  }
}
