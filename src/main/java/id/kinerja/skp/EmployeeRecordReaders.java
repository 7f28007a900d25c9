package id.kinerja.skp;

import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.security.Roles;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read an employee's own records (daily activities, evidence files, the SKP and evaluation
 * documents): the employee, their pejabat penilai and atasan penilai, and BKPSDM and admins. Nobody
 * else, peers included.
 */
@Component
public class EmployeeRecordReaders {

  private final OrganisationLookup organisasi;

  EmployeeRecordReaders(OrganisationLookup organisasi) {
    this.organisasi = organisasi;
  }

  public boolean mayRead(Authentication user, String employee) {
    String me = user.getName();
    if (me.equals(employee)) {
      return true;
    }
    boolean office = user.getAuthorities().stream().anyMatch(a ->
        a.getAuthority().equals(Roles.authorityOf(Roles.BKPSDM)) || a.getAuthority().equals(Roles.authorityOf(Roles.ADMIN)));
    if (office) {
      return true;
    }
    try {
      return Stream.of(organisasi.appraiserOf(employee), organisasi.atasanPenilaiOf(employee))
          .anyMatch(official -> Objects.equals(official, me));
    } catch (RuntimeException leftTheOrganisationOrNoHeadAppraiser) {
      return false;
    }
  }
}
