package id.kinerja.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Tasklist's locale file late by 2 s, as on a slow line, while a test has switched it on
 * ({@link #on}); otherwise nothing. Part of the shared test application
 * ({@link SharedApplicationTest}) so that the test of the race (TasklistInIndonesianBrowserTest)
 * needs no context of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SlowTasklistLocale {

  private static volatile boolean slow;

  /** Switched on and off by the test, for the next page loads. */
  public static void on(boolean on) {
    slow = on;
  }

  @Bean
  FilterRegistrationBean<Filter> slowTasklistLocaleFile() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      if (slow && ((HttpServletRequest) request).getRequestURI().endsWith("/app/tasklist/locales/id.json")) {
        try {
          Thread.sleep(2000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      chain.doFilter(request, response);
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
