package id.kinerja.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is down every request (sessions live there too) is answered 503 with a
 * Retry-After, in Bahasa Indonesia; the health probe keeps answering for itself. The connection
 * pool reconnects by itself once the database is back.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

  private final DatabaseAvailability database;

  DatabaseUnavailableFilter(DatabaseAvailability database) {
    this.database = database;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (database.isUp()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "5");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains("text/html")) {
      response.setContentType("text/html");
      response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><meta charset=\"utf-8\"><title>Sedang tidak tersedia</title>"
          + "<p>Basis data sedang tidak dapat dihubungi. Pekerjaan Anda yang sudah tersimpan aman; "
          + "silakan coba lagi dalam beberapa detik.</p></html>");
    } else {
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"ServiceUnavailable\",\"message\":"
          + "\"Basis data sedang tidak dapat dihubungi; coba lagi dalam beberapa detik\"}");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** Before the session filter, which needs the database itself. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseAvailability database) {
      var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(database));
      registration.setName("Kinerja database availability");
      registration.addUrlPatterns("/*");
      registration.setOrder(Integer.MIN_VALUE + 10);
      return registration;
    }
  }
}
