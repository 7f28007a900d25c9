package id.kinerja.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.SharedApplicationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The one browser login in front of Tasklist, Cockpit, Admin and the product's pages. */
@SharedApplicationTest
class WebLoginTest {

  @Autowired MockMvc mvc;
  @LocalServerPort int port;

  @Test
  void productPage_withoutLogin_redirectsToTheLoginPage() throws Exception {
    mvc.perform(get("/").accept("text/html"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("http://localhost/login"));
  }

  @Test
  void loginPage_isPublic_inIndonesian_withSecureHeaders() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
            .string(org.hamcrest.Matchers.containsString("Kata sandi")))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
        .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")));
  }

  @Test
  void loginWithoutCsrfToken_isRefused() throws Exception {
    mvc.perform(post("/login").param("username", "demo").param("password", "demo"))
        .andExpect(status().isForbidden());
  }

  @Test
  void formLogin_opensTheWebappsApiInTheSameSession_andLogoutClosesIt() throws Exception {
    var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> page = browser.send(request("/login").build(), BodyHandlers.ofString());
    String loginPage = page.body();
    String cookie = String.join(";", page.headers().allValues("Set-Cookie"));
    assertThat(cookie).contains("KINERJA_SESSION").contains("HttpOnly").contains("SameSite=Lax");
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(token.find()).isTrue();

    HttpResponse<String> login = browser.send(request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=demo&password=demo&_csrf=" + token.group(1))).build(),
        BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

    HttpResponse<String> filters = browser.send(request("/camunda/api/engine/engine/default/filter").build(),
        BodyHandlers.ofString());
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("Tugas Saya");

    // the webapps' own logout button ends the one session
    browser.send(request("/camunda/app/tasklist/default/").build(), BodyHandlers.discarding());
    String xsrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    HttpResponse<String> logout = browser.send(request("/camunda/api/admin/auth/user/default/logout")
        .header("X-XSRF-TOKEN", xsrf).POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(browser.send(request("/camunda/api/engine/engine/default/filter").build(), BodyHandlers.ofString())
        .statusCode()).isEqualTo(401);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  @Test
  void wrongPassword_showsTheLoginPageAgain_withTheNipAndWhatWasWrong() throws Exception {
    var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(browser.send(request("/login").build(), BodyHandlers.ofString()).body());
    assertThat(token.find()).isTrue();

    HttpResponse<String> again = browser.send(request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=tidakAda&password=salah&_csrf=" + token.group(1))).build(),
        BodyHandlers.ofString());

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("NIP/ID pengguna atau kata sandi salah.").contains("value=\"tidakAda\"")
        .contains("name=\"_csrf\"");
  }
}
