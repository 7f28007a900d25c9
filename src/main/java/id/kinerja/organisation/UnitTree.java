package id.kinerja.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the unit tree: add a unit under a parent, rename it, move it to a new parent, close
 * it. A refusal is an IllegalArgumentException in words for the operator, thrown before anything is
 * written. A closed unit stays (employees' history names it) with closed_at set; it may not be the
 * parent of a new or moved unit.
 */
@Service
public class UnitTree {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,32}");

  /** A unit as the tree shows it. */
  public record Unit(String code, String name, String parentCode, String agencyCode, boolean closed) {}

  /** An active employee of a unit (the reason a unit may not be closed yet). */
  public record Member(String nip, String name, String unitCode) {}

  private final JdbcClient sql;

  public UnitTree(JdbcClient sql) {
    this.sql = sql;
  }

  @Transactional(readOnly = true)
  public List<Unit> all() {
    return sql.sql("SELECT code, name, parent_code, agency_code, closed_at FROM org_unit ORDER BY name, code")
        .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5) != null))
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<Unit> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return sql.sql("SELECT code, name, parent_code, agency_code, closed_at FROM org_unit WHERE code = ?")
        .param(code.trim())
        .query((rs, n) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5) != null))
        .optional();
  }

  /** Active employees of the unit and of every open unit below it, by name. */
  @Transactional(readOnly = true)
  public List<Member> activeMembersBelow(String code) {
    Set<String> codes = new HashSet<>(subtree(code));
    return sql.sql("SELECT nip, name, unit_code FROM org_employee WHERE active = TRUE AND unit_code IN (:codes)"
            + " ORDER BY name").param("codes", codes)
        .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3))).list();
  }

  @Transactional
  public Unit add(String code, String name, String parentCode) {
    List<String> problems = new ArrayList<>();
    String c = blankToNull(code);
    String n = blankToNull(name);
    if (c == null) {
      problems.add("Kode unit wajib diisi.");
    } else if (!CODE.matcher(c).matches()) {
      problems.add("Kode unit hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung, paling panjang 32.");
    } else if (find(c).isPresent()) {
      problems.add("Kode unit " + c + " sudah dipakai oleh unit \"" + find(c).get().name() + "\".");
    }
    checkName(n, problems);
    Unit parent = openParent(parentCode, problems);
    refuse(problems);
    sql.sql("INSERT INTO org_unit (code, name, agency_code, parent_code) VALUES (?, ?, ?, ?)")
        .params(c, n, parent.agencyCode(), parent.code()).update();
    return find(c).orElseThrow();
  }

  @Transactional
  public Unit rename(String code, String name) {
    Unit unit = open(code);
    List<String> problems = new ArrayList<>();
    String n = blankToNull(name);
    checkName(n, problems);
    if (n != null && n.equals(unit.name())) {
      problems.add("Nama baru sama dengan nama sekarang: tidak ada yang berubah.");
    }
    refuse(problems);
    sql.sql("UPDATE org_unit SET name = ? WHERE code = ?").params(n, unit.code()).update();
    return find(unit.code()).orElseThrow();
  }

  @Transactional
  public Unit move(String code, String newParentCode) {
    Unit unit = open(code);
    List<String> problems = new ArrayList<>();
    Unit parent = openParent(newParentCode, problems);
    if (parent != null) {
      if (parent.code().equals(unit.parentCode())) {
        problems.add("\"" + parent.name() + "\" sudah menjadi induk unit ini: tidak ada yang berubah.");
      } else if (subtree(unit.code()).contains(parent.code())) {
        problems.add("\"" + parent.name() + "\" berada di bawah \"" + unit.name()
            + "\": unit tidak dapat dipindah ke bawah dirinya sendiri.");
      } else if (!parent.agencyCode().equals(unit.agencyCode())) {
        problems.add("\"" + parent.name() + "\" milik instansi lain.");
      }
    }
    refuse(problems);
    sql.sql("UPDATE org_unit SET parent_code = ? WHERE code = ?").params(parent.code(), unit.code()).update();
    return find(unit.code()).orElseThrow();
  }

  /** Closes an empty unit; refused, naming them, while it has active employees or open sub-units. */
  @Transactional
  public Unit close(String code) {
    Unit unit = open(code);
    List<String> problems = new ArrayList<>();
    List<String> employees = sql.sql("SELECT name FROM org_employee WHERE active = TRUE AND unit_code = ? ORDER BY name")
        .param(unit.code()).query(String.class).list();
    if (!employees.isEmpty()) {
      problems.add("\"" + unit.name() + "\" masih mempunyai " + employees.size() + " pegawai aktif: "
          + String.join(", ", employees) + " — pindahkan mereka dulu (mutasi atau ganti unit kerja).");
    }
    List<String> children = sql.sql("SELECT name FROM org_unit WHERE parent_code = ? AND closed_at IS NULL ORDER BY name")
        .param(unit.code()).query(String.class).list();
    if (!children.isEmpty()) {
      problems.add("\"" + unit.name() + "\" masih mempunyai " + children.size() + " sub-unit yang terbuka: "
          + String.join(", ", children) + " — pindahkan atau tutup sub-unit itu dulu.");
    }
    refuse(problems);
    sql.sql("UPDATE org_unit SET closed_at = ? WHERE code = ?").params(Timestamp.from(Instant.now()), unit.code())
        .update();
    return find(unit.code()).orElseThrow();
  }

  /** The unit and every unit below it (open or closed). */
  private Set<String> subtree(String code) {
    Map<String, List<String>> children = new HashMap<>();
    sql.sql("SELECT code, parent_code FROM org_unit WHERE parent_code IS NOT NULL")
        .query((rs, n) -> children.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1)))
        .list();
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(code));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return seen;
  }

  private Unit open(String code) {
    Unit unit = find(blankToNull(code)).orElseThrow(
        () -> new IllegalArgumentException("Pilih unit yang akan diubah dari daftar."));
    if (unit.closed()) {
      throw new IllegalArgumentException("\"" + unit.name() + "\" sudah ditutup: tidak dapat diubah lagi.");
    }
    return unit;
  }

  private Unit openParent(String parentCode, List<String> problems) {
    String p = blankToNull(parentCode);
    if (p == null) {
      problems.add("Unit induk wajib dipilih.");
      return null;
    }
    Optional<Unit> parent = find(p);
    if (parent.isEmpty()) {
      problems.add("Unit induk yang dipilih tidak ditemukan.");
      return null;
    }
    if (parent.get().closed()) {
      problems.add("\"" + parent.get().name() + "\" sudah ditutup dan tidak dapat menjadi unit induk.");
      return null;
    }
    return parent.get();
  }

  private static void checkName(String name, List<String> problems) {
    if (name == null) {
      problems.add("Nama unit wajib diisi.");
    } else if (name.length() > 200) {
      problems.add("Nama unit paling panjang 200 huruf.");
    }
  }

  private static void refuse(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
