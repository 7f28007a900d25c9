package id.kinerja.organisation;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing one's own password; where employees with an initial password land after logging in.
 * The password lives in Camunda's identity service; whether it still has to be changed, in
 * employee_account. The old password is checked like a login (same throttle: a stolen session
 * cannot be used to guess it faster than the login page allows).
 */
@Controller
@RequestMapping(PasswordChangePage.PATH)
class PasswordChangePage {

  static final String PATH = "/akun/kata-sandi";
  static final int MIN_LENGTH = 8;

  private final IdentityService identityService;
  private final OrganisationRepository repository;
  private final AuthenticationManager logins;
  private final AuthenticationDetailsSource<HttpServletRequest, ?> loginDetails;

  PasswordChangePage(IdentityService identityService, OrganisationRepository repository, AuthenticationManager logins,
      AuthenticationDetailsSource<HttpServletRequest, ?> loginDetails) {
    this.identityService = identityService;
    this.repository = repository;
    this.logins = logins;
    this.loginDetails = loginDetails;
  }

  @GetMapping
  String form(Principal user, Model model) {
    model.addAttribute("mustChange", repository.mustChangePassword(user.getName()));
    return "organisation/kata-sandi";
  }

  @PostMapping
  @Transactional
  String change(Principal principal, @RequestParam("lama") String current, @RequestParam("baru") String chosen,
      @RequestParam("ulangi") String repeated, HttpServletRequest request, Model model) {
    String problem = problemWith(principal.getName(), current, chosen, repeated, request);
    if (problem != null) {
      model.addAttribute("problem", problem);
      model.addAttribute("mustChange", repository.mustChangePassword(principal.getName()));
      return "organisation/kata-sandi";
    }
    User user = identityService.createUserQuery().userId(principal.getName()).singleResult();
    user.setPassword(chosen);
    identityService.saveUser(user);
    repository.passwordChanged(principal.getName());
    model.addAttribute("changed", true);
    model.addAttribute("mustChange", false);
    return "organisation/kata-sandi";
  }

  private String problemWith(String userId, String current, String chosen, String repeated,
      HttpServletRequest request) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      return "Akun ini tidak dikelola Kinerja (masuk lewat SSO); ubah kata sandi di penyedia identitas Anda.";
    }
    var check = UsernamePasswordAuthenticationToken.unauthenticated(userId, current);
    check.setDetails(loginDetails.buildDetails(request));
    try {
      logins.authenticate(check);
    } catch (BadCredentialsException e) {
      return "Kata sandi lama salah.";
    } catch (AuthenticationException e) {
      return e.getMessage();
    }
    if (chosen.length() < MIN_LENGTH) {
      return "Kata sandi baru minimal " + MIN_LENGTH + " karakter.";
    }
    if (chosen.equals(current)) {
      return "Kata sandi baru harus berbeda dari kata sandi lama.";
    }
    if (!chosen.equals(repeated)) {
      return "Ulangan kata sandi baru tidak sama.";
    }
    return null;
  }
}
