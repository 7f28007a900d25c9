package id.kinerja.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Who a request comes from, for the rate limits (public pages, login): the connection's address or,
 * behind a trusted reverse proxy ({@code kinerja.publik.proxy-tepercaya}), the address that proxy
 * saw. A client cannot choose its address by sending its own X-Forwarded-For.
 */
public final class ClientAddresses {

  private static final int MAX_LENGTH = 64;

  private final Set<String> trustedProxies;

  public ClientAddresses(Collection<String> trustedProxies) {
    this.trustedProxies = Set.copyOf(trustedProxies);
  }

  /**
   * The connection's address; behind a trusted proxy, the rightmost X-Forwarded-For entry that is
   * not itself a trusted proxy (entries to its left could be forged by the client).
   */
  public String of(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (!trustedProxies.contains(remote) || forwarded == null || forwarded.isBlank()) {
      return remote;
    }
    List<String> hops = List.of(forwarded.split(","));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop.length() > MAX_LENGTH ? hop.substring(0, MAX_LENGTH) : hop;
      }
    }
    return remote;
  }
}
