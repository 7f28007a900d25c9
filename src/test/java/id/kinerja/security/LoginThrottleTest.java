package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The login throttle's budgets with the defaults of application.yaml (10 failures per address, one
 * more every 10 s; 5 per account for unknown devices, one more every 2 minutes), on a clock the
 * test moves: no sleeping.
 */
class LoginThrottleTest {

  private static final String OWNER = "127.0.0.2";
  private static final String STRANGER = "203.0.113.9";

  private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T07:30:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties.Budget(10, 360),
      new LoginThrottleProperties.Budget(5, 30), 1000, clock);

  /** A wrong password: the attempt keeps its reservation. */
  private LoginThrottle.Attempt fail(String client, String account, boolean knownDevice) {
    return throttle.begin(client, account, knownDevice);
  }

  /** A right password, if the attempt may go on at all. */
  private LoginThrottle.Attempt succeed(String client, String account, boolean knownDevice) {
    LoginThrottle.Attempt attempt = throttle.begin(client, account, knownDevice);
    throttle.giveBack(attempt);
    return attempt;
  }

  @Test
  void oneOrTwoMistakes_neverDelayTheRightPassword() {
    assertThat(fail(OWNER, "199001012020121001", false).refused()).isFalse();
    assertThat(succeed(OWNER, "199001012020121001", false).refused()).isFalse();
    assertThat(fail(OWNER, "199001012020121001", false).refused()).isFalse();
    assertThat(fail(OWNER, "199001012020121001", false).refused()).isFalse();
    assertThat(succeed(OWNER, "199001012020121001", false).refused()).isFalse();
  }

  @Test
  void sprayingManyAccountsFromOneAddress_isRefusedAfterTen_untilATokenComesBack() {
    for (int i = 0; i < 10; i++) {
      assertThat(fail(STRANGER, "19900101202012" + (1000 + i), false).refused()).as("failure %d", i + 1).isFalse();
    }
    LoginThrottle.Attempt eleventh = fail(STRANGER, "199001012020129999", false);
    assertThat(eleventh.refused()).isTrue();
    assertThat(eleventh.limit()).isEqualTo(LoginThrottle.Limit.ADDRESS);
    assertThat(eleventh.retryAfterSeconds()).isEqualTo(10);
    // refused attempts cost nothing: the wait does not grow while the client keeps asking
    clock.advance(Duration.ofSeconds(4));
    assertThat(fail(STRANGER, "199001012020129999", false).retryAfterSeconds()).isEqualTo(6);
    clock.advance(Duration.ofSeconds(6));
    assertThat(fail(STRANGER, "199001012020129999", false).refused()).isFalse();
    assertThat(fail(STRANGER, "199001012020129998", false).refused()).isTrue();
    // another client is not held up, and a right password is not refused to it
    assertThat(succeed(OWNER, "199001012020121000", false).refused()).isFalse();
  }

  @Test
  void aStrangersSpacedFailures_neverHoldUpTheOwnerOnAKnownDevice() {
    String account = "199001012020121002";
    // a day of a stranger trying the account as often as the budget lets him, from ever new addresses
    for (int minute = 0; minute < 24 * 60; minute++) {
      fail("198.51.100." + (minute % 250), account, false);
      assertThat(succeed(OWNER, account, true).refused()).as("minute %d", minute).isFalse();
      clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  void anUnknownDevice_getsInAfterFourFailuresOfAStranger_andWaitsAtMostTwoMinutesAfterMore() {
    String account = "199001012020121003";
    for (int i = 0; i < 4; i++) {
      assertThat(fail(STRANGER, account, false).refused()).isFalse();
    }
    assertThat(succeed(OWNER, account, false).refused()).as("the owner's first login, on a new phone").isFalse();

    assertThat(fail(STRANGER, account, false).refused()).isFalse();
    LoginThrottle.Attempt owner = succeed(OWNER, account, false);
    assertThat(owner.refused()).isTrue();
    assertThat(owner.limit()).isEqualTo(LoginThrottle.Limit.ACCOUNT);
    assertThat(owner.retryAfterSeconds()).isEqualTo(120);
    // the stranger now gets one guess every two minutes from anywhere; one of them is enough to
    // keep the owner's unknown devices waiting, never their known ones
    assertThat(fail("198.51.100.1", account, false).refused()).isTrue();
    clock.advance(Duration.ofMinutes(2));
    assertThat(fail("198.51.100.1", account, false).refused()).isFalse();
    assertThat(fail("198.51.100.2", account, false).refused()).isTrue();
    assertThat(succeed(OWNER, account, true).refused()).isFalse();
  }

  @Test
  void aKnownDevice_isStillHeldToItsAddressBudget() {
    for (int i = 0; i < 10; i++) {
      assertThat(fail(OWNER, "199001012020121004", true).refused()).isFalse();
    }
    LoginThrottle.Attempt eleventh = fail(OWNER, "199001012020121004", true);
    assertThat(eleventh.refused()).isTrue();
    assertThat(eleventh.limit()).isEqualTo(LoginThrottle.Limit.ADDRESS);
  }

  @Test
  void rightPasswords_costNothing_andLeaveNothingBehind() {
    for (int i = 0; i < 10_000; i++) {
      assertThat(succeed(OWNER, "199001012020121005", false).refused()).isFalse();
    }
    assertThat(throttle.trackedAddresses()).isZero();
    assertThat(throttle.trackedAccounts()).isZero();
  }

  @Test
  void aSprayOfRandomAccountsFromManyAddresses_staysWithinTheBound() {
    for (int i = 0; i < 200_000; i++) {
      fail("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255), "nip-acak-" + i, false);
    }
    assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(1000);
    assertThat(throttle.trackedAccounts()).isLessThanOrEqualTo(1000);
  }

  @Test
  void bucketsThatAreFullAgain_areForgotten() {
    for (int i = 0; i < 100; i++) {
      fail("10.0.0." + i, "nip-" + i, false);
    }
    assertThat(throttle.trackedAccounts()).isEqualTo(100);
    clock.advance(Duration.ofMinutes(3));
    for (int i = 0; i < 100; i++) {
      fail("10.0.1." + i, "nip-baru-" + i, false);
    }
    assertThat(throttle.trackedAccounts()).as("the first hundred refilled and dropped").isEqualTo(100);
  }

  @Test
  void theAccountKey_ignoresCaseAndSurroundingSpaces() {
    assertThat(LoginThrottle.account(" Demo ")).isEqualTo("demo");
    assertThat(LoginThrottle.account("  ")).isNull();
    assertThat(LoginThrottle.account("x".repeat(1000))).hasSize(64);
    for (int i = 0; i < 5; i++) {
      fail(STRANGER, LoginThrottle.account(i % 2 == 0 ? "ADMIN" : "admin "), false);
    }
    assertThat(succeed(OWNER, LoginThrottle.account("Admin"), false).refused()).isTrue();
  }
}
