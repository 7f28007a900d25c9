package id.kinerja.publication;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class PublicWebConfig {

  /** Ahead of Spring Security and sessions, so a refused request costs no session and no query. */
  @Bean
  FilterRegistrationBean<PublicRateLimitFilter> publicRateLimit(PublicProperties properties) {
    var registration = new FilterRegistrationBean<>(new PublicRateLimitFilter(properties));
    registration.addUrlPatterns("/publik", "/publik/*", "/api/publik/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setName("publicRateLimit");
    return registration;
  }
}
