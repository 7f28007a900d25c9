package id.kinerja.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a login against the users of Camunda's identity service, so that one set of users and
 * groups serves Tasklist, Cockpit, Admin, the REST API and the product's own pages. The identity
 * service hashes passwords (salted SHA-512); its own lock of a user after failures is switched off
 * (application.yaml), because anybody could trigger it. Failures are throttled by the
 * {@link LoginThrottle} instead, per client address and, for unknown devices, per account, before
 * the password is looked at.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final String WRONG_CREDENTIALS = "NIP/ID pengguna atau kata sandi salah.";

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final KnownDevices knownDevices;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
      KnownDevices knownDevices) {
    this.identityService = identityService;
    this.throttle = throttle;
    this.knownDevices = knownDevices;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    LoginAttempt from = authentication.getDetails() instanceof LoginAttempt attempt ? attempt : LoginAttempt.UNKNOWN;
    String account = LoginThrottle.account(userId);
    LoginThrottle.Attempt attempt = throttle.begin(from.client(), account,
        knownDevices.knows(from.deviceCookie(), account));
    if (attempt.refused()) {
      throw new LoginThrottledException(attempt);
    }
    boolean answered = false;
    boolean right = false;
    try {
      right = account != null && credentials != null && identityService.checkPassword(userId, credentials.toString());
      answered = true;
    } finally {
      // a failure costs its reservation; a right password, or no answer (database gone), nothing
      if (right || !answered) {
        throttle.giveBack(attempt);
      }
    }
    if (!right) {
      throw new BadCredentialsException(WRONG_CREDENTIALS);
    }
    var authenticated = UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
    // what Spring's own details would hold (the login's attempt, with its cookie, stays out of the session)
    authenticated.setDetails(new WebAuthenticationDetails(from.client(), null));
    return authenticated;
  }

  List<GrantedAuthority> authoritiesOf(String userId) {
    return groupAuthorities(identityService, userId);
  }

  static List<GrantedAuthority> groupAuthorities(IdentityService identityService, String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(Roles::authorityOf)
        .map(SimpleGrantedAuthority::new)
        .map(GrantedAuthority.class::cast)
        .toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
