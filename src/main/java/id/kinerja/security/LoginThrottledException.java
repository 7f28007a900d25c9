package id.kinerja.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was looked at: its client or its account must wait. */
class LoginThrottledException extends AuthenticationException {

  private final long retryAfterSeconds;

  LoginThrottledException(LoginThrottle.Attempt attempt) {
    super(messageFor(attempt));
    this.retryAfterSeconds = attempt.retryAfterSeconds();
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static String messageFor(LoginThrottle.Attempt attempt) {
    if (attempt.limit() == LoginThrottle.Limit.ACCOUNT) {
      return "Terlalu banyak percobaan masuk yang gagal untuk NIP/ID ini. Tunggu " + attempt.retryAfterSeconds()
          + " detik, lalu coba lagi. Dari perangkat yang pernah Anda pakai untuk masuk, Anda tidak perlu menunggu.";
    }
    return "Terlalu banyak percobaan masuk yang gagal dari alamat jaringan Anda. Tunggu " + attempt.retryAfterSeconds()
        + " detik, lalu coba lagi.";
  }
}
