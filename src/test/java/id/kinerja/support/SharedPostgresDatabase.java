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
 * Runs a Spring test class on the PostgreSQL database that all classes so marked share
 * ({@link PostgresTestDatabase}): created when their one application context starts, dropped
 * when it closes (at the end of the test JVM); skipped, with the reason shown, when
 * KINERJA_TEST_PG_URL is not set. The classes keep their data apart as they do on the embedded
 * database. A class whose test really needs an empty database or changes what others rely on uses
 * {@link FreshPostgresDatabase} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@EnabledIfEnvironmentVariable(named = PostgresTestDatabase.URL_VARIABLE, matches = ".+",
    disabledReason = PostgresTestDatabase.SKIP_REASON)
@ContextCustomizerFactories(SharedPostgresDatabaseFactory.class)
public @interface SharedPostgresDatabase {
}
