package id.kinerja.security;

import id.kinerja.system.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a login comes from, as the login throttle needs it: the client's address and the browser's
 * known-device cookie (unchecked). Every login path attaches it to its authentication token.
 *
 * @param client the client's address ({@link ClientAddresses})
 * @param deviceCookie the {@link KnownDevices#COOKIE} sent along; null without one
 */
record LoginAttempt(String client, String deviceCookie) {

  /** A token that arrived without details: all such logins share one address budget. */
  static final LoginAttempt UNKNOWN = new LoginAttempt("tidak-diketahui", null);

  static AuthenticationDetailsSource<HttpServletRequest, LoginAttempt> source(ClientAddresses addresses) {
    return request -> new LoginAttempt(addresses.of(request), KnownDevices.cookieOf(request));
  }
}
