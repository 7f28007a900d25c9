package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signed known-device cookie: for whom it counts, for how long, and what a forger can do with it. */
class KnownDevicesTest {

  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T07:30:00Z"));
  private final KnownDevices devices = new KnownDevices(() -> "kunci-uji-32-byte-panjangnya-pas".getBytes(
      StandardCharsets.US_ASCII), Duration.ofDays(90), clock);

  @Test
  void aRememberedAccount_isKnown_andNoOtherAccount() {
    String cookie = devices.remember(null, "199001012020121001");

    assertThat(devices.knows(cookie, "199001012020121001")).isTrue();
    assertThat(devices.knows(cookie, "199001012020121002")).isFalse();
    assertThat(cookie).doesNotContain("199001012020121001");
  }

  @Test
  void theCookie_expiresNinetyDaysAfterTheLastLogin() {
    String cookie = devices.remember(null, "199001012020121001");
    clock.advance(Duration.ofDays(89));
    assertThat(devices.knows(cookie, "199001012020121001")).isTrue();
    String renewed = devices.remember(cookie, "199001012020121001");
    clock.advance(Duration.ofDays(2));
    assertThat(devices.knows(cookie, "199001012020121001")).isFalse();
    assertThat(devices.knows(renewed, "199001012020121001")).isTrue();
  }

  @Test
  void aForgedOrAlteredCookie_isNotKnown() {
    String cookie = devices.remember(null, "199001012020121001");
    String later = Long.parseLong(cookie.substring(0, cookie.indexOf('.'))) + 1_000_000 + cookie.substring(cookie.indexOf('.'));
    KnownDevices otherKey = new KnownDevices(() -> "kunci-lain-32-byte-panjangnya-ok".getBytes(StandardCharsets.US_ASCII),
        Duration.ofDays(90), clock);

    assertThat(devices.knows(later, "199001012020121001")).as("expiry moved on").isFalse();
    assertThat(otherKey.knows(cookie, "199001012020121001")).as("signed with another key").isFalse();
    for (String junk : new String[] {"", "~", ".", "abc", "9999999999999999999.x", "-1.abc", "1.2.3~~", "x".repeat(5000)}) {
      assertThat(devices.knows(junk, "199001012020121001")).as(junk).isFalse();
      assertThat(devices.knows(devices.remember(junk, "199001012020121001"), "199001012020121001")).isTrue();
    }
  }

  @Test
  void oneBrowser_remembersTheLastFiveAccounts() {
    String cookie = null;
    for (int i = 1; i <= 6; i++) {
      cookie = devices.remember(cookie, "19900101202012100" + i);
    }
    // account 2 logged in before 3, 5 and 6; 4 again just now: a seventh account pushes 2 out
    cookie = devices.remember(cookie, "199001012020121004");
    cookie = devices.remember(cookie, "199001012020121007");

    assertThat(cookie.split("~")).hasSize(5);
    assertThat(devices.knows(cookie, "199001012020121001")).isFalse();
    assertThat(devices.knows(cookie, "199001012020121002")).isFalse();
    for (int i = 3; i <= 7; i++) {
      assertThat(devices.knows(cookie, "19900101202012100" + i)).as("account %d", i).isTrue();
    }
  }
}
