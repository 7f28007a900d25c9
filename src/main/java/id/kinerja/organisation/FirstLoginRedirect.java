package id.kinerja.organisation;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a form login: an employee still holding the initial password from the import goes to the
 * password page first; everybody else goes where they were heading (or to the start page).
 */
@Component
class FirstLoginRedirect implements AuthenticationSuccessHandler {

  private final OrganisationRepository repository;
  private final SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();

  FirstLoginRedirect(OrganisationRepository repository) {
    this.repository = repository;
    usual.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, ServletException {
    if (repository.mustChangePassword(authentication.getName())) {
      response.sendRedirect(request.getContextPath() + PasswordChangePage.PATH);
    } else {
      usual.onAuthenticationSuccess(request, response, authentication);
    }
  }
}
