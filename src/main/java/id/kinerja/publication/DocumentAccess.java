package id.kinerja.publication;

import id.kinerja.kernel.Nip;
import id.kinerja.skp.EmployeeRecordReaders;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may download an employee's SKP and evaluation documents of a year: the employee; the
 * pejabat penilai and the atasan pejabat penilai named on that year's SKP (they signed and
 * countersigned it, even after a mutasi), and those it named before a mutasi during the year (they
 * approved the SKP or rated periods of it); the employee's current pejabat penilai and atasan;
 * BKPSDM and admins. Peers and everybody else: no. The atasan is included because the domain makes the
 * atasan the one who decides objections and countersigns (penetapan) the result.
 */
@Component
class DocumentAccess {

  private final EmployeeRecordReaders readers;
  private final DocumentData data;

  DocumentAccess(EmployeeRecordReaders readers, DocumentData data) {
    this.readers = readers;
    this.data = data;
  }

  boolean mayRead(Authentication user, Nip nip, Optional<DocumentData.Skp> skp) {
    if (readers.mayRead(user, nip.value())) {
      return true;
    }
    String me = user.getName();
    return skp.map(s -> me.equals(s.pejabatPenilai()) || me.equals(s.atasanPejabatPenilai())
        || data.wasPejabatBeforeMutasi(s.id(), me)).orElse(false);
  }
}
