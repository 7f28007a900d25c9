package id.kinerja.publication;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per client key, for the public pages. Each request takes a token;
 * tokens come back continuously up to the capacity. The map is bounded (least recently used keys
 * are dropped), so a flood of spoofed keys costs memory only up to that bound. Per node: with N
 * nodes behind a load balancer a client gets at most N times the budget, which is fine for abuse
 * protection.
 */
final class TokenBuckets {

  private final int capacity;
  private final double tokensPerNano;
  private final LongSupplier nanoClock;
  private final Map<String, double[]> buckets;
  private long calls;

  TokenBuckets(int capacity, int refillPerHour, int maxClients, LongSupplier nanoClock) {
    if (capacity < 1 || refillPerHour < 1) {
      throw new IllegalArgumentException("kapasitas and isi-ulang-per-jam of a public rate limit must be at least 1");
    }
    this.capacity = capacity;
    this.tokensPerNano = refillPerHour / 3_600e9;
    this.nanoClock = nanoClock;
    this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
        return size() > maxClients;
      }
    };
  }

  /** Takes a token: 0 when granted, otherwise the seconds until one will be there. */
  synchronized long tryTake(String client) {
    if (++calls % 10_000 == 0) {
      forgetIdle();
    }
    long now = nanoClock.getAsLong();
    // [tokens, last refill time in nanos]
    double[] bucket = buckets.computeIfAbsent(client, k -> new double[] {capacity, now});
    bucket[0] = Math.min(capacity, bucket[0] + (now - bucket[1]) * tokensPerNano);
    bucket[1] = now;
    if (bucket[0] >= 1) {
      bucket[0] -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - bucket[0]) / tokensPerNano / 1e9));
  }

  synchronized int clients() {
    return buckets.size();
  }

  /** Drops the buckets that are full again (idle clients), so the map holds active clients only. */
  synchronized void forgetIdle() {
    long now = nanoClock.getAsLong();
    for (Iterator<double[]> it = buckets.values().iterator(); it.hasNext(); ) {
      double[] bucket = it.next();
      if (bucket[0] + (now - bucket[1]) * tokensPerNano >= capacity) {
        it.remove();
      }
    }
  }
}
