package id.kinerja.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the login throttle ({@code kinerja.masuk.*}); the client address is resolved as for
 * the public pages ({@code kinerja.publik.proxy-tepercaya}).
 *
 * @param batasAlamat failed logins per client address, whoever they are for
 * @param batasAkun failed logins per account from browsers that have not logged in as it before
 * @param entriMaks how many addresses, and how many accounts, are tracked at most per node
 * @param perangkatDikenal how long a browser stays known for an account after its last login there
 */
@ConfigurationProperties(prefix = "kinerja.masuk")
public record LoginThrottleProperties(
    @DefaultValue({"10", "360"}) Budget batasAlamat,
    @DefaultValue({"5", "30"}) Budget batasAkun,
    @DefaultValue("100000") int entriMaks,
    @DefaultValue("90d") Duration perangkatDikenal) {

  /** {@code kapasitas} failures free, then one more each time a token comes back ({@code isiUlangPerJam} an hour). */
  public record Budget(int kapasitas, int isiUlangPerJam) {}
}
