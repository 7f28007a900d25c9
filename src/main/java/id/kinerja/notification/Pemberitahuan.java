package id.kinerja.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices the processes raise for a person or a group (a review reminder to the appraiser, a
 * public report's escalation, BKPSDM's notice that a unit's curve broke): kept in {@code notifikasi}
 * (written by the rooms that raise them, with {@code tautan}, where to act) and read by the
 * recipient on {@code /pemberitahuan}. A notice to a group (e.g. {@code bkpsdm}) is
 * one notice for the whole group: whoever of them marks it read marks it for all, and the page says
 * who did.
 */
@Service
public class Pemberitahuan {

  /** One notice as its recipient reads it. */
  public record Item(long id, String pesan, String tautan, LocalDateTime dibuatPada, LocalDateTime dibacaPada,
      String dibacaOleh, boolean untukGrup) {

    public boolean belumDibaca() {
      return dibacaPada == null;
    }
  }

  private final JdbcClient jdbc;

  Pemberitahuan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person's notices and their groups', newest first (the last 200). */
  @Transactional(readOnly = true)
  public List<Item> untuk(Authentication user) {
    List<String> penerima = penerima(user);
    return jdbc.sql("""
            SELECT id, penerima, pesan, tautan, dibuat_pada, dibaca_pada, dibaca_oleh FROM notifikasi
            WHERE penerima IN (:penerima) ORDER BY dibuat_pada DESC, id DESC FETCH FIRST 200 ROWS ONLY""")
        .param("penerima", penerima)
        .query((rs, i) -> new Item(rs.getLong("id"), rs.getString("pesan"), rs.getString("tautan"),
            rs.getTimestamp("dibuat_pada").toLocalDateTime(),
            rs.getTimestamp("dibaca_pada") == null ? null : rs.getTimestamp("dibaca_pada").toLocalDateTime(),
            rs.getString("dibaca_oleh"), !user.getName().equals(rs.getString("penerima"))))
        .list();
  }

  /** How many of the person's and their groups' notices nobody has marked read. */
  @Transactional(readOnly = true)
  public int belumDibaca(Authentication user) {
    return jdbc.sql("SELECT COUNT(*) FROM notifikasi WHERE penerima IN (:penerima) AND dibaca_pada IS NULL")
        .param("penerima", penerima(user)).query(Integer.class).single();
  }

  /**
   * Marks the notice read (or, with {@code id} null, all of them); only notices to the person or
   * their groups. How many were marked: 0 for another person's notice or one already read.
   */
  @Transactional
  public int tandaiDibaca(Authentication user, Long id) {
    var update = jdbc.sql("UPDATE notifikasi SET dibaca_pada = :kini, dibaca_oleh = :oleh WHERE penerima IN (:penerima)"
            + " AND dibaca_pada IS NULL" + (id == null ? "" : " AND id = :id"))
        .param("kini", Timestamp.from(Instant.now())).param("oleh", user.getName())
        .param("penerima", penerima(user));
    return (id == null ? update : update.param("id", id)).update();
  }

  /** The person and the groups they are in (the authorities {@code GROUP_x} of the login). */
  private static List<String> penerima(Authentication user) {
    List<String> penerima = new ArrayList<>();
    penerima.add(user.getName());
    for (GrantedAuthority a : user.getAuthorities()) {
      if (a.getAuthority().startsWith("GROUP_")) {
        penerima.add(a.getAuthority().substring("GROUP_".length()));
      }
    }
    return penerima;
  }
}
