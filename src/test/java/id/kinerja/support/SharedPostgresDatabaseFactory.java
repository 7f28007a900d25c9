package id.kinerja.support;

import java.util.HashMap;
import java.util.List;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Behind {@link SharedPostgresDatabase}: one database per application context, whichever class asks. */
final class SharedPostgresDatabaseFactory implements ContextCustomizerFactory {

  private static final ContextCustomizer SHARED = new Customizer();

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return SHARED;
  }

  /** Equal for every class (part of the context's cache key), so the classes share one context and database. */
  private record Customizer() implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      PostgresTestDatabase database = PostgresTestDatabase.create();
      context.getEnvironment().getPropertySources().addFirst(
          new MapPropertySource("sharedPostgresDatabase", new HashMap<>(database.springProperties())));
      // registered before every other bean, so destroyed after all of them: the engine and the
      // connection pool have shut down when the database is dropped
      ((DefaultListableBeanFactory) context.getBeanFactory())
          .registerDisposableBean("sharedPostgresDatabase", database::close);
    }
  }
}
