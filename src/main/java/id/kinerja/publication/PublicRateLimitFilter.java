package id.kinerja.publication;

import id.kinerja.system.ClientAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit of the public pages ({@code /publik/**}, {@code /api/publik/**}) per client address:
 * one token bucket for reading, a smaller one for submitting. A client over its budget gets 429
 * with Retry-After; other clients and the logged-in product are not limited by it.
 * X-Forwarded-For is believed only from a configured trusted proxy ({@link ClientAddresses}).
 *
 * <p>Both buckets are first kept in this node's memory, so a flood is refused before anything
 * touches the database. A submission the node lets through then also takes a token from the
 * client's {@link SharedSubmissionBudget} in the database, which all nodes share: the submission
 * budget is one per client however many replicas there are. Reading stays per node (a client gets
 * N times the reading budget behind N replicas; it protects the server, not the results).
 */
public class PublicRateLimitFilter extends OncePerRequestFilter {

  private final TokenBuckets reads;
  private final TokenBuckets submissions;
  private final SharedSubmissionBudget sharedSubmissions;
  private final ClientAddresses clientAddresses;

  PublicRateLimitFilter(PublicProperties properties, SharedSubmissionBudget sharedSubmissions,
      ClientAddresses clientAddresses) {
    this.reads = new TokenBuckets(properties.batasBaca().kapasitas(), properties.batasBaca().isiUlangPerJam(),
        properties.klienMaks(), System::nanoTime);
    this.submissions = new TokenBuckets(properties.batasKirim().kapasitas(), properties.batasKirim().isiUlangPerJam(),
        properties.klienMaks(), System::nanoTime);
    this.sharedSubmissions = sharedSubmissions;
    this.clientAddresses = clientAddresses;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/publik") || path.startsWith("/publik/") || path.startsWith("/api/publik/"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean submit = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    String client = clientAddresses.of(request);
    long retryAfter = (submit ? submissions : reads).tryTake(client);
    if (retryAfter == 0 && submit) {
      try {
        retryAfter = sharedSubmissions.tryTake(client);
      } catch (DataAccessException | TransactionException databaseGone) {
        refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, 5,
            "Basis data sedang tidak dapat dihubungi; coba lagi dalam beberapa detik.");
        return;
      }
    }
    if (retryAfter > 0) {
      refuse(request, response, 429, retryAfter, "Terlalu banyak permintaan. Coba lagi dalam " + retryAfter + " detik.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long retryAfter,
      String message) throws IOException {
    response.setStatus(status);
    response.setHeader("Retry-After", Long.toString(retryAfter));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (request.getRequestURI().contains("/api/")) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write("{\"message\":\"" + message + "\"}");
    } else {
      response.setContentType(MediaType.TEXT_PLAIN_VALUE);
      response.getWriter().write(message);
    }
  }
}
