package id.kinerja.organisation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded organisation files waiting for their operator's confirmation (table impor_organisasi_draf). */
@Repository
class ImportDrafts {

  record Draft(String id, String operator, String fileName, byte[] content) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ImportDrafts(JdbcClient jdbc, Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  String save(String operator, String fileName, byte[] content) {
    LocalDateTime now = LocalDateTime.now(clock);
    jdbc.sql("DELETE FROM impor_organisasi_draf WHERE diunggah_pada < ?").param(now.minusDays(1)).update();
    String id = UUID.randomUUID().toString();
    jdbc.sql("INSERT INTO impor_organisasi_draf (id, diunggah_oleh, nama_file, isi, diunggah_pada) VALUES (?, ?, ?, ?, ?)")
        .params(id, operator, fileName, content, now).update();
    return id;
  }

  Optional<Draft> find(String id, String operator) {
    return jdbc.sql("SELECT id, diunggah_oleh, nama_file, isi FROM impor_organisasi_draf WHERE id = ? AND diunggah_oleh = ?")
        .params(id, operator)
        .query((rs, n) -> new Draft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
        .optional();
  }

  void delete(String id) {
    jdbc.sql("DELETE FROM impor_organisasi_draf WHERE id = ?").param(id).update();
  }
}
