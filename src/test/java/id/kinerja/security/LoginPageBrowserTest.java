package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.LoopbackClient;
import id.kinerja.support.SharedApplicationTest;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login page in headless Chromium while a stranger tries the same NIPs from elsewhere: a typing
 * mistake is named and the NIP stays in the field; the right password right after gets in; a
 * stranger's failures do not keep the owner out of their own browser; a NIP the browser has never
 * logged in as, under attack, says how many seconds to wait, on a desktop and on a phone; and
 * Tasklist's own login form shows the same. Screenshots in target/screenshots/i-masuk-dibatasi/.
 */
@SharedApplicationTest
class LoginPageBrowserTest {

  private static final String PASSWORD = "rahasia-benar";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private String newEmployee(String nip, String name) {
    User user = identityService.newUser(nip);
    user.setFirstName(name);
    user.setLastName("Uji");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(nip, Roles.ASN);
    return nip;
  }

  /** A stranger on another network (127.0.1.x) tries the NIP with wrong passwords. */
  private void strangerTries(String address, String nip, int times) {
    // not 127.0.0.x: LoginThrottlingTest, in the same application context, has those
    LoopbackClient stranger = new LoopbackClient(address, port);
    String token = stranger.get("/login").csrfToken();
    for (int attempt = 1; attempt <= times; attempt++) {
      stranger.postForm("/login", Map.of("username", nip, "password", "tebakan-" + attempt, "_csrf", token));
    }
  }

  private static void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  private static String value(WebDriver driver, String id) {
    return driver.findElement(By.id(id)).getDomProperty("value");
  }

  /** Logged in: the page asked for before the login (the password page) is there. */
  private static void awaitPasswordPage(HeadlessChromium browser) {
    browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
        By.tagName("h1"), "Ganti kata sandi"));
    assertThat(browser.driver().getCurrentUrl()).contains("/akun/kata-sandi");
  }

  @Test
  void aMistake_isNamedAndTheNipKept_aStrangerDoesNotKeepTheOwnerOut_andAWaitSaysHowLong() {
    assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_REASON);
    String owner = newEmployee("197001012026201001", "Sari");
    String colleague = newEmployee("197001012026201002", "Budi");
    try (HeadlessChromium browser = HeadlessChromium.start("i-masuk-dibatasi")) {
      WebDriver driver = browser.driver();
      driver.get(url("/akun/kata-sandi"));
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
      browser.screenshot("halaman-masuk");

      type(driver.findElement(By.id("username")), owner);
      type(driver.findElement(By.id("password")), "rahasia-bener");
      driver.findElement(By.cssSelector("form button[type=submit]")).click();
      WebElement message = browser.waitUpTo(Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan-masuk")));
      assertThat(message.getText()).isEqualTo("NIP/ID pengguna atau kata sandi salah.");
      assertThat(value(driver, "username")).as("the NIP stays").isEqualTo(owner);
      assertThat(value(driver, "password")).isEmpty();
      assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("ready for the password").isEqualTo("password");
      browser.screenshot("kata-sandi-salah");

      // only the password is typed again, and it gets in at once
      driver.findElement(By.id("password")).sendKeys(PASSWORD);
      driver.findElement(By.cssSelector("form button[type=submit]")).click();
      awaitPasswordPage(browser);
      browser.screenshot("masuk");

      // a stranger spends the owner's budget for unknown devices; this browser is known for the owner
      strangerTries("127.0.1.70", owner, 6);
      driver.manage().deleteCookieNamed("KINERJA_SESSION");
      driver.get(url("/akun/kata-sandi"));
      type(driver.findElement(By.id("username")), owner);
      type(driver.findElement(By.id("password")), PASSWORD);
      driver.findElement(By.cssSelector("form button[type=submit]")).click();
      awaitPasswordPage(browser);
      browser.screenshot("masuk-walau-ada-yang-menebak");

      // the colleague's NIP has never logged in on this browser, and a stranger is at it too
      strangerTries("127.0.1.71", colleague, 5);
      driver.manage().deleteCookieNamed("KINERJA_SESSION");
      driver.get(url("/login"));
      type(driver.findElement(By.id("username")), colleague);
      type(driver.findElement(By.id("password")), PASSWORD);
      driver.findElement(By.cssSelector("form button[type=submit]")).click();
      message = browser.waitUpTo(Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan-masuk")));
      assertThat(message.getText()).matches("Terlalu banyak percobaan masuk yang gagal untuk NIP/ID ini\\. "
          + "Tunggu \\d+ detik, lalu coba lagi\\. .*");
      assertThat(value(driver, "username")).isEqualTo(colleague);
      browser.screenshot("tunggu");

      driver.manage().window().setSize(new Dimension(390, 844));
      driver.get(url("/login"));
      type(driver.findElement(By.id("username")), colleague);
      type(driver.findElement(By.id("password")), PASSWORD);
      driver.findElement(By.cssSelector("form button[type=submit]")).click();
      message = browser.waitUpTo(Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan-masuk")));
      assertThat(message.getText()).contains("Tunggu");
      assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
          .intValue()).as("fits the phone").isLessThanOrEqualTo(390);
      browser.screenshot("tunggu-ponsel");

      // Tasklist's own login form says the same
      driver.manage().window().setSize(new Dimension(1366, 900));
      driver.manage().deleteAllCookies();
      driver.get(url("/camunda/app/tasklist/default/#/login"));
      WebElement username = browser.waitUpTo(Duration.ofSeconds(120))
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
      type(username, colleague);
      type(driver.findElement(By.cssSelector("input[ng-model='password']")), PASSWORD);
      driver.findElement(By.cssSelector("form button[type='submit']")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
          By.tagName("body"), "Terlalu banyak percobaan masuk yang gagal untuk NIP/ID ini"));
      browser.screenshot("tasklist-tunggu");
    }
  }
}
