package id.kinerja.security;

import id.kinerja.system.KinerjaProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

import java.util.ArrayList;
import java.util.List;

@Controller
class LoginController {

  /** Where a failed form login is forwarded to show the login page again. */
  static final String FAILED = "/login/gagal";
  static final String TYPED_NIP = "id.kinerja.security.LoginController.nip";
  static final String MESSAGE = "id.kinerja.security.LoginController.pesan";

  private final KinerjaProperties properties;
  private final ObjectProvider<InMemoryClientRegistrationRepository> oidc;

  LoginController(KinerjaProperties properties, ObjectProvider<InMemoryClientRegistrationRepository> oidc) {
    this.properties = properties;
    this.oidc = oidc;
  }

  @GetMapping("/login")
  String login(Model model) {
    return page(model);
  }

  /** The login page after a failed login, forwarded here by {@link LoginRefusals.LoginPageAgain}. */
  @PostMapping(FAILED)
  String failed(@RequestAttribute(name = TYPED_NIP, required = false) String nip,
      @RequestAttribute(name = MESSAGE, required = false) String message, Model model) {
    model.addAttribute("nip", nip);
    model.addAttribute("pesan", message);
    return page(model);
  }

  private String page(Model model) {
    List<ClientRegistration> providers = new ArrayList<>();
    InMemoryClientRegistrationRepository repository = oidc.getIfAvailable();
    if (repository != null) {
      repository.forEach(providers::add);
    }
    model.addAttribute("productName", properties.name());
    model.addAttribute("providers", providers);
    model.addAttribute("demo", properties.demo().enabled());
    return "login";
  }
}
