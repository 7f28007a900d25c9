package id.kinerja.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring test class on a fresh, empty PostgreSQL database of its own
 * ({@link PostgresTestDatabase}), created when its application context starts and dropped after
 * the context has closed; skipped, with the reason shown, when KINERJA_TEST_PG_URL is not set.
 * Put {@code @DirtiesContext} next to it so the context, and with it the database, ends with the
 * class. For a class whose data can live next to others', {@link SharedPostgresDatabase} saves
 * the context start and the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
@ContextCustomizerFactories(FreshPostgresDatabaseFactory.class)
public @interface FreshPostgresDatabase {
}
