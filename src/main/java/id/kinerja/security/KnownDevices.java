package id.kinerja.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The "known device" cookie: proof that this browser has logged in as an account before, so the
 * account's budget of failed logins ({@link LoginThrottle}) does not apply to it. A stranger who
 * spends that budget cannot keep the account's owner out of their own browser.
 *
 * <p>The cookie holds up to {@value #MAX_ACCOUNTS} entries (a shared office computer), each
 * {@code <expiry>.<signature>}: an HMAC-SHA256 over the account and the expiry with a key all
 * nodes share ({@link SharedKeys}). It names no account; it cannot be made without the key, and a
 * stolen one exempts only from the account's budget, never from the address's or the password.
 * HttpOnly, SameSite=Lax, renewed at every login.
 */
class KnownDevices {

  static final String COOKIE = "KINERJA_PERANGKAT";
  static final int MAX_ACCOUNTS = 5;
  private static final int SIGNATURE_CHARS = 22;
  private static final int MAX_COOKIE_LENGTH = 400;

  private final Supplier<byte[]> key;
  private final Duration validFor;
  private final Clock clock;

  KnownDevices(Supplier<byte[]> key, Duration validFor, Clock clock) {
    this.key = key;
    this.validFor = validFor;
    this.clock = clock;
  }

  /** The request's cookie, unchecked; null without one. */
  static String cookieOf(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (COOKIE.equals(cookie.getName())) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  /** Whether the cookie holds a valid, unexpired entry for the account (a key of {@link LoginThrottle#account}). */
  boolean knows(String cookie, String account) {
    if (cookie == null || cookie.isEmpty() || cookie.length() > MAX_COOKIE_LENGTH || account == null) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    for (String entry : cookie.split("~")) {
      if (isFor(entry, account, now)) {
        return true;
      }
    }
    return false;
  }

  /** The cookie with a fresh entry for the account first, then the other accounts' valid entries. */
  String remember(String cookie, String account) {
    long now = clock.instant().getEpochSecond();
    List<String> entries = new ArrayList<>();
    entries.add(entry(account, now + validFor.toSeconds()));
    if (cookie != null && cookie.length() <= MAX_COOKIE_LENGTH) {
      for (String entry : cookie.split("~")) {
        if (entries.size() < MAX_ACCOUNTS && expiry(entry) > now && !isFor(entry, account, now)) {
          entries.add(entry);
        }
      }
    }
    return String.join("~", entries);
  }

  /** Sets the cookie on the response after a login as {@code userId}. */
  void remember(HttpServletRequest request, HttpServletResponse response, String userId) {
    String account = LoginThrottle.account(userId);
    if (account == null) {
      return;
    }
    ResponseCookie cookie = ResponseCookie.from(COOKIE, remember(cookieOf(request), account))
        .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
        .maxAge(validFor)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Lax")
        .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }

  private boolean isFor(String entry, String account, long now) {
    long expiry = expiry(entry);
    if (expiry <= now) {
      return false;
    }
    byte[] expected = entry(account, expiry).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, entry.getBytes(StandardCharsets.US_ASCII));
  }

  private static long expiry(String entry) {
    int dot = entry.indexOf('.');
    if (dot < 1 || dot > 12) {
      return 0;
    }
    try {
      return Long.parseLong(entry, 0, dot, 10);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private String entry(String account, long expiry) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.get(), "HmacSHA256"));
      byte[] signature = mac.doFinal(("perangkat-dikenal\n" + account + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
      return expiry + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature)
          .substring(0, SIGNATURE_CHARS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
