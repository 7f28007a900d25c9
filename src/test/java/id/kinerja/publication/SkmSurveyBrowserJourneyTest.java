package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kinerja.support.HeadlessChromium;
import id.kinerja.support.SharedApplicationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen answers the Survei Kepuasan Masyarakat on a phone, without logging in: from the public
 * page to a unit's survey, nine answers, sent; the thank-you page confirms it and the answer is
 * stored for that unit, with no name. Screenshots in target/screenshots/g-warga-mengisi-skm/.
 */
@SharedApplicationTest
class SkmSurveyBrowserJourneyTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void citizenSubmitsTheSkmSurvey_onAPhone() {
    assumeTrue(HeadlessChromium.available(), HeadlessChromium.SKIP_REASON);
    long before = jdbc.sql("SELECT COUNT(*) FROM skm_respons").query(Long.class).single();
    try (HeadlessChromium browser = HeadlessChromium.start("g-warga-mengisi-skm")) {
      browser.asPhone();
      var wait = browser.waitUpTo(Duration.ofSeconds(60));
      var driver = browser.driver();
      driver.get("http://localhost:" + port + "/publik");
      WebElement survey = wait.until(ExpectedConditions.elementToBeClickable(
          By.cssSelector("ul.units a[href$='/survei']")));
      String unitCode = survey.getAttribute("href").replaceAll(".*/publik/unit/([^/]+)/survei$", "$1");
      browser.screenshot("halaman-publik");
      click(driver, survey);

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-survei")));
      browser.screenshot("survei-kosong");
      List<WebElement> questions = driver.findElements(By.cssSelector("#form-survei fieldset.skala"));
      assertThat(questions).hasSize(9);
      for (int i = 0; i < questions.size(); i++) {
        // answers 3 and 4 alternately, by clicking the label as a thumb would
        int score = i % 2 == 0 ? 4 : 3;
        click(driver, questions.get(i).findElement(
            By.xpath(".//label[input[@type='radio' and @value='" + score + "']]")));
      }
      browser.screenshot("survei-terisi");
      click(driver, driver.findElement(By.cssSelector("#form-survei button[type='submit']")));

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("survei-tersimpan")));
      browser.screenshot("terima-kasih");

      assertThat(jdbc.sql("SELECT COUNT(*) FROM skm_respons").query(Long.class).single()).isEqualTo(before + 1);
      assertThat(jdbc.sql("SELECT u1, u2, u9 FROM skm_respons WHERE unit_code = ? ORDER BY id DESC")
          .param(unitCode).query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).list().get(0))
          .containsExactly(4, 3, 4);
    }
  }

  private static void click(org.openqa.selenium.WebDriver driver, WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }
}
