package id.kinerja.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Whose address a request is counted under, with and without a trusted reverse proxy. */
class ClientAddressesTest {

  private static MockHttpServletRequest from(String remote, String forwardedFor) {
    var request = new MockHttpServletRequest("POST", "/login");
    request.setRemoteAddr(remote);
    if (forwardedFor != null) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    return request;
  }

  @Test
  void withoutATrustedProxy_theConnectionCounts_whateverXForwardedForSays() {
    var addresses = new ClientAddresses(List.of());
    assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
  }

  @Test
  void behindATrustedProxy_theAddressItSawCounts_notWhatTheClientWroteToTheLeft() {
    var addresses = new ClientAddresses(List.of("10.0.0.2", "10.0.0.3"));
    assertThat(addresses.of(from("10.0.0.2", "198.51.100.1, 203.0.113.7"))).isEqualTo("203.0.113.7");
    assertThat(addresses.of(from("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.3"))).isEqualTo("203.0.113.7");
    assertThat(addresses.of(from("10.0.0.2", null))).isEqualTo("10.0.0.2");
    assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).as("not from the proxy").isEqualTo("203.0.113.7");
  }
}
