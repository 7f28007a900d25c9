package id.kinerja.organisation;

/** The rows of the organisation tables, as the import compares and writes them. */
final class OrganisationRecords {

  private OrganisationRecords() {}

  record Agency(String code, String name) {}

  record Position(String name, String kind) {}

  record Unit(String code, String name, String agencyCode, String parentCode, String headNip,
      String headPosition) {}

  record Employee(String nip, String name, String status, String positionName, String unitCode,
      String email, String supervisorNip, boolean active) {

    /** Whether Camunda's copy of this employee (names, e-mail) must change. */
    boolean identityDiffersFrom(Employee other) {
      return !name.equals(other.name) || !java.util.Objects.equals(email, other.email);
    }
  }
}
