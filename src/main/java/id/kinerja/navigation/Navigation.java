package id.kinerja.navigation;

import id.kinerja.kernel.Nip;
import id.kinerja.notification.Pemberitahuan;
import id.kinerja.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one navigation of the product: per role, exactly the pages that person may open. Used by the
 * staff pages' layout ({@code templates/layout.html}, as {@code @navigasi}) and, through
 * {@link NavigationApi}, by the script on Camunda's Welcome page. The page access rules themselves
 * stay on the controllers ({@code @PreAuthorize}); this only decides which links to offer, so a
 * link listed for a role must be one the role's check lets through (the crawl tests hold them together).
 */
@Component("navigasi")
public class Navigation {

  private final Pemberitahuan pemberitahuan;

  Navigation(Pemberitahuan pemberitahuan) {
    this.pemberitahuan = pemberitahuan;
  }

  /** One link; {@code grup} groups the links on the page (Kerja saya, Tim, BKPSDM, Sistem). */
  public record Link(String label, String href, String deskripsi, String grup) {}

  public record Menu(String nip, boolean admin, List<Link> links) {}

  /** The links of the person signed in now; none for an anonymous visitor. */
  public List<Link> links() {
    return menu(SecurityContextHolder.getContext().getAuthentication()).links();
  }

  public Menu menu(Authentication auth) {
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return new Menu(null, false, List.of());
    }
    Set<String> groups = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).collect(Collectors.toSet());
    boolean admin = groups.contains(Roles.ADMIN);
    boolean appraiser = admin || groups.contains(Roles.PEJABAT_PENILAI);
    boolean bkpsdm = admin || groups.contains(Roles.BKPSDM);
    boolean processOwner = admin || groups.contains(Roles.PROCESS_OWNER);
    List<Link> links = new ArrayList<>();
    links.add(new Link("Tasklist", "/camunda/app/tasklist/", "Tugas yang menunggu Anda", "Kerja saya"));
    int baru = pemberitahuan.belumDibaca(auth);
    links.add(new Link(baru == 0 ? "Pemberitahuan" : "Pemberitahuan (" + baru + ")", "/pemberitahuan",
        "Pengingat dan pemberitahuan dari proses penilaian untuk Anda dan grup Anda", "Kerja saya"));
    // an employee's own year, days and evidence: only for a login that is an employee's NIP (an
    // admin or service login has none; the pages say so when opened by address)
    if (Nip.parse(auth.getName()).isPresent()) {
      links.add(new Link("Kinerja Saya", "/kinerja-saya", "Posisi penilaian kinerja Anda tahun ini dan tahun-tahun lalu", "Kerja saya"));
      links.add(new Link("Kegiatan harian", "/kegiatan-harian", "Kalender kegiatan harian Anda: jam terhadap standar, terhadap RHK SKP", "Kerja saya"));
      links.add(new Link("Bukti dukung", "/bukti", "Unggah berkas bukti dukung untuk laporan periodik", "Kerja saya"));
    }
    links.add(new Link("Dokumen", "/dokumen", "SKP dan Dokumen Evaluasi Kinerja (PDF)", "Kerja saya"));
    if (appraiser) {
      links.add(new Link("Tim Saya", "/tim-saya", "Posisi setiap pegawai yang Anda nilai, yang menunggu Anda dan mereka", "Tim"));
      links.add(new Link("Dasbor penilai", "/dasbor/penilai", "Nilai dan predikat pegawai yang Anda nilai", "Tim"));
      links.add(new Link("Kegiatan tim", "/kegiatan-harian/tim", "Kegiatan harian pegawai yang Anda nilai: siapa yang belum mengisi, jam terhadap standar", "Tim"));
    }
    if (bkpsdm) {
      links.add(new Link("Dasbor BKPSDM", "/dasbor/bkpsdm", "Progres siklus per unit, kurva, beban kerja, kemurahan penilai, yang lewat tenggat", "BKPSDM"));
      links.add(new Link("Pegawai", "/pegawai", "Cari pegawai, lihat tahunnya, mutasi, keluar, pegawai baru, pohon unit kerja", "BKPSDM"));
      links.add(new Link("Organisasi", "/admin/organisasi", "Impor data organisasi dan pegawai (CSV atau Excel)", "BKPSDM"));
      links.add(new Link("Capaian organisasi", "/admin/capaian-organisasi", "Capaian kinerja organisasi per unit", "BKPSDM"));
      links.add(new Link("Siklus", "/admin/siklus", "Membuka tahun penilaian untuk instansi", "BKPSDM"));
      links.add(new Link("Kalender kerja", "/admin/kalender-kerja", "Hari libur, cuti bersama, Ramadan; rekap kegiatan harian per unit", "BKPSDM"));
    }
    if (processOwner || bkpsdm) {
      links.add(new Link("Cockpit", "/camunda/app/cockpit/", "Proses yang berjalan dan model yang terpasang", "Sistem"));
    }
    if (admin) {
      links.add(new Link("Admin", "/camunda/app/admin/", "Pengguna, grup dan otorisasi", "Sistem"));
    }
    links.add(new Link("Layanan publik", "/publik", "Survei, pengaduan dan hasil per unit (tanpa login)", "Umum"));
    links.add(new Link("Kata sandi", "/akun/kata-sandi", "Ganti kata sandi Anda", "Umum"));
    return new Menu(auth.getName(), admin, List.copyOf(links));
  }
}
