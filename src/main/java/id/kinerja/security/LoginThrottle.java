package id.kinerja.security;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Budgets of failed logins, one per client address and one per account, as token buckets in this
 * node's memory. A login may go on while both budgets that apply hold a token; it reserves one from
 * each, and a right password gives them back, so only failures cost anything and a right password
 * after one or two typing mistakes is let in at once.
 *
 * <p>The account's budget applies only to clients that have not yet logged in as that account (no
 * valid {@link KnownDevices} cookie for it): a stranger who spends it keeps out strangers, not the
 * account's owner on their own browser. The address's budget applies to everybody, so a known
 * device cannot be used to guess faster either.
 *
 * <p>Both maps are bounded: buckets that are full again are dropped (an absent bucket is a full
 * one), and beyond {@code maxTracked} keys the bucket whose last failure is oldest goes first.
 */
final class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  /** Longest user id Camunda stores (ID_ is 64 characters); a longer name is no account. */
  private static final int MAX_ACCOUNT_LENGTH = 64;

  enum Limit { ADDRESS, ACCOUNT }

  /**
   * One login attempt. Refused ({@code retryAfterSeconds > 0}): nothing was reserved. Otherwise it
   * holds a token of the address's budget and, for an account and an unknown device, of the
   * account's; {@link #giveBack} returns them.
   */
  record Attempt(String client, String account, long retryAfterSeconds, Limit limit) {
    boolean refused() {
      return retryAfterSeconds > 0;
    }
  }

  private final Budgets addresses;
  private final Budgets accounts;
  private final Clock clock;

  LoginThrottle(LoginThrottleProperties.Budget perAddress, LoginThrottleProperties.Budget perAccount, int maxTracked,
      Clock clock) {
    this.addresses = new Budgets("client", perAddress, maxTracked);
    this.accounts = new Budgets("account", perAccount, maxTracked);
    this.clock = clock;
  }

  /**
   * The throttle's key for a user id: stripped and in lower case, as a database with a
   * case-insensitive collation would find the user; null for a blank or an impossible id.
   */
  static String account(String userId) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    String account = userId.strip().toLowerCase(Locale.ROOT);
    return account.length() > MAX_ACCOUNT_LENGTH ? account.substring(0, MAX_ACCOUNT_LENGTH) : account;
  }

  /**
   * Begins an attempt of {@code client} at {@code account} (a key from {@link #account}, or null
   * when no account was named); a {@code knownDevice} is not held to the account's budget.
   */
  synchronized Attempt begin(String client, String account, boolean knownDevice) {
    long now = clock.millis();
    String limitedAccount = knownDevice ? null : account;
    long addressWait = addresses.millisUntilToken(client, now);
    long accountWait = limitedAccount == null ? 0 : accounts.millisUntilToken(limitedAccount, now);
    if (addressWait > 0 || accountWait > 0) {
      long wait = Math.max(addressWait, accountWait);
      return new Attempt(client, limitedAccount, Math.max(1, (wait + 999) / 1000),
          addressWait >= accountWait ? Limit.ADDRESS : Limit.ACCOUNT);
    }
    addresses.take(client, now);
    if (limitedAccount != null) {
      accounts.take(limitedAccount, now);
    }
    return new Attempt(client, limitedAccount, 0, null);
  }

  /** Gives back what an attempt reserved: its password was right (or never checked). */
  synchronized void giveBack(Attempt attempt) {
    if (attempt.refused()) {
      return;
    }
    long now = clock.millis();
    addresses.giveBack(attempt.client(), now);
    if (attempt.account() != null) {
      accounts.giveBack(attempt.account(), now);
    }
  }

  synchronized int trackedAddresses() {
    return addresses.size();
  }

  synchronized int trackedAccounts() {
    return accounts.size();
  }

  /** Token buckets by key, in the order of their last failure; not thread-safe (the throttle locks). */
  private static final class Budgets {

    private final String kind;
    private final double capacity;
    private final double tokensPerMilli;
    private final int maxTracked;
    /** key -> [tokens, epoch millis they were counted at] */
    private final LinkedHashMap<String, double[]> buckets = new LinkedHashMap<>();

    Budgets(String kind, LoginThrottleProperties.Budget budget, int maxTracked) {
      if (budget.kapasitas() < 1 || budget.isiUlangPerJam() < 1 || maxTracked < 1) {
        throw new IllegalArgumentException("kapasitas, isi-ulang-per-jam and entri-maks of the login throttle "
            + "must be at least 1");
      }
      this.kind = kind;
      this.capacity = budget.kapasitas();
      this.tokensPerMilli = budget.isiUlangPerJam() / 3_600_000.0;
      this.maxTracked = maxTracked;
    }

    long millisUntilToken(String key, long now) {
      double[] bucket = buckets.get(key);
      double tokens = bucket == null ? capacity : tokens(bucket, now);
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / tokensPerMilli);
    }

    /** Takes a token the caller has seen to be there. */
    void take(String key, long now) {
      double[] bucket = buckets.remove(key);
      double tokens = (bucket == null ? capacity : tokens(bucket, now)) - 1;
      buckets.put(key, new double[] {tokens, now});
      if (tokens < 1) {
        log.warn("Login throttle: {} '{}' has used up its failed logins; it waits {} s for the next attempt",
            kind, printable(key), (long) Math.ceil((1 - tokens) / tokensPerMilli / 1000));
      }
      forgetFull(now);
      for (Iterator<double[]> eldest = buckets.values().iterator(); buckets.size() > maxTracked; ) {
        eldest.next();
        eldest.remove();
      }
    }

    void giveBack(String key, long now) {
      double[] bucket = buckets.get(key);
      if (bucket == null) {
        return;
      }
      double tokens = tokens(bucket, now) + 1;
      if (tokens >= capacity) {
        buckets.remove(key);
      } else {
        bucket[0] = tokens;
        bucket[1] = now;
      }
    }

    int size() {
      return buckets.size();
    }

    /** Drops full buckets from the old end, a few at a time, so idle keys do not pile up. */
    private void forgetFull(long now) {
      Iterator<Map.Entry<String, double[]>> it = buckets.entrySet().iterator();
      for (int checked = 0; checked < 3 && it.hasNext(); checked++) {
        if (tokens(it.next().getValue(), now) >= capacity) {
          it.remove();
        } else {
          return;
        }
      }
    }

    private double tokens(double[] bucket, long now) {
      return Math.min(capacity, bucket[0] + Math.max(0, now - bucket[1]) * tokensPerMilli);
    }

    private static String printable(String key) {
      return key.replaceAll("[^\\p{Graph} ]", "?");
    }
  }
}
