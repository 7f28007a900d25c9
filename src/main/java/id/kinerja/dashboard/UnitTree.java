package id.kinerja.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The unit tree, for drilling down and for adding a unit's figures to every unit above it. */
final class UnitTree {

  private final Map<String, DashboardRepository.Unit> units = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final List<String> roots = new ArrayList<>();

  UnitTree(List<DashboardRepository.Unit> all) {
    all.forEach(unit -> units.put(unit.code(), unit));
    for (DashboardRepository.Unit unit : all) {
      if (unit.parent() == null || !units.containsKey(unit.parent())) {
        roots.add(unit.code());
      } else {
        children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit.code());
      }
    }
    Comparator<String> byName = Comparator.comparing(this::name).thenComparing(Comparator.naturalOrder());
    roots.sort(byName);
    children.values().forEach(list -> list.sort(byName));
  }

  boolean contains(String code) {
    return code != null && units.containsKey(code);
  }

  String name(String code) {
    DashboardRepository.Unit unit = units.get(code);
    return unit == null ? code : unit.name();
  }

  List<String> roots() {
    return roots;
  }

  List<String> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  /** The unit and its ancestors up to the root, root first. */
  List<String> path(String code) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c = code; c != null && units.containsKey(c) && seen.add(c); c = units.get(c).parent()) {
      path.add(0, c);
    }
    return path;
  }

  /** The unit itself and every unit above it (each at most once, even in a broken tree). */
  List<String> selfAndAncestors(String code) {
    List<String> path = path(code);
    if (path.isEmpty() && code != null) {
      return List.of(code);
    }
    return path;
  }
}
