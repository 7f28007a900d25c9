package id.kinerja.demo;

import id.kinerja.system.KinerjaProperties;
import java.time.LocalDateTime;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: SKM answers for every demo unit (last year and the first months of this year), so the
 * public results page shows an IKM from the first start. Runs once, when no answer exists yet;
 * the same seed gives the same answers on every machine.
 */
@Component
@Order(50)
class DemoPublicVoices implements ApplicationRunner {

  private final KinerjaProperties properties;
  private final JdbcClient jdbc;

  DemoPublicVoices(KinerjaProperties properties, JdbcClient jdbc) {
    this.properties = properties;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!properties.demo().enabled() || jdbc.sql("SELECT COUNT(*) FROM skm_respons").query(Long.class).single() > 0) {
      return;
    }
    Random random = new Random(14_2017);
    int year = LocalDateTime.now().getYear();
    for (String unit : jdbc.sql("SELECT code FROM org_unit ORDER BY code").query(String.class).list()) {
      // each unit its own typical answer, mostly 3-4
      int bias = random.nextInt(3);
      for (int i = 0; i < 40; i++) {
        LocalDateTime when = i < 28
            ? LocalDateTime.of(year - 1, 1 + random.nextInt(12), 1 + random.nextInt(28), 9, 0)
            : LocalDateTime.of(year, 1 + random.nextInt(2), 1 + random.nextInt(28), 9, 0);
        Object[] row = new Object[11];
        row[0] = unit;
        row[1] = when;
        for (int u = 0; u < 9; u++) {
          row[2 + u] = Math.min(4, Math.max(1, 2 + random.nextInt(3) + (random.nextInt(3) < bias ? 0 : -1) + (random.nextBoolean() ? 1 : 0)));
        }
        jdbc.sql("INSERT INTO skm_respons (unit_code, diisi_pada, u1, u2, u3, u4, u5, u6, u7, u8, u9) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(row).update();
      }
    }
  }
}
