package id.kinerja.organisation;

import id.kinerja.kernel.Nip;
import id.kinerja.organisation.ImportPlanner.Snapshot;
import id.kinerja.organisation.OrganisationRecords.Agency;
import id.kinerja.organisation.OrganisationRecords.Employee;
import id.kinerja.organisation.OrganisationRecords.Position;
import id.kinerja.organisation.OrganisationRecords.Unit;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation tables; plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
class OrganisationRepository {

  /** Rows per JDBC batch: large enough to save round trips, small enough to keep memory flat. */
  private static final int BATCH = 1000;

  private final JdbcTemplate jdbc;
  private final JdbcClient sql;

  OrganisationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.sql = JdbcClient.create(jdbc);
  }

  Snapshot snapshot() {
    Map<String, Agency> agencies = new HashMap<>();
    jdbc.query("SELECT code, name FROM org_agency",
        rs -> { agencies.put(rs.getString(1), new Agency(rs.getString(1), rs.getString(2))); });
    Map<String, Position> positions = new HashMap<>();
    jdbc.query("SELECT name, kind FROM org_position",
        rs -> { positions.put(rs.getString(1), new Position(rs.getString(1), rs.getString(2))); });
    Map<String, Unit> units = new HashMap<>();
    jdbc.query("SELECT code, name, agency_code, parent_code, head_nip, head_position FROM org_unit",
        rs -> { units.put(rs.getString(1), new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6))); });
    Map<String, Employee> employees = new HashMap<>();
    jdbc.query("SELECT nip, name, status, position_name, unit_code, email, supervisor_nip, active FROM org_employee",
        rs -> { employees.put(rs.getString(1), new Employee(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8))); });
    java.util.Set<String> closed = new java.util.HashSet<>(
        sql.sql("SELECT code FROM org_unit WHERE closed_at IS NOT NULL").query(String.class).list());
    return new Snapshot(agencies, positions, units, employees, closed);
  }

  void write(ImportPlanner.Plan plan) {
    batch("INSERT INTO org_agency (name, code) VALUES (?, ?)", plan.agenciesToInsert(), (ps, a) -> {
      ps.setString(1, a.name());
      ps.setString(2, a.code());
    });
    batch("UPDATE org_agency SET name = ? WHERE code = ?", plan.agenciesToUpdate(), (ps, a) -> {
      ps.setString(1, a.name());
      ps.setString(2, a.code());
    });
    batch("INSERT INTO org_position (kind, name) VALUES (?, ?)", plan.positionsToInsert(), (ps, p) -> {
      ps.setString(1, p.kind());
      ps.setString(2, p.name());
    });
    batch("UPDATE org_position SET kind = ? WHERE name = ?", plan.positionsToUpdate(), (ps, p) -> {
      ps.setString(1, p.kind());
      ps.setString(2, p.name());
    });
    batch("INSERT INTO org_unit (name, agency_code, parent_code, head_nip, head_position, code) VALUES (?, ?, ?, ?, ?, ?)",
        plan.unitsToInsert(), OrganisationRepository::setUnit);
    batch("UPDATE org_unit SET name = ?, agency_code = ?, parent_code = ?, head_nip = ?, head_position = ? WHERE code = ?",
        plan.unitsToUpdate(), OrganisationRepository::setUnit);
    batch("INSERT INTO org_employee (name, status, position_name, unit_code, email, supervisor_nip, active, nip)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", plan.employeesToInsert(), OrganisationRepository::setEmployee);
    batch("UPDATE org_employee SET name = ?, status = ?, position_name = ?, unit_code = ?, email = ?,"
        + " supervisor_nip = ?, active = ? WHERE nip = ?", plan.employeesToUpdate(), OrganisationRepository::setEmployee);
  }

  private static void setUnit(PreparedStatement ps, Unit u) throws SQLException {
    ps.setString(1, u.name());
    ps.setString(2, u.agencyCode());
    ps.setString(3, u.parentCode());
    ps.setString(4, u.headNip());
    ps.setString(5, u.headPosition());
    ps.setString(6, u.code());
  }

  private static void setEmployee(PreparedStatement ps, Employee e) throws SQLException {
    ps.setString(1, e.name());
    ps.setString(2, e.status());
    ps.setString(3, e.positionName());
    ps.setString(4, e.unitCode());
    ps.setString(5, e.email());
    ps.setString(6, e.supervisorNip());
    ps.setBoolean(7, e.active());
    ps.setString(8, e.nip());
  }

  private <T> void batch(String statement, List<T> items, ParameterizedPreparedStatementSetter<T> setter) {
    if (!items.isEmpty()) {
      jdbc.batchUpdate(statement, items, BATCH, setter);
    }
  }

  // ---- accounts ------------------------------------------------------------------------------

  void insertAccounts(Collection<String> nips, boolean mustChangePassword) {
    batch("INSERT INTO employee_account (nip, must_change_password) VALUES (?, ?)", List.copyOf(nips), (ps, nip) -> {
      ps.setString(1, nip);
      ps.setBoolean(2, mustChangePassword);
    });
  }

  Set<String> nipsWithAccount(Collection<String> nips) {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(List.copyOf(nips))) {
      found.addAll(sql.sql("SELECT nip FROM employee_account WHERE nip IN (:nips)")
          .param("nips", chunk).query(String.class).list());
    }
    return found;
  }

  boolean mustChangePassword(String nip) {
    return sql.sql("SELECT must_change_password FROM employee_account WHERE nip = ?")
        .param(nip).query(Boolean.class).optional().orElse(false);
  }

  void passwordChanged(String nip) {
    sql.sql("UPDATE employee_account SET must_change_password = FALSE, password_changed_at = ? WHERE nip = ?")
        .param(Timestamp.from(Instant.now())).param(nip).update();
  }

  // ---- lookups -------------------------------------------------------------------------------

  record Link(String nip, String supervisorNip, String unitCode, boolean active) {}

  Optional<Link> link(String nip) {
    return sql.sql("SELECT nip, supervisor_nip, unit_code, active FROM org_employee WHERE nip = ?")
        .param(nip)
        .query((rs, i) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
        .optional();
  }

  /** An employee's supervisor and, when that supervisor is in the organisation, theirs: one query. */
  record Chain(String supervisorNip, boolean supervisorKnown, String supervisorsSupervisorNip) {}

  Optional<Chain> chain(Nip nip) {
    return sql.sql("""
            SELECT e.supervisor_nip, s.nip, s.supervisor_nip FROM org_employee e
            LEFT JOIN org_employee s ON s.nip = e.supervisor_nip WHERE e.nip = ?""")
        .param(nip.value())
        .query((rs, i) -> new Chain(rs.getString(1), rs.getString(2) != null, rs.getString(3)))
        .optional();
  }

  Optional<String> name(String nip) {
    return sql.sql("SELECT name FROM org_employee WHERE nip = ?").param(nip).query(String.class).optional();
  }

  /** Who an employee is, in words: name, position and the name of their unit. */
  record Profile(String name, String position, String unitName) {}

  Optional<Profile> profile(Nip nip) {
    return sql.sql("""
            SELECT e.name, e.position_name, u.name FROM org_employee e
            LEFT JOIN org_unit u ON u.code = e.unit_code WHERE e.nip = ?""")
        .param(nip.value())
        .query((rs, i) -> new Profile(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  Optional<String> unitName(String unitCode) {
    return sql.sql("SELECT name FROM org_unit WHERE code = ?").param(unitCode).query(String.class).optional();
  }

  List<String> activeSubordinates(String nip) {
    return sql.sql("SELECT nip FROM org_employee WHERE supervisor_nip = ? AND active = TRUE ORDER BY nip")
        .param(nip).query(String.class).list();
  }

  List<String> activeTopEmployees() {
    return sql.sql("SELECT nip FROM org_employee WHERE supervisor_nip IS NULL AND active = TRUE ORDER BY nip")
        .query(String.class).list();
  }

  Optional<String> unitHead(String unitCode) {
    return sql.sql("SELECT head_nip FROM org_unit WHERE code = ?").param(unitCode)
        .query((rs, i) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
  }

  boolean unitClosed(String unitCode) {
    return sql.sql("SELECT COUNT(*) FROM org_unit WHERE code = ? AND closed_at IS NOT NULL").param(unitCode)
        .query(Integer.class).single() > 0;
  }

  boolean unitExists(String unitCode) {
    return sql.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(unitCode).query(Integer.class).single() > 0;
  }

  boolean headsAUnit(String nip) {
    return sql.sql("SELECT COUNT(*) FROM org_unit WHERE head_nip = ?").param(nip).query(Integer.class).single() > 0;
  }

  /** Active employees with at least one active subordinate: the appraisers (pejabat penilai). */
  Set<String> activeSupervisors() {
    return new HashSet<>(sql.sql("SELECT DISTINCT s.nip FROM org_employee e JOIN org_employee s ON s.nip = e.supervisor_nip"
        + " WHERE e.active = TRUE AND s.active = TRUE").query(String.class).list());
  }

  Set<String> existingNips(Collection<String> nips) {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(List.copyOf(nips))) {
      found.addAll(sql.sql("SELECT nip FROM org_employee WHERE nip IN (:nips)")
          .param("nips", chunk).query(String.class).list());
    }
    return found;
  }

  Optional<String> setting(String name) {
    return sql.sql("SELECT setting_value FROM org_setting WHERE setting_name = ?").param(name).query(String.class).optional();
  }

  void saveSetting(String name, String value) {
    if (sql.sql("UPDATE org_setting SET setting_value = ? WHERE setting_name = ?").param(value).param(name).update() == 0) {
      sql.sql("INSERT INTO org_setting (setting_name, setting_value) VALUES (?, ?)").param(name).param(value).update();
    }
  }

  // ---- mutation ------------------------------------------------------------------------------

  /**
   * Row locks until the transaction ends, always units before employees and each kind in code
   * order, so that a mutasi, a departure and a calibration's release (unit, then the employee whose
   * next task it creates) never wait for each other in a circle.
   */
  void lockUnits(Collection<String> codes) {
    lock("SELECT code FROM org_unit WHERE code IN (:keys) ORDER BY code FOR UPDATE", codes);
  }

  /** @return those of them the organisation holds */
  List<String> lockEmployees(Collection<String> nips) {
    return lock("SELECT nip FROM org_employee WHERE nip IN (:keys) ORDER BY nip FOR UPDATE", nips);
  }

  private List<String> lock(String statement, Collection<String> keys) {
    Set<String> sorted = new TreeSet<>();
    keys.stream().filter(Objects::nonNull).forEach(sorted::add);
    return sorted.isEmpty() ? List.of() : sql.sql(statement).param("keys", sorted).query(String.class).list();
  }

  void changeSupervisor(Nip nip, Nip supervisor, String unitCode) {
    sql.sql("UPDATE org_employee SET supervisor_nip = ?, unit_code = ? WHERE nip = ?")
        .param(supervisor.value()).param(unitCode).param(nip.value()).update();
  }

  void stepDownAsHeadOutside(Nip nip, String unitCode) {
    sql.sql("UPDATE org_unit SET head_nip = NULL, head_position = NULL WHERE head_nip = ? AND code <> ?")
        .param(nip.value()).param(unitCode).update();
  }

  void markLeft(Nip nip, String reason) {
    sql.sql("UPDATE org_employee SET active = FALSE, left_reason = ?, left_at = ? WHERE nip = ?")
        .param(reason).param(Timestamp.from(Instant.now())).param(nip.value()).update();
    sql.sql("UPDATE org_unit SET head_nip = NULL, head_position = NULL WHERE head_nip = ?").param(nip.value()).update();
  }

  private static List<List<String>> chunks(List<String> all) {
    int size = 500;
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      chunks.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return chunks;
  }
}
