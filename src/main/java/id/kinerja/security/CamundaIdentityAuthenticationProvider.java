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
import org.springframework.stereotype.Component;

/**
 * Checks a login against the users of Camunda's identity service, so that one set of users and
 * groups serves Tasklist, Cockpit, Admin, the REST API and the product's own pages. The identity
 * service hashes passwords (salted SHA-512) and throttles repeated failures per user.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("NIP/ID pengguna atau kata sandi salah");
    }
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("NIP/ID pengguna atau kata sandi salah");
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
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
