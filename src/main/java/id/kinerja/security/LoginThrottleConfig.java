package id.kinerja.security;

import id.kinerja.system.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/** The login throttle and the known-device cookie, shared by every login path. */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfig {

  static final String DEVICE_KEY = "perangkat-dikenal";

  @Bean
  LoginThrottle loginThrottle(LoginThrottleProperties properties, ObjectProvider<Clock> clock) {
    return new LoginThrottle(properties.batasAlamat(), properties.batasAkun(), properties.entriMaks(),
        clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  KnownDevices knownDevices(JdbcClient jdbc, LoginThrottleProperties properties, ObjectProvider<Clock> clock) {
    SharedKeys keys = new SharedKeys(jdbc);
    return new KnownDevices(() -> keys.get(DEVICE_KEY), properties.perangkatDikenal(),
        clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> loginAttempts(ClientAddresses clientAddresses) {
    return LoginAttempt.source(clientAddresses);
  }
}
