package id.kinerja.pegawai;

import id.kinerja.organisation.Mutasi;
import id.kinerja.organisation.OrganisationImport;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's search index (tables pegawai_kata and pegawai_cari, see V720): the words of each
 * employee, so that a typed word is a range scan of an index instead of a pass over every employee.
 * Written inside the transaction of every import and mutasi (their events), and reconciled in the
 * background against org_employee by a fingerprint of what it was built from, so a writer that
 * bypasses those events (or a database migrated with employees already in it) is caught up within
 * a minute ({@code kinerja.pegawai.cocokkan-setiap-ms}).
 */
@Component
class PegawaiIndeks {

  private static final Logger log = LoggerFactory.getLogger(PegawaiIndeks.class);
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final int CHUNK = 500;
  private static final int IN_TRANSACTION_MAX = 1000;
  private static final String FINGERPRINT_SQL = "e.name || '|' || e.position_name || '|' || u.name || '|' || u.code";

  private final JdbcTemplate jdbc;
  private final JdbcClient sql;
  private final TransactionTemplate transaction;
  private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "indeks-pegawai");
    thread.setDaemon(true);
    return thread;
  });

  PegawaiIndeks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.sql = JdbcClient.create(jdbc);
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Lower case, without diacritics, split at everything that is not a letter or a digit. */
  static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    return Arrays.stream(NOT_A_LETTER.split(plain)).filter(w -> !w.isEmpty()).toList();
  }

  /** What an employee is found by: the words of the name, position and unit, the unit code, the NIP and its parts. */
  static Set<String> tokens(String nip, String name, String position, String unitName, String unitCode) {
    Set<String> tokens = new LinkedHashSet<>();
    tokens.addAll(words(name));
    tokens.addAll(words(position));
    tokens.addAll(words(unitName));
    tokens.addAll(words(unitCode));
    tokens.add(String.join("", words(unitCode)));
    tokens.add(nip);
    if (nip.length() == 18) {
      // as a NIP is written: birth date, appointment month, sex and serial ("19850615 201001 2 009")
      tokens.addAll(List.of(nip.substring(0, 8), nip.substring(8, 14), nip.substring(14), nip.substring(15)));
    }
    tokens.removeIf(t -> t.isEmpty() || t.length() > 200);
    return tokens;
  }

  /**
   * The least word after every word starting with the prefix, in an order both databases agree on
   * for letters and digits (0-9 before a-z); null when there is none ("zz").
   */
  static String upperBound(String prefix) {
    char[] chars = prefix.toCharArray();
    for (int i = chars.length - 1; i >= 0; i--) {
      int at = ALPHABET.indexOf(chars[i]);
      if (at >= 0 && at < ALPHABET.length() - 1) {
        chars[i] = ALPHABET.charAt(at + 1);
        return new String(chars, 0, i + 1);
      }
    }
    return null;
  }

  static String fingerprint(String name, String position, String unitName, String unitCode) {
    return name + "|" + position + "|" + unitName + "|" + unitCode;
  }

  /**
   * A few employees (the desk's new employee, a small file) are indexed inside the import's
   * transaction, so they are found at once; a large file after it commits, in the background, so the
   * import itself takes no longer (40,000 employees: about half a minute more on PostgreSQL).
   */
  @EventListener
  void on(OrganisationImport.Imported imported) {
    List<String> unitMembers = imported.unitCodes().isEmpty() ? List.of()
        : sql.sql("SELECT nip FROM org_employee WHERE unit_code IN (:units)").param("units", imported.unitCodes())
            .query(String.class).list();
    if (imported.nips().size() + unitMembers.size() <= IN_TRANSACTION_MAX
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      refresh(imported.nips());
      refresh(unitMembers);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        background.execute(PegawaiIndeks.this::reconcile);
      }
    });
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
  }

  @EventListener
  void on(Mutasi.SupervisorChangeRecorded change) {
    if (!change.newUnit().equals(change.formerUnit())) {
      refresh(List.of(change.moved().nip()));
    }
  }

  /** Builds the words of these employees again, in the caller's transaction. */
  void refresh(Collection<String> nips) {
    List<String> all = List.copyOf(new LinkedHashSet<>(nips));
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      sql.sql("DELETE FROM pegawai_kata WHERE nip IN (:nips)").param("nips", chunk).update();
      sql.sql("DELETE FROM pegawai_cari WHERE nip IN (:nips)").param("nips", chunk).update();
      List<Object[]> words = new ArrayList<>();
      List<Object[]> fingerprints = new ArrayList<>();
      sql.sql("SELECT e.nip, e.name, e.position_name, u.name, u.code FROM org_employee e"
              + " JOIN org_unit u ON u.code = e.unit_code WHERE e.nip IN (:nips)")
          .param("nips", chunk)
          .query((rs, n) -> {
            String nip = rs.getString(1);
            String name = rs.getString(2);
            tokens(nip, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))
                .forEach(token -> words.add(new Object[] {token, name, nip}));
            fingerprints.add(new Object[] {nip, fingerprint(rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5))});
            return nip;
          })
          .list();
      jdbc.batchUpdate("INSERT INTO pegawai_kata (kata, nama, nip) VALUES (?, ?, ?)", words);
      jdbc.batchUpdate("INSERT INTO pegawai_cari (nip, sumber) VALUES (?, ?)", fingerprints);
    }
  }

  void refreshUnits(Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return;
    }
    refresh(sql.sql("SELECT nip FROM org_employee WHERE unit_code IN (:units)").param("units", unitCodes)
        .query(String.class).list());
  }

  /** Employees whose words are missing or were built from other data; built again. */
  @Scheduled(initialDelayString = "${kinerja.pegawai.cocokkan-awal-ms:5000}",
      fixedDelayString = "${kinerja.pegawai.cocokkan-setiap-ms:60000}")
  synchronized void reconcile() {
    try {
      Integer caughtUp = transaction.execute(status -> {
        List<String> stale = sql.sql("SELECT e.nip FROM org_employee e JOIN org_unit u ON u.code = e.unit_code"
                + " LEFT JOIN pegawai_cari c ON c.nip = e.nip WHERE c.nip IS NULL OR c.sumber <> " + FINGERPRINT_SQL)
            .query(String.class).list();
        refresh(stale);
        return stale.size();
      });
      if (caughtUp != null && caughtUp > 0) {
        log.info("Search index of the desk: {} employees brought up to date", caughtUp);
      }
    } catch (DataAccessException e) {
      // another node reconciling the same employees at the same moment; the next round finishes it
      log.debug("Search index reconciliation left for the next round", e);
    }
  }
}
