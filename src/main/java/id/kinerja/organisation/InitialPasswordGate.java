package id.kinerja.organisation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whoever still holds the initial password from the import does nothing else until it is
 * changed, whichever door they came in by (the login page, the webapps' own login form, HTTP
 * Basic on the REST API): pages send them to the password page, API calls get a 403 that says so.
 * Once a session is known to be past that, it is not asked again.
 */
class InitialPasswordGate extends OncePerRequestFilter {

  private static final String CHECKED = InitialPasswordGate.class.getName() + ".checked";
  private static final List<String> ALWAYS_ALLOWED = List.of(PasswordChangePage.PATH, "/login", "/logout",
      "/error", "/css/", "/img/", "/js/", "/favicon.ico", "/publik", "/actuator/health");

  private final OrganisationRepository repository;

  InitialPasswordGate(OrganisationRepository repository) {
    this.repository = repository;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return ALWAYS_ALLOWED.stream().anyMatch(path::startsWith) || path.matches("/camunda/api/admin/auth/user/[^/]+/logout");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Principal user = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    boolean known = session != null && user != null && user.getName().equals(session.getAttribute(CHECKED));
    if (user == null || known || !repository.mustChangePassword(user.getName())) {
      if (user != null && session != null && !known) {
        session.setAttribute(CHECKED, user.getName());
      }
      chain.doFilter(request, response);
      return;
    }
    String accept = request.getHeader("Accept");
    if ("GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")) {
      response.sendRedirect(request.getContextPath() + PasswordChangePage.PATH);
      return;
    }
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"Ganti dulu kata sandi awal Anda di "
        + request.getContextPath() + PasswordChangePage.PATH + "\"}");
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Right behind Spring Security, so the caller is known, and before anything else runs. */
    @Bean
    FilterRegistrationBean<InitialPasswordGate> initialPasswordGate(OrganisationRepository repository) {
      var registration = new FilterRegistrationBean<>(new InitialPasswordGate(repository));
      registration.setName("Kinerja initial password gate");
      registration.addUrlPatterns("/*");
      registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
      return registration;
    }
  }
}
