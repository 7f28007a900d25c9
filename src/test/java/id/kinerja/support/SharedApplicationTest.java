package id.kinerja.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as the tests share it: on a random port (real HTTP, browsers) with MockMvc as
 * well, test profile, demo data on, job executor off. Every class carrying only this annotation
 * gets the same cached Spring context, so Camunda, Flyway and the demo organisation start once per
 * test JVM instead of once per combination of settings; a class needs its own context only for
 * settings the shared one cannot have (another demo year, a mail server, OpenID Connect, ...).
 * Tests sharing it keep their data apart (their own years, NIPs, units) or roll back.
 * With {@link SharedPostgresDatabase} the same application runs on one PostgreSQL database shared
 * the same way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SlowTasklistLocale.class)
public @interface SharedApplicationTest {
}
