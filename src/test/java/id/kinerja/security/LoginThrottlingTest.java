package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.LoopbackClient;
import id.kinerja.support.LoopbackClient.Response;
import id.kinerja.support.SharedApplicationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login throttle over real HTTP, on all three ways in: the login page, HTTP Basic on the REST
 * API and the webapps' own login form. Every client sits on a loopback address of its own
 * (127.0.0.x), so the server sees a stranger and the account's owner as two clients; every test has
 * fresh accounts and addresses of its own (other tests in this application context keep off
 * 127.0.0.x: failures from one of them count for all), and the defaults of application.yaml (10 failures per address, then
 * one every 10 s; 5 per account from unknown devices, then one every 2 minutes).
 */
@SharedApplicationTest
class LoginThrottlingTest {

  private static final AtomicInteger SERIAL = new AtomicInteger(100);
  private static final String PASSWORD = "rahasia-benar";
  private static final Pattern WAIT = Pattern.compile("Tunggu (\\d+) detik");

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private String newEmployee() {
    String nip = "1970010120261" + SERIAL.incrementAndGet() + "01";
    User user = identityService.newUser(nip);
    user.setFirstName("Pegawai");
    user.setLastName("Uji Masuk");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(nip, Roles.ASN);
    return nip;
  }

  private LoopbackClient client(int lastByte) {
    return new LoopbackClient("127.0.0." + lastByte, port);
  }

  /** The login page's form, as a browser fills it in. */
  private static Response formLogin(LoopbackClient browser, String nip, String password) {
    String token = browser.get("/login").csrfToken();
    return browser.postForm("/login", Map.of("username", nip, "password", password, "_csrf", token));
  }

  private static boolean loggedIn(Response response) {
    return response.status() == 302 && !response.header("Location").orElse("").contains("login");
  }

  private static String basicHeader(String nip) {
    return "Basic " + Base64.getEncoder().encodeToString((nip + ":salah").getBytes(StandardCharsets.UTF_8));
  }

  private static Response basic(LoopbackClient client, String nip, String password) {
    String credentials = Base64.getEncoder().encodeToString((nip + ":" + password).getBytes(StandardCharsets.UTF_8));
    return client.get("/engine-rest/task?maxResults=1", "Authorization", "Basic " + credentials);
  }

  /** The webapps' login form: the shell first (for Camunda's XSRF cookie), then its POST. */
  private static Response webappLogin(LoopbackClient browser, String nip, String password) {
    if (browser.cookie("XSRF-TOKEN").isEmpty()) {
      assertThat(browser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
    }
    return browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        Map.of("username", nip, "password", password),
        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow(), "Accept", "application/json");
  }

  /** A 429 with Retry-After, whose Indonesian message names the same number of seconds. */
  private static long assertThrottled(Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(429);
    long retryAfter = Long.parseLong(response.header("Retry-After").orElseThrow());
    assertThat(retryAfter).isPositive();
    Matcher wait = WAIT.matcher(response.body());
    assertThat(wait.find()).as(response.body()).isTrue();
    assertThat(Long.parseLong(wait.group(1))).isEqualTo(retryAfter);
    return retryAfter;
  }

  // (a) a stranger cannot keep the owner out

  @Test
  void strangersWrongPasswords_neverKeepTheOwnerOutOfTheirKnownBrowser() {
    String nip = newEmployee();
    LoopbackClient owner = client(10);
    LoopbackClient stranger = client(11);
    assertThat(loggedIn(formLogin(owner, nip, PASSWORD))).isTrue();

    for (int attempt = 1; attempt <= 8; attempt++) {
      assertThat(loggedIn(formLogin(stranger, nip, "tebakan-" + attempt))).as("stranger's attempt %d", attempt).isFalse();
      // the owner comes back right after each of the stranger's tries: a new session, same browser
      owner.forgetCookiesExcept(KnownDevices.COOKIE);
      assertThat(loggedIn(formLogin(owner, nip, PASSWORD))).as("owner after the stranger's attempt %d", attempt).isTrue();
    }
    // the stranger himself has been held up since his sixth guess
    assertThrottled(formLogin(stranger, nip, "tebakan-lagi"));
  }

  @Test
  void theOwnersFirstLoginOnANewDevice_worksAfterFourWrongPasswordsOfAStranger_thenWaits() {
    String nip = newEmployee();
    LoopbackClient stranger = client(12);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(loggedIn(formLogin(stranger, nip, "tebakan-" + attempt))).isFalse();
    }
    assertThat(loggedIn(formLogin(client(13), nip, PASSWORD))).as("new phone, after 4 strangers' failures").isTrue();

    assertThat(loggedIn(formLogin(stranger, nip, "tebakan-5"))).isFalse();
    // five failures from unknown devices: unknown devices wait for the account's next token (2 min)
    Response newLaptop = formLogin(client(14), nip, PASSWORD);
    assertThat(assertThrottled(newLaptop)).isBetween(100L, 120L);
    assertThat(newLaptop.body()).contains("untuk NIP/ID ini").contains("perangkat yang pernah Anda pakai");
  }

  @Test
  void theIdentityServiceItself_neverLocksAnAccount() {
    String nip = newEmployee();
    for (int attempt = 0; attempt < 12; attempt++) {
      assertThat(identityService.checkPassword(nip, "salah")).isFalse();
    }
    assertThat(identityService.checkPassword(nip, PASSWORD)).as("no lock after 12 failures").isTrue();
  }

  // (b) spraying from one client

  @Test
  void fortySprayedLoginsFromOneClient_getMostly429_whileOtherClientsGoOn() {
    LoopbackClient sprayer = client(20);
    String token = sprayer.get("/login").csrfToken();
    List<Integer> statuses = new ArrayList<>();
    List<String> retryAfters = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // a fresh forged X-Forwarded-For every time: no proxy is trusted here, so it changes nothing
      Response response = sprayer.postForm("/login",
          Map.of("username", "19800101200501" + (1000 + i), "password", "123456", "_csrf", token),
          "X-Forwarded-For", "198.51.100." + i);
      statuses.add(response.status());
      response.header("Retry-After").ifPresent(retryAfters::add);
    }

    assertThat(statuses.subList(0, 10)).as(statuses.toString()).containsOnly(200);
    assertThat(statuses.stream().filter(status -> status == 429).count()).as(statuses.toString())
        .isGreaterThanOrEqualTo(28);
    assertThat(retryAfters).allSatisfy(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 10L));
    // another client is not held up by it
    String nip = newEmployee();
    LoopbackClient other = client(21);
    assertThat(loggedIn(formLogin(other, nip, "salah"))).isFalse();
    assertThat(loggedIn(formLogin(other, nip, PASSWORD))).isTrue();
  }

  @Test
  void fortySprayedBasicLogins_getMostly429WithAJsonMessage() {
    LoopbackClient sprayer = client(22);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      responses.add(basic(sprayer, "19800101200502" + (1000 + i), "123456"));
    }

    assertThat(responses.subList(0, 10)).allSatisfy(response -> assertThat(response.status()).isEqualTo(401));
    List<Response> throttled = responses.stream().filter(response -> response.status() == 429).toList();
    assertThat(throttled).hasSizeGreaterThanOrEqualTo(28);
    Response last = responses.get(39);
    assertThrottled(last);
    assertThat(last.header("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(last.body()).startsWith("{\"type\":\"LoginThrottledException\",\"message\":\"Terlalu banyak percobaan masuk");
  }

  @Test
  void theActuatorsBasicLogin_isThrottledToo() {
    LoopbackClient sprayer = client(24);
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(sprayer.get("/actuator/metrics", "Authorization", basicHeader("19800101200504" + (1000 + attempt)))
          .status()).isEqualTo(401);
    }
    Response refused = sprayer.get("/actuator/metrics", "Authorization", basicHeader("198001012005041011"));
    assertThrottled(refused);
    assertThat(refused.body()).contains("dari alamat jaringan Anda");
  }

  @Test
  void fortySprayedWebappLogins_getMostly429WithAMessageTheLoginFormShows() {
    LoopbackClient sprayer = client(23);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      responses.add(webappLogin(sprayer, "19800101200503" + (1000 + i), "123456"));
    }

    assertThat(responses.subList(0, 10)).allSatisfy(response -> assertThat(response.status()).isEqualTo(401));
    assertThat(responses.stream().filter(response -> response.status() == 429).count()).isGreaterThanOrEqualTo(28);
    Response last = responses.get(39);
    assertThrottled(last);
    // the webapps' login form shows data.message of the answer
    assertThat(last.body()).contains("\"message\":\"Terlalu banyak percobaan masuk yang gagal dari alamat jaringan Anda.");
  }

  // (c) one typing mistake

  @Test
  void aMistypedPassword_thenTheRightOne_isLetInAtOnce_onEveryPath() {
    String nip = newEmployee();
    LoopbackClient browser = client(30);
    assertThat(loggedIn(formLogin(browser, nip, "rahasia-bener"))).isFalse();
    assertThat(loggedIn(formLogin(browser, nip, PASSWORD))).as("login page").isTrue();

    LoopbackClient script = client(31);
    assertThat(basic(script, nip, "rahasia-bener").status()).isEqualTo(401);
    assertThat(basic(script, nip, PASSWORD).status()).as("HTTP Basic").isEqualTo(200);

    LoopbackClient tasklist = client(32);
    assertThat(webappLogin(tasklist, nip, "rahasia-bener").status()).isEqualTo(401);
    Response webapp = webappLogin(tasklist, nip, PASSWORD);
    assertThat(webapp.status()).as("webapps' login: " + webapp.body()).isEqualTo(200);
    assertThat(webapp.body()).contains("\"userId\":\"" + nip + "\"");
    assertThat(tasklist.cookie(KnownDevices.COOKIE)).as("the webapps' login makes the browser known too").isPresent();
  }

  // (d) the login page after a failure

  @Test
  void theLoginPage_keepsTheNip_andSaysWhatWentWrong_orHowLongToWait() {
    String nip = newEmployee();
    LoopbackClient stranger = client(40);
    Response wrong = formLogin(stranger, nip, "salah");
    assertThat(wrong.status()).isEqualTo(200);
    assertThat(wrong.body()).contains("NIP/ID pengguna atau kata sandi salah.")
        .contains("value=\"" + nip + "\"");
    for (int attempt = 2; attempt <= 5; attempt++) {
      formLogin(stranger, nip, "salah-" + attempt);
    }

    Response waiting = formLogin(client(41), nip, PASSWORD);

    assertThrottled(waiting);
    assertThat(waiting.body()).contains("value=\"" + nip + "\"").contains("Terlalu banyak percobaan masuk yang gagal")
        .contains("name=\"_csrf\"");
    assertThat(waiting.header("Content-Type").orElseThrow()).startsWith("text/html");
  }

  // (e) the same for HTTP Basic and the webapps

  @Test
  void anAccountUnderAttack_answersBasicAndTheWebappsFromUnknownDevicesWith429InIndonesian() {
    String nip = newEmployee();
    LoopbackClient stranger = client(50);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(basic(stranger, nip, "salah-" + attempt).status()).isEqualTo(401);
    }

    Response script = basic(client(51), nip, PASSWORD);
    assertThrottled(script);
    assertThat(script.body()).contains("untuk NIP/ID ini");
    Response tasklist = webappLogin(client(52), nip, PASSWORD);
    assertThrottled(tasklist);
    assertThat(tasklist.body()).contains("untuk NIP/ID ini");
  }

  @Test
  void theOldPasswordOnThePasswordPage_isCheckedUnderTheSameThrottle() {
    String nip = newEmployee();
    LoopbackClient browser = client(70);
    assertThat(loggedIn(formLogin(browser, nip, PASSWORD))).isTrue();
    String token = browser.get("/akun/kata-sandi").csrfToken();
    Map<String, String> guess = Map.of("lama", "tebakan", "baru", "rahasia-baru-1", "ulangi", "rahasia-baru-1",
        "_csrf", token);
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(browser.postForm("/akun/kata-sandi", guess).body()).as("guess %d", attempt)
          .contains("Kata sandi lama salah.");
    }

    // a stolen session guesses the password no faster than the login page allows
    assertThat(browser.postForm("/akun/kata-sandi", guess).body())
        .contains("Terlalu banyak percobaan masuk yang gagal dari alamat jaringan Anda. Tunggu");
    assertThat(identityService.checkPassword(nip, PASSWORD)).isTrue();
  }

  @Test
  void theKnownDeviceCookie_isHttpOnlyAndSameSite_andCountsOnEveryPath() {
    String nip = newEmployee();
    LoopbackClient owner = client(60);
    Response login = formLogin(owner, nip, PASSWORD);
    assertThat(loggedIn(login)).isTrue();
    assertThat(login.headers("Set-Cookie")).filteredOn(cookie -> cookie.startsWith(KnownDevices.COOKIE + "="))
        .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax")
            .contains("Max-Age=7776000").doesNotContain(nip));
    LoopbackClient stranger = client(61);
    for (int attempt = 1; attempt <= 6; attempt++) {
      basic(stranger, nip, "salah-" + attempt);
    }

    assertThat(basic(owner, nip, PASSWORD).status()).as("a script sending the cookie").isEqualTo(200);
    owner.forgetCookiesExcept(KnownDevices.COOKIE);
    assertThat(webappLogin(owner, nip, PASSWORD).status()).isEqualTo(200);
  }
}
