package id.kinerja.publication;

import id.kinerja.system.ClientAddresses;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
class PublicWebConfig {

  /** Ahead of Spring Security and sessions, so a refused request costs no session and no query. */
  @Bean
  FilterRegistrationBean<PublicRateLimitFilter> publicRateLimit(PublicProperties properties,
      SharedSubmissionBudget sharedSubmissions, ClientAddresses clientAddresses) {
    var registration = new FilterRegistrationBean<>(
        new PublicRateLimitFilter(properties, sharedSubmissions, clientAddresses));
    registration.addUrlPatterns("/publik", "/publik/*", "/api/publik/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setName("publicRateLimit");
    return registration;
  }

  /** Client addresses as the rate limits see them (the public pages', the login's). */
  @Bean
  ClientAddresses clientAddresses(PublicProperties properties) {
    return new ClientAddresses(properties.proxyTepercaya());
  }

  /** The submission budget all nodes share, in the database. */
  @Bean
  SharedSubmissionBudget sharedSubmissionBudget(PublicProperties properties, JdbcClient jdbc,
      PlatformTransactionManager transactionManager) {
    return new SharedSubmissionBudget(properties.batasKirim(), jdbc, transactionManager, System::currentTimeMillis);
  }
}
