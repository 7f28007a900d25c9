package id.kinerja.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The product's API ({@code /api/**}) answers in JSON, also to a client that asked only for something
 * else ({@code Accept: image/png} from an image tag, a crawler, a fuzzer): such an Accept header gets
 * JSON added at the lowest preference. Without it Spring could not write a controller's refusal (a
 * 400 with its message) for that header and answered 500 instead; a download (CSV, PDF, ZIP) is
 * written by its controller and is not affected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiAnswersInJson extends OncePerRequestFilter {

  static final String FALLBACK = "application/json;q=0.01";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
      return true;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return true;
    }
    String lower = accept.toLowerCase(Locale.ROOT);
    return lower.contains("json") || lower.contains("*/*") || lower.contains("application/*");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String accept = request.getHeader(HttpHeaders.ACCEPT) + ", " + FALLBACK;
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public String getHeader(String name) {
        return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
      }

      @Override
      public Enumeration<String> getHeaders(String name) {
        return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(accept))
            : super.getHeaders(name);
      }
    }, response);
  }
}
