package id.kinerja.system.deployment;

import java.util.AbstractMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanFactory;

/**
 * The Spring beans expressions may resolve, by name, fetched when first asked for: the engine is
 * built before most of the delegates exist, and they need its services.
 */
final class AllowedBeans extends AbstractMap<Object, Object> {

  private final Set<String> names;
  private final BeanFactory beans;

  AllowedBeans(Set<String> names, BeanFactory beans) {
    this.names = Set.copyOf(names);
    this.beans = beans;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name && names.contains(name) && beans.containsBean(name);
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? beans.getBean((String) key) : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return names.stream().filter(beans::containsBean)
        .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, beans.getBean(name)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
