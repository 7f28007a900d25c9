package id.kinerja.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** OpenID Connect is switched on by configuration alone (here: a regional Keycloak). */
@SpringBootTest(properties = {
    "spring.security.oauth2.client.registration.keycloak.client-id=kinerja",
    "spring.security.oauth2.client.registration.keycloak.client-secret=rahasia",
    "spring.security.oauth2.client.registration.keycloak.client-name=SSO Pemda",
    "spring.security.oauth2.client.registration.keycloak.scope=openid,profile",
    "spring.security.oauth2.client.registration.keycloak.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.keycloak.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.keycloak.authorization-uri=https://sso.example.go.id/auth",
    "spring.security.oauth2.client.provider.keycloak.token-uri=https://sso.example.go.id/token",
    "spring.security.oauth2.client.provider.keycloak.jwk-set-uri=https://sso.example.go.id/certs",
    "spring.security.oauth2.client.provider.keycloak.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcLoginTest {

  @Autowired MockMvc mvc;

  @Test
  void loginPage_offersTheConfiguredProvider() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Masuk dengan SSO Pemda")))
        .andExpect(content().string(containsString("/oauth2/authorization/keycloak")));
  }

  @Test
  void choosingTheProvider_sendsTheBrowserToItsAuthorizationEndpoint() throws Exception {
    mvc.perform(get("/oauth2/authorization/keycloak"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", startsWith("https://sso.example.go.id/auth?")))
        .andExpect(header().string("Location", containsString("client_id=kinerja")));
  }
}
