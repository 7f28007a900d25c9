package id.kinerja.feedback;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation as the public may see it: units by code and name, and the service desks of a
 * unit by position name only. Also, for the handlers (never for a public page), who holds a desk
 * and who heads the unit.
 */
@Component
public class ServiceUnits {

  private final JdbcClient jdbc;

  ServiceUnits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Unit(String code, String name) {}

  /** An employee, for the handlers' forms only. */
  public record Employee(String nip, String name, String position) {}

  public List<Unit> all() {
    return jdbc.sql("SELECT code, name FROM org_unit WHERE closed_at IS NULL ORDER BY name").query(Unit.class).list();
  }

  public Optional<Unit> find(String code) {
    if (code == null || code.length() > 32) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT code, name FROM org_unit WHERE code = ? AND closed_at IS NULL").param(code).query(Unit.class).optional();
  }

  /**
   * The service desks the public can name: the positions of the unit's active employees, without
   * the head's (the head triages every report of the unit and cannot fairly triage one about
   * themself). Position names, never people.
   */
  public List<String> desks(String unitCode) {
    return jdbc.sql("""
            SELECT DISTINCT e.position_name FROM org_employee e JOIN org_unit u ON u.code = e.unit_code
            WHERE e.unit_code = ? AND e.active AND (u.head_nip IS NULL OR e.nip <> u.head_nip)
            ORDER BY e.position_name""")
        .param(unitCode).query(String.class).list();
  }

  /** The one active employee of the unit at that desk; empty when nobody or several hold it. */
  public Optional<String> holderOf(String unitCode, String desk) {
    List<String> holders = jdbc.sql("SELECT nip FROM org_employee WHERE unit_code = ? AND position_name = ? AND active")
        .params(unitCode, desk).query(String.class).list();
    return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
  }

  /** The unit's head; for a unit without one, the nearest head up the unit tree. */
  public Optional<String> headOf(String unitCode) {
    String code = unitCode;
    for (int depth = 0; code != null && depth < 50; depth++) {
      var row = jdbc.sql("SELECT head_nip, parent_code FROM org_unit WHERE code = ?").param(code)
          .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
      if (row.isEmpty()) {
        return Optional.empty();
      }
      if (row.get()[0] != null) {
        return Optional.of(row.get()[0]);
      }
      code = row.get()[1];
    }
    return Optional.empty();
  }

  public List<Employee> employees(String unitCode) {
    return jdbc.sql("SELECT nip, name, position_name AS position FROM org_employee WHERE unit_code = ? AND active ORDER BY name")
        .param(unitCode).query(Employee.class).list();
  }

  public boolean isActiveEmployeeOf(String unitCode, String nip) {
    return jdbc.sql("SELECT COUNT(*) FROM org_employee WHERE unit_code = ? AND nip = ? AND active")
        .params(unitCode, nip).query(Long.class).single() > 0;
  }

  /** Units the employee heads (for the evidence of a unit head). */
  public List<String> unitsHeadedBy(String nip) {
    return jdbc.sql("SELECT code FROM org_unit WHERE head_nip = ?").param(nip).query(String.class).list();
  }
}
