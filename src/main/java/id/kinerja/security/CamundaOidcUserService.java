package id.kinerja.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a login through OpenID Connect (e.g. a regional Keycloak) to the Camunda user whose id is
 * the configured claim (the NIP by default in "preferred_username"); roles come from that user's
 * Camunda groups, so the identity provider only proves who somebody is.
 */
@Component
class CamundaOidcUserService extends OidcUserService {

  private final IdentityService identityService;
  private final String userIdClaim;

  CamundaOidcUserService(IdentityService identityService,
      @Value("${kinerja.oidc.user-id-claim:preferred_username}") String userIdClaim) {
    this.identityService = identityService;
    this.userIdClaim = userIdClaim;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser oidcUser = super.loadUser(request);
    String userId = oidcUser.getClaimAsString(userIdClaim);
    if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
      throw new OAuth2AuthenticationException(new OAuth2Error("unknown_user",
          "Pengguna '" + userId + "' tidak terdaftar di Kinerja", null));
    }
    return new DefaultOidcUser(
        CamundaIdentityAuthenticationProvider.groupAuthorities(identityService, userId),
        oidcUser.getIdToken(), oidcUser.getUserInfo(), userIdClaim);
  }
}
