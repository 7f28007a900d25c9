package id.kinerja.pegawai;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit tree on the desk: the tree, a form for each change, its preview (nothing stored), the
 * saving, and the audit of past changes. A refused change shows the page again with the form as it
 * was filled in and the reasons, 400, nothing stored.
 */
@Controller
@RequestMapping("/pegawai/unit")
@PreAuthorize(PegawaiSecurity.BKPSDM_OR_ADMIN)
class UnitPages {

  private static final MejaUnit.Permintaan KOSONG = new MejaUnit.Permintaan("", "", "", "");

  private final MejaUnit meja;

  UnitPages(MejaUnit meja) {
    this.meja = meja;
  }

  @GetMapping
  String tree(Model model) {
    return page(model, KOSONG);
  }

  @PostMapping("/pratinjau")
  String preview(MejaUnit.Permintaan permintaan, Principal operator, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("pratinjau", meja.pratinjau(permintaan, operator.getName()));
    } catch (MejaPegawai.Ditolak e) {
      return refused(e, permintaan, model, response);
    }
    return page(model, permintaan);
  }

  @PostMapping
  String save(MejaUnit.Permintaan permintaan, Principal operator, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      var done = meja.simpan(permintaan, operator.getName());
      redirect.addFlashAttribute("pesan", "Tersimpan: " + done.judul() + ".");
      return "redirect:/pegawai/unit";
    } catch (MejaPegawai.Ditolak e) {
      return refused(e, permintaan, model, response);
    }
  }

  private String refused(MejaPegawai.Ditolak e, MejaUnit.Permintaan permintaan, Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("masalah", e.alasan());
    return page(model, permintaan);
  }

  private String page(Model model, MejaUnit.Permintaan permintaan) {
    model.addAttribute("p", new MejaUnit.Permintaan(nz(permintaan.aksi()).toUpperCase(java.util.Locale.ROOT),
        nz(permintaan.kode()), nz(permintaan.nama()), nz(permintaan.induk())));
    model.addAttribute("pohon", meja.pohon());
    model.addAttribute("terbuka", meja.unitTerbuka());
    model.addAttribute("riwayat", meja.riwayat(50));
    return "pegawai/unit";
  }

  private static String nz(String v) {
    return v == null ? "" : v.trim();
  }
}
