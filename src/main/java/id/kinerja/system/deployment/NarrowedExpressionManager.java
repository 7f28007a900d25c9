package id.kinerja.system.deployment;

import java.util.Map;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager in Kinerja: expressions resolve process variables,
 * {@code execution}/{@code task}, and of the Spring beans only the allowed ones (the map given),
 * behind the {@link ExpressionGuard}.
 *
 * <p>It replaces the Spring Boot starter's {@code SpringExpressionManager}, which in 7.24 resolves
 * every bean of the application context (identityService included) unless it is given a bean map,
 * and is built by {@code ProcessEngineFactoryBean} from {@code getBeans()} before any plugin's
 * {@code preInit} runs, so {@code setBeans(...)} alone would not narrow it. Unlike the starter's,
 * this one leaves out the test-only {@code MockElResolver} and writes nothing through
 * expressions.
 */
final class NarrowedExpressionManager extends JuelExpressionManager {

  NarrowedExpressionManager(Map<Object, Object> beans) {
    super(beans);
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new ExpressionGuard());
    resolver.add(new VariableScopeElResolver());
    resolver.add(new VariableContextElResolver());
    resolver.add(new ReadOnlyMapELResolver(beans));
    resolver.add(new ArrayELResolver(true));
    resolver.add(new ListELResolver(true));
    resolver.add(new MapELResolver(true));
    resolver.add(new BeanELResolver(true));
    return resolver;
  }
}
