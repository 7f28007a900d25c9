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

/** Behind {@link FreshPostgresDatabase}: one database per test class's application context. */
final class FreshPostgresDatabaseFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return new Customizer(testClass);
  }

  /** Per test class (part of the context's cache key), so no two classes share a database. */
  private record Customizer(Class<?> testClass) implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      PostgresTestDatabase database = PostgresTestDatabase.create();
      context.getEnvironment().getPropertySources().addFirst(
          new MapPropertySource("freshPostgresDatabase", new HashMap<>(database.springProperties())));
      // registered before every other bean, so destroyed after all of them: the engine and the
      // connection pool have shut down when the database is dropped
      ((DefaultListableBeanFactory) context.getBeanFactory())
          .registerDisposableBean("freshPostgresDatabase", database::close);
    }
  }
}
