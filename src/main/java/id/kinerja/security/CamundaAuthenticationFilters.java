package id.kinerja.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user that Spring Security authenticated to the process engine, so that every REST call
 * and every webapp request runs as that user and Camunda's authorization checks apply. Both filters
 * sit right behind Spring Security's filter chain and read the request's principal.
 */
@Configuration(proxyBeanMethods = false)
class CamundaAuthenticationFilters {

  private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;
  private static final String PROVIDER_PARAM = "authentication-provider";

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("Kinerja REST authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setInitParameters(Map.of(PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName()));
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WhenLoggedIn> webappAuthentication() {
    var registration = new FilterRegistrationBean<>(new WhenLoggedIn(new ContainerBasedAuthenticationFilter()));
    registration.setName("Kinerja webapp authentication");
    registration.addUrlPatterns("/camunda/*");
    registration.setInitParameters(Map.of(PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName()));
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  /**
   * Passes the logged-in user to the webapps; for a visitor who is not logged in it steps aside,
   * so the webapps can show their login form instead of a bare 401.
   */
  static final class WhenLoggedIn implements Filter {

    private final Filter delegate;

    WhenLoggedIn(Filter delegate) {
      this.delegate = delegate;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
      delegate.init(config);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if (request instanceof HttpServletRequest http && http.getUserPrincipal() != null) {
        delegate.doFilter(request, response, chain);
      } else {
        chain.doFilter(request, response);
      }
    }

    @Override
    public void destroy() {
      delegate.destroy();
    }
  }
}
