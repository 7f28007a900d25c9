package id.kinerja.notification;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /pemberitahuan}: the signed-in person's notices and their groups', newest first. */
@Controller
@RequestMapping("/pemberitahuan")
class PemberitahuanPage {

  private final Pemberitahuan pemberitahuan;

  PemberitahuanPage(Pemberitahuan pemberitahuan) {
    this.pemberitahuan = pemberitahuan;
  }

  @GetMapping
  String daftar(Authentication user, Model model) {
    var items = pemberitahuan.untuk(user);
    model.addAttribute("items", items);
    model.addAttribute("belumDibaca", items.stream().filter(Pemberitahuan.Item::belumDibaca).count());
    return "notification/pemberitahuan";
  }

  @PostMapping("/{id}/dibaca")
  String dibaca(Authentication user, @PathVariable long id, RedirectAttributes redirect) {
    if (pemberitahuan.tandaiDibaca(user, id) == 0) {
      redirect.addFlashAttribute("pesan", "Pemberitahuan itu tidak ada di antara pemberitahuan Anda yang belum dibaca.");
    }
    return "redirect:/pemberitahuan";
  }

  @PostMapping("/dibaca")
  String semuaDibaca(Authentication user, RedirectAttributes redirect) {
    int n = pemberitahuan.tandaiDibaca(user, null);
    redirect.addFlashAttribute("pesan", n + " pemberitahuan ditandai sudah dibaca.");
    return "redirect:/pemberitahuan";
  }
}
