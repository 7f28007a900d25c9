package id.kinerja.security;

import id.kinerja.system.web.ErrorMessages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * A request whose URL Spring Security's {@link StrictHttpFirewall} refuses (a path parameter
 * {@code ;x=y}, {@code ..}, {@code //}, an encoded slash or backslash, a NUL ...) is a 400 with a
 * short JSON message, everywhere.
 *
 * <p>The firewall runs in Spring Security's filter chain, but a path parameter on a URL of the REST
 * API ({@code /engine-rest;x=y/task}) already breaks the path parsing in front of that chain
 * (Spring's ServletRequestPathFilter: "Invalid contextPath", answered 500). So the same firewall is
 * also asked first of all, before any other filter; Spring Security uses the same firewall and
 * answer ({@link HttpFirewall} and {@link RequestRejectedHandler} beans) for what reaches it.
 * URLs that Tomcat itself refuses before any filter (an encoded slash, a NUL, a backslash) are
 * answered by {@code ContainerErrorReport}.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

  static final String MESSAGE = "Alamat (URL) permintaan tidak sah: ada karakter atau bagian alamat yang tidak "
      + "diizinkan (mis. ';', '..', '//', '\\', %00, %2F).";
  private static final Logger log = LoggerFactory.getLogger(RequestFirewall.class);

  @Bean
  HttpFirewall httpFirewall() {
    return new StrictHttpFirewall();
  }

  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> {
      log.debug("Request rejected by the firewall, answered 400: {}", rejected.getMessage());
      if (!response.isCommitted()) {
        ErrorMessages.writeJson(response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
      }
    };
  }

  @Bean
  FilterRegistrationBean<Filter> firewallFirst(HttpFirewall firewall, RequestRejectedHandler rejected) {
    Filter filter = (request, response, chain) -> {
      if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
        try {
          firewall.getFirewalledRequest(http);
        } catch (RequestRejectedException e) {
          rejected.handle(http, answer, e);
          return;
        }
      }
      chain.doFilter(request, response);
    };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("Kinerja request firewall");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    // before the database check and Spring Security's chain (whose path parsing fails on such URLs)
    registration.setOrder(Integer.MIN_VALUE + 5);
    return registration;
  }
}
