package id.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineWriteGateConfig {

  /** After Spring Security (the caller is known), before the form checks and the engine. */
  @Bean
  FilterRegistrationBean<EngineWriteGate> engineWriteGate(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new EngineWriteGate(json));
    registration.setName("Kinerja engine write gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
    return registration;
  }
}
