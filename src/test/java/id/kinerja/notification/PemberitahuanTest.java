package id.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.HeadlessChromium;
import id.kinerja.organisation.DemoPeople;
import id.kinerja.support.SharedApplicationTest;
import id.kinerja.support.WebSession;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notices the processes raise reach their readers: each person reads theirs and their groups'
 * on /pemberitahuan (linked from every page's navigation with the unread count), marks them read,
 * and never reads or marks anybody else's.
 */
@SharedApplicationTest
class PemberitahuanTest {

  static final String RUDI = DemoPeople.RUDI;
  static final String HENDRA = DemoPeople.KEPALA_BKPSDM;
  static final String YUNI_BKPSDM = DemoPeople.YUNI_BKPSDM;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void eachPersonReadsTheirOwnAndTheirGroupsNotices_andMarksOnlyThoseRead() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long untukRudi = notice(RUDI, "Untuk Rudi " + tag, "/camunda/app/tasklist/");
    long untukHendra = notice(HENDRA, "Untuk Hendra " + tag, null);
    long untukBkpsdm = notice("bkpsdm", "Untuk BKPSDM " + tag, "/admin/capaian-organisasi");

    WebSession rudi = WebSession.loggedIn(port, RUDI);
    String page = WebSession.text(rudi.getPage("/pemberitahuan"));
    assertThat(page).contains("Untuk Rudi " + tag).doesNotContain("Untuk Hendra " + tag).doesNotContain("Untuk BKPSDM " + tag)
        .contains("href=\"/camunda/app/tasklist/\"").containsPattern("Pemberitahuan \\(\\d+\\)")
        .contains(" WIB");
    // another person's notice: nothing happens to it
    redirected(rudi.submitForm("/pemberitahuan", "/pemberitahuan/" + untukHendra + "/dibaca", Map.of()).statusCode());
    assertThat(readBy(untukHendra)).isNull();
    redirected(rudi.submitForm("/pemberitahuan", "/pemberitahuan/" + untukRudi + "/dibaca", Map.of()).statusCode());
    assertThat(readBy(untukRudi)).isEqualTo(RUDI);
    assertThat(WebSession.text(rudi.getPage("/pemberitahuan"))).contains("Untuk Rudi " + tag).contains("dibaca");

    WebSession yuni = WebSession.loggedIn(port, YUNI_BKPSDM);
    assertThat(WebSession.text(yuni.getPage("/pemberitahuan"))).contains("Untuk BKPSDM " + tag).contains("untuk grup Anda")
        .contains("href=\"/admin/capaian-organisasi\"").doesNotContain("Untuk Rudi " + tag);
    redirected(yuni.submitForm("/pemberitahuan", "/pemberitahuan/dibaca", Map.of()).statusCode());
    assertThat(readBy(untukBkpsdm)).isEqualTo(YUNI_BKPSDM);
    assertThat(WebSession.text(yuni.getPage("/pemberitahuan"))).contains("oleh Yuni Astuti");
    assertThat(readBy(untukHendra)).as("marking all read marks only one's own and one's groups'").isNull();

    assertThat(WebSession.anonymous(port).getPage("/pemberitahuan").statusCode()).isEqualTo(302);
    assertThat(rudi.getPage("/pemberitahuan/abc/dibaca").statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
  }

  /** In Chromium as BKPSDM: from any page's navigation to the notice, to where to act, and marked read. */
  @Test
  void journey_bkpsdmFollowsTheNavigationToANotice_opensWhereToAct_andMarksItRead() {
    Assumptions.assumeTrue(HeadlessChromium.available(), "chromium and chromedriver are not installed");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String pesan = "Capaian kinerja organisasi Dinas Pendidikan tahun 2026 belum dicatat: penilaian tahunan pegawainya"
        + " menunggu kalibrasi. Catat di halaman Capaian organisasi. (" + tag + ")";
    long id = notice("bkpsdm", pesan, "/admin/capaian-organisasi");
    try (HeadlessChromium browser = HeadlessChromium.start("pemberitahuan")) {
      WebDriver driver = browser.driver();
      browser.logIn(port, YUNI_BKPSDM);

      driver.get("http://localhost:" + port + "/kinerja-saya");
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
          By.cssSelector("header.navigasi a[href='/pemberitahuan']"))).click();
      var item = browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//li[contains(., '(" + tag + ")')]")));
      assertThat(item.getText()).contains("Baru").contains("untuk grup Anda").contains("WIB");
      browser.screenshot("pemberitahuan-baru");

      item.findElement(By.xpath(".//button[normalize-space()='Sudah dibaca']")).click();
      var read = browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//li[contains(., '(" + tag + ")') and contains(., 'oleh Yuni Astuti')]")));
      assertThat(read.getText()).doesNotContain("Baru ·");
      assertThat(readBy(id)).isEqualTo(YUNI_BKPSDM);
      browser.screenshot("pemberitahuan-dibaca");

      read.findElement(By.linkText("Buka")).click();
      browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/admin/capaian-organisasi"));
    }
  }

  private static void redirected(int status) {
    assertThat(status).as("the form answers with the page again (redirect)").isEqualTo(302);
  }

  private long notice(String penerima, String pesan, String tautan) {
    jdbc.sql("INSERT INTO notifikasi (penerima, pesan, tautan) VALUES (?, ?, ?)").params(penerima, pesan, tautan).update();
    return jdbc.sql("SELECT MAX(id) FROM notifikasi WHERE pesan = ?").param(pesan).query(Long.class).single();
  }

  private String readBy(long id) {
    return jdbc.sql("SELECT dibaca_oleh FROM notifikasi WHERE id = ?").param(id).query(String.class).optional().orElse(null);
  }
}
