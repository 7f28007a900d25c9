package id.kinerja.navigation;

import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The navigation as JSON, for the scripts on Camunda's Welcome page and in Tasklist. */
@RestController
class NavigationApi {

  private final Navigation navigation;

  NavigationApi(Navigation navigation) {
    this.navigation = navigation;
  }

  @GetMapping("/api/navigasi")
  Navigation.Menu menu(Principal principal) {
    return navigation.menu(principal instanceof Authentication auth ? auth : null);
  }
}
