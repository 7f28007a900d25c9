package id.kinerja.security;

import id.kinerja.system.KinerjaProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

@Controller
class LoginController {

  private final KinerjaProperties properties;
  private final ObjectProvider<InMemoryClientRegistrationRepository> oidc;

  LoginController(KinerjaProperties properties, ObjectProvider<InMemoryClientRegistrationRepository> oidc) {
    this.properties = properties;
    this.oidc = oidc;
  }

  @GetMapping("/login")
  String login(Model model) {
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
