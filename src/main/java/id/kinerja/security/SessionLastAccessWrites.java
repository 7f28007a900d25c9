package id.kinerja.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The login session's last access is written to the database at most once per
 * {@code kinerja.sesi.tulis-akses-terakhir} (default one minute), not at every request.
 *
 * <p>Spring Session JDBC updates the session row whenever a request touches the session, so every
 * click and every API call of a logged-in person was a second transaction with its own commit
 * (and its own wait for the disk) besides the request's real work: issue 24 measured one session
 * UPDATE per daily-activity insert. The price of skipping those writes is that an idle session
 * ends up to that interval early: with the 30-minute timeout, 29 to 30 minutes after the last
 * request instead of exactly 30. Every node still reads the session from the database at every
 * request, so a logout or an expiry is seen at once by all of them.
 *
 * <p>The session filter also reads the session a second time at the end of every request whose
 * answer was already sent (it saves once when the answer is committed, forgets what it read, and
 * saves again at the end, reading it back first). Within one request the session it has just
 * saved is what the database holds, so that second read is answered from the request itself.
 *
 * <p>An auto-configuration of the application's own (listed in {@code META-INF/spring/...AutoConfiguration.imports}),
 * ordered after Spring Boot's session configuration: Boot makes the JDBC repository only while no
 * other {@link SessionRepository} bean exists, so this one is added after it, as the primary one
 * that the session filter takes.
 */
@AutoConfiguration(after = SessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class SessionLastAccessWrites {

  /** The repository the session filter uses; the JDBC one underneath stays as Spring Boot made it. */
  @Bean
  @Primary
  SessionRepository<Touched<?>> lastAccessWrittenSometimes(JdbcIndexedSessionRepository jdbc,
      @Value("${kinerja.sesi.tulis-akses-terakhir:1m}") Duration every) {
    return new Repository<>(jdbc, every);
  }

  /** Just outside the session filter: what the request saved is remembered until the request ends. */
  @Bean
  FilterRegistrationBean<SavedInThisRequest> sessionSavedInThisRequest() {
    var registration = new FilterRegistrationBean<>(new SavedInThisRequest());
    registration.setName("Kinerja session saved in this request");
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    return registration;
  }

  static final class SavedInThisRequest extends OncePerRequestFilter {

    private static final ThreadLocal<Map<String, Touched<?>>> SAVED = new ThreadLocal<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      SAVED.set(new HashMap<>(2));
      try {
        chain.doFilter(request, response);
      } finally {
        SAVED.remove();
      }
    }

    /** Whatever runs outside a request (a scheduled clean-up, a test) always reads the database. */
    static Touched<?> get(String id) {
      Map<String, Touched<?>> saved = SAVED.get();
      Touched<?> session = saved == null ? null : saved.get(id);
      // saved under an id it no longer has (changed at login): gone from the database under that id
      return session == null || !session.getId().equals(id) ? null : session;
    }

    static void put(Touched<?> session) {
      Map<String, Touched<?>> saved = SAVED.get();
      if (saved != null) {
        saved.put(session.getId(), session);
      }
    }

    static void forget(String id) {
      Map<String, Touched<?>> saved = SAVED.get();
      if (saved != null) {
        saved.remove(id);
      }
    }
  }

  static final class Repository<S extends Session> implements SessionRepository<Touched<?>> {

    private final SessionRepository<S> stored;
    private final Duration every;

    Repository(SessionRepository<S> stored, Duration every) {
      if (every.isNegative()) {
        throw new IllegalArgumentException("kinerja.sesi.tulis-akses-terakhir must not be negative: " + every);
      }
      this.stored = stored;
      this.every = every;
    }

    @Override
    public Touched<S> createSession() {
      return new Touched<>(stored.createSession(), Duration.ZERO);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Touched<?> session) {
      stored.save(((Touched<S>) session).session);
      SavedInThisRequest.put(session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Touched<S> findById(String id) {
      Touched<?> saved = SavedInThisRequest.get(id);
      if (saved != null) {
        return (Touched<S>) saved;
      }
      S session = stored.findById(id);
      return session == null ? null : new Touched<>(session, every);
    }

    @Override
    public void deleteById(String id) {
      SavedInThisRequest.forget(id);
      stored.deleteById(id);
    }
  }

  /** A stored session whose last access moves only when it has moved by at least {@code every}. */
  static final class Touched<S extends Session> implements Session {

    private final S session;
    private final Duration every;

    Touched(S session, Duration every) {
      this.session = session;
      this.every = every;
    }

    @Override
    public void setLastAccessedTime(Instant time) {
      // a new session (and an interval of 0) takes the time as given; a stored one never moves back
      if (every.isZero() || Duration.between(session.getLastAccessedTime(), time).compareTo(every) >= 0) {
        session.setLastAccessedTime(time);
      }
    }

    @Override
    public Instant getLastAccessedTime() {
      return session.getLastAccessedTime();
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public String changeSessionId() {
      return session.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return session.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      session.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      session.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return session.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return session.isExpired();
    }
  }
}
