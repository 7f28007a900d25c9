package id.kinerja.publication;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.system.ClientAddresses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What the public rate limit answers when the shared submission budget cannot be asked. */
class PublicRateLimitFilterTest {

  @Test
  void submissionWhileTheDatabaseCannotBeReached_is503InIndonesian_andReadingIsStillServed() throws Exception {
    // nothing listens on port 1: every connection attempt fails at once
    var unreachable = new DriverManagerDataSource("jdbc:h2:tcp://127.0.0.1:1/tidak-ada", "sa", "");
    var properties = new PublicProperties(new PublicProperties.Bucket(120, 3600), new PublicProperties.Bucket(5, 20),
        List.of(), 1000, 5);
    var filter = new PublicRateLimitFilter(properties, new SharedSubmissionBudget(properties.batasKirim(),
        JdbcClient.create(unreachable), new DataSourceTransactionManager(unreachable), System::currentTimeMillis),
        new ClientAddresses(properties.proxyTepercaya()));

    var post = new MockHttpServletRequest("POST", "/api/publik/unit/DISDIK/survei");
    post.setRequestURI("/api/publik/unit/DISDIK/survei");
    var refused = new MockHttpServletResponse();
    var chain = new MockFilterChain();
    filter.doFilter(post, refused, chain);

    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
    assertThat(refused.getContentAsString()).contains("Basis data sedang tidak dapat dihubungi");
    assertThat(chain.getRequest()).as("the submission did not go on").isNull();

    var get = new MockHttpServletRequest("GET", "/publik/unit/DISDIK/hasil");
    get.setRequestURI("/publik/unit/DISDIK/hasil");
    var served = new MockFilterChain();
    filter.doFilter(get, new MockHttpServletResponse(), served);
    assertThat(served.getRequest()).as("reading needs no shared budget").isNotNull();
  }
}
