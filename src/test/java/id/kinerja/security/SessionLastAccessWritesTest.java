package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.security.SessionLastAccessWrites.Repository;
import id.kinerja.security.SessionLastAccessWrites.SavedInThisRequest;
import id.kinerja.security.SessionLastAccessWrites.Touched;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** The stored last access moves only once it has moved by the interval, so a session is not written at every request. */
class SessionLastAccessWritesTest {

  private final MapSessionRepository stored = new MapSessionRepository(new ConcurrentHashMap<>());
  private final Repository<MapSession> sessions = new Repository<>(stored, Duration.ofMinutes(1));
  /** Now: the map repository forgets sessions idle for 30 minutes by the real clock. */
  private final Instant loggedIn = Instant.now();

  private String newSession() {
    Touched<MapSession> session = sessions.createSession();
    session.setLastAccessedTime(loggedIn);
    session.setAttribute("SPRING_SECURITY_CONTEXT", "pegawai");
    sessions.save(session);
    return session.getId();
  }

  @Test
  void requestsWithinTheMinute_leaveTheStoredLastAccessAsItWas() {
    String id = newSession();

    for (int second = 1; second < 60; second += 7) {
      Touched<?> session = sessions.findById(id);
      session.setLastAccessedTime(loggedIn.plusSeconds(second));
      sessions.save(session);
    }

    assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(loggedIn);
  }

  @Test
  void aRequestAMinuteLater_writesIt_andTheNextMinuteCountsFromThere() {
    String id = newSession();

    Touched<?> session = sessions.findById(id);
    session.setLastAccessedTime(loggedIn.plusSeconds(61));
    sessions.save(session);
    assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(loggedIn.plusSeconds(61));

    session = sessions.findById(id);
    session.setLastAccessedTime(loggedIn.plusSeconds(100));
    sessions.save(session);
    assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(loggedIn.plusSeconds(61));
  }

  @Test
  void theLastAccess_neverMovesBack() {
    String id = newSession();

    Touched<?> session = sessions.findById(id);
    session.setLastAccessedTime(loggedIn.minusSeconds(600)); // a long request that started before the last write
    sessions.save(session);

    assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(loggedIn);
  }

  @Test
  void whatARequestChanges_isStillSaved_whenTheLastAccessIsNot() {
    String id = newSession();

    Touched<?> session = sessions.findById(id);
    session.setLastAccessedTime(loggedIn.plusSeconds(5));
    session.setAttribute("pesan", "Kegiatan tersimpan");
    sessions.save(session);

    assertThat(stored.findById(id).<String>getAttribute("pesan")).isEqualTo("Kegiatan tersimpan");
    assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(loggedIn);
  }

  @Test
  void anIdleSession_stillExpires_thirtyMinutesAfterTheLastWrittenAccess() {
    String id = newSession();
    Touched<?> session = sessions.findById(id);
    session.setMaxInactiveInterval(Duration.ofMinutes(30));
    session.setLastAccessedTime(loggedIn.plusSeconds(59)); // not written: within the minute
    sessions.save(session);

    MapSession later = stored.findById(id);
    assertThat(later.getLastAccessedTime().plus(later.getMaxInactiveInterval()))
        .as("expires at most a minute earlier than 30 minutes after the last request")
        .isEqualTo(loggedIn.plus(Duration.ofMinutes(30)));
  }

  @Test
  void anIntervalOfZero_writesEveryRequest() {
    Repository<MapSession> always = new Repository<>(stored, Duration.ZERO);
    String id = newSession();

    Touched<?> session = always.findById(id);
    session.setLastAccessedTime(loggedIn.plusMillis(1));
    always.save(session);

    assertThat(stored.findById(id).getLastAccessedTime()).isEqualTo(loggedIn.plusMillis(1));
  }

  @Test
  void withinOneRequest_theSessionJustSaved_isNotReadAgain_butADeletedOneIsGone() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    MapSessionRepository counting = new MapSessionRepository(new ConcurrentHashMap<>()) {
      @Override
      public MapSession findById(String id) {
        reads.incrementAndGet();
        return super.findById(id);
      }
    };
    Repository<MapSession> counted = new Repository<>(counting, Duration.ofMinutes(1));
    Touched<MapSession> created = counted.createSession();
    created.setLastAccessedTime(loggedIn);
    counted.save(created);
    String id = created.getId();

    new SavedInThisRequest().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
      Touched<?> session = counted.findById(id);
      session.setAttribute("pesan", "Kegiatan tersimpan");
      counted.save(session); // when the answer is committed
      assertThat(counted.findById(id)).as("read back after saving: the same session").isSameAs(session);
      assertThat(reads).as("one read of the database").hasValue(1);

      counted.deleteById(id); // logout
      assertThat(counted.findById(id)).isNull();
    });

    counted.save(created);
    counted.findById(id);
    counted.findById(id);
    assertThat(reads).as("outside a request, every read goes to the database").hasValue(4);
  }
}
