package id.kinerja.publication;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public pages ({@code kinerja.publik.*}).
 *
 * @param batasBaca token bucket per client for reading public pages and JSON (GET)
 * @param batasKirim token bucket per client for submitting a survey or a report (POST)
 * @param proxyTepercaya addresses of reverse proxies whose X-Forwarded-For is believed; empty: the
 *     header is ignored and the connection's address is the client
 * @param klienMaks how many clients are tracked at most; beyond that the idlest are forgotten
 * @param selMinimum smallest count published in the predikat distribution (smaller cells hidden)
 */
@ConfigurationProperties(prefix = "kinerja.publik")
public record PublicProperties(
    @DefaultValue({"120", "3600"}) Bucket batasBaca,
    @DefaultValue({"5", "20"}) Bucket batasKirim,
    @DefaultValue List<String> proxyTepercaya,
    @DefaultValue("100000") int klienMaks,
    @DefaultValue("5") int selMinimum) {

  /** A bucket of {@code kapasitas} tokens, refilled at {@code isiUlangPerJam} tokens an hour. */
  public record Bucket(int kapasitas, int isiUlangPerJam) {}
}
