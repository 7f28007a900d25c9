package id.kinerja.security;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Secret keys every node shares, in {@code kunci_rahasia}: the first node that needs a key makes
 * it (256 random bits); a node that loses that race reads the winner's. Kept in memory once read.
 */
class SharedKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

  SharedKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  byte[] get(String name) {
    return keys.computeIfAbsent(name, this::readOrMake).clone();
  }

  private byte[] readOrMake(String name) {
    String stored = read(name);
    if (stored == null) {
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      try {
        jdbc.sql("INSERT INTO kunci_rahasia (nama, nilai, dibuat_pada) VALUES (:nama, :nilai, :sekarang)")
            .param("nama", name).param("nilai", Base64.getEncoder().encodeToString(fresh))
            .param("sekarang", LocalDateTime.now())
            .update();
        return fresh;
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        stored = read(name);
      }
    }
    return Base64.getDecoder().decode(stored);
  }

  private String read(String name) {
    return jdbc.sql("SELECT nilai FROM kunci_rahasia WHERE nama = :nama").param("nama", name)
        .query(String.class).optional().orElse(null);
  }
}
