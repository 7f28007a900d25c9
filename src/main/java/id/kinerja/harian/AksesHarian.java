package id.kinerja.harian;

import id.kinerja.kernel.Nip;
import id.kinerja.organisation.OrganisationLookup;
import id.kinerja.security.Roles;
import id.kinerja.skp.EmployeeRecordReaders;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with somebody's days: the employee writes their own; the employee, their
 * appraiser and atasan, BKPSDM and admins read them ({@link EmployeeRecordReaders}); the appraiser
 * and atasan leave notes and acknowledge a month; BKPSDM and admins take the unit recaps.
 */
@Component
class AksesHarian {

  static final String APPRAISER_OR_ADMIN = "hasAnyAuthority('GROUP_pejabat-penilai', 'GROUP_camunda-admin')";
  static final String BKPSDM_OR_ADMIN = "hasAnyAuthority('GROUP_bkpsdm', 'GROUP_camunda-admin')";

  private final EmployeeRecordReaders readers;
  private final OrganisationLookup organisasi;

  AksesHarian(EmployeeRecordReaders readers, OrganisationLookup organisasi) {
    this.readers = readers;
    this.organisasi = organisasi;
  }

  /**
   * The employee writing their own days: the login's NIP. Only employees keep daily activities; a
   * login that is no NIP (admin, bkpsdm, a head appraiser) is refused with the reason, a 400 on the
   * API and the page's list of problems, before anything is looked up.
   */
  static Nip penulis(Authentication user) {
    return Nip.parse(user.getName()).orElseThrow(() -> bukanPenulis(user));
  }

  static KegiatanHarian.DitolakException bukanPenulis(Authentication user) {
    return new KegiatanHarian.DitolakException("nip",
        "Hanya pegawai yang mencatat kegiatan harian: login '" + user.getName() + "' bukan NIP pegawai");
  }

  /**
   * The employee whose days an appraiser writes about (a note, the month's acknowledgement), from
   * the address or the request: asked after {@link #mayGiveFeedback}, so a text that is no NIP has
   * already been refused (403); should one pass, it is a 400 with Nip's reason, never a 500.
   */
  static Nip pegawai(String nip) {
    String problem = Nip.problemOf(nip).orElse(null);
    if (problem != null) {
      throw new KegiatanHarian.DitolakException("nip", problem);
    }
    return Nip.of(nip);
  }

  /**
   * The employee whose days are read. Asked for by {@code nip}: first whether the reader may read
   * them (a 403 for one who may not, whatever the text), then the text parsed (a 400 with Nip's
   * reason). Not asked for: the login's own days, so the login must be a NIP (a 400 in words for
   * admin or BKPSDM, who have no days of their own).
   */
  Nip dibaca(Authentication user, String nip) {
    if (nip == null || nip.isBlank()) {
      return Nip.parse(user.getName()).orElseThrow(() -> new KegiatanHarian.DitolakException("nip",
          "Kegiatan harian hanya ada untuk pegawai: login '" + user.getName()
              + "' bukan NIP pegawai; sebutkan nip pegawai yang kegiatan hariannya dibaca"));
    }
    mayRead(user, nip);
    return pegawai(nip);
  }

  void mayRead(Authentication user, String nip) {
    if (!readers.mayRead(user, nip)) {
      throw new KegiatanHarian.TidakBerhakException("Anda tidak berhak membaca kegiatan harian pegawai ini");
    }
  }

  boolean isAppraiserOrAtasan(Authentication user, String nip) {
    try {
      return Stream.of(organisasi.appraiserOf(nip), organisasi.atasanPenilaiOf(nip))
          .anyMatch(official -> Objects.equals(official, user.getName()));
    } catch (RuntimeException leftTheOrganisationOrNoHeadAppraiser) {
      return false;
    }
  }

  void mayGiveFeedback(Authentication user, String nip) {
    if (user.getName().equals(nip) || !isAppraiserOrAtasan(user, nip)) {
      throw new KegiatanHarian.TidakBerhakException(
          "Hanya pejabat penilai atau atasan pejabat penilai pegawai ini yang dapat memberi catatan dan pengakuan");
    }
  }

  static boolean isOffice(Authentication user) {
    return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Roles.authorityOf(Roles.BKPSDM))
        || a.getAuthority().equals(Roles.authorityOf(Roles.ADMIN)));
  }

  String nameOf(Nip nip) {
    try {
      return organisasi.nameOf(nip.value());
    } catch (RuntimeException unknown) {
      return nip.value();
    }
  }
}
