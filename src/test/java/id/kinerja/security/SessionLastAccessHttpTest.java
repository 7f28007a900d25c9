package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import id.kinerja.support.SharedApplicationTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A logged-in person's requests do not write the session row each time (issue 24: one UPDATE and
 * commit per daily-activity insert), yet the session stays valid, and its last access is written
 * again once a minute has passed since the stored one.
 */
@SharedApplicationTest
class SessionLastAccessHttpTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void requestsWithinAMinute_doNotWriteTheSession_aRequestAfterAMinuteDoes() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
        .matcher(browser.send(request("/login").build(), BodyHandlers.ofString()).body());
    assertThat(token.find()).isTrue();
    assertThat(browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=demo&password=demo&_csrf=" + token.group(1))).build(),
        BodyHandlers.discarding()).statusCode()).isEqualTo(302);
    String sessionId = new String(Base64.getDecoder().decode(cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("KINERJA_SESSION")).map(HttpCookie::getValue).findFirst().orElseThrow()),
        StandardCharsets.UTF_8);
    long afterLogin = lastAccess(sessionId);

    for (int i = 0; i < 3; i++) {
      assertThat(browser.send(request("/camunda/api/engine/engine/default/filter").build(), BodyHandlers.ofString())
          .statusCode()).as("still logged in").isEqualTo(200);
    }
    assertThat(lastAccess(sessionId)).as("not written by requests within the minute").isEqualTo(afterLogin);

    // as if the last written access were two minutes ago
    jdbc.update("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = LAST_ACCESS_TIME - 120000, EXPIRY_TIME = EXPIRY_TIME - 120000"
        + " WHERE SESSION_ID = ?", sessionId);
    long before = System.currentTimeMillis();
    assertThat(browser.send(request("/camunda/api/engine/engine/default/filter").build(), BodyHandlers.ofString())
        .statusCode()).isEqualTo(200);
    assertThat(lastAccess(sessionId)).as("written again after a minute").isGreaterThanOrEqualTo(before);
    assertThat(jdbc.queryForObject("SELECT EXPIRY_TIME - LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?",
        Long.class, sessionId)).as("expires 30 minutes after it").isEqualTo(30 * 60 * 1000L);
  }

  private long lastAccess(String sessionId) {
    return jdbc.queryForObject("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?", Long.class, sessionId);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }
}
