package id.kinerja.system.deployment;

import java.beans.FeatureDescriptor;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateCaseExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The first resolver of every expression the engine evaluates: it resolves nothing itself, but
 * refuses, while the expression runs, any step towards the engine's services or Java reflection,
 * so that a model that reached the engine without {@link ModelSafetyCheck} (stored before it
 * existed, or written into the database) still cannot make anyone an admin:
 *
 * <ul>
 *   <li>on {@code execution}, {@code task} and other variable scopes only their public delegate API
 *   ({@link DelegateExecution}, {@link DelegateTask}, {@link VariableScope}) without
 *   {@code getProcessEngineServices()} and {@code getProcessEngine()}; the engine's internal
 *   methods of these objects are refused;</li>
 *   <li>nothing at all on the engine, its services and configuration, Spring's bean factory,
 *   classes, class loaders and reflection;</li>
 *   <li>{@code class}, {@code getClass()} and the like on any object.</li>
 * </ul>
 */
final class ExpressionGuard extends ELResolver {

  private static final Set<String> ENGINE_GETTERS = Set.of("getProcessEngineServices", "getProcessEngine");
  static final Set<String> DELEGATE_API = Stream.of(DelegateExecution.class, DelegateTask.class,
          DelegateCaseExecution.class, VariableScope.class)
      .flatMap(type -> Arrays.stream(type.getMethods()))
      .map(Method::getName)
      .filter(name -> !ENGINE_GETTERS.contains(name))
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "getClass", "classLoader", "getClassLoader",
      "forName", "newInstance", "invoke", "loadClass", "getDeclaredMethod", "getDeclaredMethods", "getMethod",
      "getMethods", "getDeclaredField", "getDeclaredFields", "getField", "getFields", "getConstructor",
      "getDeclaredConstructor", "module", "getModule", "mapTo", "getRuntime", "exec", "processEngineServices",
      "getProcessEngineServices", "processEngine", "getProcessEngine", "processEngineConfiguration",
      "getProcessEngineConfiguration", "applicationContext", "getApplicationContext", "beanFactory",
      "getBeanFactory", "getBean");
  private static final List<Class<?>> FORBIDDEN_BASES = List.of(Class.class, ClassLoader.class,
      AccessibleObject.class, Module.class, Thread.class, Runtime.class, ProcessBuilder.class,
      java.lang.invoke.MethodHandle.class, java.lang.invoke.MethodHandles.Lookup.class, ProcessEngine.class,
      ProcessEngineServices.class, ProcessEngineConfiguration.class,
      org.camunda.bpm.engine.impl.interceptor.CommandContext.class,
      org.springframework.beans.factory.BeanFactory.class, org.springframework.core.env.Environment.class,
      javax.sql.DataSource.class, java.sql.Connection.class);

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    refuseIfForbidden(base, property, false);
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    refuseIfForbidden(base, method, true);
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    refuseIfForbidden(base, property, false);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    refuseIfForbidden(base, property, false);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }

  private enum Base { CLOSED, DELEGATE_API_ONLY, OPEN }

  /** Once per class: expressions run for every task and timer of every year. */
  private static final ClassValue<Base> BASES = new ClassValue<>() {
    @Override
    protected Base computeValue(Class<?> type) {
      if (FORBIDDEN_BASES.stream().anyMatch(forbidden -> forbidden.isAssignableFrom(type)) || isEngineService(type)) {
        return Base.CLOSED;
      }
      return VariableScope.class.isAssignableFrom(type) || ProcessEngineServicesAware.class.isAssignableFrom(type)
          ? Base.DELEGATE_API_ONLY : Base.OPEN;
    }
  };

  static void refuseIfForbidden(Object base, Object member, boolean call) {
    if (base == null) {
      return; // a name at the root: only variables and the allowed beans resolve at all
    }
    String name = String.valueOf(member);
    if (FORBIDDEN_MEMBERS.contains(name)) {
      throw refused(base, name);
    }
    Base kind = BASES.get(base.getClass());
    if (kind == Base.CLOSED
        || kind == Base.DELEGATE_API_ONLY && !DELEGATE_API.contains(name) && !(!call && isGetterInApi(name))) {
      throw refused(base, name);
    }
  }

  private static boolean isGetterInApi(String property) {
    if (property.isEmpty()) {
      return false;
    }
    String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return DELEGATE_API.contains("get" + capitalised) || DELEGATE_API.contains("is" + capitalised);
  }

  private static boolean isEngineService(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getPackageName().equals("org.camunda.bpm.engine") && i.getSimpleName().endsWith("Service")) {
          return true;
        }
      }
    }
    return false;
  }

  private static ProcessEngineException refused(Object base, String member) {
    return new ProcessEngineException("Ekspresi ditolak: '" + member + "' pada " + base.getClass().getSimpleName()
        + " tidak boleh dipakai model (layanan engine, bagian dalam engine dan refleksi Java tertutup bagi ekspresi)");
  }
}
