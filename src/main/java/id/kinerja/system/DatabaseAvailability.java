package id.kinerja.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, probed at most once a second, so that while it is down the
 * application can say so (503) at once instead of letting every request wait and fail with 500.
 */
@Component
public class DatabaseAvailability {

  private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
  private static final long PROBE_INTERVAL_MILLIS = 1_000;

  private final DataSource dataSource;
  private volatile boolean up = true;
  private volatile long checkedAt;

  public DatabaseAvailability(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public boolean isUp() {
    long now = System.currentTimeMillis();
    if (now - checkedAt >= PROBE_INTERVAL_MILLIS) {
      synchronized (this) {
        if (now - checkedAt >= PROBE_INTERVAL_MILLIS) {
          boolean wasUp = up;
          up = probe();
          checkedAt = System.currentTimeMillis();
          if (wasUp != up) {
            log.warn(up ? "Database reachable again" : "Database unreachable: answering 503 until it is back");
          }
        }
      }
    }
    return up;
  }

  private boolean probe() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
