package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private final AtomicLong now = new AtomicLong();

  @Test
  void aClientGetsItsCapacity_thenWaits_whileAnotherClientIsServed() {
    var buckets = new TokenBuckets(3, 60, 100, now::get); // one token a minute
    assertThat(buckets.tryTake("a")).isZero();
    assertThat(buckets.tryTake("a")).isZero();
    assertThat(buckets.tryTake("a")).isZero();
    assertThat(buckets.tryTake("a")).isBetween(59L, 60L);
    assertThat(buckets.tryTake("b")).isZero();

    now.addAndGet(60_000_000_000L);
    assertThat(buckets.tryTake("a")).isZero();
    assertThat(buckets.tryTake("a")).isPositive();
  }

  @Test
  void theNumberOfTrackedClients_isBounded_andIdleOnesAreForgotten() {
    var buckets = new TokenBuckets(2, 3600, 50, now::get);
    for (int i = 0; i < 500; i++) {
      buckets.tryTake("10.0.0." + i);
    }
    assertThat(buckets.clients()).isEqualTo(50);
    now.addAndGet(10_000_000_000L); // 10 s: one token a second, the buckets are full again
    buckets.forgetIdle();
    assertThat(buckets.clients()).isZero();
  }
}
